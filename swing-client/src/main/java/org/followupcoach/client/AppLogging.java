package org.followupcoach.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the app's log to rotating UTF-8 files in the data folder, so a coach or helpdesk can read what happened. */
public final class AppLogging {

    private static final int FILE_BYTES = 1024 * 1024;
    private static final int FILES = 3;

    private AppLogging() {
    }

    /**
     * Keeps the console for warnings from the very first log line, whichever thread logs it first: java.util.logging
     * builds its configuration lazily, so a start-up INFO line logged before {@link #install} used to reach stderr.
     * Call before anything logs; a configuration the user chose with the standard properties is left alone.
     */
    public static void quietConsole() {
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", ConsoleAtWarning.class.getName());
        }
    }

    /** The logging configuration {@link #quietConsole} installs: INFO and up logged, the console shows warnings. */
    public static final class ConsoleAtWarning {

        private static final String CONFIG = """
                handlers=java.util.logging.ConsoleHandler
                .level=INFO
                java.util.logging.ConsoleHandler.level=WARNING
                """;

        /** Called by the log manager, which instantiates the configured class once. */
        public ConsoleAtWarning() throws IOException {
            byte[] config = CONFIG.getBytes(StandardCharsets.UTF_8);
            LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(config));
        }
    }

    /** The log folder inside a data folder. */
    public static Path logFolder(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /**
     * Logs to {@code logs/followup-coach-N.log}; when the folder cannot be written the log stays on the console,
     * which is no worse than before. Returns whether file logging is on.
     */
    public static boolean install(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            Path folder = logFolder(dataDir);
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("followup-coach-%g.log").toString(), FILE_BYTES, FILES,
                    true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new SimpleFormatter());
            Logger root = LogManager.getLogManager().getLogger("");
            for (Handler h : root.getHandlers()) {
                h.setLevel(Level.WARNING);
            }
            root.addHandler(file);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}

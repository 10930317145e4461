package org.followupcoach.client;

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

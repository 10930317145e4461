package org.followupcoach.client;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.followupcoach.core.store.AppDirs;

/**
 * Decides where the app keeps its data, in this order: {@code --data-dir}, the {@code FOLLOWUP_COACH_HOME}
 * environment variable, a folder named {@code data} next to the jar or app-image (portable mode, e.g. on a USB stick),
 * and finally the per-user folder of the operating system.
 */
public record DataDirectory(Path path, Source source) {

    /** Why this folder was chosen. */
    public enum Source {
        COMMAND_LINE, ENVIRONMENT, PORTABLE, USER_DEFAULT
    }

    /** The environment variable that overrides the data folder. */
    public static final String ENV = "FOLLOWUP_COACH_HOME";

    /** Thrown when the data folder given cannot be a path here; its message is one sentence for the user. */
    public static final class UnusablePathException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnusablePathException(String message) {
            super(message);
        }
    }

    /** Resolves the folder for this process. */
    public static DataDirectory resolve(Optional<Path> commandLine) {
        return resolve(commandLine, System.getenv(), appHome(), AppDirs.defaultDataDir());
    }

    /** Resolves the folder from explicit inputs (for tests). */
    public static DataDirectory resolve(Optional<Path> commandLine, Map<String, String> env, Optional<Path> appHome,
                                        Path userDefault) {
        if (commandLine.isPresent()) {
            return new DataDirectory(commandLine.get().toAbsolutePath(), Source.COMMAND_LINE);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return new DataDirectory(Path.of(fromEnv).toAbsolutePath(), Source.ENVIRONMENT);
            } catch (InvalidPathException e) {
                throw new UnusablePathException(ENV + " names a folder this system cannot use as a path: " + fromEnv
                        + " (under LANG=C, names with letters beyond ASCII cannot be encoded). Set a UTF-8 locale,"
                        + " for example LANG=C.UTF-8, or choose a folder with a plain name.");
            }
        }
        Optional<Path> portable = appHome.map(home -> home.resolve("data")).filter(Files::isDirectory);
        if (portable.isPresent()) {
            return new DataDirectory(portable.get().toAbsolutePath(), Source.PORTABLE);
        }
        return new DataDirectory(userDefault, Source.USER_DEFAULT);
    }

    /**
     * The folder the app was started from: the jar's folder, or for a jpackage app-image the image's root (the jar
     * sits in {@code app/} on Windows and {@code lib/app/} elsewhere), where a {@code data} folder sits beside the
     * launcher.
     */
    static Optional<Path> appHome() {
        return appJar().flatMap(jar -> {
            Path folder = jar.getParent();
            if (named(folder, "app") && !Files.isDirectory(folder.resolve("data"))) {
                folder = folder.getParent();
                if (named(folder, "lib")) {
                    folder = folder.getParent();
                }
            }
            return Optional.ofNullable(folder);
        });
    }

    /** The jar the app runs from; empty when it runs from a classes folder (in tests and the IDE). */
    static Optional<Path> appJar() {
        try {
            Path jar = Path.of(DataDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static boolean named(Path folder, String name) {
        return folder != null && folder.getFileName() != null && folder.getFileName().toString().equals(name);
    }
}

package org.followupcoach.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Finds the per-user data folder the way each operating system expects it. */
public final class AppDirs {

    private AppDirs() {
    }

    /** The data folder for the current user and OS. */
    public static Path defaultDataDir() {
        return dataDir(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /**
     * Windows {@code %APPDATA%\FollowUpCoach}, macOS {@code ~/Library/Application Support/FollowUpCoach}, elsewhere
     * {@code $XDG_DATA_HOME/followup-coach} (default {@code ~/.local/share/followup-coach}).
     */
    public static Path dataDir(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("FollowUpCoach");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("FollowUpCoach");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".local").resolve("share")
                : Path.of(xdg);
        return base.resolve("followup-coach");
    }
}

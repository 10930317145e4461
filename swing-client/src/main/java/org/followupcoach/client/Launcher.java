package org.followupcoach.client;

import java.io.IOException;

/**
 * The runnable jar's entry point: starts the app in a second JVM tuned like the app-image's when it can (see
 * {@link Relaunch}), and in this one otherwise. This JVM then opens no window and holds no lock: it only waits for the
 * app and ends with its exit code, so the user sees one app.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Entry point of {@code java -jar followup-coach.jar}. */
    public static void main(String[] args) {
        Relaunch.Decision decision = Relaunch.decide(Relaunch.Inputs.current(args));
        String skipped;
        if (decision instanceof Relaunch.Child child) {
            try {
                System.exit(Relaunch.run(child));
                return;
            } catch (IOException | RuntimeException e) {
                skipped = "a second JVM could not be started (" + e + ")";
            }
        } else {
            skipped = ((Relaunch.InProcess) decision).reason();
        }
        if (!skipped.isEmpty()) {
            // Logged by the app once its log file is open (this JVM keeps no log of its own).
            System.setProperty(Relaunch.STATUS, "in this JVM: " + skipped);
        }
        CoachApp.main(args);
    }
}

package org.followupcoach.client;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.function.Supplier;
import org.followupcoach.client.diagnostics.SmokeRun;
import org.followupcoach.core.load.ContentSource;

/** How the app is started: where data lives, which content, and the clock and randomness it uses. */
public record StartOptions(Path dataDir, ContentSource content, Clock clock, Supplier<Random> random,
                           Runnable onExit, boolean welcome) {

    /** Options without the first-run welcome, for tests and scripted runs. */
    public StartOptions(Path dataDir, ContentSource content, Clock clock, Supplier<Random> random, Runnable onExit) {
        this(dataDir, content, clock, random, onExit, false);
    }

    /** The options of a normal start from the command line; the welcome shows on a first start. */
    public static StartOptions standard(Path dataDir, ContentSource content) {
        return new StartOptions(dataDir, content, Clock.systemDefaultZone(), Random::new, () -> System.exit(0),
                System.getProperty(SmokeRun.PROPERTY) == null);
    }
}

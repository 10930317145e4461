package org.followupcoach.client;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.function.Supplier;
import org.followupcoach.core.load.ContentSource;

/** How the app is started: where data lives, which content, and the clock and randomness it uses. */
public record StartOptions(Path dataDir, ContentSource content, Clock clock, Supplier<Random> random,
                           Runnable onExit) {

    /** The options of a normal start from the command line. */
    public static StartOptions standard(Path dataDir, ContentSource content) {
        return new StartOptions(dataDir, content, Clock.systemDefaultZone(), Random::new, () -> System.exit(0));
    }
}

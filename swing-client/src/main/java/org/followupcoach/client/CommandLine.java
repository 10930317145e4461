package org.followupcoach.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.followupcoach.core.load.ContentSource;

/**
 * The parsed command line of a normal start. Everything that can be refused is refused here, in one line and before
 * any window opens, so a mistyped folder never becomes a window that explains itself badly.
 */
record CommandLine(Optional<Path> dataDir, ContentSource content, boolean help) {

    static final String USAGE = """
            Usage: java -jar followup-coach.jar [--data-dir DIR] [--content DIR] [--no-relaunch]
                   java -jar followup-coach.jar --validate-content [--strict] DIR
                   java -jar followup-coach.jar --version | --help

              --data-dir DIR          keep progress in DIR instead of the per-user data folder
              --content DIR           run on the content pack in DIR instead of the bundled guidance
              --validate-content DIR  check a content pack without opening a window
                                      (--strict: the quiz lint's warnings fail the check too)
              --no-relaunch           start in this JVM, without the fast start's second JVM
              --version               print the version and exit
              -h, --help              print this help and exit""";

    /** Parses {@code args}; a problem is an {@link IllegalArgumentException} whose message is one sentence. */
    static CommandLine parse(String[] args) {
        Optional<Path> dataDir = Optional.empty();
        ContentSource content = ContentSource.bundled();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    return new CommandLine(Optional.empty(), ContentSource.bundled(), true);
                }
                case "--data-dir" -> dataDir = Optional.of(dataFolder(value(args, ++i, "--data-dir")));
                case "--content" -> content = ContentSource.folder(contentFolder(value(args, ++i, "--content")));
                case Relaunch.NO_RELAUNCH -> {
                    // Read by Launcher before the app starts.
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + ": --help lists the options.");
            }
        }
        return new CommandLine(dataDir, content, false);
    }

    private static Path dataFolder(String value) {
        Path folder = Path.of(value);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--data-dir " + value
                    + " is a file, not a folder: give a folder (it is created if it does not exist).");
        }
        return folder;
    }

    private static Path contentFolder(String value) {
        Path folder = Path.of(value);
        if (!Files.isDirectory(folder)) {
            String what = Files.exists(folder) ? " is a file" : " does not exist";
            throw new IllegalArgumentException("--content " + value + what
                    + ": give the folder that holds manifest.json, guide.json and the rest.");
        }
        return folder;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a folder after it.");
        }
        return args[i];
    }
}

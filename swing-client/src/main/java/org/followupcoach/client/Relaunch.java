package org.followupcoach.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Decides whether {@code java -jar followup-coach.jar} starts the app in a second JVM with the options the app-image
 * runs with, which a jar cannot set for its own JVM: C1 only, the serial collector and a small heap, and an AppCDS
 * archive in the data folder's cache (made by the first such start, when the app ends). Anything unusual means the app
 * starts in this JVM as before, with the reason noted for the app's log.
 */
final class Relaunch {

    /** Set in the second JVM, so it never starts a third. */
    static final String MARKER = "followupcoach.relaunched";
    /** How the app was started, for the app's log: the fast path taken, or why not. */
    static final String STATUS = "followupcoach.faststart";
    /** The option that turns the fast start off. */
    static final String NO_RELAUNCH = "--no-relaunch";
    /** The app's own main class, which never relaunches. */
    static final String APP_MAIN = "org.followupcoach.client.CoachApp";

    /**
     * The app-image's options (see scripts/build-app-image.sh for why each): the user's own JVM options come after
     * them and win. Unknown options are ignored rather than fatal, and the JVM's own warnings go to stderr, so stdout
     * carries only what the app prints; CDS's notes about classes it cannot archive are dropped.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-Xmx256m", "-Xms24m",
            "-Xmn6m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:ReservedCodeCacheSize=48m", "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0", "-XX:CompileCommand=quiet",
            "-XX:CompileCommand=exclude,net/miginfocom/layout/ConstraintParser.parseComponentConstraint",
            "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");

    /** Command-line words that make the app print something and end: a second JVM would only add its start-up. */
    private static final Set<String> COMMANDS = Set.of("--version", "--validate-content", "--help", "-h");

    private Relaunch() {
    }

    /** What the decision looks at, gathered from the running JVM by {@link #current}, or made up by tests. */
    record Inputs(List<String> args, boolean relaunched, boolean headless, String vmName, int vmFeature,
                  String vmVersion, List<Path> javaCandidates, Optional<Path> jar, Optional<List<String>> jvmOptions,
                  Function<Optional<Path>, DataDirectory> dataFolder, Predicate<Path> writable) {

        /** The inputs of this process. */
        static Inputs current(String[] args) {
            ProcessHandle.Info info = ProcessHandle.current().info();
            List<Path> candidates = new ArrayList<>();
            info.command().map(Path::of).ifPresent(candidates::add);
            boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
            candidates.add(Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java"));
            return new Inputs(List.of(args), System.getProperty(MARKER) != null,
                    java.awt.GraphicsEnvironment.isHeadless(), System.getProperty("java.vm.name", ""),
                    Runtime.version().feature(), System.getProperty("java.vm.version", ""), candidates,
                    DataDirectory.appJar(), info.arguments().flatMap(a -> Relaunch.jvmOptions(List.of(a))),
                    DataDirectory::resolve, Relaunch::canWrite);
        }
    }

    /** How to start the app. */
    sealed interface Decision permits InProcess, Child {
    }

    /** In this JVM; {@code reason} is why the fast path was skipped, empty when there is nothing worth logging. */
    record InProcess(String reason) implements Decision {
    }

    /**
     * In a second JVM started with {@code command}. When {@code newArchive} is present, that JVM writes an archive
     * there at its end and {@code cache} takes it in.
     */
    record Child(List<String> command, ArchiveCache cache, Optional<Path> newArchive, String status)
            implements Decision {
    }

    /** Decides how to start, from {@code in}; touches only the data folder's cache. */
    static Decision decide(Inputs in) {
        if (in.relaunched()) {
            return new InProcess("");
        }
        if (in.args().contains(NO_RELAUNCH)) {
            return new InProcess("turned off with " + NO_RELAUNCH);
        }
        if (in.args().stream().anyMatch(COMMANDS::contains)) {
            return new InProcess("");
        }
        CommandLine line;
        try {
            line = CommandLine.parse(in.args().toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            // The app explains the mistake and ends; nothing to gain from a second JVM.
            return new InProcess("");
        }
        if (line.help()) {
            return new InProcess("");
        }
        if (in.headless()) {
            return new InProcess("");
        }
        String vm = in.vmName().toLowerCase(Locale.ROOT);
        if (in.vmFeature() < 17 || !(vm.contains("hotspot") || vm.contains("openjdk")) || vm.contains("openj9")) {
            return new InProcess("a JVM whose options are unknown here (" + in.vmName() + " " + in.vmVersion() + ")");
        }
        Optional<Path> java = in.javaCandidates().stream().filter(Files::isExecutable).findFirst();
        if (java.isEmpty()) {
            return new InProcess("no java program found beside the running JVM (looked at " + in.javaCandidates()
                    + ")");
        }
        if (in.jar().isEmpty()) {
            return new InProcess("not started from the jar");
        }
        if (in.jvmOptions().isEmpty()) {
            return new InProcess("the JVM's own command line could not be read");
        }
        DataDirectory data = in.dataFolder().apply(line.dataDir());
        if (!Files.isDirectory(data.path())) {
            // The app decides how to make its data folder (and reports when it cannot), so the very first start runs
            // in this JVM; the next start makes the archive.
            return new InProcess("the data folder " + data.path() + " does not exist yet (a first start)");
        }
        Path folder = data.path().resolve("cache");
        ArchiveCache cache;
        try {
            Files.createDirectories(folder);
            if (!in.writable().test(folder)) {
                return new InProcess("the data folder cannot be written (" + folder + ")");
            }
            cache = ArchiveCache.of(folder, in.jar().get(), in.vmVersion());
        } catch (IOException | RuntimeException e) {
            return new InProcess("the data folder cannot be written (" + e + ")");
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.addAll(JVM_OPTIONS);
        Optional<Path> newArchive = Optional.empty();
        String status;
        Optional<String> problem = cache.problem();
        if (problem.isEmpty()) {
            command.add("-Xshare:auto");
            command.add("-XX:SharedArchiveFile=" + cache.archive());
            status = "relaunched with the archive " + cache.archive();
        } else if (cache.failedBefore()) {
            status = "relaunched without an archive: making one failed before for this jar and JVM";
        } else {
            String why = problem.get();
            try {
                cache.discard();
                newArchive = Optional.of(cache.newTemporary());
                command.add("-XX:ArchiveClassesAtExit=" + newArchive.get());
                status = "relaunched, making the archive " + cache.archive() + " (existing one: " + why + ")";
            } catch (IOException e) {
                return new InProcess("the archive " + cache.archive() + " is " + why + " and cannot be replaced ("
                        + e + ")");
            }
        }
        command.addAll(in.jvmOptions().get());
        command.add("-D" + MARKER + "=true");
        command.add("-D" + STATUS + "=" + status);
        command.add("-cp");
        command.add(in.jar().get().toString());
        command.add(APP_MAIN);
        command.addAll(in.args());
        return new Child(List.copyOf(command), cache, newArchive, status);
    }

    /**
     * The JVM options among the arguments of a {@code java} command: what comes before {@code -jar}, or
     * before the launcher's main class, without the class path. Empty when neither is there.
     */
    static Optional<List<String>> jvmOptions(List<String> arguments) {
        int end = arguments.indexOf("-jar");
        if (end < 0) {
            end = arguments.indexOf(Launcher.class.getName());
        }
        if (end < 0) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String a = arguments.get(i);
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
            } else if (!a.startsWith("--class-path=")) {
                options.add(a);
            }
        }
        return Optional.of(options);
    }

    /**
     * Runs the app in the second JVM, which shares this process's console, and returns its exit code once it has
     * ended; takes in the archive it made. Throws only when the JVM cannot be started at all, so falling back to this
     * JVM never opens a second app.
     */
    static int run(Child child) throws IOException {
        Process process = new ProcessBuilder(child.command()).inheritIO().start();
        // Ended by the system (log-out, kill): the app gets the same chance to save as when it runs in this JVM.
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "coach-relaunch-stop"));
        } catch (IllegalStateException | SecurityException e) {
            // Already shutting down: the app's JVM is on its own, as it would be after a kill -9 of this one.
        }
        int code;
        while (true) {
            try {
                code = process.waitFor();
                break;
            } catch (InterruptedException e) {
                // Keep waiting: this process exists only to pass on the app's exit code.
            }
        }
        int exit = code;
        child.newArchive().ifPresent(temporary -> child.cache().finish(temporary, exit));
        return code;
    }

    /** Whether a file can really be made in {@code folder} (a read-only disk or share says so only when tried). */
    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "write-check", ".tmp"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

package org.followupcoach.client;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.followupcoach.client.presentation.AppModels;
import org.followupcoach.client.view.MainFrame;
import org.followupcoach.core.load.ContentLoadResult;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.followupcoach.client.view.support.Messages;
import org.followupcoach.core.store.LoadedProgress;
import org.followupcoach.core.store.ProgressLock;
import org.followupcoach.core.store.ProgressStore;

/** Starts Follow-Up Coach: reads the command line, loads progress and content off the EDT, opens the window. */
public final class CoachApp {
    /** temp. */
    public static final class T { static final long B = System.nanoTime(); static final StringBuilder SB = new StringBuilder();
        public static synchronized void m(String w) { SB.append(String.format("%7.1f %-20s %s%n", (System.nanoTime() - B) / 1e6, w, Thread.currentThread().getName())); } }


    private static final System.Logger LOG = System.getLogger(CoachApp.class.getName());

    private CoachApp() {
    }

    /** Entry point of the runnable jar. */
    public static void main(String[] args) {
        T.m("main");
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("Follow-Up Coach " + version() + " (content "
                    + ContentLoader.loadBundled().pack().map(p -> p.manifest().contentVersion()).orElse("?") + ")");
            return;
        }
        if (args.length == 2 && args[0].equals("--validate-content")) {
            System.exit(ContentCheck.run(Path.of(args[1]), System.out, System.err));
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("Follow-Up Coach needs a graphical desktop, and none was found"
                    + " (on Linux, set DISPLAY or run it under xvfb-run).");
            System.exit(2);
        }
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        T.m("parsed");
        DataDirectory data = DataDirectory.resolve(line.dataDir());
        AppLogging.install(data.path());
        ErrorReporter.install(AppLogging.logFolder(data.path()));
        LOG.log(System.Logger.Level.INFO, "Starting with data folder " + data.path() + " (" + data.source() + ")");
        T.m("logging done");
        launch(StartOptions.standard(data.path(), line.content()));
    }

    /**
     * Opens the app and returns its window once it is showing; content keeps loading in the background. Must not be
     * called on the EDT, because it waits for the window.
     */
    public static MainFrame launch(StartOptions options) {
        ExecutorService io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "coach-io");
            t.setDaemon(true);
            return t;
        });
        ProgressStore store = new ProgressStore(options.dataDir(), options.clock());
        CompletableFuture<ContentLoadResult> content = CompletableFuture.supplyAsync(
                () -> ContentLoader.load(options.content()), io);
        T.m("content started");
        ProgressLock lock = ProgressLock.tryAcquire(options.dataDir());
        // Progress decides theme and window size, so it is read before the window opens (small, off the EDT).
        LoadedProgress loaded = store.load(lock.acquired());
        LoadedProgress progress = lock.acquired() ? loaded
                : new LoadedProgress(loaded.progress(), true, loaded.notice());
        boolean systemDark = ThemeSupport.parse(progress.progress().ui().theme()) == ThemeSupport.Choice.SYSTEM
                && ThemeSupport.systemPrefersDark();
        T.m("progress loaded");
        EdtWatchdog watchdog = SmokeRun.watchdogIfRequested();
        MainFrame[] frame = new MainFrame[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                T.m("edt start");
                ThemeSupport.registerAppDefaults();
                ThemeSupport.install(ThemeSupport.parse(progress.progress().ui().theme()), systemDark);
                T.m("laf installed");
                frame[0] = new MainFrame(f -> shutDown(io, lock, options));
                frame[0].placeWindow(progress.progress().ui().window());
                T.m("frame built");
                frame[0].setVisible(true);
                T.m("frame visible");
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the window", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the window could not be opened", e.getCause());
        }
        MainFrame window = frame[0];
        content.whenComplete((result, failure) -> { T.m("content loaded"); SwingUtilities.invokeLater(() -> {
            T.m("showApp start");
            if (failure != null) {
                LOG.log(System.Logger.Level.ERROR, "Loading content failed", failure);
                window.showLoadProblems(options.content().describe(), java.util.List.of());
            } else if (!result.isValid()) {
                window.showLoadProblems(options.content().describe(), result.problems());
            } else {
                AppModels models = AppModels.create(result.pack().orElseThrow(), progress, store, io,
                        SwingUtilities::invokeLater, options.clock(), options.random(),
                        org.followupcoach.client.view.support.Messages::format);
                T.m("models");
                window.showApp(models);
                T.m("showApp done");
                SmokeRun.startIfRequested(models, watchdog);
                switch (lock.outcome()) {
                    case HELD_BY_ANOTHER_INSTANCE -> window.notice(Messages.get("MainFrame.alreadyRunning.text"));
                    case CANNOT_WRITE -> window.noticeWithExport(Messages.format("MainFrame.cannotWrite.text",
                            lock.reason()));
                    case ACQUIRED -> progress.notice().ifPresent(window::notice);
                }
            }
        });});
        return window;
    }

    private static void shutDown(ExecutorService io, ProgressLock lock, StartOptions options) {
        io.shutdown();
        try {
            if (!io.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Saving did not finish within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.close();
        options.onExit().run();
    }

    /** The app's version from the jar manifest, or "development" when run from classes. */
    public static String version() {
        String v = CoachApp.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The parsed command line. */
    record CommandLine(java.util.Optional<Path> dataDir, ContentSource content) {

        static final String USAGE = "Usage: java -jar followup-coach.jar [--data-dir DIR] [--content DIR]\n"
                + "       java -jar followup-coach.jar --validate-content DIR\n"
                + "       java -jar followup-coach.jar --version";

        static CommandLine parse(String[] args) {
            java.util.Optional<Path> dataDir = java.util.Optional.empty();
            ContentSource content = ContentSource.bundled();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data-dir" -> dataDir = java.util.Optional.of(Path.of(value(args, ++i, "--data-dir")));
                    case "--content" -> content = ContentSource.folder(Path.of(value(args, ++i, "--content")));
                    default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
                }
            }
            return new CommandLine(dataDir, content);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a folder after it");
            }
            return args[i];
        }
    }
}

package org.followupcoach.client;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.followupcoach.client.diagnostics.EdtWatchdog;
import org.followupcoach.client.diagnostics.SmokeRun;
import org.followupcoach.client.shell.AppModels;
import org.followupcoach.client.shell.ErrorReporter;
import org.followupcoach.client.shell.MainFrame;
import org.followupcoach.client.shell.ThemeSupport;
import org.followupcoach.client.support.AppVersion;
import org.followupcoach.client.support.Messages;
import org.followupcoach.core.load.ContentLoadResult;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.followupcoach.core.store.LoadedProgress;
import org.followupcoach.core.store.ProgressLock;
import org.followupcoach.core.store.ProgressStore;

/** Starts Follow-Up Coach: reads the command line, loads progress and content off the EDT, opens the window. */
public final class CoachApp {

    private static final System.Logger LOG = System.getLogger(CoachApp.class.getName());

    /** How long the EDT may wait for content before it opens the window in its loading state. */
    private static final long CONTENT_WAIT_MILLIS = 150;
    private static final long SAVE_DELAY_MS = 800;

    private CoachApp() {
    }

    /** Entry point of the runnable jar. */
    public static void main(String[] args) {
        AppLogging.quietConsole();
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("Follow-Up Coach " + AppVersion.current() + " (content "
                    + ContentLoader.loadBundled().pack().map(p -> p.manifest().contentVersion()).orElse("?") + ")");
            return;
        }
        if (args.length == 2 && args[0].equals("--validate-content")) {
            System.exit(ContentCheck.run(Path.of(args[1]), System.out, System.err));
        }
        if (args.length == 3 && args[0].equals("--validate-content") && args[1].equals("--strict")) {
            System.exit(ContentCheck.run(Path.of(args[2]), true, System.out, System.err));
        }
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (line.help()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("Follow-Up Coach needs a graphical desktop, and none was found"
                    + " (on Linux, set DISPLAY or run it under xvfb-run).");
            System.exit(2);
        }
        DataDirectory data;
        try {
            data = DataDirectory.resolve(line.dataDir());
        } catch (DataDirectory.UnusablePathException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ErrorReporter.install(AppLogging.logFolder(data.path()));
        // Opening the log file and formatting its first line (dates, time zones, locale data) took ~50 ms here, none of
        // which the window needs: it happens beside the start. A problem in those first moments goes to the console.
        Thread logging = new Thread(() -> {
            AppLogging.install(data.path());
            LOG.log(System.Logger.Level.INFO, "Starting with data folder " + data.path() + " (" + data.source() + ")");
            String fastStart = System.getProperty(Relaunch.STATUS);
            if (fastStart != null) {
                LOG.log(System.Logger.Level.INFO, "Fast start: " + fastStart);
            }
        }, "coach-logging");
        logging.setDaemon(true);
        logging.start();
        launch(StartOptions.standard(data.path(), line.content()));
    }

    /**
     * Opens the app and returns its window once it is showing; content keeps loading in the background. Must not be
     * called on the EDT, because it waits for the window.
     */
    public static MainFrame launch(StartOptions options) {
        ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "coach-io");
            t.setDaemon(true);
            return t;
        });
        ProgressStore store = new ProgressStore(options.dataDir(), options.clock());
        CompletableFuture<ContentLoadResult> content = CompletableFuture.supplyAsync(
                () -> ContentLoader.load(options.content()), io);
        ProgressLock lock = ProgressLock.tryAcquire(options.dataDir());
        // Progress decides theme and window size, so it is read before the window opens (small, off the EDT).
        LoadedProgress loaded = store.load(lock.acquired());
        LoadedProgress progress = lock.acquired() ? loaded
                : new LoadedProgress(loaded.progress(), true, loaded.notice());
        boolean systemDark = ThemeSupport.parse(progress.progress().ui().theme()) == ThemeSupport.Choice.SYSTEM
                && ThemeSupport.systemPrefersDark();
        EdtWatchdog watchdog = SmokeRun.watchdogIfRequested();
        MainFrame[] frame = new MainFrame[1];
        boolean[] filled = new boolean[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                ThemeSupport.registerAppDefaults();
                ThemeSupport.install(ThemeSupport.parse(progress.progress().ui().theme()), systemDark);
                ThemeSupport.scale(progress.progress().ui().scale());
                frame[0] = new MainFrame(f -> shutDown(io, lock, options));
                frame[0].setFolders(options.dataDir().toString(), AppLogging.logFolder(options.dataDir()).toString());
                frame[0].placeWindow(progress.progress().ui().window(),
                        lock.outcome() == ProgressLock.Outcome.HELD_BY_ANOTHER_INSTANCE);
                // Content loads while the look and feel starts, and is usually there by now: then the window opens
                // with it and is laid out and painted once, instead of first with "Loading…" and again with the app.
                filled[0] = arrivedWithin(content, CONTENT_WAIT_MILLIS);
                if (filled[0]) {
                    contentArrived(frame[0], content, progress, store, io, lock, options, watchdog);
                }
                frame[0].setVisible(true);
                if (filled[0]) {
                    frame[0].focusCurrentView();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the window", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the window could not be opened", e.getCause());
        }
        MainFrame window = frame[0];
        if (!filled[0]) {
            content.whenComplete((result, failure) -> SwingUtilities.invokeLater(
                    () -> contentArrived(window, content, progress, store, io, lock, options, watchdog)));
        }
        return window;
    }

    /** Whether {@code content} completes within {@code millis}; waiting is cheaper than painting the window twice. */
    private static boolean arrivedWithin(CompletableFuture<?> content, long millis) {
        try {
            content.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // A failure is shown like any other result; a slow pack is shown when it is there.
        }
        return content.isDone();
    }

    /** Shows the loaded content in the window, or what is wrong with it; on the EDT. */
    private static void contentArrived(MainFrame window, CompletableFuture<ContentLoadResult> content,
                                       LoadedProgress progress, ProgressStore store, ScheduledExecutorService io,
                                       ProgressLock lock, StartOptions options, EdtWatchdog watchdog) {
        ContentLoadResult result;
        try {
            result = content.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException failure) {
            LOG.log(System.Logger.Level.ERROR, "Loading content failed", failure);
            window.showLoadProblems(options.content().describe(), java.util.List.of());
            return;
        }
        if (!result.isValid()) {
            window.showLoadProblems(options.content().describe(), result.problems());
            return;
        }
        // Saves wait a moment so a burst of ticks is written once; shutdown still runs the waiting save.
        Executor saves = r -> io.schedule(r, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
        AppModels models = AppModels.create(result.pack().orElseThrow(), progress, store, saves,
                SwingUtilities::invokeLater, options.clock(), options.random(),
                org.followupcoach.client.support.Messages::format);
        window.showApp(models);
        SmokeRun.startIfRequested(models, watchdog);
        switch (lock.outcome()) {
            case HELD_BY_ANOTHER_INSTANCE -> window.notice(Messages.get("MainFrame.alreadyRunning.text"));
            case CANNOT_WRITE -> window.noticeWithExport(Messages.format("MainFrame.cannotWrite.text",
                    lock.reason()));
            case ACQUIRED -> progress.notice().ifPresent(window::notice);
        }
        if (options.welcome()) {
            window.welcomeIfFirstRun();
        }
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
}

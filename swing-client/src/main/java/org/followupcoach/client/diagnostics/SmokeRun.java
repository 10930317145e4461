package org.followupcoach.client.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.followupcoach.client.shell.AppModels;
import org.followupcoach.client.session.AppView;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.quiz.QuizMode;

/**
 * A scripted session for measurements and network checks, switched on with {@code -Dfollowupcoach.smoke=REPORT}:
 * reports when the window is ready, walks through every view, then writes a small report and exits. Nothing of it
 * runs in normal use.
 */
public final class SmokeRun {

    /** The system property that turns the smoke run on; its value is the report file. */
    public static final String PROPERTY = "followupcoach.smoke";

    private final AppModels models;
    private final Path report;
    private final EdtWatchdog watchdog;
    private record Step(String name, Runnable action) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private final StringBuilder timings = new StringBuilder();
    private final StringBuilder clipped = new StringBuilder();
    private long readyMillis;
    private long readyEpochMillis;
    /** CPU time of the process (all threads) at ready: more than the wall time means start-up kept both cores busy. */
    private long readyCpuMillis;
    private String readyCpuByThread = "";

    private SmokeRun(AppModels models, Path report, EdtWatchdog watchdog) {
        this.models = models;
        this.report = report;
        this.watchdog = watchdog;
    }

    /** The watchdog to install before the window opens, when a smoke run was asked for. */
    public static EdtWatchdog watchdogIfRequested() {
        return System.getProperty(PROPERTY) == null ? null : EdtWatchdog.install();
    }

    /** Starts the scripted session once the app is showing; call on the EDT right after the views are built. */
    public static void startIfRequested(AppModels models, EdtWatchdog watchdog) {
        String target = System.getProperty(PROPERTY);
        if (target != null && watchdog != null) {
            new SmokeRun(models, Path.of(target), watchdog).start();
        }
    }

    private void start() {
        // Ready is when the window has been painted for the first time: after the window system's first paint event,
        // two hops through the queue let the repaint it asked for and any pending layout run.
        watchdog.afterFirstPaint(() -> SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> {
            readyEpochMillis = System.currentTimeMillis();
            readyMillis = readyEpochMillis - startMillis(readyEpochMillis);
            readyCpuMillis = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis)
                    .orElse(-1L);
            readyCpuByThread = cpuByThread();
            // The session starts in an event of its own, so the watchdog does not count this one's bookkeeping.
            SwingUtilities.invokeLater(() -> {
                watchdog.reset();
                script();
                next();
            });
        })));
    }

    /**
     * When the JVM started; the app-image's trimmed runtime has no java.management, so there it is the process's start
     * as the OS recorded it (coarser: on Linux it can be off by up to a second, the same for every run of one boot).
     */
    private static long startMillis(long fallback) {
        try {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        } catch (NoClassDefFoundError e) {
            return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(fallback);
        }
    }

    private void script() {
        for (AppView view : AppView.values()) {
            steps.add(new Step("show " + view, () -> {
                if (view == AppView.INTERVIEWS) {
                    models.interviews().interviews().stream().findFirst()
                            .ifPresent(i -> models.interviews().select(i.id()));
                }
                models.navigation().show(view);
            }));
            steps.add(new Step("shot " + view, () -> look(view.name().toLowerCase(Locale.ROOT))));
        }
        steps.add(new Step("show GUIDE", () -> models.navigation().show(AppView.GUIDE)));
        for (Section s : models.guide().sections()) {
            steps.add(new Step("section " + s.id(), () -> models.guide().select(s.id())));
        }
        // As a person searches: the (empty) search field gets the focus first, then the words arrive.
        steps.add(new Step("focus search", () -> named("guide.search").ifPresent(c -> c.requestFocusInWindow())));
        steps.add(new Step("search", () -> models.guide().setQuery("voicemail")));
        steps.add(new Step("clear search", () -> models.guide().setQuery("")));
        steps.add(new Step("show QUIZ", () -> models.navigation().show(AppView.QUIZ)));
        steps.add(new Step("start quiz", () -> models.quiz().start(QuizMode.PRACTICE)));
        for (int i = 0; i < 3; i++) {
            steps.add(new Step("answer", () -> {
                models.quiz().toggleAt(0);
                models.quiz().submit();
            }));
            steps.add(new Step("next question", () -> models.quiz().next()));
        }
        steps.add(new Step("shot quiz-feedback", () -> look("quiz-feedback")));
        steps.add(new Step("show READINESS", () -> models.navigation().show(AppView.READINESS)));
        steps.add(new Step("show CHECKLIST", () -> models.navigation().show(AppView.CHECKLIST)));
    }

    private void next() {
        Step step = steps.poll();
        if (step == null) {
            finish();
            return;
        }
        watchdog.phase(step.name());
        long start = System.nanoTime();
        step.action().run();
        timings.append(String.format(Locale.ROOT, "step_ms %-28s %.1f%n", step.name(),
                (System.nanoTime() - start) / 1_000_000.0));
        // A short gap between steps lets each screen paint, as it would for a person clicking through.
        Timer timer = new Timer(50, e -> next());
        timer.setRepeats(false);
        timer.start();
    }

    /** The showing component of the main window with this name, if there is one. */
    private static java.util.Optional<java.awt.Component> named(String name) {
        return mainWindow().flatMap(frame -> named(frame, name));
    }

    /** The app's main window, once it is showing. */
    private static java.util.Optional<javax.swing.JFrame> mainWindow() {
        for (java.awt.Frame f : java.awt.Frame.getFrames()) {
            if (f.isShowing() && f instanceof javax.swing.JFrame frame) {
                return java.util.Optional.of(frame);
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<java.awt.Component> named(java.awt.Component c, String name) {
        if (name.equals(c.getName()) && c.isShowing()) {
            return java.util.Optional.of(c);
        }
        if (c instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                java.util.Optional<java.awt.Component> found = named(child, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * With {@code -Dfollowupcoach.shots=DIR}: notes any text that cannot be read in full on the screen now showing,
     * and paints the main window into DIR/NAME.png (for the README).
     */
    private void look(String name) {
        String dir = System.getProperty("followupcoach.shots");
        if (dir == null) {
            return;
        }
        mainWindow().ifPresent(frame -> {
            javax.swing.JRootPane root = frame.getRootPane();
            root.validate();
            org.followupcoach.client.support.ClippedText.find(root)
                    .forEach(c -> clipped.append("clipped ").append(name).append(": ").append(c).append('\n'));
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(root.getWidth(), root.getHeight(),
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            root.paint(g);
            g.dispose();
            try {
                javax.imageio.ImageIO.write(image, "png", Path.of(dir, name + ".png").toFile());
            } catch (IOException e) {
                System.err.println("Could not write a screenshot: " + e.getMessage());
            }
        });
    }

    /**
     * CPU milliseconds per thread name at ready, largest first, from Linux's /proc (clock ticks of 10 ms; empty
     * elsewhere): how much of start-up went to the event thread and how much to the JIT compilers beside it.
     */
    private static String cpuByThread() {
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        ticks.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append("ready_cpu_thread_ms ").append(e.getValue() * 10).append(' ')
                        .append(e.getKey()).append('\n'));
        return text.toString();
    }

    private String slowEvents() {
        StringBuilder text = new StringBuilder();
        watchdog.slowEvents().forEach(e -> text.append("slow_event_ms ").append(e).append('\n'));
        return text.toString();
    }

    private void finish() {
        long heapUsed = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        String text = String.format(Locale.ROOT, "ready_ms=%d%nready_cpu_ms=%d%nready_epoch_ms=%d%n"
                + "longest_edt_ms=%.1f%nlongest_edt_event=%s%nheap_used_mb=%d%n", readyMillis, readyCpuMillis,
                readyEpochMillis, watchdog.longestMillis(), watchdog.longestEvent(), heapUsed)
                + readyCpuByThread + timings + slowEvents() + clipped;
        try {
            Files.writeString(report, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not write the smoke report: " + e.getMessage());
        }
        Runtime.getRuntime().halt(0);
    }
}

package org.followupcoach.client;

import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.followupcoach.client.shell.AppModels;
import org.followupcoach.client.shell.MainFrame;
import org.followupcoach.core.load.ContentSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real app window on a fresh data folder for each GUI test, with a fixed clock and seeded shuffles, and
 * cleans up after it. {@link #restartApp()} closes the app as a user would and starts it again on the same folder.
 */
public abstract class AppTestBase {

    /** A fixed moment, so timestamps in saved progress are predictable. */
    protected static final Instant NOW = Instant.parse("2026-11-23T18:30:00Z");

    @TempDir
    protected Path dataDir;

    protected Robot robot;
    protected FrameFixture window;
    protected MainFrame frame;
    private final AtomicInteger seed = new AtomicInteger(42);

    @BeforeAll
    static void checkThreading() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void startApp() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        launch();
    }

    @AfterEach
    void stopApp() {
        try {
            closeApp();
        } finally {
            robot.cleanUp();
        }
    }

    /** The options the app is started with; override to use another content folder or clock. */
    protected StartOptions options() {
        return new StartOptions(dataDir, ContentSource.bundled(), Clock.fixed(NOW, ZoneId.of("Europe/Berlin")),
                () -> new Random(seed.getAndIncrement()), () -> { });
    }

    private void launch() {
        launch(options());
        awaitLoaded();
    }

    /** Closes the running app and opens one with {@code other} options, without waiting for content. */
    protected void launch(StartOptions other) {
        closeApp();
        frame = CoachApp.launch(other);
        window = new FrameFixture(robot, frame);
    }

    /** Waits until content is loaded and the views are usable. */
    protected void awaitLoaded() {
        pause(new Condition("the guidance to load") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> frame.isReady());
            }
        }, timeout(20_000));
        robot.waitForIdle();
    }

    /** The app's presentation models, for checking state a view shows. */
    protected AppModels models() {
        return GuiActionRunner.execute(() -> frame.models());
    }

    /** Closes the window like a user and waits until progress is flushed. */
    protected void closeApp() {
        if (frame == null) {
            return;
        }
        MainFrame closing = frame;
        frame = null;
        GuiActionRunner.execute(() -> closing.dispatchEvent(
                new java.awt.event.WindowEvent(closing, java.awt.event.WindowEvent.WINDOW_CLOSING)));
        try {
            closing.closed().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the app did not close and flush its progress", e);
        }
    }

    /** Presses {@code key} with Ctrl held, as a user does for the menu accelerators, and lets the app catch up. */
    protected void ctrl(int key) {
        robot.pressKey(java.awt.event.KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKeys(key);
        robot.releaseKey(java.awt.event.KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }

    /** Waits up to ten seconds for {@code test}, evaluated on the EDT, to hold. */
    protected void await(String what, java.util.function.BooleanSupplier test) {
        pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(test::getAsBoolean);
            }
        }, timeout(10_000));
    }

    /** Waits for the component with this name to have the keyboard focus. */
    protected void awaitFocus(String name) {
        await(name + " to have focus", () -> {
            java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner != null && name.equals(owner.getName());
        });
    }

    /** Waits for a component with this name to be on screen. */
    protected void awaitShowing(String name) {
        await(name + " to show", () -> showing(name));
    }

    /** Whether a component with this name is on screen; works for hidden ones, which fixtures do not find. */
    protected boolean showing(String name) {
        return !GuiActionRunner.execute(() -> robot.finder().findAll(frame,
                c -> name.equals(c.getName()) && c.isShowing())).isEmpty();
    }

    /** Closes the app and starts it again on the same data folder. */
    protected void restartApp() {
        closeApp();
        launch();
    }
}

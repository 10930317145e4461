package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.swing.JDialog;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.followupcoach.client.support.ClippedText;
import org.followupcoach.core.load.ContentSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first session, at the window's default size and under a real window manager when one is installed
 * (openbox, as on a desktop, so windows have title bars): first start, guide, search, checklist, quiz and its results,
 * readiness, an interview, its cue card, and every export. At each step it fails on text cut off or split inside a
 * word, a window without a title, an exception on the EDT, or a place the keyboard cannot leave.
 */
class NewcomerTest extends AppTestBase {

    private static Process windowManager;
    private final List<String> edtFailures = new ArrayList<>();

    /** Starts openbox on the test's display when it is installed; {@code --startup} says when it is ready. */
    @BeforeAll
    static void startWindowManager() throws IOException {
        String display = System.getenv("DISPLAY");
        Path openbox = Path.of("/usr/bin/openbox");
        if (display == null || !Files.isExecutable(openbox)) {
            return;
        }
        Path ready = Files.createTempFile("openbox", ".ready");
        Files.delete(ready);
        windowManager = new ProcessBuilder(openbox.toString(), "--sm-disable", "--startup", "touch " + ready)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        pause(new Condition("the window manager to start") {
            @Override
            public boolean test() {
                return Files.exists(ready) || !windowManager.isAlive();
            }
        }, timeout(20_000));
        Files.deleteIfExists(ready);
    }

    @AfterAll
    static void stopWindowManager() {
        if (windowManager != null) {
            windowManager.destroy();
        }
    }

    @Override
    protected StartOptions options() {
        return new StartOptions(dataDir, ContentSource.bundled(), Clock.fixed(NOW, ZoneId.of("Europe/Berlin")),
                () -> new Random(7), () -> { }, true);
    }

    @Test
    void aFirstSessionThroughEveryViewAndExportStaysReadableTitledAndKeyboardReachable() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            synchronized (edtFailures) {
                edtFailures.add(thread.getName() + ": " + e);
            }
        });
        try {
            walk();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private void walk() {
        DialogFixture welcome = dialog("welcomeDialog");
        inspect("the welcome");
        welcome.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitNoDialog();
        window.toggleButton("nav.guide").click();

        inspect("the guide");
        ctrl(KeyEvent.VK_F);
        window.textBox("guide.search").enterText("voicemail");
        await("search results", () -> showing("guide.searchResults"));
        inspect("the guide search");
        window.textBox("guide.search").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

        goTo(KeyEvent.VK_2, "nav.checklist");
        inspect("the checklist");
        ctrl(KeyEvent.VK_P);
        if (showingDialog()) {
            inspect("printing the checklist");
            escapeEveryDialog();
        }

        goTo(KeyEvent.VK_3, "nav.quiz");
        inspect("the quiz start");
        window.button("quiz.startCheck").click();
        inspect("a quiz question");
        while (!showing("quiz.score")) {
            robot.pressAndReleaseKeys(KeyEvent.VK_1);
            robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
            robot.waitForIdle();
        }
        inspect("the quiz results");

        goTo(KeyEvent.VK_4, "nav.readiness");
        inspect("readiness");
        window.button("readiness.export").click();
        await("the report's save dialog", this::showingDialog);
        inspect("exporting the readiness report");
        escapeEveryDialog();

        goTo(KeyEvent.VK_5, "nav.today");
        inspect("today");
        goTo(KeyEvent.VK_6, "nav.interviews");
        inspect("no interviews yet");
        window.button("interviews.add").click();
        DialogFixture form = dialog("interviewForm");
        inspect("the interview form");
        form.textBox("form.company").enterText("Northwind Analytics");
        form.textBox("form.role").setText("Junior Data Analyst");
        form.textBox("form.interviewerName").setText("Priya Patel");
        form.textBox("form.phone").setText("+1 555 010 0199");
        form.textBox("form.date").setText("2026-11-20");
        form.textBox("form.time").setText("14:30");
        form.comboBox("form.zone").replaceText("America/New_York");
        form.button("form.save").click();
        awaitNoDialog();
        inspect("an interview");

        window.button("interviews.cueCard").click();
        dialog("cueCard");
        inspect("the cue card");
        escapeEveryDialog();

        javax.swing.JButton ics = window.button("interviews.exportIcs").target();
        // Reached as a keyboard user does: focus on the button (which scrolls it into view), then Space.
        GuiActionRunner.execute(() -> ics.requestFocusInWindow());
        await("the calendar export button to have the focus", ics::isFocusOwner);
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        await("the calendar's save dialog", this::showingDialog);
        inspect("exporting to the calendar");
        escapeEveryDialog();

        goTo(KeyEvent.VK_1, "nav.guide");
        assertThat(edtFailures).as("exceptions on the EDT").isEmpty();
    }

    /** Ctrl+digit, as the sidebar promises, must reach that view from wherever the user is. */
    private void goTo(int digit, String nav) {
        ctrl(digit);
        await(nav + " by Ctrl+" + (char) digit, () -> window.toggleButton(nav).target().isSelected());
        robot.waitForIdle();
    }

    private DialogFixture dialog(String name) {
        return window.dialog(name);
    }

    private List<Window> shownWindows() {
        return GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows()).filter(Window::isShowing).toList());
    }

    private boolean showingDialog() {
        return shownWindows().stream().anyMatch(w -> w instanceof Dialog);
    }

    /** Escape leaves every dialog, from the keyboard alone, as on any desktop. */
    private void escapeEveryDialog() {
        while (showingDialog()) {
            long open = shownWindows().stream().filter(w -> w instanceof Dialog).count();
            await("a dialog to have the keyboard focus", () -> java.awt.KeyboardFocusManager
                    .getCurrentKeyboardFocusManager().getFocusedWindow() instanceof Dialog);
            robot.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
            await("Escape to close a dialog",
                    () -> Arrays.stream(Window.getWindows()).filter(w -> w.isShowing() && w instanceof Dialog)
                            .count() < open);
        }
    }

    private void awaitNoDialog() {
        await("the dialog to close", () -> Arrays.stream(Window.getWindows())
                .noneMatch(w -> w.isShowing() && w instanceof Dialog));
    }

    /** What a newcomer would trip over on this screen. */
    private void inspect(String step) {
        robot.waitForIdle();
        List<String> problems = GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (!w.isShowing()) {
                    continue;
                }
                if (w instanceof Dialog d && (d.getTitle() == null || d.getTitle().isBlank())) {
                    found.add("a dialog without a title: " + d.getName());
                }
                if (w instanceof JDialog || w == frame) {
                    found.addAll(ClippedText.find(w));
                }
            }
            return found;
        });
        assertThat(problems).as("on %s", step).isEmpty();
        synchronized (edtFailures) {
            assertThat(edtFailures).as("exceptions on the EDT by %s", step).isEmpty();
        }
    }
}

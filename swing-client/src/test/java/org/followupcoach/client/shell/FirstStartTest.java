package org.followupcoach.client.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.Clock;
import java.util.Random;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.followupcoach.client.AppTestBase;
import org.followupcoach.client.StartOptions;
import org.followupcoach.core.load.ContentSource;
import org.junit.jupiter.api.Test;

/** A first start as a newcomer meets it: the welcome until it is read, and the text size keys of a US keyboard. */
class FirstStartTest extends AppTestBase {

    @Override
    protected StartOptions options() {
        return new StartOptions(dataDir, ContentSource.bundled(), Clock.systemDefaultZone(), Random::new, () -> { },
                true);
    }

    private DialogFixture welcome() {
        return WindowFinder.findDialog("welcomeDialog").using(robot);
    }

    @Test
    void theWelcomeComesBackWhenTheAppEndedBeforeItWasRead() {
        welcome().requireVisible();
        // Progress is saved as it would be when the app is killed now: the welcome has not been read.
        assertThat(GuiActionRunner.execute(() -> models().session().progress().ui().welcomed())).isFalse();
        welcome().button("welcome.start").click();
        assertThat(GuiActionRunner.execute(() -> models().session().progress().ui().welcomed())).isTrue();

        restartApp();
        robot.waitForIdle();
        assertThat(showingDialog("welcomeDialog")).isFalse();
    }

    @Test
    void ctrlShiftEqualsAsTypedForCtrlPlusOnAUsKeyboardMakesTextLarger() {
        welcome().button("welcome.start").click();
        // Without a window manager nothing hands the focus back when the dialog closes; a click does, as for a user.
        window.toggleButton("nav.guide").click();
        int before = GuiActionRunner.execute(() -> models().session().progress().ui().scale());
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKeys(KeyEvent.VK_EQUALS);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> models().session().progress().ui().scale())).isGreaterThan(before);
    }

    private boolean showingDialog(String name) {
        return GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> name.equals(w.getName()) && w.isShowing()));
    }
}

package org.followupcoach.client.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.followupcoach.client.AppTestBase;
import org.followupcoach.core.store.RehearsalState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RehearsalViewTest extends AppTestBase {

    private static final String NO_MICROPHONE = "This computer has no microphone, so recording is off \u2014 you can "
            + "still read your message aloud with the teleprompter or practise the call in a role-play.";

    private DialogFixture openFromTheGuide() {
        GuiActionRunner.execute(() -> models().navigation().openSection("voicemail"));
        robot.waitForIdle();
        org.assertj.swing.fixture.JButtonFixture rehearse = window.button("guide.rehearse");
        // The link sits below the voicemail script, further down the section than a window shows at once.
        GuiActionRunner.execute(() -> rehearse.target().scrollRectToVisible(
                new java.awt.Rectangle(rehearse.target().getSize())));
        robot.waitForIdle();
        rehearse.click();
        return window.dialog("rehearsal");
    }

    @Test
    void withNoMicrophoneTheRehearsalSaysSoPlainlyAndOffersTheTeleprompterAndRolePlay() {
        Assumptions.assumeTrue(new JavaSoundDevice().probe() == MicStatus.NO_MICROPHONE,
                "this machine has a microphone");
        DialogFixture rehearsal = openFromTheGuide();

        pause(new Condition("the microphone check to finish") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !rehearsal.textBox("rehearsal.mic").text().endsWith("\u2026"));
            }
        }, timeout(10_000));
        assertThat(rehearsal.textBox("rehearsal.mic").text()).isEqualTo(NO_MICROPHONE);
        rehearsal.panel("rehearsal.teleprompter").requireVisible();
        assertThat(rehearsal.textBox("teleprompter.script").text()).contains("[");
        shot(rehearsal, "rehearsal-no-microphone");
        rehearsal.toggleButton("rehearsal.tab.record").click();
        rehearsal.button("rehearsal.record").requireDisabled();


        rehearsal.toggleButton("rehearsal.tab.roleplay").click();
        rehearsal.list("roleplay.scenarios").clickItem(2);
        rehearsal.button("roleplay.choice.0").click();
        assertThat(rehearsal.textBox("roleplay.comment").text()).startsWith("Coach: ");
        shot(rehearsal, "rehearsal-roleplay");
        // One window for the rehearsal and no error dialog beside it.
        assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(java.awt.Window::isShowing).count())).isEqualTo(2L);
        rehearsal.close();
    }

    @Test
    void takesMetadataAndFinishedRolePlaysAreKeptAcrossARestart() throws Exception {
        RehearsalState.Take take = new RehearsalState.Take(RehearsalState.GENERAL, "general-1.wav", 21_400,
                Instant.parse("2026-11-23T18:00:00Z"), Set.of("name", "phone"), true);
        GuiActionRunner.execute(() -> models().session().updateRehearsal(r -> r.withTake(take)
                .withScenarioFinished("receptionist")));

        restartApp();

        RehearsalState back = GuiActionRunner.execute(() -> models().session().progress().rehearsal());
        assertThat(back.takes()).containsExactly(take);
        assertThat(back.finishedScenarios()).containsExactly("receptionist");
        try (var files = Files.walk(dataDir)) {
            // Progress, its backup and lock live in the data folder; no take was recorded, so no takes folder yet.
            assertThat(files.filter(Files::isRegularFile).map(p -> dataDir.relativize(p).toString()).toList())
                    .allSatisfy(name -> assertThat(List.of("progress.json", "progress.json.bak", "progress.lock",
                            "app.log")).anySatisfy(allowed -> assertThat(name).startsWith(allowed.split("\\.")[0])));
        }
    }

    /** With -Dfollowupcoach.rehearsalShots=DIR, saves the window as DIR/NAME.png for the README. */
    private static void shot(DialogFixture dialog, String name) {
        String dir = System.getProperty("followupcoach.rehearsalShots");
        if (dir == null) {
            return;
        }
        java.awt.image.BufferedImage image = GuiActionRunner.execute(() -> {
            java.awt.Component c = ((javax.swing.JDialog) dialog.target()).getContentPane();
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(c.getWidth(), c.getHeight(),
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            c.paint(g);
            g.dispose();
            return img;
        });
        try {
            javax.imageio.ImageIO.write(image, "png", java.nio.file.Path.of(dir, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

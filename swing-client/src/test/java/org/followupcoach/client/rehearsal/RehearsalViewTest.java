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
        window.button("guide.rehearse").click();
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
        rehearsal.toggleButton("rehearsal.tab.record").click();
        rehearsal.button("rehearsal.record").requireDisabled();

        rehearsal.toggleButton("rehearsal.tab.roleplay").click();
        rehearsal.list("roleplay.scenarios").clickItem(0);
        rehearsal.button("roleplay.choice.0").click();
        assertThat(rehearsal.textBox("roleplay.comment").text()).startsWith("Coach: ");
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
}

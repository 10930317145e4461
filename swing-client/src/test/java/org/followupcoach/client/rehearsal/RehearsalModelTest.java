package org.followupcoach.client.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.VoicemailElement;
import org.followupcoach.core.rehearsal.PcmClip;
import org.followupcoach.core.rehearsal.TakeFiles;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.followupcoach.core.store.RehearsalState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RehearsalModelTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    private static final Instant NOW = Instant.parse("2026-11-23T18:30:00Z");

    @TempDir
    Path dataDir;

    private CoachSession session;
    private FakeAudio audio;
    private RehearsalModel model;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));
        session = new CoachSession(PACK, Progress.empty(), false, new ProgressStore(dataDir, clock), Runnable::run,
                Runnable::run, clock);
        audio = new FakeAudio();
        model = new RehearsalModel(session, audio, new TakeFiles(dataDir), Runnable::run, Runnable::run);
    }

    @Test
    void withNoMicrophoneNothingCanBeRecorded() {
        audio.status = MicStatus.NO_MICROPHONE;
        model.open(Optional.empty());

        assertThat(model.mic()).isEqualTo(MicStatus.NO_MICROPHONE);
        assertThat(model.canRecord()).isFalse();
        model.record();
        assertThat(model.state()).isEqualTo(RehearsalModel.State.IDLE);
        assertThat(model.script()).isNotBlank();
    }

    @Test
    void aMicrophoneRefusedWhenRecordingStartsIsReportedAsBlocked() {
        model.open(Optional.empty());
        audio.refuseWith = MicStatus.BLOCKED;

        model.record();

        assertThat(model.mic()).isEqualTo(MicStatus.BLOCKED);
        assertThat(model.state()).isEqualTo(RehearsalModel.State.IDLE);
    }

    @Test
    void aStoppedTakeIsSavedInTheTakesFolderAnalysedAndKeptInProgress() throws Exception {
        model.open(Optional.empty());
        model.record();
        assertThat(model.state()).isEqualTo(RehearsalModel.State.RECORDING);

        model.stop();

        assertThat(model.state()).isEqualTo(RehearsalModel.State.IDLE);
        assertThat(model.takes()).hasSize(1);
        RehearsalState.Take take = model.takes().get(0);
        assertThat(take.lengthMillis()).isEqualTo(3000);
        assertThat(Files.exists(dataDir.resolve("takes").resolve(take.file()))).isTrue();
        assertThat(model.analysis()).isPresent();
        assertThat(model.analysis().get().speakingTime().toMillis()).isBetween(1500L, 2500L);
        assertThat(session.progress().rehearsal().takes()).containsExactly(take);
    }

    @Test
    void aSixthTakeIsRefusedWithASentenceNotAnError() {
        model.open(Optional.empty());
        for (int i = 0; i < RehearsalState.MAX_TAKES; i++) {
            audio.clock.addAndGet(1000);
            model.record();
            model.stop();
        }
        assertThat(model.takes()).hasSize(5);

        model.record();

        assertThat(model.problem()).isEqualTo(RehearsalModel.Problem.TAKES_FULL);
        assertThat(model.state()).isEqualTo(RehearsalModel.State.IDLE);
    }

    @Test
    void ticksBestAndDeleteAreSavedWithTheTake() {
        model.open(Optional.empty());
        model.record();
        model.stop();
        for (VoicemailElement e : model.elements()) {
            model.setTick(e.id(), true);
        }
        model.markBest();

        assertThat(model.selfCheckComplete()).isTrue();
        assertThat(model.takes().get(0).best()).isTrue();

        String file = model.takes().get(0).file();
        model.deleteSelected();
        assertThat(model.takes()).isEmpty();
        assertThat(Files.exists(dataDir.resolve("takes").resolve(file))).isFalse();
        assertThat(model.selected()).isEmpty();
    }

    @Test
    void withNoSpeakerPlayingSaysSo() {
        model.open(Optional.empty());
        model.record();
        model.stop();
        audio.refuseWith = MicStatus.NO_MICROPHONE;

        model.play();

        assertThat(model.problem()).isEqualTo(RehearsalModel.Problem.NO_SPEAKER);
        assertThat(model.state()).isEqualTo(RehearsalModel.State.IDLE);
    }

    @Test
    void teleprompterKeepsTheWordWhenThePaceChanges() {
        AtomicLong nanos = new AtomicLong();
        TeleprompterModel prompter = new TeleprompterModel(nanos::get);
        prompter.setScript("a b c d e f g h i j k l m n o p q r s t");
        prompter.setPace(120);
        prompter.start();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        prompter.tick();
        assertThat(prompter.word()).isEqualTo(10);

        prompter.setPace(150);
        prompter.tick();
        assertThat(prompter.word()).isEqualTo(10);
        assertThat(prompter.calm()).isTrue();
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        prompter.tick();
        assertThat(prompter.finished()).isTrue();
        assertThat(prompter.running()).isFalse();
    }

    @Test
    void aRoleplayPlayedToAnEndIsSavedAsFinished() {
        RoleplayModel roleplay = new RoleplayModel(session, new NavigationModel(session, id -> { }));
        roleplay.start("bad-news");
        while (!roleplay.playing().orElseThrow().finished()) {
            roleplay.choose(roleplay.playing().orElseThrow().current().choices().get(0).id(), "");
            assertThat(roleplay.lastTurn().orElseThrow().reply().comment()).isNotBlank();
        }

        assertThat(roleplay.finishedBefore("bad-news")).isTrue();
        assertThat(session.progress().rehearsal().finishedScenarios()).containsExactly("bad-news");
    }

    /** A device that "records" two seconds of a loud tone in a three-second take. */
    private static final class FakeAudio implements AudioDevice {
        MicStatus status = MicStatus.READY;
        MicStatus refuseWith;
        final AtomicLong clock = new AtomicLong();

        @Override
        public MicStatus probe() {
            return status;
        }

        @Override
        public Capture record(Duration max) throws AudioUnavailableException {
            if (refuseWith != null) {
                throw new AudioUnavailableException(refuseWith, null);
            }
            short[] samples = new short[3 * PcmClip.SAMPLE_RATE];
            for (int i = PcmClip.SAMPLE_RATE / 2; i < PcmClip.SAMPLE_RATE * 5 / 2; i++) {
                samples[i] = (short) (8000 * Math.sin(i * 2 * Math.PI * 200 / PcmClip.SAMPLE_RATE));
            }
            return capture(new PcmClip(PcmClip.SAMPLE_RATE, samples));
        }

        @Override
        public Capture play(PcmClip clip) throws AudioUnavailableException {
            if (refuseWith != null) {
                throw new AudioUnavailableException(refuseWith, null);
            }
            return capture(clip);
        }

        private static Capture capture(PcmClip clip) {
            CompletableFuture<PcmClip> done = new CompletableFuture<>();
            return new Capture() {
                @Override
                public void stop() {
                    done.complete(clip);
                }

                @Override
                public CompletableFuture<PcmClip> done() {
                    return done;
                }
            };
        }
    }
}

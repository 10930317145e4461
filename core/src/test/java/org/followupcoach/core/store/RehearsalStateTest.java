package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RehearsalStateTest {

    private static final Instant T = Instant.parse("2026-12-05T09:30:00Z");
    private static final List<String> ELEMENTS = List.of("name", "job-title", "interview-day", "thanks",
            "offer-information", "phone");

    @TempDir
    Path dir;

    private static RehearsalState.Take take(String interview, String file) {
        return new RehearsalState.Take(interview, file, 24_500, T, Set.of(), false);
    }

    @Test
    void takesAndFinishedScenariosSurviveARestart() throws IOException {
        RehearsalState state = RehearsalState.EMPTY.withTake(take("iv-1", "iv-1-a.wav"))
                .withTake(take("iv-1", "iv-1-b.wav")).withBest("iv-1-b.wav")
                .withTicks("iv-1-b.wav", Set.of("name", "phone")).withScenarioFinished("bad-news");
        new ProgressStore(dir, Clock.fixed(T, ZoneOffset.UTC)).save(Progress.empty().withRehearsal(state));

        Progress back = new ProgressStore(dir, Clock.fixed(T, ZoneOffset.UTC)).load().progress();

        assertThat(back.rehearsal()).isEqualTo(state);
        assertThat(back.rehearsal().takesFor("iv-1")).extracting(RehearsalState.Take::file, RehearsalState.Take::best)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("iv-1-a.wav", false),
                        org.assertj.core.groups.Tuple.tuple("iv-1-b.wav", true));
        assertThat(back.rehearsal().takesFor("iv-1").get(1).ticks()).containsExactly("name", "phone");
        assertThat(back.rehearsal().takesFor("iv-1").get(1).lengthMillis()).isEqualTo(24_500);
        assertThat(back.rehearsal().finishedScenarios()).containsExactly("bad-news");
    }

    @Test
    void aFileFromBeforeRehearsalsLoadsWithNone() throws Exception {
        String old = ProgressJson.encode(Progress.empty()).replaceAll(",\\s*\"rehearsal\": \\{[^}]*\\}", "");

        assertThat(old).doesNotContain("rehearsal");
        assertThat(ProgressJson.decode(old).rehearsal()).isEqualTo(RehearsalState.EMPTY);
    }

    @Test
    void aTakeWhoseFileNameIsAPathIsDroppedAndTheRestKept() throws Exception {
        String json = ProgressJson.encode(Progress.empty().withRehearsal(
                RehearsalState.EMPTY.withTake(take("iv-1", "good.wav")).withTake(take("iv-1", "other.wav"))))
                .replace("other.wav", "../../.bashrc.wav");

        assertThat(ProgressJson.decode(json).rehearsal().takes()).extracting(RehearsalState.Take::file)
                .containsExactly("good.wav");
    }

    @Test
    void anInterviewKeepsAtMostFiveTakes() {
        RehearsalState state = RehearsalState.EMPTY;
        for (int i = 0; i < RehearsalState.MAX_TAKES; i++) {
            state = state.withTake(take("iv-1", "t" + i + ".wav"));
        }
        RehearsalState full = state;

        assertThat(full.roomForTake("iv-1")).isFalse();
        assertThat(full.roomForTake("iv-2")).isTrue();
        assertThatThrownBy(() -> full.withTake(take("iv-1", "t9.wav"))).isInstanceOf(IllegalStateException.class);
        assertThat(full.withoutTake("t2.wav").roomForTake("iv-1")).isTrue();
    }

    @Test
    void onlyOneTakeOfAnInterviewIsBestAndOtherInterviewsAreUntouched() {
        RehearsalState state = RehearsalState.EMPTY.withTake(take("iv-1", "a.wav")).withTake(take("iv-1", "b.wav"))
                .withTake(take("iv-2", "c.wav")).withBest("c.wav").withBest("a.wav").withBest("b.wav");

        assertThat(state.takes()).filteredOn(RehearsalState.Take::best).extracting(RehearsalState.Take::file)
                .containsExactly("b.wav", "c.wav");
    }

    @Test
    void selfCheckIsCompleteWhenOneTakeHasEverySixElementTicked() {
        RehearsalState state = RehearsalState.EMPTY.withTake(take("iv-1", "a.wav")).withTake(take("iv-1", "b.wav"))
                .withTicks("a.wav", Set.copyOf(ELEMENTS.subList(0, 5)));

        assertThat(state.selfCheckComplete("iv-1", ELEMENTS)).isFalse();
        assertThat(state.withTicks("b.wav", Set.copyOf(ELEMENTS)).selfCheckComplete("iv-1", ELEMENTS)).isTrue();
        assertThat(state.withTicks("b.wav", Set.copyOf(ELEMENTS)).selfCheckComplete("iv-2", ELEMENTS)).isFalse();
    }

    @Test
    void takeFilesStayInsideTheTakesFolderOfTheDataFolder() throws IOException {
        org.followupcoach.core.rehearsal.TakeFiles files = new org.followupcoach.core.rehearsal.TakeFiles(dir);
        String name = org.followupcoach.core.rehearsal.TakeFiles.nameFor("Interview 7 / ../Acme", T);

        files.save(name, new org.followupcoach.core.rehearsal.PcmClip(16_000, new short[] {1, 2, 3}));

        assertThat(name).isEqualTo("interview-7-acme-20261205-093000-000.wav");
        try (var all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                    .containsExactly("takes/" + name);
        }
        assertThat(files.read(name).length()).isEqualTo(3);
        assertThatThrownBy(() -> files.read("../progress.json")).isInstanceOf(IllegalArgumentException.class);
        files.delete(name);
        assertThat(files.exists(name)).isFalse();
    }
}

package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressCompactionTest {

    private static final Instant NOW = Instant.parse("2036-11-23T10:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path dir;

    private static QuizAttempt fullQuiz(Instant at, String extraTopic) {
        List<AnswerRecord> answers = new ArrayList<>();
        for (int q = 0; q < 37; q++) {
            answers.add(new AnswerRecord("question-" + q, "topic-" + q % 6, Set.of("b"), q % 3 != 0,
                    Certainty.HIGH));
        }
        if (extraTopic != null) {
            answers.add(new AnswerRecord("rare", extraTopic, Set.of("a"), true, null));
        }
        return new QuizAttempt(at.minusSeconds(600), at, QuizMode.READINESS_CHECK, answers);
    }

    /** Ten years of a full quiz a day and a few checklist changes, oldest first. */
    private static Progress aDecadeOfDailyUse() {
        List<ReadinessPoint> history = new ArrayList<>();
        List<QuizAttempt> attempts = new ArrayList<>();
        Instant day = NOW.minus(DAY.multipliedBy(3652));
        for (int d = 0; d < 3652; d++, day = day.plus(DAY)) {
            for (int change = 0; change < 4; change++) {
                history.add(new ReadinessPoint(day.plusSeconds(3600L * change), (d + change) % 101,
                        ReadinessEvent.CHECKLIST));
            }
            attempts.add(fullQuiz(day.plusSeconds(5 * 3600), d == 20 ? "asked-once" : null));
            history.add(new ReadinessPoint(day.plusSeconds(5 * 3600), d % 101, ReadinessEvent.QUIZ));
        }
        return Progress.empty().withReadinessHistory(history).withQuizAttempts(attempts);
    }

    @Test
    void aDecadeOfDailyUseIsSavedInUnderFiveMegabytes() throws IOException {
        new ProgressStore(dir, Clock.fixed(NOW, ZoneOffset.UTC)).save(aDecadeOfDailyUse());
        assertThat(Files.size(dir.resolve("progress.json"))).isLessThan(5L * 1024 * 1024);
    }

    @Test
    void theLastNinetyDaysStayPointByPointAndOlderDaysKeepTheirLastPoint() {
        Progress compacted = ProgressCompaction.compact(aDecadeOfDailyUse(), NOW);
        Instant cutoff = NOW.minus(DAY.multipliedBy(90));
        List<ReadinessPoint> recent = compacted.readinessHistory().stream().filter(p -> !p.at().isBefore(cutoff))
                .toList();
        List<ReadinessPoint> old = compacted.readinessHistory().stream().filter(p -> p.at().isBefore(cutoff))
                .toList();
        assertThat(recent).hasSize(90 * 5);
        assertThat(old).hasSize(3652 - 90).allMatch(p -> p.cause() == ReadinessEvent.QUIZ);
        assertThat(compacted.readinessHistory()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    }

    @Test
    void anOldAttemptThatStillHoldsATopicsLatestScoreIsKept() {
        Progress compacted = ProgressCompaction.compact(aDecadeOfDailyUse(), NOW);
        assertThat(compacted.quizAttempts()).anySatisfy(a -> assertThat(a.scoreByTopic()).containsKey("asked-once"));
        assertThat(compacted.quizAttempts().size()).isLessThan(90 + 125);
    }

    @Test
    void recentProgressIsLeftAsItIs() {
        Progress recent = Progress.empty().withReadinessHistory(List.of(
                new ReadinessPoint(NOW.minus(DAY), 10, ReadinessEvent.CHECKLIST),
                new ReadinessPoint(NOW.minus(DAY), 20, ReadinessEvent.CHECKLIST)));
        assertThat(ProgressCompaction.compact(recent, NOW)).isSameAs(recent);
    }

    @Test
    void loadingCompactsSilently() throws IOException {
        Files.writeString(dir.resolve("progress.json"), ProgressJson.encode(aDecadeOfDailyUse()));
        LoadedProgress loaded = new ProgressStore(dir, Clock.fixed(NOW, ZoneOffset.UTC)).load();
        assertThat(loaded.notice()).isEmpty();
        assertThat(loaded.progress().readinessHistory()).hasSize(90 * 5 + 3652 - 90);
    }
}

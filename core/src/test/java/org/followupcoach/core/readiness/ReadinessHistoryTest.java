package org.followupcoach.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

    private final List<ReadinessPoint> history = List.of(new ReadinessPoint(MONDAY, 40, ReadinessEvent.CHECKLIST));

    @Test
    void theFirstScoreIsAlwaysRecorded() {
        List<ReadinessPoint> next = ReadinessHistory.record(List.of(), 0, ReadinessEvent.SECTION_READ, MONDAY);

        assertThat(next).containsExactly(new ReadinessPoint(MONDAY, 0, ReadinessEvent.SECTION_READ));
    }

    @Test
    void aChangedScoreIsAppendedWithItsCauseAndTime() {
        List<ReadinessPoint> next = ReadinessHistory.record(history, 45, ReadinessEvent.SECTION_READ, TUESDAY);

        assertThat(next).containsExactly(history.get(0), new ReadinessPoint(TUESDAY, 45, ReadinessEvent.SECTION_READ));
    }

    @Test
    void anUnchangedScoreFromReadingOrTheChecklistIsNotRecorded() {
        assertThat(ReadinessHistory.record(history, 40, ReadinessEvent.SECTION_READ, TUESDAY)).isSameAs(history);
        assertThat(ReadinessHistory.record(history, 40, ReadinessEvent.CHECKLIST, TUESDAY)).isSameAs(history);
    }

    @Test
    void everyQuizAttemptIsRecordedEvenWhenTheScoreStaysTheSame() {
        List<ReadinessPoint> next = ReadinessHistory.record(history, 40, ReadinessEvent.QUIZ, TUESDAY);

        assertThat(next).hasSize(2).last().isEqualTo(new ReadinessPoint(TUESDAY, 40, ReadinessEvent.QUIZ));
    }

    @Test
    void aFallingScoreIsRecordedToo() {
        List<ReadinessPoint> next = ReadinessHistory.record(history, 30, ReadinessEvent.CHECKLIST, TUESDAY);

        assertThat(next).extracting(ReadinessPoint::score).containsExactly(40, 30);
    }

    @Test
    void theGivenHistoryIsLeftUntouchedAndTheResultIsUnmodifiable() {
        List<ReadinessPoint> original = new java.util.ArrayList<>(history);

        List<ReadinessPoint> next = ReadinessHistory.record(original, 50, ReadinessEvent.QUIZ, TUESDAY);

        assertThat(original).hasSize(1);
        assertThat(next).isUnmodifiable();
    }
}

package org.followupcoach.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.followupcoach.core.Limits;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.readiness.ReadinessPoint;

/**
 * Keeps the progress file small however long it is used: the last {@value Limits#DAYS_KEPT_IN_FULL} days of
 * history stay point by point, older readiness points keep the last of each day and older quiz attempts the last of
 * each month, plus every attempt that still holds the latest score of a topic, so the readiness score is unchanged.
 * Days and months are counted in UTC. A decade of daily use (a full quiz and a few changes a day) stays near 2 MB.
 */
public final class ProgressCompaction {

    private ProgressCompaction() {
    }

    /** {@code progress} with its history compacted as of {@code now}; the same object when nothing is old enough. */
    public static Progress compact(Progress progress, Instant now) {
        Instant cutoff = now.minus(Limits.DAYS_KEPT_IN_FULL, ChronoUnit.DAYS);
        List<ReadinessPoint> history = lastPerBucket(progress.readinessHistory(), ReadinessPoint::at, cutoff,
                at -> LocalDate.ofInstant(at, ZoneOffset.UTC), Set.of());
        List<QuizAttempt> attempts = lastPerBucket(progress.quizAttempts(), QuizAttempt::finishedAt, cutoff,
                at -> YearMonth.from(at.atZone(ZoneOffset.UTC)), latestPerTopic(progress.quizAttempts()));
        if (history.size() == progress.readinessHistory().size() && attempts.size() == progress.quizAttempts().size()) {
            return progress;
        }
        return progress.withReadinessHistory(history).withQuizAttempts(attempts);
    }

    /** The attempts holding the latest score of some topic: the readiness score is computed from them. */
    private static Set<QuizAttempt> latestPerTopic(List<QuizAttempt> attempts) {
        Map<String, QuizAttempt> latest = new HashMap<>();
        for (QuizAttempt attempt : attempts) {
            for (var answer : attempt.answers()) {
                latest.put(answer.topicId(), attempt);
            }
        }
        Set<QuizAttempt> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.addAll(latest.values());
        return out;
    }

    private static <T> List<T> lastPerBucket(List<T> items, Function<T, Instant> time, Instant cutoff,
                                             Function<Instant, Object> bucket, Set<T> keep) {
        // The last item of each bucket, found from the end so the list is walked once.
        Set<Object> seen = new HashSet<>();
        List<T> kept = new ArrayList<>();
        for (int i = items.size() - 1; i >= 0; i--) {
            T item = items.get(i);
            Instant at = time.apply(item);
            if (!at.isBefore(cutoff) || seen.add(bucket.apply(at)) || keep.contains(item)) {
                kept.add(item);
            }
        }
        java.util.Collections.reverse(kept);
        return kept.size() == items.size() ? items : kept;
    }
}

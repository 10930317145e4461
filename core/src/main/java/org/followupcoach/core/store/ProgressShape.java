package org.followupcoach.core.store;

import java.util.Optional;
import org.followupcoach.core.plan.CallAttempt;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.readiness.ReadinessPoint;

/**
 * Checks what Gson cannot: that nested records in a progress file have the values the app relies on. Gson leaves a
 * missing field null, and a hand-edited file must not turn into a crash three screens later.
 */
final class ProgressShape {

    private ProgressShape() {
    }

    /** The first thing wrong with {@code p}, or empty when the app can use it as it is. */
    static Optional<String> problem(Progress p) {
        for (QuizAttempt a : p.quizAttempts()) {
            if (a == null || a.startedAt() == null || a.finishedAt() == null || a.mode() == null) {
                return Optional.of("a quiz attempt is incomplete");
            }
            for (AnswerRecord r : a.answers()) {
                if (r == null || r.questionId() == null || r.topicId() == null) {
                    return Optional.of("a quiz answer is incomplete");
                }
            }
        }
        for (ReadinessPoint point : p.readinessHistory()) {
            if (point == null || point.at() == null || point.cause() == null) {
                return Optional.of("a readiness history entry is incomplete");
            }
        }
        for (Interview i : p.interviews()) {
            // A zone this Java does not know is kept as saved (Interview.zoneMissing); only a missing one is damage.
            if (i == null || i.id() == null || i.id().isBlank() || i.interviewAt() == null
                    || i.interviewerZone() == null || i.interviewerZone().isBlank()) {
                return Optional.of("an interview is incomplete");
            }
            for (CallAttempt c : i.attempts()) {
                if (c == null || c.at() == null || c.outcome() == null) {
                    return Optional.of("a logged call is incomplete");
                }
            }
        }
        return Optional.empty();
    }

}

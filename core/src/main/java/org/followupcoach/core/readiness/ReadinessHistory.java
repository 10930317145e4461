package org.followupcoach.core.readiness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appends to the history only what is worth charting: every quiz attempt, and every change of score. */
public final class ReadinessHistory {

    private ReadinessHistory() {
    }

    /** The history with the new score appended when it changed or a quiz was taken; otherwise the same list. */
    public static List<ReadinessPoint> record(List<ReadinessPoint> history, int score, ReadinessEvent cause,
                                              Instant at) {
        boolean changed = history.isEmpty() || history.get(history.size() - 1).score() != score;
        if (!changed && cause != ReadinessEvent.QUIZ) {
            return history;
        }
        List<ReadinessPoint> out = new ArrayList<>(history);
        out.add(new ReadinessPoint(at, score, cause));
        return List.copyOf(out);
    }
}

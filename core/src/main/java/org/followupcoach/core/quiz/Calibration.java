package org.followupcoach.core.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** How often the learner was right at each certainty level, against the band where that level pays best. */
public record Calibration(List<Level> levels) {
    public Calibration {
        levels = List.copyOf(levels);
    }

    /** One level's answers: how many, how many right, and whether that rate sits in, below or above its band. */
    public record Level(Certainty certainty, int answers, int right) {

        /** The share right as a whole percentage; empty when no answer was given at this level. */
        public OptionalInt percentRight() {
            return answers == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * right / answers));
        }

        /** Where the rate sits against the level's band; {@link Fit#NO_ANSWERS} when there is nothing to judge. */
        public Fit fit() {
            if (answers == 0) {
                return Fit.NO_ANSWERS;
            }
            double rate = (double) right / answers;
            if (rate < certainty.bandFrom()) {
                return Fit.OVERCONFIDENT;
            }
            // Level 3 has no ceiling: being right every time at "very sure" is well calibrated.
            if (certainty != Certainty.HIGH && rate > certainty.bandTo()) {
                return Fit.UNDERCONFIDENT;
            }
            return Fit.CALIBRATED;
        }
    }

    /** Right less often than the level claims, about as often, or more often. */
    public enum Fit {
        OVERCONFIDENT, CALIBRATED, UNDERCONFIDENT, NO_ANSWERS
    }

    /** The calibration of some answers, one entry per level from 1 to 3. */
    public static Calibration of(List<AnswerRecord> answers) {
        Map<Certainty, int[]> counts = new EnumMap<>(Certainty.class);
        for (Certainty c : Certainty.values()) {
            counts.put(c, new int[2]);
        }
        for (AnswerRecord a : answers) {
            int[] c = counts.get(a.certainty());
            c[0]++;
            c[1] += a.correct() ? 1 : 0;
        }
        List<Level> levels = new ArrayList<>();
        counts.forEach((c, n) -> levels.add(new Level(c, n[0], n[1])));
        return new Calibration(levels);
    }

    /** The entry for one level. */
    public Level level(Certainty certainty) {
        return levels.get(certainty.ordinal());
    }

    /**
     * The answers in the order the results page lists them: confident but wrong first (the costliest mark first), then
     * the other wrong answers, then the right ones; the order asked within each group.
     */
    public static List<AnswerRecord> misconceptionsFirst(List<AnswerRecord> answers) {
        return answers.stream().sorted(Comparator.comparingInt(Calibration::group)
                .thenComparingInt(AnswerRecord::mark)).toList();
    }

    private static int group(AnswerRecord a) {
        return a.confidentButWrong() ? 0 : a.correct() ? 2 : 1;
    }
}

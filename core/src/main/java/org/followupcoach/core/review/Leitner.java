package org.followupcoach.core.review;

import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;

/**
 * The review scheduler: Leitner boxes. Every answered question sits in a box from 1 to 5; the box says how many days
 * pass before the question is due again. The answer moves the question:
 * <ul>
 * <li>right at certainty 2 or 3: up one box (at most 5) - known, and known to be known;</li>
 * <li>right at certainty 1: stays where it is (at least box 1) - a lucky guess proves little;</li>
 * <li>wrong at certainty 1: back to box 1, due the next day;</li>
 * <li>wrong at certainty 2 or 3: back to box 1 and due the same day - a misconception to fix at once.</li>
 * </ul>
 */
public final class Leitner {

    /** Days until a question in box 1..5 is due again. */
    static final int[] INTERVAL_DAYS = {1, 3, 7, 14, 30};
    /** The highest box. */
    public static final int TOP_BOX = INTERVAL_DAYS.length;

    private Leitner() {
    }

    /** The box after {@code answer}, from {@code box} (0 for a question never answered). */
    public static int next(int box, AnswerRecord answer) {
        if (!answer.correct()) {
            return 1;
        }
        if (answer.certainty() == Certainty.LOW) {
            return Math.max(1, box);
        }
        return Math.min(TOP_BOX, box + 1);
    }

    /** Days from the answer until the question is due again. */
    public static int daysUntilDue(int box, AnswerRecord lastAnswer) {
        if (lastAnswer.confidentButWrong()) {
            return 0;
        }
        return INTERVAL_DAYS[Math.max(1, box) - 1];
    }

    /** Days a question stays away in a box. */
    public static int intervalDays(int box) {
        return INTERVAL_DAYS[Math.max(1, Math.min(TOP_BOX, box)) - 1];
    }
}

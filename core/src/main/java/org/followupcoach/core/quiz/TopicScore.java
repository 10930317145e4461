package org.followupcoach.core.quiz;

/** Correct answers out of questions asked on one topic. */
public record TopicScore(int correct, int total) {

    /** The share correct as a whole percentage (0 when nothing was asked). */
    public int percent() {
        return total == 0 ? 0 : Math.round(100f * correct / total);
    }
}

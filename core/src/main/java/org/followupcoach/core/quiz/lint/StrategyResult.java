package org.followupcoach.core.quiz.lint;

import java.util.List;

/**
 * How one test-wise strategy fares on a pack: the questions it applies to, its expected percent right, a blind
 * guesser's percent on the same questions, and the questions where it does better than a blind guess.
 */
public record StrategyResult(Strategy strategy, int applicable, double strategyPercent, double chancePercent,
                             List<Feeder> feeders) {
    public StrategyResult {
        feeders = List.copyOf(feeders);
    }

    /** A question the strategy gets right more often than chance, and the right option it leads to. */
    public record Feeder(int questionIndex, String questionId, int optionIndex) {
    }

    /** Percentage points by which the strategy beats a blind guess (negative when it does worse). */
    public double edge() {
        return strategyPercent - chancePercent;
    }
}

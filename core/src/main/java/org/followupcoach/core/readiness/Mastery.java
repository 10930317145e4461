package org.followupcoach.core.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.QuizAttempt;

/**
 * Topic mastery from every answer ever given on the topic, in practice, checks and runs left early:
 * <pre>
 * mastery = max(0, sum(w_i * e_i) / (sum(w_i) + 1)) * 2^(-(now - t_last) / 30 days)
 * e_i = CBM mark / 3      (right: 1/3, 2/3, 1 at certainty 1, 2, 3; wrong: 0, -2/3, -2)
 * w_i = 2^(-(t_last - t_i) / 30 days)     (t_last: the topic's most recent answer)
 * </pre>
 * The certainty weighs through the mark: a right guess counts a third of a sure right answer, a confident mistake
 * counts against. The weight halves every {@link #HALF_LIFE_DAYS} days, so recent answers weigh more; the "+ 1" is
 * one answer's worth of not knowing, so a single lucky answer is not mastery. Without review, mastery halves every
 * half-life however much was answered before: twelve sure right answers give 92 %, 46 % a month later, 23 % after two
 * months; a review brings it back at once.
 */
public final class Mastery {

    /** Days after which an answer counts half as much. */
    public static final double HALF_LIFE_DAYS = 30;
    /** The weight of "not known yet" that the evidence has to outweigh. */
    public static final double PRIOR_WEIGHT = 1;

    private Mastery() {
    }

    /** The evidence per topic id (unclipped; below zero when confident mistakes dominate), at {@code now}. */
    public static Map<String, Double> evidenceByTopic(List<QuizAttempt> attempts, Instant now) {
        Map<String, Instant> newest = new HashMap<>();
        for (QuizAttempt attempt : attempts) {
            for (AnswerRecord a : attempt.answers()) {
                newest.merge(a.topicId(), attempt.finishedAt(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        Map<String, double[]> sums = new HashMap<>();
        for (QuizAttempt attempt : attempts) {
            for (AnswerRecord a : attempt.answers()) {
                double w = weight(attempt.finishedAt(), newest.get(a.topicId()));
                double[] s = sums.computeIfAbsent(a.topicId(), t -> new double[2]);
                s[0] += w * a.mark() / 3.0;
                s[1] += w;
            }
        }
        Map<String, Double> out = new HashMap<>();
        // Fading depends on the time since the topic was last practised, not on how much was answered before: the
        // weights above only decide which answers count most, and the whole then halves every half-life unreviewed.
        sums.forEach((topic, s) -> out.put(topic, s[0] / (s[1] + PRIOR_WEIGHT) * weight(newest.get(topic), now)));
        return out;
    }

    /** The weight of an answer given at {@code at}, seen at {@code now}. */
    static double weight(Instant at, Instant now) {
        double days = Math.max(0, Duration.between(at, now).toMinutes() / (24.0 * 60));
        return Math.pow(2, -days / HALF_LIFE_DAYS);
    }

    /** Evidence as a 0-100 percent. */
    public static int percent(double evidence) {
        return (int) Math.round(100 * Math.max(0, Math.min(1, evidence)));
    }
}

package org.followupcoach.core.quiz;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quiz attempt as it is kept in the user's history. {@code left} marks a run left before its last question: its
 * answers still count as evidence, but it is not a finished readiness check.
 */
public record QuizAttempt(Instant startedAt, Instant finishedAt, QuizMode mode, List<AnswerRecord> answers,
                          boolean left) {
    public QuizAttempt {
        answers = List.copyOf(answers);
    }

    /** A finished attempt. */
    public QuizAttempt(Instant startedAt, Instant finishedAt, QuizMode mode, List<AnswerRecord> answers) {
        this(startedAt, finishedAt, mode, answers, false);
    }

    /** Correct answers out of all answers. */
    public TopicScore score() {
        return new TopicScore((int) answers.stream().filter(AnswerRecord::correct).count(), answers.size());
    }

    /** The sum of the CBM marks. */
    public int marks() {
        return answers.stream().mapToInt(AnswerRecord::mark).sum();
    }

    /** The average CBM mark per answer, from -6 to 3 (0 when nothing was answered). */
    public double averageMark() {
        return answers.isEmpty() ? 0 : (double) marks() / answers.size();
    }

    /** How often the learner was right at each certainty level. */
    public Calibration calibration() {
        return Calibration.of(answers);
    }

    /** The answers with confident-but-wrong ones first, as misconceptions to fix. */
    public List<AnswerRecord> misconceptionsFirst() {
        return Calibration.misconceptionsFirst(answers);
    }

    /** The score per topic, in the order topics were first met. */
    public Map<String, TopicScore> scoreByTopic() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (AnswerRecord a : answers) {
            int[] c = counts.computeIfAbsent(a.topicId(), t -> new int[2]);
            c[0] += a.correct() ? 1 : 0;
            c[1]++;
        }
        Map<String, TopicScore> out = new LinkedHashMap<>();
        counts.forEach((topic, c) -> out.put(topic, new TopicScore(c[0], c[1])));
        return out;
    }

    /** The ids of the questions answered wrongly, in the order they were asked. */
    public List<String> missedQuestionIds() {
        return answers.stream().filter(a -> !a.correct()).map(AnswerRecord::questionId).toList();
    }
}

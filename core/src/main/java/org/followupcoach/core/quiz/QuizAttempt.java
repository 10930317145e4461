package org.followupcoach.core.quiz;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A finished quiz attempt as it is kept in the user's history. */
public record QuizAttempt(Instant startedAt, Instant finishedAt, QuizMode mode, List<AnswerRecord> answers) {
    public QuizAttempt {
        answers = List.copyOf(answers);
    }

    /** Correct answers out of all answers. */
    public TopicScore score() {
        return new TopicScore((int) answers.stream().filter(AnswerRecord::correct).count(), answers.size());
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

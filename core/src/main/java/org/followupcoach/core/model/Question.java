package org.followupcoach.core.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A readiness quiz question with its options, explanation, topic, the section it tests and its source. */
public record Question(String id, QuestionType type, String topicId, String sectionId, String prompt,
                       List<AnswerOption> options, String explanation, String source) {
    public Question {
        options = List.copyOf(options);
    }

    /** The ids of the correct options. */
    public Set<String> correctOptionIds() {
        return options.stream().filter(AnswerOption::correct).map(AnswerOption::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The option with this id. */
    public AnswerOption option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option " + optionId + " in " + id));
    }
}

package org.followupcoach.core.model;

import java.util.List;

/** The readiness quiz: its topics and questions. */
public record Quiz(List<Topic> topics, List<Question> questions) {
    public Quiz {
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
    }
}

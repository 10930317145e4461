package org.followupcoach.core.readiness;

import java.util.List;

/** How ready the user is: the 0–100 score and the three parts it is made of. */
public record Readiness(int score, int checklistPercent, int readingPercent, int quizPercent,
                        List<TopicReadiness> topics) {
    public Readiness {
        topics = List.copyOf(topics);
    }
}

package org.followupcoach.core.review;

import java.time.LocalDate;

/** One answered question's place in the review plan: its Leitner box, when it was last answered and next due. */
public record ReviewItem(String questionId, String topicId, int box, LocalDate lastAnswered, LocalDate due,
                         boolean broughtForward) {

    /** Whether the question is due on {@code day} (or overdue). */
    public boolean dueBy(LocalDate day) {
        return !due.isAfter(day);
    }
}

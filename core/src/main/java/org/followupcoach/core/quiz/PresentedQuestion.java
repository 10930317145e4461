package org.followupcoach.core.quiz;

import java.util.List;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;

/** A question as shown in this attempt: its options in shuffled order and its place in the run. */
public record PresentedQuestion(Question question, List<AnswerOption> options, int number, int total) {
    public PresentedQuestion {
        options = List.copyOf(options);
    }
}

package org.followupcoach.core.quiz;

import java.util.Set;

/** One answered question: what was chosen, whether it was right, and how sure the user was. */
public record AnswerRecord(String questionId, String topicId, Set<String> chosenOptionIds, boolean correct,
                           Confidence confidence) {
    public AnswerRecord {
        chosenOptionIds = Set.copyOf(chosenOptionIds);
    }

    /** Sure but wrong: the misunderstanding most worth fixing before the call. */
    public boolean sureButWrong() {
        return confidence == Confidence.SURE && !correct;
    }

    /** Right but unsure: knowledge worth reinforcing. */
    public boolean unsureButRight() {
        return confidence == Confidence.NOT_SURE && correct;
    }
}

package org.followupcoach.core.quiz;

import java.util.Set;

/** One answered question: what was chosen, whether it was right, and how certain the learner was beforehand. */
public record AnswerRecord(String questionId, String topicId, Set<String> chosenOptionIds, boolean correct,
                           Certainty certainty) {
    public AnswerRecord {
        chosenOptionIds = Set.copyOf(chosenOptionIds);
        // No level given is no claim of certainty.
        certainty = certainty == null ? Certainty.LOW : certainty;
    }

    /** The certainty as the two levels of the old sure / not sure choice (level 3 is "sure"). */
    public Confidence confidence() {
        return certainty == Certainty.HIGH ? Confidence.SURE : Confidence.NOT_SURE;
    }

    /** The CBM mark: +1/+2/+3 when right, 0/-2/-6 when wrong. */
    public int mark() {
        return certainty.mark(correct);
    }

    /**
     * Wrong at level 2 or 3, so it cost marks: a misconception, the misunderstanding most worth fixing before the
     * call (a wrong guess at level 1 is only a gap).
     */
    public boolean confidentButWrong() {
        return !correct && certainty != Certainty.LOW;
    }

    /** Sure but wrong, as the results page names it until it shows certainty levels. */
    public boolean sureButWrong() {
        return confidentButWrong();
    }

    /** Right at level 1: knowledge worth reinforcing. */
    public boolean unsureButRight() {
        return correct && certainty == Certainty.LOW;
    }
}

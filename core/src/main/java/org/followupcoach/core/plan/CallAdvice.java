package org.followupcoach.core.plan;

/** The coach's next step after the calls logged so far. */
public enum CallAdvice {
    /** Nothing logged yet: call in the window. */
    CALL_IN_WINDOW,
    /**
     * First try went unanswered or to voicemail: hang up without a message and try at another time of day; if that
     * second try reaches voicemail too, leave the message then.
     */
    TRY_ANOTHER_TIME,
    /** Leave the six-part message now. No longer given by {@link CallCoach}: kept so saved texts still resolve. */
    LEAVE_MESSAGE_NOW,
    /** A message is on their voicemail or two tries were made: don't call again; write instead if nothing comes. */
    DONT_CALL_AGAIN_WRITE_INSTEAD,
    /** Someone else answered: ask when the interviewer is free and try then. */
    ASK_WHEN_TO_REACH_THEM,
    /** The call happened: wait for the decision. */
    WAIT_FOR_DECISION,
    /**
     * No call got through while it was timely and their answer is now overdue: a call out of the blue comes too late,
     * so check in with a short written note instead.
     */
    CHECK_IN_IN_WRITING
}

package org.followupcoach.core.plan;

/**
 * Where one interview stands today and what to do about it. While a call is the next step, {@code window} is the
 * first call window not yet over; otherwise it is the interview's own call window, the one after the interview.
 */
public record AgendaEntry(Interview interview, Status status, CallAdvice advice, CallWindow window, HearBack hearBack,
                          CallWindow firstWindow) {

    /** An entry whose first call window is worked out skipping weekends only. */
    public AgendaEntry(Interview interview, Status status, CallAdvice advice, CallWindow window, HearBack hearBack) {
        this(interview, status, advice, window, hearBack, FollowUpPlanner.callWindow(interview.interviewAt(),
                interview.zone(), window.earlyStart().getZone()));
    }

    /** Whether the call has moved on from the business day after the interview, that day having gone by. */
    public boolean callDayMoved() {
        return !window.equals(firstWindow);
    }

    /** The state of an interview's follow-up on a given day. */
    public enum Status {
        /** The call day has come and a call is the next step. */
        CALL_NOW,
        /** The call day is still ahead. */
        CALL_LATER,
        /** Nothing to do but wait for their answer. */
        WAITING,
        /** The answer is later than they said, or than one to two weeks: a short written check-in is due. */
        ANSWER_OVERDUE,
        /** Long past any answer: stop waiting on the phone and send a short note instead. */
        WRITE_INSTEAD,
        /**
         * The last check-in brought no word either: close it out as "no answer", leave the door open and put the
         * time into other applications.
         */
        NO_ANSWER
    }
}

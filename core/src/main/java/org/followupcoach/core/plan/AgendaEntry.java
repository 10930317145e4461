package org.followupcoach.core.plan;

/**
 * Where one interview stands today and what to do about it. While a call is the next step, {@code window} is the
 * first call window not yet over; otherwise it is the interview's own call window, the one after the interview.
 */
public record AgendaEntry(Interview interview, Status status, CallAdvice advice, CallWindow window, HearBack hearBack) {

    /** Whether the call has moved on from the business day after the interview, that day having gone by. */
    public boolean callDayMoved() {
        // Compared by day, so it holds whatever call windows the pack sets.
        return !window.earlyStart().withZoneSameInstant(interview.zone()).toLocalDate()
                .equals(FollowUpPlanner.nextBusinessDay(interview.interviewAt().toLocalDate()));
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
        WRITE_INSTEAD
    }
}

package org.followupcoach.core.plan;

import java.util.List;

/**
 * Applies the guidance to the calls logged so far: the first miss is a hang-up and a retry at another time of day
 * (leaving the message then if it goes to voicemail again); after a message, or after the second try, the phone is
 * put down for good and the written follow-up is next.
 */
public final class CallCoach {

    private CallCoach() {
    }

    /** The advice for the attempts in the order they were made. */
    public static CallAdvice advise(List<CallAttempt> attempts) {
        if (attempts.isEmpty()) {
            return CallAdvice.CALL_IN_WINDOW;
        }
        if (attempts.stream().anyMatch(a -> a.outcome() == AttemptOutcome.REACHED_INTERVIEWER)) {
            return CallAdvice.WAIT_FOR_DECISION;
        }
        if (attempts.stream().anyMatch(a -> a.outcome() == AttemptOutcome.LEFT_MESSAGE)) {
            return CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD;
        }
        // Two tries that did not reach the interviewer are enough: a third call starts to feel like pressure.
        if (attempts.size() >= 2) {
            return CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD;
        }
        return attempts.get(0).outcome() == AttemptOutcome.REACHED_SOMEONE_ELSE ? CallAdvice.ASK_WHEN_TO_REACH_THEM
                : CallAdvice.TRY_ANOTHER_TIME;
    }
}

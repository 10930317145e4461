package org.followupcoach.core.plan;

import java.util.List;

/**
 * Applies the guidance to the calls logged so far: the first miss is a hang-up and a retry at another time of day,
 * the second is the moment to leave the message, and after a message (or a third try) the phone is put down for good.
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
        long misses = attempts.stream().filter(a -> a.outcome() == AttemptOutcome.NO_ANSWER
                || a.outcome() == AttemptOutcome.VOICEMAIL).count();
        if (misses >= 3) {
            return CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD;
        }
        if (attempts.get(attempts.size() - 1).outcome() == AttemptOutcome.REACHED_SOMEONE_ELSE) {
            return CallAdvice.ASK_WHEN_TO_REACH_THEM;
        }
        return misses == 1 ? CallAdvice.TRY_ANOTHER_TIME : CallAdvice.LEAVE_MESSAGE_NOW;
    }
}

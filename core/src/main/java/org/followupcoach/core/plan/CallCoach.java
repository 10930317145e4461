package org.followupcoach.core.plan;

import java.util.List;
import org.followupcoach.core.model.Rules;

/**
 * Applies the guidance to the calls logged so far: a miss before the last try is a retry at another time of day
 * (leaving the message then if it goes to voicemail again); after a message, or after the last try
 * ({@code maxCallTries}, 2 in the bundled pack), the phone is put down for good and the written follow-up is next.
 */
public final class CallCoach {

    private CallCoach() {
    }

    /** The advice for the attempts in the order they were made. */
    public static CallAdvice advise(List<CallAttempt> attempts) {
        return advise(attempts, Rules.STANDARD.maxCallTries());
    }

    /** The advice for the attempts in the order they were made, with the pack's number of tries. */
    public static CallAdvice advise(List<CallAttempt> attempts, int maxCallTries) {
        if (attempts.isEmpty()) {
            return CallAdvice.CALL_IN_WINDOW;
        }
        if (attempts.stream().anyMatch(a -> a.outcome() == AttemptOutcome.REACHED_INTERVIEWER)) {
            return CallAdvice.WAIT_FOR_DECISION;
        }
        if (attempts.stream().anyMatch(a -> a.outcome() == AttemptOutcome.LEFT_MESSAGE)) {
            return CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD;
        }
        // The pack's number of tries ({@code maxCallTries}, 2 in the bundled pack) that did not reach the interviewer
        // is enough: another call starts to feel like pressure, and the written follow-up is next.
        if (attempts.size() >= maxCallTries) {
            return CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD;
        }
        return attempts.get(attempts.size() - 1).outcome() == AttemptOutcome.REACHED_SOMEONE_ELSE
                ? CallAdvice.ASK_WHEN_TO_REACH_THEM : CallAdvice.TRY_ANOTHER_TIME;
    }
}

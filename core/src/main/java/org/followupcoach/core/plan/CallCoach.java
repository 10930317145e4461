package org.followupcoach.core.plan;

import java.util.List;
import org.followupcoach.core.model.Rules;

/**
 * Applies the guidance to the calls logged so far: a miss before the last try is a retry at another time of day, the
 * last try ({@code maxCallTries}, 2 in the bundled pack) is the moment to leave the message, and after a message (or
 * a try beyond the last) the phone is put down for good.
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
        long misses = attempts.stream().filter(a -> a.outcome() == AttemptOutcome.NO_ANSWER
                || a.outcome() == AttemptOutcome.VOICEMAIL).count();
        if (misses > maxCallTries) {
            return CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD;
        }
        if (attempts.get(attempts.size() - 1).outcome() == AttemptOutcome.REACHED_SOMEONE_ELSE) {
            return CallAdvice.ASK_WHEN_TO_REACH_THEM;
        }
        return misses < maxCallTries ? CallAdvice.TRY_ANOTHER_TIME : CallAdvice.LEAVE_MESSAGE_NOW;
    }
}

package org.followupcoach.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Changes to an interview's call log: log a call (at a time the user sets, now by default), correct one, delete
 * one. The log stays in time order, since the coach reads the latest call last. Every change returns what undoes it.
 */
public final class CallLog {

    /** The time given lies in the future. */
    public static final String FUTURE = "future";
    /** The time given lies before the interview itself. */
    public static final String BEFORE_INTERVIEW = "beforeInterview";

    /** A clock a minute fast on the user's machine is no reason to refuse "now". */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private CallLog() {
    }

    /** The result of a change: the interview before and after it, or an error code and the interview unchanged. */
    public record Change(Interview before, Interview after, Optional<String> error) {
        /** Whether the change was made. */
        public boolean done() {
            return error.isEmpty();
        }

        /** The interview as it was before the change: what "undo" restores. */
        public Interview undo() {
            return before;
        }
    }

    /** Logs a call at {@code at}, or at {@code now} when no time is given. */
    public static Change log(Interview iv, AttemptOutcome outcome, String note, Instant at, Instant now) {
        CallAttempt attempt = new CallAttempt(at == null ? now : at, outcome, note == null ? "" : note.strip());
        Optional<String> error = check(iv, attempt.at(), now);
        if (error.isPresent()) {
            return new Change(iv, iv, error);
        }
        List<CallAttempt> list = new ArrayList<>(iv.attempts());
        list.add(attempt);
        return new Change(iv, iv.withAttempts(sorted(list)), Optional.empty());
    }

    /** Replaces the call at {@code index} (in log order) by {@code corrected}. */
    public static Change edit(Interview iv, int index, CallAttempt corrected, Instant now) {
        Optional<String> error = check(iv, corrected.at(), now);
        if (error.isPresent()) {
            return new Change(iv, iv, error);
        }
        List<CallAttempt> list = new ArrayList<>(iv.attempts());
        list.set(index, new CallAttempt(corrected.at(), corrected.outcome(),
                corrected.note() == null ? "" : corrected.note().strip()));
        return new Change(iv, iv.withAttempts(sorted(list)), Optional.empty());
    }

    /** Deletes the call at {@code index} (in log order). */
    public static Change delete(Interview iv, int index) {
        List<CallAttempt> list = new ArrayList<>(iv.attempts());
        list.remove(index);
        return new Change(iv, iv.withAttempts(list), Optional.empty());
    }

    /** Why a call cannot have happened at {@code at}, if it cannot. */
    public static Optional<String> check(Interview iv, Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_SLACK))) {
            return Optional.of(FUTURE);
        }
        if (iv.interviewAt() != null && at.isBefore(iv.interviewAt().atZone(iv.zone()).toInstant())) {
            return Optional.of(BEFORE_INTERVIEW);
        }
        return Optional.empty();
    }

    private static List<CallAttempt> sorted(List<CallAttempt> list) {
        return list.stream().sorted(Comparator.comparing(CallAttempt::at)).toList();
    }
}

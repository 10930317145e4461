package org.followupcoach.core.plan;

import java.time.Instant;

/** One logged call: when, what happened, and the user's own note. */
public record CallAttempt(Instant at, AttemptOutcome outcome, String note) {
}

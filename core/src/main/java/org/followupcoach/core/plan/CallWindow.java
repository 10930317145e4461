package org.followupcoach.core.plan;

import java.time.ZonedDateTime;

/**
 * When to place the follow-up call: an early slot and a late slot on the same business day, both given in the
 * user's own time zone (the rule itself is stated in the interviewer's).
 */
public record CallWindow(ZonedDateTime earlyStart, ZonedDateTime earlyEnd, ZonedDateTime lateStart,
                         ZonedDateTime lateEnd) {
}

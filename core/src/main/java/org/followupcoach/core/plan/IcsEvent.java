package org.followupcoach.core.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A calendar entry: timed (start and end instants) or all-day (a date). */
public record IcsEvent(String uid, String summary, String description, Instant start, Instant end, LocalDate day) {

    /** A timed event. */
    public static IcsEvent timed(String uid, String summary, String description, Instant start, Instant end) {
        return new IcsEvent(uid, summary, description, start, end, null);
    }

    /** An all-day event. */
    public static IcsEvent allDay(String uid, String summary, String description, LocalDate day) {
        return new IcsEvent(uid, summary, description, null, null, day);
    }
}

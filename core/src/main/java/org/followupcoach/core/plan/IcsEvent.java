package org.followupcoach.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A calendar entry: timed (start and end instants) or all-day (a date), with its revision number and an optional
 * reminder {@code alarmOffset} from the start (negative: before it; for an all-day entry, from its midnight).
 */
public record IcsEvent(String uid, String summary, String description, Instant start, Instant end, LocalDate day,
                       int sequence, Duration alarmOffset, String alarmText) {

    /** A timed event. */
    public static IcsEvent timed(String uid, String summary, String description, Instant start, Instant end) {
        return new IcsEvent(uid, summary, description, start, end, null, 0, null, null);
    }

    /** An all-day event. */
    public static IcsEvent allDay(String uid, String summary, String description, LocalDate day) {
        return new IcsEvent(uid, summary, description, null, null, day, 0, null, null);
    }

    /** The same event with a reminder {@code offset} from its start that shows {@code text}. */
    public IcsEvent withAlarm(Duration offset, String text) {
        return new IcsEvent(uid, summary, description, start, end, day, sequence, offset, text);
    }

    /** The same event as revision {@code value}; a calendar replaces an event it has with a higher revision. */
    public IcsEvent withSequence(int value) {
        return new IcsEvent(uid, summary, description, start, end, day, value, alarmOffset, alarmText);
    }
}

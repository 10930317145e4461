package org.followupcoach.core.plan;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a logged call happened as the interviewer lived it: in the early slot, in the late slot, on a working day but
 * outside both, or on a day their office was closed. The coach words its advice from this, so a call logged at
 * 00:07 on a Sunday is not taken for a morning call.
 */
public record CallTiming(Slot slot, ZonedDateTime theirTime) {

    /** Where the call fell. */
    public enum Slot {
        /** In the early slot of a business day. */
        EARLY,
        /** In the late slot of a business day. */
        LATE,
        /** On a business day, but before, between or after the slots. */
        OUTSIDE_HOURS,
        /** On a weekend, a public holiday or a day their office was closed. */
        CLOSED_DAY
    }

    /** Whether the call was inside the window. */
    public boolean inWindow() {
        return slot == Slot.EARLY || slot == Slot.LATE;
    }

    /** Judges a call placed at {@code at} to an interviewer in {@code zone} whose office keeps {@code days}. */
    public static CallTiming judge(Instant at, ZoneId zone, BusinessDays days) {
        ZonedDateTime theirs = at.atZone(zone);
        if (!days.isBusinessDay(theirs.toLocalDate())) {
            return new CallTiming(Slot.CLOSED_DAY, theirs);
        }
        LocalTime t = theirs.toLocalTime();
        if (within(t, FollowUpPlanner.EARLY_START, FollowUpPlanner.EARLY_END)) {
            return new CallTiming(Slot.EARLY, theirs);
        }
        if (within(t, FollowUpPlanner.LATE_START, FollowUpPlanner.LATE_END)) {
            return new CallTiming(Slot.LATE, theirs);
        }
        return new CallTiming(Slot.OUTSIDE_HOURS, theirs);
    }

    private static boolean within(LocalTime t, LocalTime start, LocalTime end) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /**
     * The slot to try next after this call: the other one of the day (a morning miss is tried late in the afternoon
     * and the other way round); after a call outside the window, the early slot.
     */
    public Slot nextSlot() {
        return slot == Slot.EARLY ? Slot.LATE : Slot.EARLY;
    }
}

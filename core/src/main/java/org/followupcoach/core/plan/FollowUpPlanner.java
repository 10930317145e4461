package org.followupcoach.core.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The timing rules of the guidance as pure functions: call on the next business day after the interview (about 24
 * hours later, never at a weekend or on a day the interviewer's office is closed), early in the morning or late in
 * the afternoon in the interviewer's time zone; expect an answer a day or two after the decision date they gave, or
 * one to two weeks after the interview. Every date is a business day of the interviewer's office.
 */
public final class FollowUpPlanner {

    /** Early slot: before the day fills with meetings. */
    public static final LocalTime EARLY_START = LocalTime.of(8, 30);
    public static final LocalTime EARLY_END = LocalTime.of(9, 30);
    /** Late slot: after the day's meetings and interviews. */
    public static final LocalTime LATE_START = LocalTime.of(16, 0);
    public static final LocalTime LATE_END = LocalTime.of(17, 30);

    private FollowUpPlanner() {
    }

    /** The call window skipping weekends only; see {@link #callWindow(LocalDateTime, ZoneId, ZoneId, BusinessDays)}. */
    public static CallWindow callWindow(LocalDateTime interviewAt, ZoneId interviewerZone, ZoneId userZone) {
        return callWindow(interviewAt, interviewerZone, userZone, BusinessDays.WEEKENDS_ONLY);
    }

    /**
     * The call window for an interview held at {@code interviewAt} in {@code interviewerZone}, shown in
     * {@code userZone}: the slots of the interviewer's next business day.
     */
    public static CallWindow callWindow(LocalDateTime interviewAt, ZoneId interviewerZone, ZoneId userZone,
                                        BusinessDays days) {
        return windowOn(days.next(interviewAt.toLocalDate()), interviewerZone, userZone);
    }

    /** The first call window not yet over, skipping weekends only. */
    public static CallWindow callWindowAt(ZonedDateTime now, LocalDateTime interviewAt, ZoneId interviewerZone,
                                          ZoneId userZone) {
        return callWindowAt(now, interviewAt, interviewerZone, userZone, BusinessDays.WEEKENDS_ONLY);
    }

    /**
     * The first call window that has not ended at {@code now}: the interview's own one, or, once its day has gone by
     * without the call, the same two slots on the next business day still ahead (today's, while its late slot lasts).
     */
    public static CallWindow callWindowAt(ZonedDateTime now, LocalDateTime interviewAt, ZoneId interviewerZone,
                                          ZoneId userZone, BusinessDays days) {
        LocalDate day = days.next(interviewAt.toLocalDate());
        LocalDate today = now.withZoneSameInstant(interviewerZone).toLocalDate();
        if (day.isBefore(today)) {
            day = days.onOrAfter(today);
        }
        CallWindow window = windowOn(day, interviewerZone, userZone);
        return window.lateEnd().isAfter(now) ? window : windowOn(days.next(day), interviewerZone, userZone);
    }

    private static CallWindow windowOn(LocalDate day, ZoneId interviewerZone, ZoneId userZone) {
        return new CallWindow(at(day, EARLY_START, interviewerZone, userZone),
                at(day, EARLY_END, interviewerZone, userZone), at(day, LATE_START, interviewerZone, userZone),
                at(day, LATE_END, interviewerZone, userZone));
    }

    /** A wall-clock time of the interviewer's day; a time skipped by a clock change moves forward by the gap. */
    private static ZonedDateTime at(LocalDate day, LocalTime time, ZoneId interviewerZone, ZoneId userZone) {
        return ZonedDateTime.of(day, time, interviewerZone).withZoneSameInstant(userZone);
    }

    /** The first Monday-to-Friday day after {@code date}. */
    public static LocalDate nextBusinessDay(LocalDate date) {
        return BusinessDays.WEEKENDS_ONLY.next(date);
    }

    /** {@code days} Monday-to-Friday days after {@code date}. */
    public static LocalDate plusBusinessDays(LocalDate date, int days) {
        return BusinessDays.WEEKENDS_ONLY.plus(date, days);
    }

    /** When to expect an answer, skipping weekends only. */
    public static HearBack hearBack(LocalDate interviewDate, Optional<LocalDate> decisionDate) {
        return hearBack(interviewDate, decisionDate, BusinessDays.WEEKENDS_ONLY);
    }

    /**
     * When to expect an answer: with a decision date, from the business day after it, checking in the business day
     * after that; without one, one to two weeks after the interview. Each date is moved to the next business day
     * when it would fall on a weekend, a holiday or a closed day: nobody decides, or reads a note, on those.
     */
    public static HearBack hearBack(LocalDate interviewDate, Optional<LocalDate> decisionDate, BusinessDays days) {
        if (decisionDate.isPresent()) {
            LocalDate decided = decisionDate.get();
            LocalDate expect = days.next(decided);
            LocalDate checkIn = days.next(expect);
            return new HearBack(expect, checkIn, days.plus(checkIn, 5), true);
        }
        LocalDate expect = days.onOrAfter(interviewDate.plusWeeks(1));
        LocalDate twoWeeks = days.onOrAfter(interviewDate.plusWeeks(2));
        LocalDate checkIn = twoWeeks.isAfter(expect) ? twoWeeks : days.next(expect);
        return new HearBack(expect, checkIn, days.plus(checkIn, 5), false);
    }
}

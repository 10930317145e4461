package org.followupcoach.core.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The timing rules of the guidance as pure functions: call on the next business day after the interview (about 24
 * hours later, never at a weekend), early in the morning or late in the afternoon in the interviewer's time zone;
 * expect an answer a day or two after the decision date they gave, or one to two weeks after the interview.
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

    /**
     * The call window for an interview held at {@code interviewAt} in {@code interviewerZone}, shown in
     * {@code userZone}.
     */
    public static CallWindow callWindow(LocalDateTime interviewAt, ZoneId interviewerZone, ZoneId userZone) {
        return windowOn(nextBusinessDay(interviewAt.toLocalDate()), interviewerZone, userZone);
    }

    /**
     * The first call window that has not ended at {@code now}: the interview's own one, or, once its day has gone by
     * without the call, the same two slots on the next business day still ahead (today's, while its late slot lasts).
     */
    public static CallWindow callWindowAt(ZonedDateTime now, LocalDateTime interviewAt, ZoneId interviewerZone,
                                          ZoneId userZone) {
        LocalDate day = nextBusinessDay(interviewAt.toLocalDate());
        LocalDate today = now.withZoneSameInstant(interviewerZone).toLocalDate();
        if (day.isBefore(today)) {
            day = isWeekend(today) ? nextBusinessDay(today) : today;
        }
        CallWindow window = windowOn(day, interviewerZone, userZone);
        return window.lateEnd().isAfter(now) ? window : windowOn(nextBusinessDay(day), interviewerZone, userZone);
    }

    private static CallWindow windowOn(LocalDate day, ZoneId interviewerZone, ZoneId userZone) {
        return new CallWindow(at(day, EARLY_START, interviewerZone, userZone),
                at(day, EARLY_END, interviewerZone, userZone), at(day, LATE_START, interviewerZone, userZone),
                at(day, LATE_END, interviewerZone, userZone));
    }

    private static ZonedDateTime at(LocalDate day, LocalTime time, ZoneId interviewerZone, ZoneId userZone) {
        return ZonedDateTime.of(day, time, interviewerZone).withZoneSameInstant(userZone);
    }

    /** The first Monday-to-Friday day after {@code date}. */
    public static LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (isWeekend(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** {@code days} business days after {@code date}. */
    public static LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate d = date;
        for (int i = 0; i < days; i++) {
            d = nextBusinessDay(d);
        }
        return d;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * When to expect an answer: with a decision date, from the business day after it, checking in the business day
     * after that; without one, one to two weeks after the interview.
     */
    public static HearBack hearBack(LocalDate interviewDate, Optional<LocalDate> decisionDate) {
        if (decisionDate.isPresent()) {
            LocalDate decided = decisionDate.get();
            LocalDate checkIn = plusBusinessDays(decided, 2);
            return new HearBack(nextBusinessDay(decided), checkIn, plusBusinessDays(checkIn, 5), true);
        }
        LocalDate week = interviewDate.plusWeeks(1);
        LocalDate twoWeeks = interviewDate.plusWeeks(2);
        return new HearBack(week, isWeekend(twoWeeks) ? nextBusinessDay(twoWeeks) : twoWeeks,
                plusBusinessDays(twoWeeks, 5), false);
    }
}

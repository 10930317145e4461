package org.followupcoach.core.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.followupcoach.core.model.Rules;

/**
 * The timing rules of the guidance as pure functions: call on the next business day after the interview (about
 * {@code hoursAfterInterview} later, never at a weekend), in the pack's early or late window in the interviewer's
 * time zone; expect an answer after the decision date they gave, or some days after the interview. The numbers come
 * from the pack's {@link Rules}; the overloads without them use {@link Rules#STANDARD}, the bundled pack's values.
 */
public final class FollowUpPlanner {

    /** Early slot: before the day fills with meetings (the standard rules; a pack may set its own). */
    public static final LocalTime EARLY_START = Rules.STANDARD.earlyStart();
    public static final LocalTime EARLY_END = Rules.STANDARD.earlyEnd();
    /** Late slot: after the day's meetings and interviews. */
    public static final LocalTime LATE_START = Rules.STANDARD.lateStart();
    public static final LocalTime LATE_END = Rules.STANDARD.lateEnd();

    private FollowUpPlanner() {
    }

    /**
     * The call window for an interview held at {@code interviewAt} in {@code interviewerZone}, shown in
     * {@code userZone}.
     */
    public static CallWindow callWindow(LocalDateTime interviewAt, ZoneId interviewerZone, ZoneId userZone) {
        return callWindow(Rules.STANDARD, interviewAt, interviewerZone, userZone);
    }

    /** The call window for an interview, with the pack's call windows. */
    public static CallWindow callWindow(Rules rules, LocalDateTime interviewAt, ZoneId interviewerZone,
                                        ZoneId userZone) {
        return windowOn(rules, nextBusinessDay(interviewAt.toLocalDate()), interviewerZone, userZone);
    }

    /**
     * The first call window that has not ended at {@code now}: the interview's own one, or, once its day has gone by
     * without the call, the same two slots on the next business day still ahead (today's, while its late slot lasts).
     */
    public static CallWindow callWindowAt(ZonedDateTime now, LocalDateTime interviewAt, ZoneId interviewerZone,
                                          ZoneId userZone) {
        return callWindowAt(Rules.STANDARD, now, interviewAt, interviewerZone, userZone);
    }

    /** The first call window not yet over at {@code now}, with the pack's call windows. */
    public static CallWindow callWindowAt(Rules rules, ZonedDateTime now, LocalDateTime interviewAt,
                                          ZoneId interviewerZone, ZoneId userZone) {
        LocalDate day = nextBusinessDay(interviewAt.toLocalDate());
        LocalDate today = now.withZoneSameInstant(interviewerZone).toLocalDate();
        if (day.isBefore(today)) {
            day = isWeekend(today) ? nextBusinessDay(today) : today;
        }
        CallWindow window = windowOn(rules, day, interviewerZone, userZone);
        return window.lateEnd().isAfter(now) ? window
                : windowOn(rules, nextBusinessDay(day), interviewerZone, userZone);
    }

    private static CallWindow windowOn(Rules rules, LocalDate day, ZoneId interviewerZone, ZoneId userZone) {
        return new CallWindow(at(day, rules.earlyStart(), interviewerZone, userZone),
                at(day, rules.earlyEnd(), interviewerZone, userZone), at(day, rules.lateStart(), interviewerZone,
                userZone), at(day, rules.lateEnd(), interviewerZone, userZone));
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

    /** {@link #hearBack(Rules, LocalDate, Optional)} with the standard rules. */
    public static HearBack hearBack(LocalDate interviewDate, Optional<LocalDate> decisionDate) {
        return hearBack(Rules.STANDARD, interviewDate, decisionDate);
    }

    /**
     * When to expect an answer: with a decision date, from the business day after it, checking in
     * {@code daysAfterDecisionDate} business days after it; without one, from {@code daysUntilAnswer} days after the
     * interview, checking in {@code daysUntilCheckIn} days after it (moved off a weekend). Either way, stop waiting
     * {@code daysAfterCheckIn} business days after the check-in.
     */
    public static HearBack hearBack(Rules rules, LocalDate interviewDate, Optional<LocalDate> decisionDate) {
        int afterCheckIn = rules.value(Rules.DAYS_AFTER_CHECK_IN);
        if (decisionDate.isPresent()) {
            LocalDate decided = decisionDate.get();
            LocalDate checkIn = plusBusinessDays(decided, rules.value(Rules.DAYS_AFTER_DECISION_DATE));
            return new HearBack(nextBusinessDay(decided), checkIn, plusBusinessDays(checkIn, afterCheckIn), true);
        }
        LocalDate expect = interviewDate.plusDays(rules.value(Rules.DAYS_UNTIL_ANSWER));
        LocalDate checkIn = interviewDate.plusDays(rules.value(Rules.DAYS_UNTIL_CHECK_IN));
        return new HearBack(expect, isWeekend(checkIn) ? nextBusinessDay(checkIn) : checkIn,
                plusBusinessDays(checkIn, afterCheckIn), false);
    }
}

package org.followupcoach.core.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.followupcoach.core.model.Rules;

/**
 * The timing rules of the guidance as pure functions: call on the next business day after the interview (about
 * {@code hoursAfterInterview} later, never at a weekend or on a day the interviewer's office is closed), in the
 * pack's early or late window in the interviewer's time zone; expect an answer after the decision date they gave, or
 * some days after the interview. Every date is a business day of the interviewer's office ({@link BusinessDays}); the
 * numbers come from the pack's {@link Rules}. The overloads without them use {@link Rules#STANDARD} (the bundled
 * pack's values) and {@link BusinessDays#WEEKENDS_ONLY}.
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

    /** The call window with the standard rules, skipping weekends only. */
    public static CallWindow callWindow(LocalDateTime interviewAt, ZoneId interviewerZone, ZoneId userZone) {
        return callWindow(Rules.STANDARD, interviewAt, interviewerZone, userZone, BusinessDays.WEEKENDS_ONLY);
    }

    /** The call window with the standard rules on the office's business days. */
    public static CallWindow callWindow(LocalDateTime interviewAt, ZoneId interviewerZone, ZoneId userZone,
                                        BusinessDays days) {
        return callWindow(Rules.STANDARD, interviewAt, interviewerZone, userZone, days);
    }

    /** The call window with the pack's call windows, skipping weekends only. */
    public static CallWindow callWindow(Rules rules, LocalDateTime interviewAt, ZoneId interviewerZone,
                                        ZoneId userZone) {
        return callWindow(rules, interviewAt, interviewerZone, userZone, BusinessDays.WEEKENDS_ONLY);
    }

    /**
     * The call window for an interview held at {@code interviewAt} in {@code interviewerZone}, shown in
     * {@code userZone}: the pack's slots on the interviewer's next business day.
     */
    public static CallWindow callWindow(Rules rules, LocalDateTime interviewAt, ZoneId interviewerZone,
                                        ZoneId userZone, BusinessDays days) {
        return windowOn(rules, days.next(interviewAt.toLocalDate()), interviewerZone, userZone);
    }

    /** The first call window not yet over, with the standard rules, skipping weekends only. */
    public static CallWindow callWindowAt(ZonedDateTime now, LocalDateTime interviewAt, ZoneId interviewerZone,
                                          ZoneId userZone) {
        return callWindowAt(Rules.STANDARD, now, interviewAt, interviewerZone, userZone, BusinessDays.WEEKENDS_ONLY);
    }

    /** The first call window not yet over, with the standard rules on the office's business days. */
    public static CallWindow callWindowAt(ZonedDateTime now, LocalDateTime interviewAt, ZoneId interviewerZone,
                                          ZoneId userZone, BusinessDays days) {
        return callWindowAt(Rules.STANDARD, now, interviewAt, interviewerZone, userZone, days);
    }

    /** The first call window not yet over, with the pack's call windows, skipping weekends only. */
    public static CallWindow callWindowAt(Rules rules, ZonedDateTime now, LocalDateTime interviewAt,
                                          ZoneId interviewerZone, ZoneId userZone) {
        return callWindowAt(rules, now, interviewAt, interviewerZone, userZone, BusinessDays.WEEKENDS_ONLY);
    }

    /**
     * The first call window that has not ended at {@code now}: the interview's own one, or, once its day has gone by
     * without the call, the same two slots on the next business day still ahead (today's, while its late slot lasts).
     */
    public static CallWindow callWindowAt(Rules rules, ZonedDateTime now, LocalDateTime interviewAt,
                                          ZoneId interviewerZone, ZoneId userZone, BusinessDays days) {
        LocalDate day = days.next(interviewAt.toLocalDate());
        LocalDate today = now.withZoneSameInstant(interviewerZone).toLocalDate();
        if (day.isBefore(today)) {
            day = days.onOrAfter(today);
        }
        CallWindow window = windowOn(rules, day, interviewerZone, userZone);
        return window.lateEnd().isAfter(now) ? window : windowOn(rules, days.next(day), interviewerZone, userZone);
    }

    private static CallWindow windowOn(Rules rules, LocalDate day, ZoneId interviewerZone, ZoneId userZone) {
        return new CallWindow(at(day, rules.earlyStart(), interviewerZone, userZone),
                at(day, rules.earlyEnd(), interviewerZone, userZone), at(day, rules.lateStart(), interviewerZone,
                userZone), at(day, rules.lateEnd(), interviewerZone, userZone));
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

    /** When to expect an answer, with the standard rules, skipping weekends only. */
    public static HearBack hearBack(LocalDate interviewDate, Optional<LocalDate> decisionDate) {
        return hearBack(Rules.STANDARD, interviewDate, decisionDate, BusinessDays.WEEKENDS_ONLY);
    }

    /** When to expect an answer, with the standard rules on the office's business days. */
    public static HearBack hearBack(LocalDate interviewDate, Optional<LocalDate> decisionDate, BusinessDays days) {
        return hearBack(Rules.STANDARD, interviewDate, decisionDate, days);
    }

    /** When to expect an answer, with the pack's numbers, skipping weekends only. */
    public static HearBack hearBack(Rules rules, LocalDate interviewDate, Optional<LocalDate> decisionDate) {
        return hearBack(rules, interviewDate, decisionDate, BusinessDays.WEEKENDS_ONLY);
    }

    /**
     * When to expect an answer: with a decision date, from the business day after it, checking in
     * {@code daysAfterDecisionDate} business days after it; without one, from {@code daysUntilAnswer} days after the
     * interview, checking in {@code daysUntilCheckIn} days after it. Either way, stop waiting
     * {@code daysAfterCheckIn} business days after the check-in. Each date is moved to the next business day when it
     * would fall on a weekend, a holiday or a closed day: nobody decides, or reads a note, on those.
     */
    public static HearBack hearBack(Rules rules, LocalDate interviewDate, Optional<LocalDate> decisionDate,
                                    BusinessDays days) {
        int afterCheckIn = rules.value(Rules.DAYS_AFTER_CHECK_IN);
        if (decisionDate.isPresent()) {
            LocalDate decided = decisionDate.get();
            LocalDate checkIn = days.plus(decided, rules.value(Rules.DAYS_AFTER_DECISION_DATE));
            return new HearBack(days.next(decided), checkIn, days.plus(checkIn, afterCheckIn), true);
        }
        LocalDate expect = days.onOrAfter(interviewDate.plusDays(rules.value(Rules.DAYS_UNTIL_ANSWER)));
        LocalDate checkInDay = days.onOrAfter(interviewDate.plusDays(rules.value(Rules.DAYS_UNTIL_CHECK_IN)));
        LocalDate checkIn = checkInDay.isAfter(expect) ? checkInDay : days.next(expect);
        return new HearBack(expect, checkIn, days.plus(checkIn, afterCheckIn), false);
    }
}

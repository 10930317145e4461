package org.followupcoach.client.interviews;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.followupcoach.client.support.Messages;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.AttemptOutcome;
import org.followupcoach.core.plan.CallAdvice;
import org.followupcoach.core.plan.CallAttempt;
import org.followupcoach.core.plan.CallWindow;
import org.followupcoach.core.plan.Interview;

/** How the planner screens word an interview's state: its title, status, the coach's advice, dates and times. */
final class InterviewTexts {

    private InterviewTexts() {
    }

    /** "Company – Role". */
    static String title(Interview interview) {
        return Messages.format("InterviewTexts.title", interview.company(), interview.role());
    }

    /** Where the interview stands, in a few words. */
    static String status(AgendaEntry entry) {
        if (entry.interview().archived()) {
            return Messages.get("InterviewTexts.status.archived");
        }
        return Messages.format("InterviewTexts.status." + entry.status().name(),
                day(entry.window().earlyStart().toLocalDate()), day(entry.hearBack().checkInOn()));
    }

    /** The UI colour key for a status: urgent things in the accent or warning colour, waiting ones muted. */
    static String statusColor(AgendaEntry entry) {
        if (entry.interview().archived()) {
            return "Coach.muted";
        }
        return switch (entry.status()) {
            case CALL_NOW -> "Coach.accent";
            case ANSWER_OVERDUE, WRITE_INSTEAD -> "Coach.interviewsView.warning";
            case CALL_LATER, WAITING -> "Coach.muted";
        };
    }

    /** The coach's advice as one clear sentence. */
    static String advice(CallAdvice advice) {
        return Messages.get("InterviewTexts.advice." + advice.name());
    }

    /** Why the advice is what it is, and what to do about it, with the plan's dates. */
    static String adviceDetail(AgendaEntry entry) {
        return Messages.format("InterviewTexts.adviceDetail." + entry.advice().name(),
                day(entry.hearBack().expectFrom()), day(entry.hearBack().checkInOn()),
                day(entry.hearBack().writeInsteadBy()));
    }

    /** The words for a call's outcome. */
    static String outcome(AttemptOutcome outcome) {
        return Messages.get("InterviewTexts.outcome." + outcome.name());
    }

    /** One logged call: when, what happened, and the note if any. */
    static String attempt(CallAttempt attempt, ZoneId zone) {
        ZonedDateTime at = attempt.at().atZone(zone);
        String when = Messages.format("InterviewTexts.dayTime", day(at.toLocalDate()), time(at));
        return attempt.note().isBlank()
                ? Messages.format("InterviewTexts.attempt", when, outcome(attempt.outcome()))
                : Messages.format("InterviewTexts.attemptWithNote", when, outcome(attempt.outcome()), attempt.note());
    }

    /** A day as people say it: "Monday, November 23". */
    static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern(Messages.get("InterviewTexts.day.pattern"), Locale.getDefault())
                .format(date);
    }

    /** A full date with the year, for the interview itself. */
    static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.getDefault()).format(date);
    }

    /** A time of day in the user's locale. */
    static String time(ZonedDateTime at) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault()).format(at);
    }

    /** One call slot; with its day when that differs from the day the window is headed with. */
    static String slot(ZonedDateTime start, ZonedDateTime end, LocalDate headingDay) {
        return start.toLocalDate().equals(headingDay)
                ? Messages.format("InterviewTexts.slot", time(start), time(end))
                : Messages.format("InterviewTexts.slotWithDay", day(start.toLocalDate()), time(start), time(end));
    }

    /** The window as the interviewer's clock shows it. */
    static CallWindow inZone(CallWindow window, ZoneId zone) {
        return new CallWindow(window.earlyStart().withZoneSameInstant(zone),
                window.earlyEnd().withZoneSameInstant(zone), window.lateStart().withZoneSameInstant(zone),
                window.lateEnd().withZoneSameInstant(zone));
    }

    /** Whether the interviewer's clock reads differently from the user's during the window. */
    static boolean zonesDiffer(CallWindow window, ZoneId interviewerZone) {
        ZonedDateTime start = window.earlyStart();
        return !start.toLocalDateTime().equals(start.withZoneSameInstant(interviewerZone).toLocalDateTime());
    }

    /** A value or a muted "not given" for empty fields. */
    static String orNotGiven(String value) {
        return value.isBlank() ? Messages.get("InterviewTexts.notGiven") : value;
    }
}

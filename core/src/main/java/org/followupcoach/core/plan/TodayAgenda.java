package org.followupcoach.core.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.model.Rules;

/** Across all active interviews: which calls are due now, which answers are overdue, and each one's next step. */
public final class TodayAgenda {

    private static final Set<CallAdvice> CALLING = EnumSet.of(CallAdvice.CALL_IN_WINDOW, CallAdvice.TRY_ANOTHER_TIME,
            CallAdvice.LEAVE_MESSAGE_NOW, CallAdvice.ASK_WHEN_TO_REACH_THEM);

    private TodayAgenda() {
    }

    /** The agenda at {@code now} for the user in {@code userZone}, most urgent first. */
    public static List<AgendaEntry> at(ZonedDateTime now, ZoneId userZone, List<Interview> interviews) {
        return at(Rules.STANDARD, now, userZone, interviews);
    }

    /** The agenda at {@code now}, with the pack's rules. */
    public static List<AgendaEntry> at(Rules rules, ZonedDateTime now, ZoneId userZone, List<Interview> interviews) {
        return interviews.stream().filter(i -> !i.archived()).map(i -> entry(rules, now, userZone, i))
                .sorted(Comparator.comparingInt((AgendaEntry e) -> urgency(e.status()))
                        .thenComparing(e -> e.window().earlyStart()))
                .toList();
    }

    /** Where one interview stands at {@code now}. */
    public static AgendaEntry entry(ZonedDateTime now, ZoneId userZone, Interview interview) {
        return entry(Rules.STANDARD, now, userZone, interview);
    }

    /** Where one interview stands at {@code now}, with the pack's rules. */
    public static AgendaEntry entry(Rules rules, ZonedDateTime now, ZoneId userZone, Interview interview) {
        HearBack hearBack = FollowUpPlanner.hearBack(rules, interview.interviewAt().toLocalDate(),
                interview.decision());
        LocalDate today = now.withZoneSameInstant(interview.zone()).toLocalDate();
        CallAdvice advice = CallCoach.advise(interview.attempts(), rules.maxCallTries());
        if (CALLING.contains(advice) && today.isAfter(hearBack.checkInOn())) {
            // The follow-up call belongs to the days after the interview; weeks later, with the answer overdue,
            // "call in the window" would be stale advice and a written check-in is what is due.
            advice = CallAdvice.CHECK_IN_IN_WRITING;
        }
        boolean calling = CALLING.contains(advice);
        // A call still to make belongs in a window still ahead, not on a day that has gone by: after the late slot it
        // is "call on" the next business day, not "due now".
        CallWindow window = calling
                ? FollowUpPlanner.callWindowAt(rules, now, interview.interviewAt(), interview.zone(), userZone)
                : FollowUpPlanner.callWindow(rules, interview.interviewAt(), interview.zone(), userZone);
        AgendaEntry.Status status;
        if (calling) {
            status = now.isBefore(window.earlyStart()) ? AgendaEntry.Status.CALL_LATER : AgendaEntry.Status.CALL_NOW;
        } else if (today.isAfter(hearBack.writeInsteadBy())) {
            status = AgendaEntry.Status.WRITE_INSTEAD;
        } else if (today.isAfter(hearBack.checkInOn())) {
            status = AgendaEntry.Status.ANSWER_OVERDUE;
        } else {
            status = AgendaEntry.Status.WAITING;
        }
        return new AgendaEntry(interview, status, advice, window, hearBack);
    }

    private static int urgency(AgendaEntry.Status status) {
        return switch (status) {
            case CALL_NOW -> 0;
            case ANSWER_OVERDUE -> 1;
            case WRITE_INSTEAD -> 2;
            case CALL_LATER -> 3;
            case WAITING -> 4;
        };
    }
}

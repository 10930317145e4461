package org.followupcoach.core.plan;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.followupcoach.core.model.TalkingPoint;

/**
 * The calendar entries of one interview's plan, exactly the dates the plan shows: the call window while a call is
 * still to make, the day to expect an answer, the check-in and the day to write instead. Each has a reminder and a
 * UID that stays the same across exports, so importing again updates the entries instead of adding copies.
 */
public final class PlanCalendar {

    /** The call reminder goes off this long before the early slot opens: time to find a quiet room. */
    public static final Duration CALL_REMINDER = Duration.ofMinutes(-15);
    /** An all-day entry's reminder goes off at 9:00 that morning, counted from its midnight. */
    public static final Duration MORNING_REMINDER = Duration.ofHours(9);
    /** Revisions count minutes from here, so each export outranks the one before without a stored counter. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /**
     * The words of the entries, as {@link MessageFormat} patterns. Call summary: {0} who; call description: {0} role,
     * {1} number, {2}-{3} early slot and {4}-{5} late slot in the user's time, {6}-{7} and {8}-{9} in theirs; the
     * day entries: {0} company, {1} role.
     */
    public record Wording(String callSummary, String callDescription, String voicemailHeading,
                          String talkingPointsHeading, String callAlarm, String expectSummary,
                          String expectDescription, String checkInSummary, String checkInDescription,
                          String writeSummary, String writeDescription) {

        /** The English wording, for the command line and tests; the app passes its own from its message bundle. */
        public static final Wording ENGLISH = new Wording("Follow-up call: {0}",
                "Role: {0}\nNumber: {1}\nCall {2}\u2013{3} your time ({6}\u2013{7} theirs). If they are busy, try again"
                        + " late in the day: {4}\u2013{5} your time ({8}\u2013{9} theirs).",
                "If you reach their voicemail, say:", "If they answer:",
                "Your follow-up call window opens in 15 minutes.",
                "Expect an answer from {0}", "Their answer about the {1} role may come from today.",
                "Check in with {0}", "No word yet about the {1} role? Send one short, friendly email today.",
                "Write to {0} instead of calling",
                "Still nothing about the {1} role: stop waiting for the phone and send a short written note.");
    }

    private PlanCalendar() {
    }

    /**
     * The entries for {@code plan}, with {@code voicemail} (the user's composed message) and {@code points} (what to
     * say if they answer) in the call's description; revision numbers from {@code now}.
     */
    public static List<IcsEvent> events(AgendaEntry plan, String voicemail, List<TalkingPoint> points, Wording w,
                                        Instant now) {
        Interview iv = plan.interview();
        int sequence = (int) Math.max(0, Duration.between(SEQUENCE_EPOCH, now).toMinutes());
        String base = iv.roundKey();
        List<IcsEvent> events = new ArrayList<>();
        if (plan.status() == AgendaEntry.Status.CALL_NOW || plan.status() == AgendaEntry.Status.CALL_LATER) {
            CallWindow window = plan.window();
            ZoneId theirs = iv.zone();
            String who = iv.interviewerName().isBlank() ? iv.company() : iv.interviewerName() + ", " + iv.company();
            StringBuilder description = new StringBuilder(MessageFormat.format(w.callDescription(), iv.role(),
                    iv.phone(), t(window.earlyStart()), t(window.earlyEnd()), t(window.lateStart()),
                    t(window.lateEnd()), t(window.earlyStart(), theirs), t(window.earlyEnd(), theirs),
                    t(window.lateStart(), theirs), t(window.lateEnd(), theirs)));
            if (!voicemail.isBlank()) {
                description.append("\n\n").append(w.voicemailHeading()).append('\n').append(voicemail.strip());
            }
            if (!points.isEmpty()) {
                description.append("\n\n").append(w.talkingPointsHeading());
                for (TalkingPoint p : points) {
                    description.append("\n- ").append(p.title()).append(": ").append(p.detail());
                }
            }
            events.add(IcsEvent.timed(base + "-call@followup-coach", MessageFormat.format(w.callSummary(), who),
                            description.toString(), window.earlyStart().toInstant(), window.earlyEnd().toInstant())
                    .withAlarm(CALL_REMINDER, w.callAlarm()).withSequence(sequence));
        }
        HearBack hb = plan.hearBack();
        events.add(day(base + "-answer@followup-coach", w.expectSummary(), w.expectDescription(), iv, hb.expectFrom(),
                sequence));
        events.add(day(base + "-check-in@followup-coach", w.checkInSummary(), w.checkInDescription(), iv,
                hb.checkInOn(), sequence));
        events.add(day(base + "-write@followup-coach", w.writeSummary(), w.writeDescription(), iv,
                hb.writeInsteadBy(), sequence));
        return events;
    }

    private static IcsEvent day(String uid, String summary, String description, Interview iv,
                                java.time.LocalDate date, int sequence) {
        String s = MessageFormat.format(summary, iv.company(), iv.role());
        return IcsEvent.allDay(uid, s, MessageFormat.format(description, iv.company(), iv.role()), date)
                .withAlarm(MORNING_REMINDER, s).withSequence(sequence);
    }

    private static String t(ZonedDateTime time) {
        return TIME.format(time);
    }

    private static String t(ZonedDateTime time, ZoneId zone) {
        return TIME.format(time.withZoneSameInstant(zone));
    }
}

package org.followupcoach.core.review;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.followupcoach.core.plan.AgendaEntry;

/**
 * What to review before the next call: "Review {questions} questions before {callDay}'s call" on Today, for the
 * earliest call still to make among the open interviews.
 */
public record CallReview(String company, LocalDate callDay, int questions) {

    /** The call days still to come of the interviews whose next step is a call, in the user's zone. */
    public static Set<LocalDate> callDays(List<AgendaEntry> agenda) {
        return agenda.stream().filter(CallReview::calling)
                .map(e -> e.window().earlyStart().toLocalDate()).collect(Collectors.toSet());
    }

    /** The review before the earliest call still to come, when there is one and something to review. */
    public static Optional<CallReview> next(List<AgendaEntry> agenda, ReviewPlan plan, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        return agenda.stream().filter(CallReview::calling)
                .filter(e -> !e.window().lateEnd().isBefore(now))
                .min(Comparator.comparing(e -> e.window().earlyStart()))
                .map(e -> {
                    LocalDate day = e.window().earlyStart().toLocalDate();
                    LocalDate by = day.isAfter(today) ? day.minusDays(1) : today;
                    return new CallReview(e.interview().company(), day, plan.dueBy(by).size());
                })
                .filter(r -> r.questions() > 0);
    }

    private static boolean calling(AgendaEntry e) {
        return e.status() == AgendaEntry.Status.CALL_LATER || e.status() == AgendaEntry.Status.CALL_NOW;
    }
}

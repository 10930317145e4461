package org.followupcoach.core.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One earlier round of an interview, with its own date, decision date, call log and closed days. */
public record Round(RoundKind kind, LocalDateTime interviewAt, LocalDate decisionDate, List<CallAttempt> attempts,
                    Set<LocalDate> closedDays) {
    public Round {
        kind = kind == null ? RoundKind.INTERVIEW : kind;
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        closedDays = closedDays == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(closedDays));
    }
}

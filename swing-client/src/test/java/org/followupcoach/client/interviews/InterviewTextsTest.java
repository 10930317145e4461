package org.followupcoach.client.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.CallAdvice;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.plan.TodayAgenda;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InterviewTextsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Interviewed on Thursday, November 19, no decision date given, no calls logged. */
    private static Interview interview() {
        return new Interview("iv", "Acme", "Analyst", "Ms. Patel", "", "", LocalDateTime.of(2026, 11, 19, 10, 0),
                "Europe/Berlin", null, "", "", false, List.of(), Set.of());
    }

    @ParameterizedTest
    @EnumSource(CallAdvice.class)
    void everyPieceOfAdviceHasItsSentenceAndItsReasonWithTheDates(CallAdvice advice) {
        AgendaEntry plan = TodayAgenda.entry(ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, BERLIN), BERLIN, interview());
        AgendaEntry entry = new AgendaEntry(plan.interview(), plan.status(), advice, plan.window(), plan.hearBack());

        // A missing text shows its key, so the key's prefix would give it away.
        assertThat(InterviewTexts.advice(advice)).isNotBlank().doesNotStartWith("InterviewTexts").doesNotContain("{");
        assertThat(InterviewTexts.adviceDetail(entry)).isNotBlank().doesNotStartWith("InterviewTexts")
                .doesNotContain("{");
    }

    @Test
    void aCallNeverMadeIsReplacedByAWrittenCheckInWithTheDateTheAnswerWasDue() {
        AgendaEntry entry = TodayAgenda.entry(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, BERLIN), BERLIN, interview());

        assertThat(entry.advice()).isEqualTo(CallAdvice.CHECK_IN_IN_WRITING);
        assertThat(entry.status()).isEqualTo(AgendaEntry.Status.ANSWER_OVERDUE);
        assertThat(InterviewTexts.advice(entry.advice())).contains("email");
        assertThat(InterviewTexts.adviceDetail(entry)).contains(InterviewTexts.day(LocalDate.of(2026, 12, 3)));
    }
}

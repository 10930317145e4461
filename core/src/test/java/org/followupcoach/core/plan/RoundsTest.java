package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Interview screened() {
        return new Interview("iv", "Acme", "Analyst", "Ms. Patel", "", "", LocalDateTime.parse("2026-11-02T10:00"),
                "Europe/Berlin", null, "", "", false,
                List.of(new CallAttempt(Instant.parse("2026-11-03T07:45:00Z"), AttemptOutcome.REACHED_INTERVIEWER,
                        "")), Set.of());
    }

    @Test
    void theNextRoundGetsItsOwnPlanAndLogWhileTheEarlierOneKeepsItsOwn() {
        Interview panel = screened().withClosedDays(Set.of(LocalDate.parse("2026-11-04")))
                .nextRound(RoundKind.PANEL, LocalDateTime.parse("2026-11-19T14:00"), LocalDate.parse("2026-11-27"));
        assertThat(panel.round()).isEqualTo(RoundKind.PANEL);
        assertThat(panel.roundCount()).isEqualTo(2);
        assertThat(panel.attempts()).isEmpty();
        assertThat(panel.closedDays()).isEmpty();
        Interview first = panel.roundView(0);
        assertThat(first.round()).isEqualTo(RoundKind.INTERVIEW);
        assertThat(first.interviewAt()).isEqualTo("2026-11-02T10:00");
        assertThat(first.attempts()).hasSize(1);
        assertThat(first.closedDays()).containsExactly(LocalDate.parse("2026-11-04"));
        assertThat(panel.roundView(1)).isSameAs(panel);
        ZonedDateTime now = ZonedDateTime.of(LocalDateTime.parse("2026-11-19T18:00"), BERLIN);
        assertThat(TodayAgenda.entry(now, BERLIN, panel, HolidayCalendar.NONE).status())
                .isEqualTo(AgendaEntry.Status.CALL_LATER);
        assertThat(TodayAgenda.entry(now, BERLIN, first, HolidayCalendar.NONE).advice())
                .isEqualTo(CallAdvice.WAIT_FOR_DECISION);
        assertThat(List.of(first.roundKey(), panel.roundKey())).containsExactly("iv", "iv-r2");
    }

    @Test
    void aFileFromBeforeRoundsLoadsAsOneRoundPerInterview() throws Exception {
        Progress saved = Progress.empty().withInterviews(List.of(screened()));
        String json = ProgressJson.encode(saved).replaceAll(",\\s*\"round\": \"INTERVIEW\"", "")
                .replaceAll(",\\s*\"earlierRounds\": \\[\\]", "");
        assertThat(json).doesNotContain("round");
        Interview loaded = ProgressJson.decode(json).interviews().get(0);
        assertThat(loaded.round()).isEqualTo(RoundKind.INTERVIEW);
        assertThat(loaded.roundCount()).isEqualTo(1);
        assertThat(loaded).isEqualTo(screened());
    }

    @Test
    void roundsSurviveASaveAndLoad() throws Exception {
        Interview panel = screened().nextRound(RoundKind.FINAL, LocalDateTime.parse("2026-11-19T14:00"), null);
        Interview loaded = ProgressJson.decode(ProgressJson.encode(Progress.empty().withInterviews(List.of(panel))))
                .interviews().get(0);
        assertThat(loaded).isEqualTo(panel);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-12-20T12:00, WRITE_INSTEAD",   // past the day to write instead
            "2027-01-08T12:00, NO_ANSWER",       // ten business days after that: close it out
    })
    void afterTheLastCheckInWithNoWordTheInterviewIsClosedOutAsNoAnswer(String now, AgendaEntry.Status status) {
        Interview iv = new Interview("iv", "Acme", "Analyst", "", "", "", LocalDateTime.parse("2026-11-19T10:00"),
                "Europe/Berlin", null, "", "", false, List.of(new CallAttempt(Instant.parse("2026-11-20T08:00:00Z"),
                AttemptOutcome.LEFT_MESSAGE, "")), Set.of());
        AgendaEntry e = TodayAgenda.entry(ZonedDateTime.of(LocalDateTime.parse(now), BERLIN), BERLIN, iv,
                HolidayCalendar.NONE);
        assertThat(e.status()).isEqualTo(status);
    }

    @Test
    void aZoneMissingFromTheTzDataLosesNothingAndIsFlagged() throws Exception {
        String json = ProgressJson.encode(Progress.empty().withInterviews(List.of(screened())))
                .replace("\"Europe/Berlin\"", "\"Europe/Atlantis\"");
        Interview loaded = ProgressJson.decode(json).interviews().get(0);
        assertThat(loaded.interviewerZone()).isEqualTo("Europe/Atlantis");
        assertThat(loaded.zoneMissing()).isTrue();
        assertThat(loaded.attempts()).hasSize(1);
        assertThat(TodayAgenda.entry(ZonedDateTime.of(LocalDateTime.parse("2026-11-19T18:00"), BERLIN), BERLIN,
                loaded, HolidayCalendar.NONE).window().earlyStart().getZone()).isEqualTo(BERLIN);
        assertThat(screened().zoneMissing()).isFalse();
    }
}

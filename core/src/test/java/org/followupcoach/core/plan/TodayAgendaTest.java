package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TodayAgendaTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Interview interview(String at, String decision, List<CallAttempt> attempts, boolean archived) {
        return new Interview("iv", "Acme", "Analyst", "Ms. Patel", "", "", LocalDateTime.parse(at), "Europe/Berlin",
                decision == null ? null : LocalDate.parse(decision), "", "", archived, attempts, Set.of());
    }

    private static List<CallAttempt> attempts(String outcomes) {
        return outcomes == null ? List.of() : java.util.Arrays.stream(outcomes.split(" "))
                .map(o -> new CallAttempt(Instant.EPOCH, AttemptOutcome.valueOf(o), "")).toList();
    }

    @ParameterizedTest(name = "{0}: interview {1}, decision {2}, calls {3} -> {4}")
    @CsvSource(nullValues = "none", value = {
            "2026-11-19T17:00, 2026-11-19T10:00, none, none, CALL_LATER",
            "2026-11-20T08:45, 2026-11-19T10:00, none, none, CALL_NOW",
            "2026-11-20T12:00, 2026-11-19T10:00, none, VOICEMAIL, CALL_NOW",
            "2026-11-20T12:00, 2026-11-19T10:00, none, REACHED_INTERVIEWER, WAITING",
            "2026-11-20T18:00, 2026-11-19T10:00, none, VOICEMAIL, CALL_LATER",
            "2026-11-23T09:00, 2026-11-19T10:00, none, VOICEMAIL, CALL_NOW",
            "2026-11-27T12:00, 2026-11-19T10:00, 2026-11-24, REACHED_INTERVIEWER, ANSWER_OVERDUE",
            "2026-11-26T12:00, 2026-11-19T10:00, 2026-11-24, LEFT_MESSAGE, WAITING",
            "2026-12-04T12:00, 2026-11-19T10:00, none, LEFT_MESSAGE, ANSWER_OVERDUE",
            "2026-12-20T12:00, 2026-11-19T10:00, none, LEFT_MESSAGE, WRITE_INSTEAD",
            "2026-12-04T12:00, 2026-11-19T10:00, none, none, ANSWER_OVERDUE",
            "2026-12-20T12:00, 2026-11-19T10:00, none, VOICEMAIL, WRITE_INSTEAD",
            "2026-11-27T12:00, 2026-11-19T10:00, 2026-11-24, none, ANSWER_OVERDUE",
            "2026-11-26T12:00, 2026-11-19T10:00, 2026-11-24, none, CALL_NOW",
    })
    void statusFollowsTheCallWindowAndHearBackDates(String now, String at, String decision, String outcomes,
            AgendaEntry.Status expected) {
        AgendaEntry e = TodayAgenda.entry(ZonedDateTime.of(LocalDateTime.parse(now), BERLIN), BERLIN,
                interview(at, decision, attempts(outcomes), false));
        assertThat(e.status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, calls {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "2026-12-02T12:00, none, CALL_IN_WINDOW",
            "2026-12-04T12:00, none, CHECK_IN_IN_WRITING",
            "2026-12-04T12:00, VOICEMAIL, CHECK_IN_IN_WRITING",
            "2026-12-04T12:00, REACHED_SOMEONE_ELSE, CHECK_IN_IN_WRITING",
            "2026-12-04T12:00, LEFT_MESSAGE, DONT_CALL_AGAIN_WRITE_INSTEAD",
            "2026-12-04T12:00, REACHED_INTERVIEWER, WAIT_FOR_DECISION",
    })
    void callsNotMadeInTimeTurnIntoAWrittenCheckInOnceTheAnswerIsOverdue(String now, String outcomes,
            CallAdvice expected) {
        AgendaEntry e = TodayAgenda.entry(ZonedDateTime.of(LocalDateTime.parse(now), BERLIN), BERLIN,
                interview("2026-11-19T10:00", null, attempts(outcomes), false));
        assertThat(e.advice()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, calls {1} -> window on {2}")
    @CsvSource(nullValues = "none", value = {
            "2026-11-20T08:45, none, 2026-11-20",
            "2026-11-24T18:00, VOICEMAIL, 2026-11-25",
            "2026-11-24T18:00, none, 2026-11-25",
            "2026-11-24T18:00, REACHED_INTERVIEWER, 2026-11-20",
    })
    void aDueCallIsPlacedInAWindowStillAheadAndAFinishedOneKeepsItsDay(String now, String outcomes, String day) {
        AgendaEntry e = TodayAgenda.entry(ZonedDateTime.of(LocalDateTime.parse(now), BERLIN), BERLIN,
                interview("2026-11-19T10:00", null, attempts(outcomes), false));
        assertThat(e.window().earlyStart().toLocalDate()).isEqualTo(LocalDate.parse(day));
        assertThat(e.callDayMoved()).isEqualTo(!day.equals("2026-11-20"));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-20T08:45"})
    void archivedInterviewsAreLeftOutAndDueCallsComeFirst(String now) {
        List<AgendaEntry> agenda = TodayAgenda.at(ZonedDateTime.of(LocalDateTime.parse(now), BERLIN), BERLIN, List.of(
                interview("2026-11-20T09:00", null, List.of(), false),
                interview("2026-11-19T09:00", null, List.of(), false),
                interview("2026-11-18T09:00", null, List.of(), true)));
        assertThat(agenda).extracting(AgendaEntry::status)
                .containsExactly(AgendaEntry.Status.CALL_NOW, AgendaEntry.Status.CALL_LATER);
    }
}

package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallLogTest {

    private static final HolidayCalendar HOLIDAYS = new HolidayCalendar(
            ContentLoader.loadBundled().pack().orElseThrow().holidays());
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private static Interview interview() {
        return new Interview("iv", "Acme", "Analyst", "Ms. Patel", "", "", LocalDateTime.parse("2026-11-19T10:00"),
                "America/Chicago", null, "", "", false, List.of(), Set.of());
    }

    @Test
    void aCallIsLoggedNowByDefaultOrAtTheTimeGivenAndTheLogStaysInTimeOrder() {
        Interview iv = CallLog.log(interview(), AttemptOutcome.VOICEMAIL, " rang out ", null, NOW).after();
        Instant earlier = Instant.parse("2026-11-20T15:00:00Z");
        CallLog.Change second = CallLog.log(iv, AttemptOutcome.NO_ANSWER, "", earlier, NOW);
        assertThat(second.after().attempts()).containsExactly(
                new CallAttempt(earlier, AttemptOutcome.NO_ANSWER, ""),
                new CallAttempt(NOW, AttemptOutcome.VOICEMAIL, "rang out"));
        assertThat(second.undo()).isEqualTo(iv);
    }

    @Test
    void aCallCanBeCorrectedOrDeletedAndTheChangeUndone() {
        Interview iv = CallLog.log(interview(), AttemptOutcome.VOICEMAIL, "", NOW, NOW).after();
        CallLog.Change edit = CallLog.edit(iv, 0, new CallAttempt(NOW.minusSeconds(3600),
                AttemptOutcome.REACHED_INTERVIEWER, "they said Friday"), NOW);
        assertThat(edit.after().attempts()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AttemptOutcome.REACHED_INTERVIEWER);
            assertThat(a.at()).isEqualTo(NOW.minusSeconds(3600));
        });
        CallLog.Change delete = CallLog.delete(edit.after(), 0);
        assertThat(delete.after().attempts()).isEmpty();
        assertThat(delete.undo()).isEqualTo(edit.after());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "2026-11-24T12:00:30Z, none",            // a clock half a minute fast is still "now"
            "2026-11-24T13:00:00Z, future",
            "2026-11-19T15:00:00Z, beforeInterview",  // 09:00 in Chicago, an hour before the interview
            "2026-11-19T17:00:00Z, none",
    })
    void aTimeThatCannotBeRightIsRefusedAndNothingIsLost(String at, String error) {
        Interview iv = interview();
        CallLog.Change change = CallLog.log(iv, AttemptOutcome.VOICEMAIL, "", Instant.parse(at), NOW);
        assertThat(change.error()).isEqualTo(java.util.Optional.ofNullable(error));
        if (error != null) {
            assertThat(change.after()).isEqualTo(iv);
        }
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            "2026-11-20T14:45:00Z, America/Chicago, EARLY",          // 08:45 on a Friday in Chicago
            "2026-11-20T22:15:00Z, America/Chicago, LATE",           // 16:15
            "2026-11-20T18:00:00Z, America/Chicago, OUTSIDE_HOURS",  // noon, between the slots
            "2026-11-22T06:07:00Z, America/Chicago, CLOSED_DAY",     // 00:07 on a Sunday
            "2026-11-26T15:00:00Z, America/Chicago, CLOSED_DAY",     // 09:00 on Thanksgiving
            "2026-11-26T08:00:00Z, Europe/Berlin, EARLY",            // Thanksgiving is a working day in Berlin
            // 00:07 on Monday in Berlin is still Sunday evening in New York
            "2026-11-22T23:07:00Z, America/New_York, CLOSED_DAY",
    })
    void theLoggedTimeIsJudgedAgainstTheirWindow(String at, String zone, CallTiming.Slot slot) {
        Interview iv = new Interview("iv", "Acme", "Analyst", "", "", "", LocalDateTime.parse("2026-11-19T10:00"),
                zone, (LocalDate) null, "", "", false, List.of(), Set.of());
        CallTiming timing = CallTiming.judge(Instant.parse(at), ZoneId.of(zone), iv.businessDays(HOLIDAYS));
        assertThat(timing.slot()).isEqualTo(slot);
        assertThat(timing.inWindow()).isEqualTo(slot == CallTiming.Slot.EARLY || slot == CallTiming.Slot.LATE);
        assertThat(timing.nextSlot()).isEqualTo(slot == CallTiming.Slot.EARLY ? CallTiming.Slot.LATE
                : CallTiming.Slot.EARLY);
    }
}

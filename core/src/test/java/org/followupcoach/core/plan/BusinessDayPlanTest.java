package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.followupcoach.core.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plans under the real holiday table: no date a plan shows ever falls on a day the interviewer's office is shut. */
class BusinessDayPlanTest {

    private static final HolidayCalendar HOLIDAYS = new HolidayCalendar(
            ContentLoader.loadBundled().pack().orElseThrow().holidays());

    private static Interview interview(String at, String zone, String decision) {
        return new Interview("iv", "Acme", "Analyst", "Ms. Patel", "", "", LocalDateTime.parse(at), zone,
                decision == null ? null : LocalDate.parse(decision), "", "", false, List.of(), Set.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"America/New_York", "Europe/London", "America/Toronto", "Australia/Sydney", "Europe/Berlin",
            "Europe/Paris", "Asia/Kolkata"})
    void noPlanDateFallsOnAWeekendOrHolidayFor2026To2028(String zone) {
        BusinessDays days = interview("2026-01-01T10:00", zone, null).businessDays(HOLIDAYS);
        for (LocalDate d = LocalDate.parse("2025-12-20"); d.getYear() <= 2028; d = d.plusDays(1)) {
            CallWindow window = FollowUpPlanner.callWindow(d.atTime(10, 0), ZoneId.of(zone), ZoneId.of(zone), days);
            assertThat(days.isBusinessDay(window.earlyStart().toLocalDate())).as("call after %s", d).isTrue();
            for (Optional<LocalDate> decision : List.of(Optional.<LocalDate>empty(), Optional.of(d.plusDays(9)))) {
                HearBack hb = FollowUpPlanner.hearBack(d, decision, days);
                for (LocalDate shown : List.of(hb.expectFrom(), hb.checkInOn(), hb.writeInsteadBy())) {
                    assertThat(days.closure(shown)).as("%s after %s (%s)", shown, d, decision).isEmpty();
                }
                assertThat(hb.checkInOn()).isAfter(hb.expectFrom());
                assertThat(hb.writeInsteadBy()).isAfter(hb.checkInOn());
            }
        }
    }

    @ParameterizedTest(name = "interview {0} in {1} -> call {2}, expect {3}, check in {4}, write by {5}")
    @CsvSource({
            // the case: a week after a Saturday is a Saturday; Christmas is no day for a note
            "2026-12-05T10:00, America/New_York, 2026-12-07, 2026-12-14, 2026-12-21, 2026-12-29",
            // Thanksgiving week in the US: the call skips Thursday and is on Friday
            "2026-11-25T10:00, America/Chicago, 2026-11-27, 2026-12-02, 2026-12-09, 2026-12-16",
            // the same dates in Berlin: Thanksgiving is a working day there
            "2026-11-25T10:00, Europe/Berlin, 2026-11-26, 2026-12-02, 2026-12-09, 2026-12-16",
            // Maundy Thursday in London: Good Friday and Easter Monday are bank holidays
            "2027-03-25T10:00, Europe/London, 2027-03-30, 2027-04-01, 2027-04-08, 2027-04-15",
            // Whitsun in Paris: Friday's interview, Monday is Lundi de Pentecôte
            "2028-06-02T10:00, Europe/Paris, 2028-06-06, 2028-06-09, 2028-06-16, 2028-06-23",
            // Christmas in Sydney: Christmas Monday and Boxing Day Tuesday, the call on Wednesday
            "2028-12-22T10:00, Australia/Sydney, 2028-12-27, 2028-12-29, 2029-01-05, 2029-01-12",
    })
    void datesSkipThePublicHolidaysOfTheInterviewersCountry(String at, String zone, String call, String expect,
            String checkIn, String writeBy) {
        Interview iv = interview(at, zone, null);
        BusinessDays days = iv.businessDays(HOLIDAYS);
        CallWindow window = FollowUpPlanner.callWindow(iv.interviewAt(), iv.zone(), iv.zone(), days);
        HearBack hb = FollowUpPlanner.hearBack(iv.interviewAt().toLocalDate(), Optional.empty(), days);
        assertThat(List.of(window.earlyStart().toLocalDate(), hb.expectFrom(), hb.checkInOn(), hb.writeInsteadBy()))
                .containsExactly(LocalDate.parse(call), LocalDate.parse(expect), LocalDate.parse(checkIn),
                        LocalDate.parse(writeBy));
    }

    @Test
    void aDayMarkedClosedMovesThePlan() {
        Interview iv = interview("2026-11-19T10:00", "Europe/Berlin", "2026-11-24");
        BusinessDays open = iv.businessDays(HOLIDAYS);
        BusinessDays closed = iv.withClosedDays(Set.of(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-25")))
                .businessDays(HOLIDAYS);
        assertThat(FollowUpPlanner.callWindow(iv.interviewAt(), iv.zone(), iv.zone(), open).earlyStart()
                .toLocalDate()).isEqualTo("2026-11-20");
        assertThat(FollowUpPlanner.callWindow(iv.interviewAt(), iv.zone(), iv.zone(), closed).earlyStart()
                .toLocalDate()).isEqualTo("2026-11-23");
        assertThat(FollowUpPlanner.hearBack(LocalDate.parse("2026-11-19"), iv.decision(), closed).expectFrom())
                .isEqualTo("2026-11-26");
        assertThat(closed.closure(LocalDate.parse("2026-11-25"))).contains(BusinessDays.Closure.OFFICE_CLOSED);
    }

    @Test
    void theCountryCanBeSetByHandAndThenWins() {
        // A London recruiter hiring for a German office: the German holidays apply, not the English ones.
        Interview iv = interview("2027-03-25T10:00", "Europe/London", null);
        assertThat(iv.countryCode()).isEqualTo("GB");
        Interview german = iv.withCountry("de");
        assertThat(german.countryCode()).isEqualTo("DE");
        assertThat(german.businessDays(HOLIDAYS).closure(LocalDate.parse("2027-05-06")))
                .contains(BusinessDays.Closure.PUBLIC_HOLIDAY);
        assertThat(iv.businessDays(HOLIDAYS).isBusinessDay(LocalDate.parse("2027-05-06"))).isTrue();
    }

    @ParameterizedTest(name = "interviewer {1}, user {2}: early {3}, late {4}")
    @CsvSource({
            // the late slot in New York is the next morning in Tokyo: the window crosses the user's midnight
            "2026-11-19T10:00, America/New_York, Asia/Tokyo, 2026-11-20T22:30+09:00[Asia/Tokyo], 2026-11-21T06:00+09:00[Asia/Tokyo]",
            // US clocks go forward on Sunday 14 March 2027, Europe's not yet: five hours apart that Monday
            "2027-03-12T10:00, America/New_York, Europe/Berlin, 2027-03-15T13:30+01:00[Europe/Berlin], 2027-03-15T21:00+01:00[Europe/Berlin]",
            // the week after, Europe changes too: back to six hours
            "2027-03-26T10:00, America/New_York, Europe/Berlin, 2027-03-29T14:30+02:00[Europe/Berlin], 2027-03-29T22:00+02:00[Europe/Berlin]",
            // Easter Monday is a holiday in Sydney: the call is Tuesday there, still Monday evening in London
            "2027-03-26T10:00, Australia/Sydney, Europe/London, 2027-03-29T22:30+01:00[Europe/London], 2027-03-30T06:00+01:00[Europe/London]",
    })
    void windowsAcrossMidnightAndClockChanges(String at, String interviewerZone, String userZone, String early,
            String late) {
        Interview iv = interview(at, interviewerZone, null);
        CallWindow w = FollowUpPlanner.callWindow(iv.interviewAt(), iv.zone(), ZoneId.of(userZone),
                iv.businessDays(HOLIDAYS));
        assertThat(w.earlyStart()).isEqualTo(ZonedDateTime.parse(early));
        assertThat(w.lateStart()).isEqualTo(ZonedDateTime.parse(late));
    }
}

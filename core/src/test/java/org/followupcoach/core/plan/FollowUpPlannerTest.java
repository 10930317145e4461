package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpPlannerTest {

    @ParameterizedTest(name = "interview {0} in {1}, user in {2} -> early {3}, late {4}")
    @CsvSource({
            // Thursday morning -> Friday
            "2026-11-19T10:00, Europe/Berlin, Europe/Berlin, 2026-11-20T08:30+01:00[Europe/Berlin], 2026-11-20T16:00+01:00[Europe/Berlin]",
            // Friday -> Monday, never the weekend
            "2026-11-20T11:00, Europe/Berlin, Europe/Berlin, 2026-11-23T08:30+01:00[Europe/Berlin], 2026-11-23T16:00+01:00[Europe/Berlin]",
            // an interview at 18:00 on a Tuesday -> Wednesday, not the same evening
            "2026-11-17T18:00, Europe/Berlin, Europe/Berlin, 2026-11-18T08:30+01:00[Europe/Berlin], 2026-11-18T16:00+01:00[Europe/Berlin]",
            // Saturday interview -> Monday
            "2026-11-21T09:00, America/New_York, America/New_York, 2026-11-23T08:30-05:00[America/New_York], 2026-11-23T16:00-05:00[America/New_York]",
            // interviewer in New York, user in Berlin: the slots are the interviewer's morning and afternoon
            "2026-11-19T10:00, America/New_York, Europe/Berlin, 2026-11-20T14:30+01:00[Europe/Berlin], 2026-11-20T22:00+01:00[Europe/Berlin]",
            // daylight saving ends in Europe on Sunday 25 Oct 2026, in the US on 1 Nov: Friday -> Monday across it
            "2026-10-23T15:00, Europe/Berlin, Europe/Berlin, 2026-10-26T08:30+01:00[Europe/Berlin], 2026-10-26T16:00+01:00[Europe/Berlin]",
            // between the two changes New York is only five hours behind Berlin
            "2026-10-29T10:00, America/New_York, Europe/Berlin, 2026-10-30T13:30+01:00[Europe/Berlin], 2026-10-30T21:00+01:00[Europe/Berlin]",
    })
    void callWindowIsTheNextBusinessDayEarlyAndLateInTheInterviewersZone(String interview, String interviewerZone,
            String userZone, String early, String late) {
        CallWindow window = FollowUpPlanner.callWindow(LocalDateTime.parse(interview), ZoneId.of(interviewerZone),
                ZoneId.of(userZone));
        assertThat(window.earlyStart()).isEqualTo(ZonedDateTime.parse(early));
        assertThat(window.lateStart()).isEqualTo(ZonedDateTime.parse(late));
        assertThat(window.earlyEnd()).isAfter(window.earlyStart());
        assertThat(window.lateEnd()).isAfter(window.lateStart());
    }

    @ParameterizedTest(name = "interview on Thursday 19 November, now {0} in {1} -> call on {2}")
    @CsvSource({
            "2026-11-20T07:00, Europe/Berlin, 2026-11-20",     // before the first window: that window
            "2026-11-20T12:00, Europe/Berlin, 2026-11-20",     // between its slots: the late slot is still ahead
            "2026-11-20T17:30, Europe/Berlin, 2026-11-23",     // its late slot just over: Monday, not the weekend
            "2026-11-21T10:00, Europe/Berlin, 2026-11-23",     // on the Saturday after
            "2026-11-24T07:00, Europe/Berlin, 2026-11-24",     // days later, early: today
            "2026-11-24T18:00, Europe/Berlin, 2026-11-25",     // days later, after the late slot: tomorrow
            "2027-03-05T12:00, Europe/Berlin, 2027-03-05",     // months later (a Friday): today, found at once
            // the user in Berlin, past midnight on Tuesday; in New York it is still Monday evening, slots over
            "2026-11-24T00:30, America/New_York, 2026-11-24",
    })
    void aCallStillToMakeGoesInTheFirstWindowNotYetOver(String now, String interviewerZone, String day) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime at = ZonedDateTime.of(LocalDateTime.parse(now), berlin);
        CallWindow window = FollowUpPlanner.callWindowAt(at, LocalDateTime.parse("2026-11-19T10:00"),
                ZoneId.of(interviewerZone), berlin);
        assertThat(window.earlyStart().withZoneSameInstant(ZoneId.of(interviewerZone)).toLocalDate())
                .isEqualTo(LocalDate.parse(day));
        assertThat(window.lateEnd()).isAfter(at);
        CallWindow first = FollowUpPlanner.callWindow(LocalDateTime.parse("2026-11-19T10:00"),
                ZoneId.of(interviewerZone), berlin);
        assertThat(window.earlyStart().toLocalTime()).isEqualTo(first.earlyStart().toLocalTime());
    }

    @ParameterizedTest(name = "interview {0}, decision {1} -> expect {2}, check in {3}")
    @CsvSource(nullValues = "none", value = {
            "2026-11-19, 2026-11-27, 2026-11-30, 2026-12-01",  // decision on a Friday: Monday, then Tuesday
            "2026-11-19, 2026-11-24, 2026-11-25, 2026-11-26",
            "2026-11-19, none, 2026-11-26, 2026-12-03",         // no date: one to two weeks
            "2026-11-14, none, 2026-11-23, 2026-11-30",         // one and two weeks land on Saturdays: the Mondays after
            "2026-11-19, 2026-11-01, 2026-11-02, 2026-11-03",   // a decision date in the past is allowed
    })
    void hearBackFollowsTheDecisionDateOrOneToTwoWeeks(String interview, String decision, String expectFrom,
            String checkIn) {
        HearBack hb = FollowUpPlanner.hearBack(LocalDate.parse(interview),
                Optional.ofNullable(decision).map(LocalDate::parse));
        assertThat(hb.expectFrom()).isEqualTo(LocalDate.parse(expectFrom));
        assertThat(hb.checkInOn()).isEqualTo(LocalDate.parse(checkIn));
        assertThat(hb.writeInsteadBy()).isAfter(hb.checkInOn());
        assertThat(hb.decisionDateGiven()).isEqualTo(decision != null);
    }
}

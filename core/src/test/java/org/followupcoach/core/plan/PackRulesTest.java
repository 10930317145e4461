package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.Rule;
import org.followupcoach.core.model.Rules;
import org.followupcoach.core.model.Voicemail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planner, the call coach and the voicemail check take their numbers from the pack's rules, not constants. */
class PackRulesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The standard rules with some values changed, as a coach's pack might. */
    private static Rules rules(Map<String, Integer> changed, LocalTime earlyStart, LocalTime lateEnd) {
        List<Rule> list = Rules.STANDARD.rules().stream()
                .map(r -> new Rule(r.id(), changed.getOrDefault(r.id(), r.value()), r.units(), r.meaning()))
                .toList();
        return new Rules(list, earlyStart, Rules.STANDARD.earlyEnd(), Rules.STANDARD.lateStart(), lateEnd);
    }

    private static Rules rules(Map<String, Integer> changed) {
        return rules(changed, Rules.STANDARD.earlyStart(), Rules.STANDARD.lateEnd());
    }

    @ParameterizedTest(name = "{0} tries allowed, {1} missed -> {2}")
    @CsvSource({
        "2, 1, TRY_ANOTHER_TIME",
        "2, 2, DONT_CALL_AGAIN_WRITE_INSTEAD",
        "3, 2, TRY_ANOTHER_TIME",
        "3, 3, DONT_CALL_AGAIN_WRITE_INSTEAD",
        "1, 1, DONT_CALL_AGAIN_WRITE_INSTEAD"
    })
    void afterThePacksNumberOfTriesTheCoachStopsSuggestingCalls(int maxTries, int missed, CallAdvice expected) {
        List<CallAttempt> attempts = Collections.nCopies(missed,
                new CallAttempt(Instant.parse("2026-11-20T14:00:00Z"), AttemptOutcome.VOICEMAIL, ""));

        assertThat(CallCoach.advise(attempts, maxTries)).isEqualTo(expected);
    }

    @Test
    void theStandardCoachAllowsTheBundledPacksTwoTries() {
        List<CallAttempt> two = Collections.nCopies(2,
                new CallAttempt(Instant.parse("2026-11-20T14:00:00Z"), AttemptOutcome.NO_ANSWER, ""));

        assertThat(CallCoach.advise(two)).isEqualTo(CallCoach.advise(two, 2))
                .isEqualTo(CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD);
    }

    @Test
    void theCallWindowsComeFromThePack() {
        Rules pack = rules(Map.of(), LocalTime.of(8, 0), LocalTime.of(18, 0));

        CallWindow window = FollowUpPlanner.callWindow(pack, LocalDateTime.parse("2026-11-19T10:00"), NEW_YORK,
                NEW_YORK);

        assertThat(window.earlyStart().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-20T08:00"));
        assertThat(window.lateEnd().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-20T18:00"));
    }

    @ParameterizedTest(name = "decision date {1}, check-in after {2} days -> check in {3}")
    @CsvSource({
        // interview (a Thursday), decision date, days rule, expected check-in day
        "2026-11-19, 2026-11-27, 2,  2026-12-01",
        "2026-11-19, 2026-11-27, 1,  2026-11-30",
        "2026-11-19, ,           14, 2026-12-03",
        "2026-11-19, ,           10, 2026-11-30"
    })
    void theCheckInDayFollowsThePacksDays(LocalDate interview, LocalDate decision, int days, LocalDate checkIn) {
        Rules pack = decision == null ? rules(Map.of(Rules.DAYS_UNTIL_CHECK_IN, days))
                : rules(Map.of(Rules.DAYS_AFTER_DECISION_DATE, days));

        HearBack hearBack = FollowUpPlanner.hearBack(pack, interview, Optional.ofNullable(decision));

        assertThat(hearBack.checkInOn()).isEqualTo(checkIn);
    }

    @Test
    void theStandardPlannerMatchesTheBundledRules() {
        Rules bundled = ContentLoader.loadBundled().pack().orElseThrow().rules();
        LocalDate interview = LocalDate.parse("2026-11-19");

        assertThat(FollowUpPlanner.hearBack(bundled, interview, Optional.empty()))
                .isEqualTo(FollowUpPlanner.hearBack(interview, Optional.empty()));
        assertThat(FollowUpPlanner.callWindow(bundled, LocalDateTime.parse("2026-11-19T10:00"), NEW_YORK, NEW_YORK))
                .isEqualTo(FollowUpPlanner.callWindow(LocalDateTime.parse("2026-11-19T10:00"), NEW_YORK, NEW_YORK));
    }

    @Test
    void aShorterVoicemailLimitInThePackFlagsAMessageTheStandardOneAccepts() {
        Voicemail voicemail = ContentLoader.loadBundled().pack().orElseThrow().voicemail();
        Map<String, String> values = Map.of("name", "Sam Rivera", "jobTitle", "Junior Data Analyst",
                "interviewDay", "yesterday", "interviewerName", "Ms. Patel", "phone", "555 010 0123");

        VoicemailComposer.Message standard = VoicemailComposer.compose(voicemail, values);
        VoicemailComposer.Message strict = VoicemailComposer.compose(voicemail, values,
                rules(Map.of(Rules.VOICEMAIL_SECONDS, 10)));

        assertThat(standard.tooLong()).isFalse();
        assertThat(standard.maxSeconds()).isEqualTo(30);
        assertThat(strict.tooLong()).isTrue();
        assertThat(strict.maxSeconds()).isEqualTo(10);
    }
}

package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallCoachTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "none, CALL_IN_WINDOW",
            "VOICEMAIL, TRY_ANOTHER_TIME",
            "NO_ANSWER, TRY_ANOTHER_TIME",
            // after the second try the coach stops suggesting calls and points to the written follow-up
            "VOICEMAIL VOICEMAIL, DONT_CALL_AGAIN_WRITE_INSTEAD",
            "NO_ANSWER VOICEMAIL, DONT_CALL_AGAIN_WRITE_INSTEAD",
            "REACHED_SOMEONE_ELSE NO_ANSWER, DONT_CALL_AGAIN_WRITE_INSTEAD",
            "VOICEMAIL VOICEMAIL VOICEMAIL, DONT_CALL_AGAIN_WRITE_INSTEAD",
            "VOICEMAIL LEFT_MESSAGE, DONT_CALL_AGAIN_WRITE_INSTEAD",
            "REACHED_SOMEONE_ELSE, ASK_WHEN_TO_REACH_THEM",
            "VOICEMAIL REACHED_SOMEONE_ELSE, DONT_CALL_AGAIN_WRITE_INSTEAD",
            "VOICEMAIL REACHED_INTERVIEWER, WAIT_FOR_DECISION",
            "LEFT_MESSAGE REACHED_INTERVIEWER, WAIT_FOR_DECISION",
    })
    void adviceFollowsTheGuidance(String outcomes, CallAdvice expected) {
        List<CallAttempt> attempts = outcomes == null ? List.of() : Arrays.stream(outcomes.split(" "))
                .map(o -> new CallAttempt(Instant.EPOCH, AttemptOutcome.valueOf(o), "")).toList();
        assertThat(CallCoach.advise(attempts)).isEqualTo(expected);
    }
}

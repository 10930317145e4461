package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterviewFormTest {

    private static InterviewForm.Input input(String phone, String date, String time, String zone, String decision) {
        return new InterviewForm.Input("Acme", "Analyst", "Ms. Patel", "Head of Data", phone, date, time, zone,
                decision, "SQL, dashboards", "My thesis on churn");
    }

    @Test
    void validInputBecomesAnInterview() {
        InterviewForm.Result r = InterviewForm.check("iv-1",
                input(" +1 (555) 010-0199 ", "2026-11-19", "14:30", "America/New_York", "2026-12-01"));
        assertThat(r.isValid()).isTrue();
        assertThat(r.interview().interviewAt()).isEqualTo(LocalDateTime.parse("2026-11-19T14:30"));
        assertThat(r.interview().phone()).isEqualTo("+1 (555) 010-0199");
        assertThat(r.interview().decision()).contains(LocalDate.parse("2026-12-01"));
    }

    @Test
    void decisionDateInThePastIsAllowedAndEmptyMeansNone() {
        assertThat(InterviewForm.check("a", input("", "2026-11-19", "09:00", "UTC", "2020-01-01")).isValid()).isTrue();
        assertThat(InterviewForm.check("a", input("", "2026-11-19", "09:00", "UTC", "")).interview().decision())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-CALL-NOW", "call me", "12", "+", "0800 FLOWERS"})
    void phoneNumbersWithLettersOrTooFewDigitsAreRefused(String phone) {
        InterviewForm.Result r = InterviewForm.check("a", input(phone, "2026-11-19", "09:00", "UTC", ""));
        assertThat(r.errors()).containsEntry("phone", InterviewForm.FORMAT);
    }

    @Test
    void everyBadFieldIsReportedAtOnceWithoutThrowing() {
        InterviewForm.Result r = InterviewForm.check("a", new InterviewForm.Input(" ", "", "", "", "x1",
                "19/11/2026", "2pm", "Mars/Olympus", "soon", "", ""));
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).containsOnlyKeys("company", "role", "phone", "date", "time", "zone", "decisionDate");
        assertThat(r.errors().get("company")).isEqualTo(InterviewForm.REQUIRED);
    }
}

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

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "none", value = {
            "2026-12-06, none", "2026-12-07, none", "2026-12-09, future", "2024-12-06, none", "2024-12-05, tooOld",
            "2062-11-19, future", "1026-11-19, tooOld"})
    void anInterviewDateInTheFutureOrYearsBackIsRefused(String date, String error) {
        InterviewForm.Result r = InterviewForm.check("iv", input("", date, "10:00", "Europe/Berlin", ""),
                java.time.LocalDate.parse("2026-12-06"));
        assertThat(r.errors().get("date")).isEqualTo(error);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "none", value = {
            "Chicago, America/Chicago", "America/Chicago, America/Chicago", "São Paulo, America/Sao_Paulo",
            "Atlantis, none", "EST, none"})
    void aZoneCanBeTypedAsACityAndAnUnclearOneIsRefused(String typed, String zone) {
        InterviewForm.Result r = InterviewForm.check("iv", input("", "2026-11-19", "10:00", typed, ""));
        assertThat(r.isValid() ? r.interview().interviewerZone() : null).isEqualTo(zone);
    }
}

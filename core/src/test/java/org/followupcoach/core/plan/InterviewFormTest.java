package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.followupcoach.core.Limits;
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

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "1969-12-31", "2201-01-01", "0001-01-01"})
    void datesOutsideTheYears1970To2200AreRefused(String date) {
        InterviewForm.Result r = InterviewForm.check("a", input("", date, "09:00", "UTC", date));
        assertThat(r.errors()).containsEntry("date", InterviewForm.OUT_OF_RANGE)
                .containsEntry("decisionDate", InterviewForm.OUT_OF_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01", "2200-12-31"})
    void theFirstAndLastDaysOfTheRangeAreAccepted(String date) {
        assertThat(InterviewForm.check("a", input("", date, "09:00", "UTC", date)).isValid()).isTrue();
    }

    @Test
    void everyTextFieldRefusesMoreThanItsLimitAndTakesExactlyIt() {
        String name = "n".repeat(Limits.NAME);
        String note = "k".repeat(Limits.NOTE);
        InterviewForm.Input atLimit = new InterviewForm.Input(name, name, name, name, "+1 555 0100", "2026-11-19",
                "09:00", "UTC", "", note, note);
        assertThat(InterviewForm.check("a", atLimit).isValid()).isTrue();

        InterviewForm.Input over = new InterviewForm.Input(name + "x", name + "x", name + "x", name + "x",
                "1" + "0".repeat(Limits.PHONE), "2026-11-19", "09:00", "UTC", "", note + "x", note + "x");
        assertThat(InterviewForm.check("a", over).errors()).containsOnlyKeys("company", "role", "interviewerName",
                "interviewerTitle", "phone", "keyQualifications", "wishISaid").containsValue(InterviewForm.TOO_LONG)
                .doesNotContainValue(InterviewForm.FORMAT);
        assertThat(InterviewForm.maxLength("keyQualifications")).isEqualTo(Limits.NOTE);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "none", value = {
            "2026-12-06, none", "2026-12-07, none", "2026-12-09, future", "2024-12-06, none", "2024-12-05, tooOld",
            "2062-11-19, future", "1970-01-01, tooOld", "1026-11-19, range"})
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

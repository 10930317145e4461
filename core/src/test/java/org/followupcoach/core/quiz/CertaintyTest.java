package org.followupcoach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Moodle's certainty-based marking: the marks, the bands, calibration, and misconceptions first. */
class CertaintyTest {

    @ParameterizedTest(name = "level {0}: right {1}, wrong {2}")
    @CsvSource({"1, 1, 0", "2, 2, -2", "3, 3, -6"})
    void marksAreMoodles(int level, int right, int wrong) {
        Certainty c = Certainty.ofLevel(level);
        assertThat(c.mark(true)).isEqualTo(right);
        assertThat(c.mark(false)).isEqualTo(wrong);
    }

    @ParameterizedTest(name = "p = {0} -> level {1}")
    @CsvSource({"0.0, 1", "0.5, 1", "0.66, 1", "0.67, 2", "0.75, 2", "0.80, 2", "0.81, 3", "1.0, 3"})
    void theBestLevelFollowsTheDocumentedBands(double p, int level) {
        assertThat(Certainty.bestFor(p).level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "p = {0}")
    @CsvSource({"0.3", "0.6", "0.7", "0.78", "0.85", "0.95"})
    void theBandsAreWhereTheExpectedMarkIsHighest(double p) {
        Certainty best = Certainty.bestFor(p);
        for (Certainty c : Certainty.values()) {
            double expected = p * c.mark(true) + (1 - p) * c.mark(false);
            double bestExpected = p * best.mark(true) + (1 - p) * best.mark(false);
            assertThat(bestExpected).isGreaterThanOrEqualTo(expected);
        }
    }

    @Test
    void sureAndNotSureMapToTheEndsOfTheScale() {
        assertThat(Certainty.of(Confidence.SURE)).isEqualTo(Certainty.HIGH);
        assertThat(Certainty.of(Confidence.NOT_SURE)).isEqualTo(Certainty.LOW);
    }

    @Test
    void calibrationCountsRightAnswersPerLevelAndJudgesThemAgainstTheBand() {
        List<AnswerRecord> answers = List.of(
                answer("a", true, Certainty.HIGH), answer("b", false, Certainty.HIGH),
                answer("c", true, Certainty.LOW), answer("d", true, Certainty.LOW),
                answer("e", true, Certainty.MEDIUM), answer("f", true, Certainty.MEDIUM),
                answer("g", false, Certainty.MEDIUM));

        Calibration cal = Calibration.of(answers);

        assertThat(cal.level(Certainty.HIGH).percentRight()).hasValue(50);
        assertThat(cal.level(Certainty.HIGH).fit()).isEqualTo(Calibration.Fit.OVERCONFIDENT);
        assertThat(cal.level(Certainty.MEDIUM).percentRight()).hasValue(67);
        assertThat(cal.level(Certainty.MEDIUM).fit()).isEqualTo(Calibration.Fit.CALIBRATED);
        assertThat(cal.level(Certainty.LOW).fit()).isEqualTo(Calibration.Fit.UNDERCONFIDENT);
        assertThat(Calibration.of(List.of()).level(Certainty.LOW).fit()).isEqualTo(Calibration.Fit.NO_ANSWERS);
    }

    @Test
    void confidentButWrongAnswersComeFirstCostliestFirst() {
        List<AnswerRecord> answers = List.of(
                answer("right", true, Certainty.HIGH), answer("gap", false, Certainty.LOW),
                answer("fairly-sure-wrong", false, Certainty.MEDIUM), answer("very-sure-wrong", false, Certainty.HIGH));

        assertThat(Calibration.misconceptionsFirst(answers)).extracting(AnswerRecord::questionId)
                .containsExactly("very-sure-wrong", "fairly-sure-wrong", "gap", "right");
    }

    private static AnswerRecord answer(String id, boolean correct, Certainty certainty) {
        return new AnswerRecord(id, "timing", Set.of("a"), correct, certainty);
    }
}

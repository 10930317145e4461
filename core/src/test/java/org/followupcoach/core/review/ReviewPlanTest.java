package org.followupcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.plan.TodayAgenda;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Leitner scheduler, the review plan and its bringing reviews forward before a call. */
class ReviewPlanTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    /** A history of answers to one question, as "R3 R1 W2" (right/wrong, certainty level), one attempt per day. */
    @ParameterizedTest(name = "{0} -> box {1}, due {2} days after the last")
    @CsvSource({
        "R2, 1, 1",
        "R3 R3, 2, 3",
        "R3 R3 R2, 3, 7",
        "R3 R3 R3 R3, 4, 14",
        "R3 R3 R3 R3 R3 R3 R3, 5, 30",
        "R1, 1, 1",
        "R3 R3 R1, 2, 3",
        "R3 R3 R3 W1, 1, 1",
        "R3 R3 R3 W3, 1, 0",
        "W2 R2, 2, 3",
    })
    void leitnerBoxesAndIntervals(String history, int box, int days) {
        List<QuizAttempt> attempts = new ArrayList<>();
        LocalDate day = MONDAY.minusDays(100);
        for (String step : history.split(" ")) {
            attempts.add(attempt(day, answer("q", step)));
            day = day.plusDays(1);
        }
        LocalDate last = day.minusDays(1);

        ReviewItem item = ReviewPlan.of(attempts, ZONE, MONDAY, Set.of()).item("q").orElseThrow();

        assertThat(item.box()).isEqualTo(box);
        assertThat(item.due()).isEqualTo(last.plusDays(days));
        assertThat(item.broughtForward()).isFalse();
    }

    @Test
    void dueQuestionsAreCountedOnTheDay() {
        ReviewPlan plan = ReviewPlan.of(List.of(
                attempt(MONDAY.minusDays(3), answer("a", "R3"), answer("b", "W1"), answer("c", "R2")),
                attempt(MONDAY.minusDays(1), answer("c", "R3"))), ZONE, MONDAY, Set.of());

        // a: box 1, due Saturday; b: box 1, due Saturday; c: box 2 since Sunday, due Wednesday.
        assertThat(plan.dueBy(MONDAY)).extracting(ReviewItem::questionId).containsExactlyInAnyOrder("a", "b");
        assertThat(plan.dueBy(MONDAY.plusDays(2))).hasSize(3);
    }

    @Test
    void reviewsLandBeforeTheNextCall() {
        // Box 4 since Saturday: due in 14 days, but a call is on Thursday.
        List<QuizAttempt> attempts = new ArrayList<>();
        for (int daysAgo : new int[] {40, 30, 20, 2}) {
            attempts.add(attempt(MONDAY.minusDays(daysAgo), answer("solid", "R2")));
        }
        attempts.add(attempt(MONDAY.minusDays(1), answer("fresh", "R3")));
        LocalDate thursday = MONDAY.plusDays(3);

        ReviewPlan plan = ReviewPlan.of(attempts, ZONE, MONDAY, Set.of(thursday, thursday.plusDays(7)));

        ReviewItem solid = plan.item("solid").orElseThrow();
        assertThat(solid.due()).isEqualTo(MONDAY.plusDays(2));
        assertThat(solid.broughtForward()).isTrue();
        // Answered right and very sure on Sunday, within three days of Thursday: it stays as planned (Wednesday).
        ReviewItem fresh = plan.item("fresh").orElseThrow();
        assertThat(fresh.broughtForward()).isFalse();
    }

    @Test
    void aCallTomorrowBringsReviewsToToday() {
        ReviewPlan plan = ReviewPlan.of(List.of(attempt(MONDAY.minusDays(2), answer("old", "R2")),
                attempt(MONDAY.minusDays(1), answer("old", "R2"))), ZONE, MONDAY, Set.of(MONDAY));

        assertThat(plan.item("old").orElseThrow().due()).isEqualTo(MONDAY);
    }

    @Test
    void todaySaysHowManyToReviewBeforeWhichCall() {
        // Interview on Monday morning in Chicago: the call is on Tuesday.
        Interview interview = new Interview("i1", "Northwind", "Clerk", "Dana", "HR", "", LocalDateTime.of(MONDAY,
                java.time.LocalTime.of(10, 0)), ZONE.getId(), null, "", "", false, List.of(), Set.of());
        ZonedDateTime now = MONDAY.atTime(15, 0).atZone(ZONE);
        var agenda = TodayAgenda.at(now, ZONE, List.of(interview));
        LocalDate tuesday = MONDAY.plusDays(1);
        assertThat(CallReview.callDays(agenda)).containsExactly(tuesday);
        ReviewPlan plan = ReviewPlan.of(List.of(attempt(MONDAY.minusDays(10), answer("a", "R2"), answer("b", "R3")),
                attempt(MONDAY.minusDays(1), answer("c", "R3"))), ZONE, MONDAY, CallReview.callDays(agenda));

        CallReview review = CallReview.next(agenda, plan, now).orElseThrow();

        assertThat(review).isEqualTo(new CallReview("Northwind", tuesday, 3));
    }

    private static AnswerRecord answer(String id, String step) {
        return new AnswerRecord(id, "timing", Set.of("a"), step.charAt(0) == 'R',
                Certainty.ofLevel(step.charAt(1) - '0'));
    }

    private static QuizAttempt attempt(LocalDate day, AnswerRecord... answers) {
        Instant at = day.atTime(12, 0).atZone(ZONE).toInstant();
        return new QuizAttempt(at, at, QuizMode.PRACTICE, List.of(answers));
    }
}

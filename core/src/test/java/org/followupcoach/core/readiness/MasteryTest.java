package org.followupcoach.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topic mastery: certainty-weighted, recent answers weighing more, fading with a 30-day half-life. */
class MasteryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                        | answers (right/wrong + level) | days ago | percent
        one sure right answer is not mastery yet      | R3                            | 0        | 50
        twelve sure right answers                     | R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 | 0  | 92
        the same a month later                        | R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 | 30 | 46
        the same two months later                     | R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 R3 | 60 | 23
        twelve right guesses count a third            | R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 | 0  | 31
        one confident mistake undoes three sure rights | R3 R3 R3 W3                  | 0        | 20
        confident mistakes never go below zero        | W3 W3                         | 0        | 0
        a wrong guess costs nothing but weighs        | R3 W1                         | 0        | 33
        """)
    void masteryFromTheEvidence(String name, String answers, int daysAgo, int percent) {
        List<AnswerRecord> records = new ArrayList<>();
        for (String a : answers.split(" ")) {
            records.add(new AnswerRecord("q", "timing", Set.of("a"), a.charAt(0) == 'R',
                    Certainty.ofLevel(a.charAt(1) - '0')));
        }
        Instant at = NOW.minus(Duration.ofDays(daysAgo));
        double evidence = Mastery.evidenceByTopic(List.of(new QuizAttempt(at, at, QuizMode.PRACTICE, records)), NOW)
                .get("timing");

        assertThat(Mastery.percent(evidence)).isEqualTo(percent);
    }

    @Test
    void aRecentAnswerOutweighsAnOldOne() {
        Instant old = NOW.minus(Duration.ofDays(60));
        List<QuizAttempt> wrongThenRight = List.of(attempt(old, false), attempt(NOW, true));
        List<QuizAttempt> rightThenWrong = List.of(attempt(old, true), attempt(NOW, false));

        assertThat(Mastery.evidenceByTopic(wrongThenRight, NOW).get("timing"))
                .isGreaterThan(Mastery.evidenceByTopic(rightThenWrong, NOW).get("timing"));
    }

    @Test
    void anInterviewIsReadyFromItsOwnChecklistItsCueCardAndMastery() {
        ContentPack pack = ContentLoader.loadBundled().pack().orElseThrow();
        Set<String> allItems = pack.checklistItems().stream().map(ChecklistItem::id).collect(Collectors.toSet());
        Interview interview = new Interview("i1", "Northwind", "Clerk", "Dana", "HR", "", LocalDateTime.of(2026, 11,
                30, 10, 0), "UTC", null, "Ten years of scheduling", "", false, List.of(), allItems);
        ReadinessCalculator calculator = new ReadinessCalculator(pack);
        // Nothing ticked in the general run and no quiz: the headline stays 0 whatever the interview has done.
        Readiness general = calculator.compute(Set.of(), Set.of(), List.of(), NOW);

        InterviewReadiness ready = calculator.forInterview(interview, new CallerProfile("Sam", "555"), general);

        assertThat(general.score()).isZero();
        assertThat(ready.company()).isEqualTo("Northwind");
        assertThat(ready.checklistPercent()).isEqualTo(100);
        assertThat(ready.cueCardPercent()).as("six of seven fields").isEqualTo(86);
        assertThat(ready.cueCardComplete()).isFalse();
        assertThat(ready.score()).isEqualTo(Math.round((30 * 100 + 20 * 86) / 100f));
    }

    private static QuizAttempt attempt(Instant at, boolean correct) {
        return new QuizAttempt(at, at, QuizMode.PRACTICE,
                List.of(new AnswerRecord("q", "timing", Set.of("a"), correct, Certainty.HIGH)));
    }
}

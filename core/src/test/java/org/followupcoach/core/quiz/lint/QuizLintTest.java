package org.followupcoach.core.quiz.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.followupcoach.core.load.ContentLoadResult;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.PackFixture;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;
import org.followupcoach.core.model.Quiz;
import org.followupcoach.core.validate.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The quiz lint: each strategy on one question, then a deliberately test-wise pack loaded from files. */
class QuizLintTest {

    @TempDir
    Path dir;

    private static final Question CLUED = single("When do you call after a Monday interview?",
            option("a", "On Tuesday, the next business day after your Monday interview, early or late", true),
            option("b", "Never", false),
            option("c", "You must always wait a week", false),
            option("d", "Right away", false));

    static Stream<Arguments> strategiesOnOneQuestion() {
        Question trueIsRight = trueFalse("A voicemail should be short.", true);
        return Stream.of(
                Arguments.of(Strategy.LONGEST_OPTION, CLUED, 1.0),
                Arguments.of(Strategy.SHORTEST_OPTION, CLUED, 0.0),
                // "Never" and "always" are out, so the guesser picks between a (right) and d.
                Arguments.of(Strategy.AVOID_ABSOLUTES, CLUED, 0.5),
                Arguments.of(Strategy.MOST_PROMPT_WORDS, CLUED, 1.0),
                Arguments.of(Strategy.FIRST_IN_FILE, CLUED, 1.0),
                Arguments.of(Strategy.ALWAYS_TRUE, CLUED, 0.0),
                Arguments.of(Strategy.ALWAYS_TRUE, trueIsRight, 1.0),
                Arguments.of(Strategy.ALWAYS_FALSE, trueIsRight, 0.0),
                Arguments.of(Strategy.LONGEST_OPTION, trueIsRight, 0.0),
                // Two options of the same length: a tie gives no edge.
                Arguments.of(Strategy.LONGEST_OPTION, single("Pick", option("a", "abc", true),
                        option("b", "xyz", false)), 0.5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategiesOnOneQuestion")
    void eachStrategyHitsAsOftenAsItsCluesAllow(Strategy strategy, Question q, double expected) {
        assertThat(strategy.hitChance(q)).isEqualTo(expected);
    }

    @Test
    void absoluteWordsAreWholeWords() {
        assertThat(Strategy.hasAbsoluteWord("It guarantees an offer")).isTrue();
        assertThat(Strategy.hasAbsoluteWord("No one will mind")).isTrue();
        assertThat(Strategy.hasAbsoluteWord("Call them eventually")).isFalse();
        assertThat(Strategy.hasAbsoluteWord("A small hallway")).isFalse();
    }

    @Test
    void aBalancedQuizRaisesNothing() {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<AnswerOption> options = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                options.add(option("o" + j, "option text " + "x".repeat(j == 0 ? 1 : 0), j == i % 4));
            }
            // Lengths: option 0 is one letter longer; the right one moves round, so "longest" hits 2 of 8 = chance.
            questions.add(new Question("q" + i, QuestionType.SINGLE, "t", "s", "Which one?", options, "", "coach"));
            questions.add(trueFalse("Statement " + i, i % 2 == 0));
        }
        List<StrategyResult> results = QuizLint.analyse(new Quiz(List.of(), questions));

        assertThat(results).hasSize(7).noneMatch(QuizLint::flags);
        assertThat(results).filteredOn(r -> r.strategy() == Strategy.ALWAYS_FALSE).singleElement()
                .satisfies(r -> assertThat(r.strategyPercent()).isEqualTo(50.0));
    }

    @Test
    void aTestWisePackGetsWarningsThatNameTheQuestionsAndTheirPlace() {
        PackFixture pack = PackFixture.minimal(dir).write("quiz.json", testWiseQuiz());

        ContentLoadResult result = pack.load();

        assertThat(result.isValid()).as("warnings do not stop a pack from loading").isTrue();
        List<String> warnings = result.warnings().stream().map(Problem::toString).toList();
        assertThat(warnings).anySatisfy(w -> assertThat(w)
                .startsWith("quiz.json:14:16: warning: $.questions: quiz lint longest-option: a guesser who would "
                        + "pick the longest option scores 100% on 6 questions where chance is 33%")
                .endsWith("Questions that feed it: q0, q1, q2, q3, q4, q5"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("quiz lint first-in-file"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("quiz lint avoid-absolutes"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("quiz lint always-false")
                .contains("scores 100% on 5 questions where chance is 50%"));
        assertThat(warnings).noneMatch(w -> w.contains("always-true") || w.contains("shortest-option"));
        // Each feeding question is pointed at by its right option, so an editor can jump there.
        assertThat(warnings).anySatisfy(w -> assertThat(w).matches(
                "quiz\\.json:\\d+:\\d+: warning: \\$\\.questions\\[2]\\.options\\[0]: quiz lint longest-option: "
                        + "\"q2\" can be answered if you pick the longest option; .*"));
    }

    @Test
    void strictTurnsEveryWarningIntoAnError() {
        PackFixture pack = PackFixture.minimal(dir).write("quiz.json", testWiseQuiz());

        ContentLoadResult strict = pack.load().strict();

        assertThat(strict.isValid()).isFalse();
        assertThat(strict.problems()).isNotEmpty().noneMatch(Problem::isWarning);
        assertThat(strict.problems().get(0).toString()).doesNotContain("warning:");
    }

    @Test
    void theMinimalPackHasNoWarnings() {
        assertThat(PackFixture.minimal(dir).load().warnings()).isEmpty();
    }

    /** The bundled pack passes {@code --strict} once it holds the rewritten item bank (80 questions or more). */
    @Test
    void theBundledItemBankGivesAGuesserNoEdge() {
        ContentLoadResult bundled = ContentLoader.loadBundled();
        Assumptions.assumeTrue(bundled.pack().orElseThrow().quiz().questions().size() >= 80,
                "the rewritten item bank has not landed on this branch yet");
        assertThat(bundled.strict().problems()).isEmpty();
    }

    /** Six single-choice questions whose right answer is first, longest and plain; five myths to answer "False". */
    private static String testWiseQuiz() {
        StringBuilder json = new StringBuilder("""
                {
                  "topics": [
                    {
                      "id": "timing",
                      "title": "Timing",
                      "section": "when-to-call"
                    },
                    {
                      "id": "messages",
                      "title": "Messages",
                      "section": "voicemail"
                    }
                  ],
                  "questions": [
                """);
        for (int i = 0; i < 11; i++) {
            boolean tf = i >= 6;
            json.append(i == 0 ? "" : ",\n").append("""
                        {
                          "id": "q%d",
                          "type": "%s",
                          "topic": "timing",
                          "section": "when-to-call",
                          "prompt": "Question %d?",
                          "options": [
                    """.formatted(i, tf ? "true-false" : "single", i));
            if (tf) {
                json.append(opt("true", "True", false)).append(",\n").append(opt("false", "False", true));
            } else {
                json.append(opt("a", "Call the next business day, early or late in the day", true)).append(",\n")
                        .append(opt("b", "Never call", false)).append(",\n")
                        .append(opt("c", "Always wait", false));
            }
            json.append("\n      ],\n      \"explanation\": \"Because.\",\n      \"source\": \"coach\"\n    }");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static String opt(String id, String text, boolean correct) {
        return """
                        {
                          "id": "%s",
                          "text": "%s",
                          "correct": %s,
                          "feedback": "Why."
                        }""".formatted(id, text, correct);
    }

    private static AnswerOption option(String id, String text, boolean correct) {
        return new AnswerOption(id, text, correct, "");
    }

    private static Question single(String prompt, AnswerOption... options) {
        return new Question("q", QuestionType.SINGLE, "t", "s", prompt, List.of(options), "", "coach");
    }

    private static Question trueFalse(String prompt, boolean isTrue) {
        return new Question("tf", QuestionType.TRUE_FALSE, "t", "s", prompt,
                List.of(option("true", "True", isTrue), option("false", "False", !isTrue)), "", "coach");
    }
}

package org.followupcoach.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;
import org.followupcoach.core.model.Quiz;
import org.followupcoach.core.model.Topic;
import org.followupcoach.core.quiz.Certainty;
import org.followupcoach.core.quiz.PresentedQuestion;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.quiz.QuizSession;
import org.followupcoach.core.quiz.Runs;
import org.followupcoach.core.quiz.lint.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Simulated learners with fixed seeds, the acceptance figures of the score: a guesser never gets far, a learner who
 * knows it all gets high, forgets without review, and a confident mistake tops "what to do next". Each learner
 * practises every question once, then takes a readiness check on each of the three following days.
 */
class SimulatedLearnersTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-02T17:00:00Z");
    private static final Instant AFTER = DAY_ONE.plus(Duration.ofDays(4));

    /** How a simulated learner answers a question shown in a run. */
    private interface Answerer extends BiFunction<PresentedQuestion, Random, Set<String>> {
    }

    private static List<QuizAttempt> study(ContentPack pack, Answerer answerer, Certainty certainty, long seed) {
        Random random = new Random(seed);
        List<QuizAttempt> attempts = new ArrayList<>();
        List<Question> bank = pack.quiz().questions();
        attempts.add(run(Runs.practice(bank, Set.of(), Runs.PracticeSize.ALL, Set.of(), random), QuizMode.PRACTICE,
                DAY_ONE, answerer, certainty, random));
        Set<String> previous = Set.of();
        for (int day = 1; day <= 3; day++) {
            List<Question> check = Runs.readinessCheck(bank, pack.quiz().topics(), previous, random);
            previous = new HashSet<>(check.stream().map(Question::id).toList());
            attempts.add(run(check, QuizMode.READINESS_CHECK, DAY_ONE.plus(Duration.ofDays(day)), answerer,
                    certainty, random));
        }
        return attempts;
    }

    private static QuizAttempt run(List<Question> questions, QuizMode mode, Instant at, Answerer answerer,
                                   Certainty certainty, Random random) {
        QuizSession session = new QuizSession(questions, mode, random, Clock.fixed(at, ZoneOffset.UTC));
        while (session.current().isPresent()) {
            session.answer(answerer.apply(session.current().get(), random), certainty);
            session.next();
        }
        return session.finish();
    }

    private static Answerer knowsEverything() {
        return (q, r) -> q.question().correctOptionIds();
    }

    /** A test-wise guesser: one option the strategy points at, or any option where it says nothing. */
    private static Answerer guesser(Strategy strategy) {
        return (q, r) -> {
            List<AnswerOption> choices = strategy.choices(q.question());
            List<AnswerOption> from = choices.isEmpty() ? q.options() : choices;
            return Set.of(from.get(r.nextInt(from.size())).id());
        };
    }

    private static int quizPart(ContentPack pack, List<QuizAttempt> attempts, Instant now) {
        return new ReadinessCalculator(pack).compute(Set.of(), Set.of(), attempts, now).quizPercent();
    }

    /** The best a guesser does with a strategy, over the three certainty levels it might claim throughout. */
    static int guesserQuizPart(ContentPack pack, Strategy strategy) {
        int best = 0;
        for (Certainty c : Certainty.values()) {
            best = Math.max(best, quizPart(pack, study(pack, guesser(strategy), c, 7), AFTER));
        }
        return best;
    }

    // ---- the four conditions, on the bundled pack -------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(Strategy.class)
    void aGuesserWhoNeverReadGetsAQuizPartOfAtMost35(Strategy strategy) {
        ContentPack pack = bundled();
        int part = guesserQuizPart(pack, strategy);
        System.out.printf("simulated guesser %-17s quiz part %d%n", strategy, part);
        assertThat(part).isLessThanOrEqualTo(35);
    }

    @Test
    void aLearnerRightOnEverythingAndVerySureGetsAtLeast90() {
        ContentPack pack = bundled();
        int part = quizPart(pack, study(pack, knowsEverything(), Certainty.HIGH, 1), AFTER);
        System.out.println("simulated learner: quiz part " + part);
        assertThat(part).isGreaterThanOrEqualTo(90);
    }

    @Test
    void theSameLearnerSixtyDaysLaterWithoutReviewLosesAtLeast15() {
        ContentPack pack = bundled();
        List<QuizAttempt> attempts = study(pack, knowsEverything(), Certainty.HIGH, 1);
        int now = quizPart(pack, attempts, AFTER);
        int later = quizPart(pack, attempts, AFTER.plus(Duration.ofDays(60)));
        System.out.println("simulated learner 60 days later: " + now + " -> " + later);
        assertThat(now - later).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aLearnerConfidentlyWrongOnOneTopicSeesItFirstInWhatToDoNext() {
        ContentPack pack = bundled();
        for (Topic wrongTopic : pack.quiz().topics()) {
            Answerer answerer = (q, r) -> q.question().topicId().equals(wrongTopic.id())
                    ? Set.of(q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id())
                    : q.question().correctOptionIds();
            List<QuizAttempt> attempts = study(pack, answerer, Certainty.HIGH, 3);
            Readiness r = new ReadinessCalculator(pack).compute(Set.of(), Set.of(), attempts, AFTER);

            NextSteps next = NextSteps.suggest(pack, r, Set.of(), Set.of(), 3);

            assertThat(next.weakTopics()).first().extracting(t -> t.topic().id()).isEqualTo(wrongTopic.id());
        }
    }

    // ---- the guesser on a pack written to give no clue: the same bound holds without waiting for the new bank --

    static Stream<Arguments> strategies() {
        return Stream.of(Strategy.values()).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void onACluelessPackEveryGuesserStaysAtOrBelow35(Strategy strategy) {
        assertThat(guesserQuizPart(cluelessPack(), strategy)).isLessThanOrEqualTo(35);
    }

    private static ContentPack bundled() {
        return ContentLoader.loadBundled().pack().orElseThrow();
    }

    /** 7 topics of 12: single-choice of four equal-length options, the right one rotating; true/false half true. */
    private static ContentPack cluelessPack() {
        ContentPack base = bundled();
        List<Topic> topics = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (int t = 0; t < 7; t++) {
            topics.add(new Topic("topic" + t, "Topic " + t, "when-to-call"));
            for (int i = 0; i < 12; i++) {
                String id = "t" + t + "q" + i;
                if (i % 4 == 3) {
                    boolean isTrue = i % 8 == 3;
                    questions.add(new Question(id, QuestionType.TRUE_FALSE, "topic" + t, "when-to-call",
                            "Claim " + id, List.of(new AnswerOption("true", "True", isTrue, ""),
                            new AnswerOption("false", "False", !isTrue, "")), "", "coach"));
                } else {
                    List<AnswerOption> options = new ArrayList<>();
                    for (int o = 0; o < 4; o++) {
                        options.add(new AnswerOption("o" + o, "Choice " + (char) ('a' + o) + " for " + id,
                                o == (i + t) % 4, ""));
                    }
                    questions.add(new Question(id, QuestionType.SINGLE, "topic" + t, "when-to-call",
                            "What now in " + id + "?", options, "", "coach"));
                }
            }
        }
        return new ContentPack(base.manifest(), base.sections(), base.tips(), base.channels(), base.faqs(),
                base.voicemail(), base.talkingPoints(), base.checklist(), new Quiz(topics, questions));
    }
}

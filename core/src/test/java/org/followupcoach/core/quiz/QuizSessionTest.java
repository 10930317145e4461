package org.followupcoach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuizSessionTest {

    private static final Instant START = Instant.parse("2026-11-23T18:30:00Z");

    /** A clock that moves on a minute every time it is read, so start and finish differ. */
    private static final class TickingClock extends Clock {
        private Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant current = now;
            now = now.plus(Duration.ofMinutes(1));
            return current;
        }
    }

    private final Clock clock = Clock.fixed(START, ZoneOffset.UTC);

    private static Question single(String id, String topic) {
        return new Question(id, QuestionType.SINGLE, topic, "section", "Prompt " + id, List.of(
                option("a", true), option("b", false), option("c", false), option("d", false)), "Because.", "coach");
    }

    private static Question multiple(String id, String topic) {
        return new Question(id, QuestionType.MULTIPLE, topic, "section", "Prompt " + id, List.of(
                option("a", true), option("b", true), option("c", false), option("d", false)), "Because.", "coach");
    }

    private static Question trueFalse(String id) {
        return new Question(id, QuestionType.TRUE_FALSE, "topic", "section", "Prompt " + id, List.of(
                option("true", true), option("false", false)), "Because.", "coach");
    }

    private static AnswerOption option(String id, boolean correct) {
        return new AnswerOption(id, "Option " + id, correct, "Feedback " + id);
    }

    private static List<Question> manyQuestions(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> single("q" + i, "topic")).toList();
    }

    private static List<String> order(QuizSession session) {
        return session.presented().stream().map(p -> p.question().id()).toList();
    }

    private static void answerAllCorrectly(QuizSession session) {
        while (session.current().isPresent()) {
            session.answer(session.current().orElseThrow().question().correctOptionIds(), Confidence.SURE);
            session.next();
        }
    }

    // ---- order and shuffling --------------------------------------------------------------------------------------

    @Test
    void aQuizNeedsAtLeastOneQuestion() {
        assertThatThrownBy(() -> new QuizSession(List.of(), QuizMode.PRACTICE, new Random(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyQuestionIsAskedOnceAndNumberedInOrder() {
        QuizSession session = new QuizSession(manyQuestions(8), QuizMode.PRACTICE, new Random(3), clock);

        assertThat(order(session)).containsExactlyInAnyOrderElementsOf(order(
                new QuizSession(manyQuestions(8), QuizMode.PRACTICE, new Random(4), clock)));
        assertThat(session.presented()).extracting(PresentedQuestion::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(session.presented()).extracting(PresentedQuestion::total).containsOnly(8);
    }

    @Test
    void theSameSeedGivesTheSameOrderAndAnotherSeedAnotherOrder() {
        List<Question> questions = manyQuestions(10);

        List<String> first = order(new QuizSession(questions, QuizMode.PRACTICE, new Random(7), clock));
        List<String> again = order(new QuizSession(questions, QuizMode.PRACTICE, new Random(7), clock));
        List<String> other = order(new QuizSession(questions, QuizMode.PRACTICE, new Random(8), clock));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void optionsAreShuffledButKeepTheirIds() {
        List<Question> questions = manyQuestions(10);
        QuizSession session = new QuizSession(questions, QuizMode.PRACTICE, new Random(11), clock);

        assertThat(session.presented()).allSatisfy(p -> assertThat(p.options())
                .containsExactlyInAnyOrderElementsOf(p.question().options()));
        assertThat(session.presented()).anySatisfy(p -> assertThat(p.options())
                .isNotEqualTo(p.question().options()));
    }

    @Test
    void trueOrFalseKeepsItsOrder() {
        List<Question> questions = IntStream.range(0, 10).mapToObj(i -> trueFalse("tf" + i)).toList();
        QuizSession session = new QuizSession(questions, QuizMode.PRACTICE, new Random(5), clock);

        assertThat(session.presented()).allSatisfy(p -> assertThat(p.options()).extracting(AnswerOption::id)
                .containsExactly("true", "false"));
    }

    // ---- answering ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "choosing {0} is {1}")
    @CsvSource({
        "a b, true",
        "a, false",
        "b, false",
        "a b c, false",
        "c d, false",
    })
    void aMultipleAnswerQuestionIsRightOnlyWithExactlyTheCorrectOptions(String chosen, boolean correct) {
        QuizSession session = new QuizSession(List.of(multiple("m", "topic")), QuizMode.PRACTICE, new Random(1),
                clock);

        AnswerRecord record = session.answer(Set.of(chosen.split(" ")), Confidence.SURE);

        assertThat(record.correct()).isEqualTo(correct);
        assertThat(record.chosenOptionIds()).containsExactlyInAnyOrder(chosen.split(" "));
    }

    @Test
    void anAnswerKeepsTheQuestionTopicAndConfidence() {
        QuizSession session = new QuizSession(List.of(single("s", "timing")), QuizMode.PRACTICE, new Random(1),
                clock);

        AnswerRecord record = session.answer(Set.of("b"), Confidence.NOT_SURE);

        assertThat(record).isEqualTo(new AnswerRecord("s", "timing", Set.of("b"), false, Confidence.NOT_SURE));
    }

    @Test
    void theAnsweredQuestionStaysShowingUntilNext() {
        QuizSession session = new QuizSession(manyQuestions(2), QuizMode.PRACTICE, new Random(1), clock);
        PresentedQuestion first = session.current().orElseThrow();

        session.answer(Set.of("a"), Confidence.SURE);

        assertThat(session.current()).isEmpty();
        assertThat(session.showing()).isEqualTo(first);
        session.next();
        assertThat(session.current()).contains(session.presented().get(1));
        assertThat(session.showing()).isEqualTo(session.presented().get(1));
    }

    @Test
    void anAnswerNeedsAChoice() {
        QuizSession session = new QuizSession(manyQuestions(1), QuizMode.PRACTICE, new Random(1), clock);

        assertThatThrownBy(() -> session.answer(Set.of(), Confidence.SURE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.answers()).isEmpty();
    }

    @Test
    void aQuestionCannotBeAnsweredTwiceOrSkipped() {
        QuizSession session = new QuizSession(manyQuestions(2), QuizMode.PRACTICE, new Random(1), clock);

        assertThatThrownBy(session::next).isInstanceOf(IllegalStateException.class);
        session.answer(Set.of("a"), Confidence.SURE);
        assertThatThrownBy(() -> session.answer(Set.of("a"), Confidence.SURE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void confidenceMayBeLeftOpen() {
        QuizSession session = new QuizSession(manyQuestions(1), QuizMode.READINESS_CHECK, new Random(1), clock);

        AnswerRecord record = session.answer(Set.of("b"), null);

        assertThat(record.sureButWrong()).isFalse();
        assertThat(record.unsureButRight()).isFalse();
    }

    // ---- finishing ------------------------------------------------------------------------------------------------

    @Test
    void theAttemptIsOnlyAvailableOnceEveryQuestionIsAnswered() {
        QuizSession session = new QuizSession(manyQuestions(2), QuizMode.PRACTICE, new Random(1), clock);
        session.answer(Set.of("a"), Confidence.SURE);

        assertThat(session.isComplete()).isFalse();
        assertThatThrownBy(session::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFinishedAttemptKeepsModeTimesAndAnswersInTheOrderAsked() {
        QuizSession session = new QuizSession(manyQuestions(3), QuizMode.READINESS_CHECK, new Random(2),
                new TickingClock());
        List<String> asked = order(session);

        answerAllCorrectly(session);
        QuizAttempt attempt = session.finish();

        assertThat(session.isComplete()).isTrue();
        assertThat(attempt.mode()).isEqualTo(QuizMode.READINESS_CHECK);
        assertThat(attempt.startedAt()).isEqualTo(START);
        assertThat(attempt.finishedAt()).isAfter(attempt.startedAt());
        assertThat(attempt.answers()).extracting(AnswerRecord::questionId).containsExactlyElementsOf(asked);
        assertThat(attempt.score()).isEqualTo(new TopicScore(3, 3));
    }

    @Test
    void theAttemptScoresPerTopicInTheOrderTopicsWereMetAndListsTheMissedQuestions() {
        QuizAttempt attempt = new QuizAttempt(START, START, QuizMode.PRACTICE, List.of(
                new AnswerRecord("q1", "voicemail", Set.of("a"), true, Confidence.SURE),
                new AnswerRecord("q2", "timing", Set.of("b"), false, Confidence.SURE),
                new AnswerRecord("q3", "voicemail", Set.of("c"), false, Confidence.NOT_SURE),
                new AnswerRecord("q4", "timing", Set.of("a"), true, null)));

        assertThat(attempt.score()).isEqualTo(new TopicScore(2, 4));
        assertThat(attempt.scoreByTopic()).containsExactly(
                java.util.Map.entry("voicemail", new TopicScore(1, 2)),
                java.util.Map.entry("timing", new TopicScore(1, 2)));
        assertThat(attempt.missedQuestionIds()).containsExactly("q2", "q3");
    }

    @Test
    void sureButWrongAndRightButUnsureAreTheTwoMismatches() {
        assertThat(new AnswerRecord("q", "t", Set.of("a"), false, Confidence.SURE).sureButWrong()).isTrue();
        assertThat(new AnswerRecord("q", "t", Set.of("a"), true, Confidence.SURE).sureButWrong()).isFalse();
        assertThat(new AnswerRecord("q", "t", Set.of("a"), true, Confidence.NOT_SURE).unsureButRight()).isTrue();
        assertThat(new AnswerRecord("q", "t", Set.of("a"), false, Confidence.NOT_SURE).unsureButRight()).isFalse();
    }

    @ParameterizedTest(name = "{0} of {1} is {2} %")
    @CsvSource({
        "0, 0, 0",
        "0, 3, 0",
        "1, 3, 33",
        "2, 3, 67",
        "1, 8, 13",
        "24, 37, 65",
        "5, 5, 100",
    })
    void topicScoresRoundToWholePercent(int correct, int total, int percent) {
        assertThat(new TopicScore(correct, total).percent()).isEqualTo(percent);
    }
}

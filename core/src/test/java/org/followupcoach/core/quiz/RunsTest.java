package org.followupcoach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;
import org.followupcoach.core.model.Topic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Readiness checks stratified by topic and never repeated as a set; practice by topic and size. */
class RunsTest {

    private static List<Topic> topics(int n) {
        List<Topic> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Topic("t" + i, "Topic " + i, "s"));
        }
        return out;
    }

    private static List<Question> bank(int topics, int perTopic) {
        List<Question> out = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            for (int i = 0; i < perTopic; i++) {
                out.add(new Question("t" + t + "-q" + i, QuestionType.SINGLE, "t" + t, "s", "Prompt",
                        List.of(new AnswerOption("a", "A", true, ""), new AnswerOption("b", "B", false, "")), "", "coach"));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} topics of {1}: {2} to {3} per topic")
    @CsvSource({"7, 12, 1, 2", "6, 12, 2, 2", "4, 5, 3, 3", "12, 3, 1, 1"})
    void aCheckIsTwelveQuestionsSpreadEvenlyOverTheTopics(int topics, int perTopic, int min, int max) {
        for (long seed = 0; seed < 20; seed++) {
            List<Question> check = Runs.readinessCheck(bank(topics, perTopic), topics(topics), Set.of(),
                    new Random(seed));

            assertThat(check).hasSize(12).doesNotHaveDuplicates();
            Map<String, Long> perTopicCount = check.stream()
                    .collect(Collectors.groupingBy(Question::topicId, Collectors.counting()));
            assertThat(perTopicCount.values()).allSatisfy(n -> assertThat(n).isBetween((long) min, (long) max));
        }
    }

    @Test
    void aSmallTopicGivesItsShareToTheOthers() {
        List<Question> bank = new ArrayList<>(bank(2, 20));
        bank.add(new Question("lonely", QuestionType.SINGLE, "t2", "s", "P",
                List.of(new AnswerOption("a", "A", true, ""), new AnswerOption("b", "B", false, "")), "", "coach"));

        List<Question> check = Runs.readinessCheck(bank, topics(3), Set.of(), new Random(3));

        assertThat(check).hasSize(12).extracting(Question::id).contains("lonely");
    }

    @Test
    void neverTheSameSetTwiceInARow() {
        // 13 questions: the only way to repeat would be by chance, which the swap rules out.
        List<Question> bank = bank(1, 13);
        Random random = new Random(42);
        Set<String> previous = Set.of();
        for (int i = 0; i < 200; i++) {
            Set<String> now = check(bank, previous, random);
            assertThat(now).isNotEqualTo(previous);
            previous = now;
        }
    }

    @Test
    void theSameSeedDrawsTheSameCheck() {
        assertThat(check(bank(7, 12), Set.of(), new Random(9))).isEqualTo(check(bank(7, 12), Set.of(), new Random(9)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FIVE, 5", "TEN, 10", "ALL, 24"})
    void practiceAsksTheChosenTopicsInTheChosenSize(Runs.PracticeSize size, int expected) {
        List<Question> run = Runs.practice(bank(6, 12), Set.of("t1", "t4"), size, Set.of(), new Random(1));

        assertThat(run).hasSize(expected).allSatisfy(q -> assertThat(q.topicId()).isIn("t1", "t4"));
    }

    @Test
    void practiceAsksDueQuestionsFirst() {
        List<Question> run = Runs.practice(bank(2, 12), Set.of(), Runs.PracticeSize.FIVE,
                Set.of("t1-q3", "t0-q7"), new Random(1));

        assertThat(run.subList(0, 2)).extracting(Question::id).containsExactlyInAnyOrder("t1-q3", "t0-q7");
    }

    private static Set<String> check(List<Question> bank, Set<String> previous, Random random) {
        return new HashSet<>(Runs.readinessCheck(bank, topics(1), previous, random).stream().map(Question::id)
                .toList());
    }
}

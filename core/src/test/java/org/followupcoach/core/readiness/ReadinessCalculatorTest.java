package org.followupcoach.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.followupcoach.core.model.ChannelRanking;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Manifest;
import org.followupcoach.core.model.Quiz;
import org.followupcoach.core.model.Rules;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.SourceArticle;
import org.followupcoach.core.model.Survey;
import org.followupcoach.core.model.Topic;
import org.followupcoach.core.model.Voicemail;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Confidence;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T18:30:00Z");

    /**
     * Checklist and reading parts: a pack with {@code items} checklist items and {@code sections} sections, where the
     * user ticked the first {@code checked} items and read the first {@code read} sections; no quiz taken.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                               | items | sections | checked | read | score | checklist | reading
        nothing done scores zero             | 3     | 4        | 0       | 0    | 0     | 0         | 0
        a full checklist alone is worth 30   | 5     | 4        | 5       | 0    | 30    | 100       | 0
        reading everything alone is worth 20 | 5     | 4        | 0       | 4    | 20    | 0         | 100
        both together are worth 50           | 5     | 4        | 5       | 4    | 50    | 100       | 100
        one of three items rounds down       | 3     | 4        | 1       | 0    | 10    | 33        | 0
        two of three items rounds up         | 3     | 4        | 2       | 0    | 20    | 67        | 0
        one of eight sections rounds half up | 3     | 8        | 0       | 1    | 3     | 0         | 13
        the score itself rounds half up      | 20    | 4        | 1       | 0    | 2     | 5         | 0
        a pack without items or sections     | 0     | 0        | 0       | 0    | 0     | 0         | 0
        """)
    void checklistAndReadingWeighThirtyAndTwenty(String name, int items, int sections, int checked, int read,
                                                 int score, int checklist, int reading) {
        ContentPack pack = pack(items, sections, 2);

        Readiness readiness = new ReadinessCalculator(pack).compute(ids("item", checked), ids("section", read),
                List.of());

        assertThat(readiness.checklistPercent()).as("checklist").isEqualTo(checklist);
        assertThat(readiness.readingPercent()).as("reading").isEqualTo(reading);
        assertThat(readiness.quizPercent()).as("quiz").isZero();
        assertThat(readiness.score()).as("score").isEqualTo(score);
    }

    /**
     * The quiz part: a pack with topics t1..tN and nothing else done. Attempts are separated by {@code ;}, oldest
     * first, each listing {@code topic:correct/total} (an attempt may be empty). Topic percents are in content order,
     * {@code -} for a topic never tested.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                  | topics | attempts                 | quiz | score | topic percents
        no attempts leaves every topic open     | 2      | ''                       | 0    | 0     | -,-
        a perfect quiz alone is worth 50        | 2      | t1:3/3,t2:2/2            | 100  | 50    | 100,100
        topic percent and mean both round       | 2      | t1:1/3                   | 17   | 9     | 33,-
        untested topics count as zero           | 4      | t2:4/4                   | 25   | 13    | -,100,-,-
        a later attempt overrides what it asks  | 2      | t1:2/2,t2:2/2 ; t1:0/2   | 50   | 25    | 0,100
        a later good attempt replaces a bad one | 2      | t1:0/2,t2:1/2 ; t1:2/2   | 75   | 38    | 100,50
        the latest attempt wins, not the best   | 1      | t1:3/3 ; t1:1/3 ; t1:2/3 | 67   | 34    | 67
        an empty attempt changes nothing        | 2      | t1:1/1 ;                 | 50   | 25    | 100,-
        a topic the pack lacks is ignored       | 2      | zz:5/5                   | 0    | 0     | -,-
        a pack without topics                   | 0      | t1:1/1                   | 0    | 0     | ''
        """)
    void quizIsTheMeanOfEachTopicsLatestResult(String name, int topics, String attempts, int quiz, int score,
                                               String topicPercents) {
        ContentPack pack = pack(3, 4, topics);

        Readiness readiness = new ReadinessCalculator(pack).compute(Set.of(), Set.of(), attempts(attempts));

        assertThat(readiness.quizPercent()).as("quiz").isEqualTo(quiz);
        assertThat(readiness.score()).as("score").isEqualTo(score);
        assertThat(readiness.topics()).extracting(t -> t.percent().isPresent()
                ? String.valueOf(t.percent().getAsInt()) : "-")
                .as("topic percents").containsExactlyElementsOf(split(topicPercents, ","));
    }

    @Test
    void allThreePartsAddUpWithTheirWeights() {
        ContentPack pack = pack(7, 9, 3);

        Readiness readiness = new ReadinessCalculator(pack).compute(ids("item", 5), ids("section", 3),
                attempts("t1:2/3,t2:1/4"));

        // 5/7 = 71 %, 3/9 = 33 %, topics 67 + 25 + 0 over 3 = 31 %; (30·71 + 20·33 + 50·31) / 100 = 43.4
        assertThat(readiness.checklistPercent()).isEqualTo(71);
        assertThat(readiness.readingPercent()).isEqualTo(33);
        assertThat(readiness.quizPercent()).isEqualTo(31);
        assertThat(readiness.score()).isEqualTo(43);
    }

    @Test
    void weightsAddUpToAHundred() {
        assertThat(ReadinessCalculator.CHECKLIST_WEIGHT + ReadinessCalculator.READING_WEIGHT
                + ReadinessCalculator.QUIZ_WEIGHT).isEqualTo(100);
    }

    @Test
    void topicsComeInContentOrderWithTheirTopic() {
        ContentPack pack = pack(1, 1, 3);

        Readiness readiness = new ReadinessCalculator(pack).compute(Set.of(), Set.of(), attempts("t3:1/1"));

        assertThat(readiness.topics()).extracting(t -> t.topic().id()).containsExactly("t1", "t2", "t3");
        assertThat(readiness.topics().get(2).percentOrZero()).isEqualTo(100);
        assertThat(readiness.topics().get(0).percentOrZero()).isZero();
    }

    @Test
    void checkedItemsAndReadSectionsTheAppNoLongerHasAreIgnored() {
        ContentPack pack = pack(2, 2, 1);

        Readiness readiness = new ReadinessCalculator(pack).compute(Set.of("item-1", "gone-item"),
                Set.of("gone-section"), List.of());

        assertThat(readiness.checklistPercent()).isEqualTo(50);
        assertThat(readiness.readingPercent()).isZero();
    }

    // ---- building small packs and attempts ----------------------------------------------------------------------

    static ContentPack pack(int items, int sections, int topics) {
        List<Section> sectionList = IntStream.rangeClosed(1, sections)
                .mapToObj(i -> new Section("section-" + i, "Section " + i, "Summary", List.of("Body"), "coach"))
                .toList();
        List<ChecklistItem> itemList = IntStream.rangeClosed(1, items)
                .mapToObj(i -> new ChecklistItem("item-" + i, "Item " + i, "section-1", Optional.empty(), "coach"))
                .toList();
        List<Topic> topicList = IntStream.rangeClosed(1, topics)
                .mapToObj(i -> new Topic("t" + i, "Topic " + i, "section-1")).toList();
        return new ContentPack(new Manifest(1, "1.0.0", "en", "Test pack", new SourceArticle("t", "p", "a", "n",
                List.of())),
                sectionList, List.of(), new ChannelRanking(new Survey("o", "q", "n"), List.of()), List.of(),
                new Voicemail(List.of(), List.of(), "Hello"), List.of(),
                List.of(new ChecklistPhase("before", "Before", itemList)), new Quiz(topicList, List.of()), Rules.STANDARD);
    }

    private static Set<String> ids(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i).collect(Collectors.toSet());
    }

    /** Parses {@code "t1:1/2,t2:2/2 ; t1:0/1"} into attempts, oldest first. */
    static List<QuizAttempt> attempts(String spec) {
        List<QuizAttempt> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        int question = 0;
        for (String attempt : spec.split(";", -1)) {
            List<AnswerRecord> answers = new ArrayList<>();
            for (String part : split(attempt, ",")) {
                String[] topicAndScore = part.split(":");
                String[] score = topicAndScore[1].split("/");
                int correct = Integer.parseInt(score[0]);
                int total = Integer.parseInt(score[1]);
                for (int i = 0; i < total; i++) {
                    answers.add(new AnswerRecord("q" + question++, topicAndScore[0], Set.of("a"), i < correct,
                            Confidence.SURE));
                }
            }
            out.add(new QuizAttempt(T0, T0, QuizMode.PRACTICE, answers));
        }
        return out;
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

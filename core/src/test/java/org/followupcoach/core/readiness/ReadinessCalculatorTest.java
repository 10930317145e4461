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
     * One row per case. A pack has {@code items} checklist items, {@code sections} sections and topics t1..tN; the
     * user ticked the first {@code checked} items and read the first {@code read} sections. Attempts are separated
     * by {@code ;}, oldest first; each lists {@code topic:correct/total} (an attempt may be empty). Topic percents
     * are listed in content order, {@code -} for a topic never tested.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # case                                     | items | sections | topics | checked | read | attempts                 | score | checklist | reading | quiz | topic percents
        nothing done scores zero                   | 3     | 4        | 2      | 0       | 0    | ''                       | 0     | 0         | 0       | 0    | -,-
        everything done scores a hundred           | 3     | 4        | 2      | 3       | 4    | t1:2/2,t2:1/1            | 100   | 100       | 100     | 100  | 100,100
        a full checklist alone is worth 30         | 5     | 4        | 2      | 5       | 0    | ''                       | 30    | 100       | 0       | 0    | -,-
        reading everything alone is worth 20       | 5     | 4        | 2      | 0       | 4    | ''                       | 20    | 0         | 100     | 0    | -,-
        a perfect quiz alone is worth 50           | 5     | 4        | 2      | 0       | 0    | t1:3/3,t2:2/2            | 50    | 0         | 0       | 100  | 100,100
        one of three items rounds down to 33       | 3     | 4        | 2      | 1       | 0    | ''                       | 10    | 33        | 0       | 0    | -,-
        two of three items rounds up to 67        | 3     | 4        | 2      | 2       | 0    | ''                       | 20    | 67        | 0       | 0    | -,-
        one of eight sections rounds half up       | 3     | 8        | 2      | 0       | 1    | ''                       | 3     | 0         | 13      | 0    | -,-
        the score itself rounds half up            | 20    | 4        | 2      | 1       | 0    | ''                       | 2     | 5         | 0       | 0    | -,-
        topic percent rounds and the mean too      | 3     | 4        | 2      | 0       | 0    | t1:1/3                   | 9     | 0         | 0       | 17   | 33,-
        untested topics count as zero              | 3     | 4        | 4      | 0       | 0    | t2:4/4                   | 13    | 0         | 0       | 25   | -,100,-,-
        a later attempt overrides a topic it asked | 3     | 4        | 2      | 0       | 0    | t1:2/2,t2:2/2 ; t1:0/2   | 25    | 0         | 0       | 50   | 0,100
        a later good attempt replaces a bad one    | 3     | 4        | 2      | 0       | 0    | t1:0/2,t2:1/2 ; t1:2/2   | 38    | 0         | 0       | 75   | 100,50
        the latest attempt wins, not the best      | 3     | 4        | 1      | 0       | 0    | t1:3/3 ; t1:1/3 ; t1:2/3 | 34    | 0         | 0       | 67   | 67
        an empty attempt changes nothing           | 3     | 4        | 2      | 0       | 0    | t1:1/1 ;                | 25    | 0         | 0       | 50   | 100,-
        a topic the pack lacks is ignored          | 3     | 4        | 2      | 0       | 0    | zz:5/5                   | 0     | 0         | 0       | 0    | -,-
        a mixed picture                            | 7     | 9        | 3      | 5       | 3    | t1:2/3,t2:1/4            | 43    | 71        | 33      | 31   | 67,25,-
        an empty pack scores zero                  | 0     | 0        | 0      | 0       | 0    | t1:1/1                   | 0     | 0         | 0       | 0    | ''
        """)
    void computesTheWeightedScore(String name, int items, int sections, int topics, int checked, int read,
                                  String attempts, int score, int checklist, int reading, int quiz,
                                  String topicPercents) {
        ContentPack pack = pack(items, sections, topics);

        Readiness readiness = new ReadinessCalculator(pack).compute(ids("item", checked), ids("section", read),
                attempts(attempts));

        assertThat(readiness.checklistPercent()).as("checklist").isEqualTo(checklist);
        assertThat(readiness.readingPercent()).as("reading").isEqualTo(reading);
        assertThat(readiness.quizPercent()).as("quiz").isEqualTo(quiz);
        assertThat(readiness.score()).as("score").isEqualTo(score);
        assertThat(readiness.topics()).extracting(t -> t.percent().isPresent()
                ? String.valueOf(t.percent().getAsInt()) : "-")
                .as("topic percents").containsExactlyElementsOf(split(topicPercents, ","));
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
                .mapToObj(i -> new Section("section-" + i, "Section " + i, "Summary", List.of("Body"), "Source"))
                .toList();
        List<ChecklistItem> itemList = IntStream.rangeClosed(1, items)
                .mapToObj(i -> new ChecklistItem("item-" + i, "Item " + i, "section-1", Optional.empty())).toList();
        List<Topic> topicList = IntStream.rangeClosed(1, topics)
                .mapToObj(i -> new Topic("t" + i, "Topic " + i, "section-1")).toList();
        return new ContentPack(new Manifest(1, "1.0.0", "en", "Test pack", new SourceArticle("t", "p", "a", "n")),
                sectionList, List.of(), new ChannelRanking(new Survey("o", "q", "n"), List.of()), List.of(),
                new Voicemail(List.of(), List.of(), "Hello"), List.of(),
                List.of(new ChecklistPhase("before", "Before", itemList)), new Quiz(topicList, List.of()));
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

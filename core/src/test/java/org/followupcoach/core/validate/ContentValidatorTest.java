package org.followupcoach.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.followupcoach.core.load.PackFixture;
import org.followupcoach.core.load.Position;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Tip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each test copies the minimal pack, makes one mistake and expects exactly one problem, located precisely. */
class ContentValidatorTest {

    @TempDir
    Path dir;

    private PackFixture pack() {
        return PackFixture.minimal(dir);
    }

    // ---- ids ----------------------------------------------------------------------------------------------------

    @Test
    void duplicateTalkingPointIdIsReportedAtTheSecondId() {
        PackFixture pack = pack().replace("live-call.json", "\"id\": \"ask-timeline\"", "\"id\": \"greet\"");

        assertThat(pack.problems()).containsExactly("live-call.json:9:13: $.talkingPoints[1].id: "
                + "id \"greet\" is used twice (also at $.talkingPoints[0]); ids must be unique");
    }

    @Test
    void duplicateSectionIdIsReportedAtTheSecondId() {
        PackFixture pack = pack().replace("guide.json", "      \"source\": \"article:bottom-line\"\n    }\n", """
                      "source": "article:bottom-line"
                    },
                    {
                      "id": "bottom-line",
                      "title": "Bottom line again",
                      "summary": "A copy.",
                      "body": [
                        "Copied."
                      ],
                      "source": "article:bottom-line"
                    }
                """);

        assertThat(pack.problems()).containsExactly("guide.json:85:13: $.sections[9].id: "
                + "id \"bottom-line\" is used twice (also at $.sections[8]); ids must be unique");
    }

    @Test
    void duplicateQuestionIdIsReportedAtTheSecondId() {
        PackFixture pack = pack().replace("quiz.json", "\"id\": \"q-daily\"", "\"id\": \"q-when\"");

        assertThat(pack.problems()).containsExactly("quiz.json:66:13: $.questions[2].id: "
                + "id \"q-when\" is used twice (also at $.questions[0]); ids must be unique");
    }

    @Test
    void duplicateChecklistPhaseIdIsReported() {
        PackFixture pack = pack().replace("checklist.json", "\"id\": \"after\"", "\"id\": \"before\"");

        assertThat(pack.problems()).containsExactly("checklist.json:21:13: $.phases[1].id: "
                + "id \"before\" is used twice (also at $.phases[0]); ids must be unique");
    }

    @Test
    void duplicateOptionIdWithinAQuestionIsReported() {
        PackFixture pack = pack().replace("quiz.json", "\"id\": \"b\",\n          \"text\": \"Your phone number\"",
                "\"id\": \"a\",\n          \"text\": \"Your phone number\"");

        assertThat(pack.problems()).containsExactly("quiz.json:51:17: $.questions[1].options[1].id: "
                + "id \"a\" is used twice (also at $.questions[1].options[0]); ids must be unique");
    }

    @Test
    void sameOptionIdsInDifferentQuestionsAreFine() {
        // q-when and q-voicemail both have options "a" and "b" in the minimal pack
        assertThat(pack().problems()).isEmpty();
    }

    @Test
    void malformedIdIsReported() {
        PackFixture pack = pack().replace("faq.json", "\"id\": \"how-soon\"", "\"id\": \"How_Soon\"");

        assertThat(pack.problems()).containsExactly("faq.json:4:13: $.faqs[0].id: "
                + "id \"How_Soon\" must be lower-case letters and digits joined by hyphens");
    }

    @Test
    void malformedChecklistItemIdIsReported() {
        PackFixture pack = pack().replace("checklist.json", "\"id\": \"wait\"", "\"id\": \"wait-\"");

        assertThat(pack.problems()).containsExactly("checklist.json:25:17: $.phases[1].items[0].id: "
                + "id \"wait-\" must be lower-case letters and digits joined by hyphens");
    }

    @Test
    void duplicateChecklistItemIdAcrossPhasesIsReported() {
        PackFixture pack = pack().replace("checklist.json", "\"id\": \"wait\"", "\"id\": \"find-room\"");

        assertThat(pack.problems()).containsExactly("checklist.json:25:17: $.phases[1].items[0].id: "
                + "id \"find-room\" is used twice (also at $.phases[0].items[0]); "
                + "checklist item ids must be unique across all phases");
    }

    // ---- references ---------------------------------------------------------------------------------------------

    static Stream<Arguments> sectionReferences() {
        return Stream.of(
                Arguments.of("tips.json", "\"id\": \"no-repeat-calls\"", "\"section\": \"when-to-call\"",
                        "tips.json:15:18: $.tips[1].section"),
                Arguments.of("channels.json", "\"id\": \"phone\"", "\"section\": \"hr-preferences\"",
                        "channels.json:14:18: $.channels[0].section"),
                Arguments.of("faq.json", "\"id\": \"how-soon\"", "\"section\": \"when-to-call\"",
                        "faq.json:7:18: $.faqs[0].section"),
                Arguments.of("checklist.json", "\"id\": \"note-names\"", "\"section\": \"why-call\"",
                        "checklist.json:16:22: $.phases[0].items[1].section"),
                Arguments.of("quiz.json", "\"title\": \"Timing\"", "\"section\": \"when-to-call\"",
                        "quiz.json:6:18: $.topics[0].section"),
                Arguments.of("quiz.json", "\"id\": \"q-daily\"", "\"section\": \"bottom-line\"",
                        "quiz.json:69:18: $.questions[2].section"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("sectionReferences")
    void unresolvedSectionReferenceIsReportedAtTheReference(String file, String anchor, String target, String at) {
        PackFixture pack = pack().replaceAfter(file, anchor, target, "\"section\": \"nowhere\"");

        assertThat(pack.problems()).containsExactly(
                at + ": \"section\" refers to \"nowhere\", but guide.json has no section with that id");
    }

    @Test
    void unresolvedTipReferenceInChecklistIsReported() {
        PackFixture pack = pack().replace("checklist.json", "\"tip\": \"no-repeat-calls\"", "\"tip\": \"no-repeat-call\"");

        assertThat(pack.problems()).containsExactly("checklist.json:28:18: $.phases[1].items[0].tip: "
                + "\"tip\" refers to \"no-repeat-call\", but tips.json has no tip with that id");
    }

    @Test
    void unresolvedTopicIsReported() {
        PackFixture pack = pack().replace("quiz.json", "\"topic\": \"messages\"", "\"topic\": \"message\"");

        assertThat(pack.problems()).containsExactly("quiz.json:40:16: $.questions[1].topic: "
                + "\"topic\" refers to \"message\", but quiz.json has no topic with that id");
    }

    @Test
    void referenceIsCaseSensitive() {
        PackFixture pack = pack().replace("faq.json", "\"section\": \"when-to-call\"", "\"section\": \"When-To-Call\"");

        assertThat(pack.problems()).containsExactly("faq.json:7:18: $.faqs[0].section: "
                + "\"section\" refers to \"When-To-Call\", but guide.json has no section with that id");
    }

    @Test
    void requiredSectionMissingIsReportedAtTheSectionList() {
        PackFixture pack = pack().replace("guide.json", "\"id\": \"key-takeaways\"", "\"id\": \"takeaways\"");

        assertThat(pack.problems())
                .containsExactly("guide.json:2:15: $.sections: the required section \"key-takeaways\" is missing");
    }

    // ---- quiz answers -------------------------------------------------------------------------------------------

    @Test
    void questionWithNoCorrectOptionIsReported() {
        PackFixture pack = pack().replaceAfter("quiz.json", "\"text\": \"Thursday\"", "\"correct\": true",
                "\"correct\": false");

        assertThat(pack.problems()).containsExactly("quiz.json:21:18: $.questions[0].options: "
                + "no option is marked \"correct\": true; a question needs a right answer");
    }

    @Test
    void singleQuestionWithTwoCorrectOptionsIsReported() {
        PackFixture pack = pack().replaceAfter("quiz.json", "\"text\": \"Monday evening\"", "\"correct\": false",
                "\"correct\": true");

        assertThat(pack.problems()).containsExactly("quiz.json:21:18: $.questions[0].options: a \"single\" question "
                + "has exactly one correct option but 2 are marked correct; use \"multiple\" or fix the answers");
    }

    @Test
    void trueFalseQuestionWithThreeOptionsIsReported() {
        PackFixture pack = pack().replace("quiz.json", "\"feedback\": \"Once is enough.\"\n        }", """
                "feedback": "Once is enough."
                        },
                        {
                          "id": "maybe",
                          "text": "It depends",
                          "correct": false,
                          "feedback": "Pick one."
                        }""");

        assertThat(pack.problems()).containsExactly("quiz.json:71:18: $.questions[2].options: "
                + "a \"true-false\" question has exactly two options, one of them correct");
    }

    @Test
    void trueFalseQuestionWithBothOptionsCorrectIsReported() {
        PackFixture pack = pack().replaceAfter("quiz.json", "\"text\": \"True\"", "\"correct\": false",
                "\"correct\": true");

        assertThat(pack.problems()).containsExactly("quiz.json:71:18: $.questions[2].options: "
                + "a \"true-false\" question has exactly two options, one of them correct");
    }

    @Test
    void multipleChoiceQuestionWithEveryOptionCorrectIsReported() {
        PackFixture pack = pack().replaceAfter("quiz.json", "\"text\": \"Your life story\"", "\"correct\": false",
                "\"correct\": true");

        assertThat(pack.problems()).containsExactly("quiz.json:43:18: $.questions[1].options: "
                + "every option is correct, so the question cannot tell who understood it");
    }

    @Test
    void multipleChoiceQuestionWithOneCorrectOptionIsFine() {
        PackFixture pack = pack().replaceAfter("quiz.json", "\"text\": \"Your phone number\"", "\"correct\": true",
                "\"correct\": false");

        assertThat(pack.problems()).isEmpty();
    }

    // ---- voicemail placeholders ---------------------------------------------------------------------------------

    @Test
    void undeclaredPlaceholderInScriptIsReported() {
        PackFixture pack = pack().replace("voicemail.json", "{phone}", "{phoneNumber}");

        assertThat(pack.problems()).containsExactly("voicemail.json:30:13: $.script: "
                + "the script uses {phoneNumber}, which is not declared in \"placeholders\"");
    }

    @Test
    void undeclaredPlaceholderInElementIsReported() {
        PackFixture pack = pack().replace("voicemail.json", "[\n        \"name\"\n      ]", "[\n        \"fullName\"\n      ]");

        assertThat(pack.problems()).containsExactly("voicemail.json:8:9: $.elements[0].placeholders[0]: "
                + "placeholder \"fullName\" is not declared in \"placeholders\"");
    }

    @Test
    void placeholderDeclaredTwiceIsReported() {
        PackFixture pack = pack().replace("voicemail.json", "\"example\": \"555 0100\"\n    }", """
                "example": "555 0100"
                    },
                    {
                      "name": "name",
                      "label": "Your name again",
                      "example": "Sam"
                    }""");

        assertThat(pack.problems()).containsExactly("voicemail.json:30:15: $.placeholders[2].name: "
                + "placeholder \"name\" is declared twice (also at $.placeholders[0])");
    }

    @Test
    void malformedPlaceholderNameIsReported() {
        PackFixture pack = pack().replace("voicemail.json", "\"name\": \"phone\"", "\"name\": \"phone-number\"")
                .replace("voicemail.json", "{phone}", "{phone-number}");

        assertThat(pack.problems()).containsExactly("voicemail.json:25:15: $.placeholders[1].name: "
                + "placeholder name \"phone-number\" must be a letter followed by letters or digits");
    }

    // ---- the validator on its own -------------------------------------------------------------------------------

    @Test
    void minimalPackPassesTheValidatorOnItsOwn() {
        ContentPack pack = pack().load().pack().orElseThrow();
        ProblemLog log = new ProblemLog();

        ContentValidator.validate(pack, Set.of(), log);

        assertThat(log.isEmpty()).isTrue();
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void referencesIntoAnUnreadableFileAreNotReportedAgain() {
        ContentPack loaded = pack().load().pack().orElseThrow();
        Tip tip = loaded.tips().get(0);
        ContentPack broken = new ContentPack(loaded.manifest(), loaded.sections(),
                List.of(new Tip(tip.id(), tip.kind(), tip.title(), tip.reason(), "gone", tip.source()),
                        loaded.tips().get(1)),
                loaded.channels(), loaded.faqs(), loaded.voicemail(), loaded.talkingPoints(), loaded.checklist(),
                loaded.quiz(), loaded.rules());

        ProblemLog guideUnreadable = new ProblemLog();
        ContentValidator.validate(broken, Set.of("guide.json"), guideUnreadable);
        ProblemLog allReadable = new ProblemLog();
        ContentValidator.validate(broken, Set.of(), allReadable);

        assertThat(guideUnreadable.problems()).isEmpty();
        // without a remembered position the problem points at the start of the file
        assertThat(allReadable.problems()).extracting(Problem::toString).containsExactly(
                "tips.json:1:1: $.tips[0].section: \"section\" refers to \"gone\", but guide.json has no section with that id");
    }

    @Test
    void problemsAreSortedByFileLineAndColumn() {
        ProblemLog log = new ProblemLog();
        log.add("tips.json", "$", Position.START, "c");
        log.add("faq.json", "$", new Position(3, 1), "b");
        log.add("faq.json", "$", new Position(2, 9), "a2");
        log.add("faq.json", "$", new Position(2, 5), "a1");

        assertThat(log.problems()).extracting(Problem::message).containsExactly("a1", "a2", "b", "c");
    }
}

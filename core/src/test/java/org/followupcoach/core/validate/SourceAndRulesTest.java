package org.followupcoach.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.followupcoach.core.load.PackFixture;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Rule;
import org.followupcoach.core.model.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each piece of advice comes from, and the rule numbers that live once in rules.json. */
class SourceAndRulesTest {

    @TempDir
    Path dir;

    private PackFixture pack() {
        return PackFixture.minimal(dir);
    }

    // ---- source -------------------------------------------------------------------------------------------------

    @Test
    void aTipWithoutSourceIsReportedAsMissing() {
        PackFixture pack = pack().replace("tips.json", ", \"source\": \"coach\"\n    },", "\n    },");

        assertThat(pack.problems()).containsExactly("tips.json:3:5: $.tips[0]: \"source\" is missing");
    }

    @Test
    void aSourceThatIsNeitherCoachNorArticleIsReportedWhereItStands() {
        PackFixture pack = pack().replace("faq.json", "\"article:when-to-call\"", "\"a blog post\"");

        assertThat(pack.problems()).containsExactly("faq.json:7:44: $.faqs[0].source: "
                + "\"source\" must be \"coach\" or \"article:<part>\" but is \"a blog post\"");
    }

    @Test
    void anArticlePartTheManifestDoesNotListIsReported() {
        PackFixture pack = pack().replaceAfter("checklist.json", "\"id\": \"wait\"", "\"coach\"",
                "\"article:faq-ninety\"");

        assertThat(pack.problems()).singleElement().asString()
                .startsWith("checklist.json:27:47: $.phases[1].items[0].source: \"source\" cites the article part "
                        + "\"faq-ninety\", but manifest.json lists no such part in $.source.parts (it has ");
    }

    @Test
    void aQuestionAndASectionNeedASourceToo() {
        PackFixture pack = pack().replaceAfter("quiz.json", "\"explanation\": \"One call, then wait.\"", "\"coach\"",
                "\"article:\"").replace("guide.json", "\"article:why-call\"", "\"Coach\"");

        assertThat(pack.problems()).containsExactly(
                "guide.json:28:17: $.sections[2].source: \"source\" must be \"coach\" or \"article:<part>\" but is "
                        + "\"Coach\"",
                "quiz.json:85:56: $.questions[2].source: \"source\" must be \"coach\" or \"article:<part>\" but is "
                        + "\"article:\"");
    }

    @Test
    void theBundledPackMarksEveryPieceOfAdvice() {
        ContentPack pack = ContentLoader.loadBundled().pack().orElseThrow();

        assertThat(pack.tips()).allSatisfy(t -> assertThat(t.source()).isNotBlank());
        assertThat(pack.section("written-thanks").orElseThrow().source()).isEqualTo("coach");
        assertThat(pack.articlePart(pack.section("why-call").orElseThrow().source()).orElseThrow().heading())
                .isEqualTo("Why a Follow-Up Phone Call Works");
    }

    // ---- rules --------------------------------------------------------------------------------------------------

    @Test
    void aRulePlaceholderIsReplacedWithTheRulesValueWhenThePackLoads() {
        PackFixture pack = pack().replace("tips.json", "Repeated calls read as pressure.",
                "Stop after {rule:maxCallTries} tries and a {rule:voicemailSeconds}-second message.")
                .replaceAfter("rules.json", "\"maxCallTries\"", "\"value\": 2,", "\"value\": 3,");

        ContentPack loaded = pack.load().pack().orElseThrow();

        assertThat(loaded.tips().get(1).reason()).isEqualTo("Stop after 3 tries and a 30-second message.");
        assertThat(loaded.rules().maxCallTries()).isEqualTo(3);
    }

    @Test
    void aTextStatingARuleNumberDifferentlyIsReportedWithItsLocation() {
        PackFixture pack = pack().replace("tips.json", "Repeated calls read as pressure.",
                "Give up after three tries.");

        assertThat(pack.problems()).containsExactly("tips.json:14:17: $.tips[1].reason: the text states "
                + "\"three tries\", but rule maxCallTries is 2; write the number as {rule:maxCallTries} so it "
                + "follows rules.json");
    }

    @Test
    void aQuizScenarioMayStateAnyNumberButItsExplanationMayNot() {
        PackFixture pack = pack().replace("quiz.json", "The interview was on Monday. When do you call?",
                "You called three hours after the interview. Was that right?")
                .replace("quiz.json", "Wait a few working days.", "Wait 48 hours.");

        assertThat(pack.problems()).singleElement().asString()
                .startsWith("quiz.json:35:22: $.questions[0].explanation: the text states \"48 hours\", but rule "
                        + "hoursAfterInterview is 24 and rule thankYouWithinHours is 24");
    }

    @Test
    void anUnknownRuleIsReported() {
        PackFixture pack = pack().replace("faq.json", "A few working days after the interview.",
                "After {rule:daysToWait} days.");

        assertThat(pack.problems()).containsExactly("faq.json:6:17: $.faqs[0].answer: the text uses "
                + "{rule:daysToWait}, but rules.json has no rule \"daysToWait\"");
    }

    @Test
    void aMissingRequiredRuleAndCallWindowsOutOfOrderAreReported() {
        PackFixture pack = pack().replace("rules.json", "\"id\": \"voicemailSeconds\"", "\"id\": \"voicemailLength\"")
                .replace("rules.json", "\"lateStart\": \"16:00\"", "\"lateStart\": \"09:00\"");

        assertThat(pack.problems()).containsExactly(
                "rules.json:2:12: $.rules: the rule \"voicemailSeconds\" is missing; the planner relies on it",
                "rules.json:78:18: $.callWindows: the call windows must run in order: earlyStart before earlyEnd, "
                        + "earlyEnd no later than lateStart, lateStart before lateEnd");
    }

    @Test
    void aCallWindowThatIsNoTimeOfDayIsReported() {
        PackFixture pack = pack().replace("rules.json", "\"earlyEnd\": \"09:30\"", "\"earlyEnd\": \"half nine\"");

        assertThat(pack.problems()).containsExactly("rules.json:80:17: $.callWindows.earlyEnd: \"earlyEnd\" should "
                + "be a time of day such as \"08:30\" but is \"half nine\"");
    }

    @Test
    void theStandardRulesInCodeAreTheBundledPacksRules() {
        Rules bundled = ContentLoader.load(ContentSource.folder(Path.of("..", "content"))).pack().orElseThrow()
                .rules();

        assertThat(bundled.byId().values()).extracting(Rule::id, Rule::value, Rule::units)
                .containsExactlyElementsOf(Rules.STANDARD.rules().stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.id(), r.value(), r.units())).toList());
        assertThat(List.of(bundled.earlyStart(), bundled.earlyEnd(), bundled.lateStart(), bundled.lateEnd()))
                .containsExactly(Rules.STANDARD.earlyStart(), Rules.STANDARD.earlyEnd(), Rules.STANDARD.lateStart(),
                        Rules.STANDARD.lateEnd());
    }

    // ---- the number check itself ----------------------------------------------------------------------------------

    private static final Map<String, Rule> RULES = Rules.STANDARD.byId();

    @ParameterizedTest(name = "{0} -> {1} problem(s)")
    @CsvSource(delimiter = '|', value = {
        "Leave a message on your second try.                         | 0",
        "At most two tries, then stop.                               | 0",
        "At most 2 attempts, then stop.                              | 0",
        "Give up after three tries.                                  | 1",
        "Keep it under 30 seconds.                                   | 0",
        "A 45-second message is fine.                                | 1",
        "Keep it to a thirty-second message.                         | 0",
        "Call within 24 hours.                                       | 0",
        "Call within 48 working hours.                               | 1",
        "Wait 7 to 14 days.                                          | 0",
        "Wait 3 to 14 days.                                          | 1",
        "Wait one to two weeks.                                      | 0",
        "Check in a day or two after the date.                       | 0",
        "Check in 2 business days after the date.                    | 0",
        "Check in three business days after the date.                | 1",
        "Stop after {rule:maxCallTries} tries.                       | 0",
        "Rehearse two or three times.                                | 0",
        "Version 1.5 hours of work.                                  | 0"
    })
    void numbersNextToARulesUnitMustBeOneOfThatUnitsRuleValues(String text, int problems) {
        assertThat(RuleNumbers.of(RULES).misstatements(text)).hasSize(problems);
    }
}

package org.followupcoach.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.QuestionType;
import org.followupcoach.core.model.TipKind;
import org.followupcoach.core.model.Verdict;
import org.followupcoach.core.validate.ContentValidator;
import org.followupcoach.core.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLoaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    // ---- the real and the minimal pack --------------------------------------------------------------------------

    @Test
    void bundledPackLoadsWithoutProblems() {
        ContentLoadResult result = ContentLoader.loadBundled();

        assertThat(result.problems()).extracting(Problem::toString)
                .as("problems in the bundled content (content/*.json)").isEmpty();
        assertThat(result.isValid()).isTrue();
        ContentPack pack = result.pack().orElseThrow();
        assertThat(pack.manifest().schemaVersion()).isEqualTo(ContentValidator.SCHEMA_VERSION);
        assertThat(pack.sections()).extracting(s -> s.id()).containsAll(ContentValidator.REQUIRED_SECTIONS);
    }

    @Test
    void bundledAndFolderLoadingGiveEqualPacks() {
        ContentLoadResult bundled = ContentLoader.loadBundled();
        ContentLoadResult folder = ContentLoader.load(ContentSource.folder(Path.of("../content")));

        assertThat(folder.problems()).extracting(Problem::toString).as("problems in ../content").isEmpty();
        assertThat(bundled.pack()).isPresent();
        assertThat(folder.pack()).isEqualTo(bundled.pack());
    }

    @Test
    void minimalPackLoadsWithoutProblems() {
        ContentLoadResult result = PackFixture.minimal(dir).load();

        assertThat(result.problems()).extracting(Problem::toString).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void minimalPackIsDecodedFieldByField() {
        ContentPack pack = PackFixture.minimal(dir).load().pack().orElseThrow();

        assertThat(pack.manifest().schemaVersion()).isEqualTo(1);
        assertThat(pack.manifest().title()).isEqualTo("Minimal test pack");
        assertThat(pack.manifest().source().publisher()).isEqualTo("Test Press");
        assertThat(pack.sections()).extracting(s -> s.id()).containsExactlyElementsOf(ContentValidator.REQUIRED_SECTIONS);
        assertThat(pack.sections().get(0).body()).containsExactly("First paragraph about key takeaways.");
        assertThat(pack.tips()).extracting(t -> t.kind()).containsExactly(TipKind.DO, TipKind.DONT);
        assertThat(pack.channels().survey().organisation()).isEqualTo("Test Survey Co");
        assertThat(pack.channels().channels()).extracting(c -> c.percent())
                .containsExactly(OptionalInt.of(40), OptionalInt.empty());
        assertThat(pack.channels().channels()).extracting(c -> c.verdict())
                .containsExactly(Verdict.PREFERRED, Verdict.ONLY_IF_ALREADY_IN_TOUCH);
        assertThat(pack.faqs()).singleElement().satisfies(f -> assertThat(f.sectionId()).isEqualTo("when-to-call"));
        assertThat(pack.voicemail().elements().get(1).placeholders()).isEmpty();
        assertThat(pack.voicemail().placeholders()).extracting(p -> p.name()).containsExactly("name", "phone");
        assertThat(pack.talkingPoints()).extracting(t -> t.id()).containsExactly("greet", "ask-timeline");
        assertThat(pack.checklistItems()).extracting(ChecklistItem::tipId)
                .containsExactly(Optional.of("call-in-private"), Optional.empty(), Optional.of("no-repeat-calls"));
        assertThat(pack.quiz().questions()).extracting(q -> q.type())
                .containsExactly(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE);
        assertThat(pack.quiz().questions().get(1).correctOptionIds()).containsExactlyInAnyOrder("a", "b");
    }

    // ---- whole files --------------------------------------------------------------------------------------------

    @Test
    void missingFileIsReportedAtTheStartOfThatFile() {
        PackFixture pack = PackFixture.minimal(dir).delete("faq.json");

        assertThat(pack.problems()).containsExactly("faq.json:1:1: the file is missing from " + dir.toAbsolutePath());
    }

    @Test
    void missingFolderReportsEveryFileMissingWithoutThrowing() {
        Path nowhere = dir.resolve("nowhere");

        ContentLoadResult result = ContentLoader.load(ContentSource.folder(nowhere));

        assertThat(result.problems()).extracting(Problem::file).containsExactlyInAnyOrderElementsOf(ContentLoader.FILES);
        assertThat(result.problems()).extracting(Problem::message)
                .containsOnly("the file is missing from " + nowhere.toAbsolutePath());
    }

    @Test
    void emptyFileIsReported() {
        PackFixture pack = PackFixture.minimal(dir).write("live-call.json", "");

        assertThat(pack.problems()).containsExactly("live-call.json:1:1: the file is empty; it should hold one JSON value");
    }

    @Test
    void fileThatCannotBeReadIsReported() throws IOException {
        PackFixture pack = PackFixture.minimal(dir).delete("faq.json");
        Files.createDirectory(dir.resolve("faq.json"));

        List<String> problems = pack.problems();

        assertThat(problems).singleElement().asString().startsWith("faq.json:1:1: the file could not be read: ");
    }

    @Test
    void fileNotInUtf8IsReportedAtTheFirstBadCharacter() {
        PackFixture pack = PackFixture.minimal(dir);
        String quoted = pack.read("manifest.json").replace("\"Minimal test pack\"", "\"\u201cMinimal\u201d test pack\"");
        pack.writeBytes("manifest.json", quoted.getBytes(Charset.forName("windows-1252")));

        assertThat(pack.problems()).containsExactly("manifest.json:5:13: the file is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void columnOfABadByteCountsCharactersNotBytes() {
        PackFixture pack = PackFixture.minimal(dir);
        String text = pack.read("manifest.json").replace("\"Minimal test pack\"", "\"Caf\u00e9 \u00e9t\u00e9 X\"");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int x = indexOf(bytes, (byte) 'X');
        bytes[x] = (byte) 0x93;
        pack.writeBytes("manifest.json", bytes);

        // line 5 is `  "title": "Café été X",`: the X is its 22nd character but its 25th byte
        assertThat(pack.problems()).containsExactly("manifest.json:5:22: the file is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        PackFixture pack = PackFixture.minimal(dir);
        ContentPack plain = pack.load().pack().orElseThrow();
        pack.writeBytes("manifest.json", concat(BOM, PackFixture.minimalBytes("manifest.json")));

        ContentLoadResult withBom = pack.load();

        assertThat(withBom.problems()).isEmpty();
        assertThat(withBom.pack()).contains(plain);
    }

    @Test
    void byteOrderMarkDoesNotShiftColumns() {
        PackFixture pack = PackFixture.minimal(dir).writeBytes("live-call.json",
                concat(BOM, "{,}".getBytes(StandardCharsets.UTF_8)));

        assertThat(pack.problems())
                .containsExactly("live-call.json:1:2: expected a field name in double quotes but found ','");
    }

    @Test
    void syntaxErrorIsReportedWithFileLineAndColumn() {
        PackFixture pack = PackFixture.minimal(dir)
                .replace("checklist.json", "\"source\": \"coach\"\n", "\"source\": \"coach\",\n");

        assertThat(pack.problems()).containsExactly(
                "checklist.json:16:51: trailing comma before '}'; remove the last comma");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingItAll() {
        AtomicLong served = new AtomicLong();
        AtomicBoolean closed = new AtomicBoolean();
        ContentSource minimal = PackFixture.minimal(dir).source();
        ContentSource endless = new ContentSource() {
            @Override
            public String describe() {
                return "an endless manifest";
            }

            @Override
            public Optional<InputStream> open(String fileName) throws IOException {
                return fileName.equals("manifest.json") ? Optional.of(new EndlessSpaces(served, closed))
                        : minimal.open(fileName);
            }
        };

        ContentLoadResult result = ContentLoader.load(endless);

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "manifest.json:1:1: the file is larger than 16 MiB; content files are expected to be far smaller");
        assertThat(served.get()).isLessThanOrEqualTo(ContentLoader.MAX_FILE_BYTES + 1L);
        assertThat(closed).isTrue();
    }

    @Test
    void fileOfExactlyTheSizeLimitIsRead() {
        byte[] manifest = PackFixture.minimalBytes("manifest.json");
        byte[] padded = Arrays.copyOf(manifest, ContentLoader.MAX_FILE_BYTES);
        Arrays.fill(padded, manifest.length, padded.length, (byte) ' ');
        ContentSource minimal = PackFixture.minimal(dir).source();
        ContentSource source = new ContentSource() {
            @Override
            public String describe() {
                return "a padded manifest";
            }

            @Override
            public Optional<InputStream> open(String fileName) throws IOException {
                return fileName.equals("manifest.json") ? Optional.of(new ByteArrayInputStream(padded))
                        : minimal.open(fileName);
            }
        };

        assertThat(ContentLoader.load(source).problems()).isEmpty();
    }

    @Test
    void rootThatIsNotAnObjectIsReported() {
        PackFixture pack = PackFixture.minimal(dir).write("live-call.json", "[]\n");

        assertThat(pack.problems()).containsExactly("live-call.json:1:1: $: expected an object { … } but found a list");
    }

    // ---- fields -------------------------------------------------------------------------------------------------

    @Test
    void wrongTypeIsReportedAtTheValuesPosition() {
        PackFixture pack = PackFixture.minimal(dir)
                .replace("manifest.json", "\"title\": \"Minimal test pack\"", "\"title\": 5");

        assertThat(pack.problems()).containsExactly("manifest.json:5:12: $.title: \"title\" should be text but is a number");
    }

    @Test
    void textWhereWholeNumberExpectedIsReported() {
        PackFixture pack = PackFixture.minimal(dir).replace("manifest.json", "\"schemaVersion\": 1", "\"schemaVersion\": \"1\"");

        assertThat(pack.problems()).containsExactly(
                "manifest.json:2:20: $.schemaVersion: \"schemaVersion\" should be a whole number but is text");
    }

    @Test
    void objectWhereListExpectedIsReported() {
        PackFixture pack = PackFixture.minimal(dir).replace("faq.json", "\"faqs\": [", "\"faqs\": {\"x\": [")
                .replace("faq.json", "  ]\n}", "  ]}\n}");

        assertThat(pack.problems()).containsExactly("faq.json:2:11: $.faqs: \"faqs\" should be a list [ … ] but is an object");
    }

    @Test
    void missingRequiredFieldIsReportedAtTheObjectsPath() {
        PackFixture pack = PackFixture.minimal(dir).replace("quiz.json",
                "\"correct\": true,\n          \"feedback\": \"They need to know who called.\"", "\"correct\": true");

        assertThat(pack.problems())
                .containsExactly("quiz.json:44:9: $.questions[1].options[0]: \"feedback\" is missing");
    }

    @Test
    void unknownFieldIsReportedAtTheKeysPosition() {
        PackFixture pack = PackFixture.minimal(dir).replace("tips.json", "\"id\": \"call-in-private\",",
                "\"id\": \"call-in-private\",\n      \"colour\": \"green\",");

        assertThat(pack.problems()).containsExactly(
                "tips.json:5:7: $.tips[0]: unknown field \"colour\"; expected id, kind, title, reason, section, source");
    }

    @Test
    void misspelledFieldIsReportedAsMissingAndAsUnknown() {
        PackFixture pack = PackFixture.minimal(dir).replace("tips.json", "\"title\": \"Call from a quiet room\"",
                "\"titel\": \"Call from a quiet room\"");

        assertThat(pack.problems()).containsExactly(
                "tips.json:3:5: $.tips[0]: \"title\" is missing",
                "tips.json:6:7: $.tips[0]: unknown field \"titel\"; expected id, kind, title, reason, section, source");
    }

    @Test
    void blankTextIsRejected() {
        PackFixture pack = PackFixture.minimal(dir)
                .replace("faq.json", "\"A few working days after the interview.\"", "\"   \"");

        assertThat(pack.problems()).containsExactly("faq.json:6:17: $.faqs[0].answer: \"answer\" must not be empty");
    }

    @Test
    void blankParagraphInAListIsRejected() {
        PackFixture pack = PackFixture.minimal(dir)
                .replace("guide.json", "\"First paragraph about key takeaways.\"", "\"\"");

        assertThat(pack.problems())
                .containsExactly("guide.json:8:9: $.sections[0].body[0]: \"body[0]\" must not be empty");
    }

    @Test
    void listWithTooFewEntriesIsRejected() {
        PackFixture pack = PackFixture.minimal(dir).replace("quiz.json", """
                        {
                          "id": "a",
                          "text": "Monday evening",
                          "correct": false,
                          "feedback": "Too soon; they have not decided yet."
                        },
                """, "");

        assertThat(pack.problems()).containsExactly(
                "quiz.json:21:18: $.questions[0].options: \"options\" needs at least 2 entries but has 1");
    }

    @Test
    void enumValueThatIsNotAllowedIsReportedWithTheAllowedValues() {
        PackFixture pack = PackFixture.minimal(dir).replace("tips.json", "\"kind\": \"do\"", "\"kind\": \"maybe\"");

        assertThat(pack.problems()).containsExactly(
                "tips.json:5:15: $.tips[0].kind: \"kind\" must be one of \"do\", \"dont\" but is \"maybe\"");
    }

    @Test
    void multiWordEnumValuesAreSpeltWithHyphens() {
        PackFixture pack = PackFixture.minimal(dir)
                .replace("channels.json", "\"only-if-already-in-touch\"", "\"ONLY_IF_ALREADY_IN_TOUCH\"");

        assertThat(pack.problems()).containsExactly("channels.json:20:18: $.channels[1].verdict: \"verdict\" must be one of"
                + " \"preferred\", \"acceptable\", \"avoid\", \"only-if-already-in-touch\" but is \"ONLY_IF_ALREADY_IN_TOUCH\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "-1", "100000000000000000000"})
    void percentOutsideZeroToHundredIsRejected(String percent) {
        PackFixture pack = PackFixture.minimal(dir).replace("channels.json", "\"percent\": 40", "\"percent\": " + percent);

        assertThat(pack.problems()).containsExactly("channels.json:11:18: $.channels[0].percent: "
                + "\"percent\" must be from 0 to 100 but is " + percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100"})
    void percentAtTheBoundsIsAccepted(String percent) {
        PackFixture pack = PackFixture.minimal(dir).replace("channels.json", "\"percent\": 40", "\"percent\": " + percent);

        assertThat(pack.problems()).isEmpty();
    }

    @Test
    void fractionalPercentIsRejected() {
        PackFixture pack = PackFixture.minimal(dir).replace("channels.json", "\"percent\": 40", "\"percent\": 40.5");

        assertThat(pack.problems()).containsExactly("channels.json:11:18: $.channels[0].percent: "
                + "\"percent\" should be a whole number or null but is a number");
    }

    @Test
    void schemaVersionTwoIsRejected() {
        PackFixture pack = PackFixture.minimal(dir).replace("manifest.json", "\"schemaVersion\": 1", "\"schemaVersion\": 2");

        assertThat(pack.problems()).containsExactly(
                "manifest.json:2:20: $.schemaVersion: this app reads content schema version 1 but the pack is version 2");
    }

    @Test
    void problemIsFormattedAsFileLineColumnPathMessage() {
        assertThat(new Problem("quiz.json", "$.questions[3].options[2]", 42, 17, "\"feedback\" is missing"))
                .hasToString("quiz.json:42:17: $.questions[3].options[2]: \"feedback\" is missing");
        assertThat(new Problem("faq.json", "", 1, 1, "the file is empty; it should hold one JSON value"))
                .hasToString("faq.json:1:1: the file is empty; it should hold one JSON value");
    }

    // ---- many mistakes at once ----------------------------------------------------------------------------------

    @Test
    void fiveIndependentMistakesInFiveFilesGiveExactlyFiveProblemsInFileOrder() {
        PackFixture pack = PackFixture.minimal(dir)
                .replace("manifest.json", "\"language\": \"en\"", "\"language\": \"\"")
                .replace("tips.json", "\"kind\": \"do\"", "\"kind\": \"maybe\"")
                .replace("channels.json", "\"percent\": 40", "\"percent\": 101")
                .replace("faq.json", "\"section\": \"when-to-call\"", "\"section\": \"nowhere\"")
                .replaceAfter("quiz.json", "\"text\": \"Thursday\"", "\"correct\": true", "\"correct\": false");

        List<Problem> problems = pack.load().problems();

        assertThat(problems).extracting(p -> p.file() + ":" + p.line() + ":" + p.column()).containsExactly(
                "channels.json:11:18",
                "faq.json:7:18",
                "manifest.json:4:15",
                "quiz.json:21:18",
                "tips.json:5:15");
        assertThat(problems).extracting(Problem::message).containsExactly(
                "\"percent\" must be from 0 to 100 but is 101",
                "\"section\" refers to \"nowhere\", but guide.json has no section with that id",
                "\"language\" must not be empty",
                "no option is marked \"correct\": true; a question needs a right answer",
                "\"kind\" must be one of \"do\", \"dont\" but is \"maybe\"");
    }

    @Test
    void syntaxErrorInGuideDoesNotCascadeIntoReferenceErrors() {
        PackFixture pack = PackFixture.minimal(dir)
                .replace("guide.json", "\"source\": \"article:bottom-line\"", "\"source\": \"article:bottom-line\",");

        assertThat(pack.problems()).containsExactly("guide.json:82:38: trailing comma before '}'; remove the last comma");
    }

    @Test
    void missingTipsFileDoesNotCascadeIntoChecklistErrors() {
        PackFixture pack = PackFixture.minimal(dir).delete("tips.json");

        assertThat(pack.problems()).singleElement().asString().startsWith("tips.json:1:1: the file is missing");
    }

    @Test
    void everyMistakeInOneFileIsReportedNotJustTheFirst() {
        PackFixture pack = PackFixture.minimal(dir)
                .replace("live-call.json", "\"title\": \"Greet and say who you are\"", "\"title\": true")
                .replace("live-call.json", "\"id\": \"ask-timeline\",", "")
                .replace("live-call.json", "\"Ask politely when they expect to decide.\"", "[]");

        assertThat(pack.problems()).containsExactly(
                "live-call.json:5:16: $.talkingPoints[0].title: \"title\" should be text but is true/false",
                "live-call.json:8:5: $.talkingPoints[1]: \"id\" is missing",
                "live-call.json:11:17: $.talkingPoints[1].detail: \"detail\" should be text but is a list");
    }

    // ---- robustness ---------------------------------------------------------------------------------------------

    static Stream<Arguments> brokenPacks() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(broken("missing manifest", p -> p.delete("manifest.json")));
        cases.add(broken("missing guide", p -> p.delete("guide.json")));
        cases.add(broken("missing quiz", p -> p.delete("quiz.json")));
        cases.add(broken("empty guide", p -> p.write("guide.json", "")));
        cases.add(broken("not UTF-8", p -> p.writeBytes("tips.json", new byte[] {'{', (byte) 0x93, '}'})));
        cases.add(broken("truncated UTF-8", p -> p.writeBytes("tips.json", new byte[] {'"', (byte) 0xC3})));
        cases.add(broken("BOM only", p -> p.writeBytes("faq.json", BOM)));
        cases.add(broken("deep nesting", p -> p.write("quiz.json", "[".repeat(100_000))));
        cases.add(broken("deep objects", p -> p.write("checklist.json", "{\"phases\":".repeat(50_000))));
        cases.add(broken("trailing comma", p -> p.replace("checklist.json", "\"section\": \"why-call\"",
                "\"section\": \"why-call\",")));
        cases.add(broken("guide syntax error", p -> p.replace("guide.json", "\"source\": \"article:bottom-line\"",
                "\"source\": \"article:bottom-line\",")));
        cases.add(broken("comment", p -> p.replace("faq.json", "{\n  \"faqs\"", "{\n  // hello\n  \"faqs\"")));
        cases.add(broken("wrong type", p -> p.replace("manifest.json", "\"title\": \"Minimal test pack\"", "\"title\": 5")));
        cases.add(broken("schema 2", p -> p.replace("manifest.json", "\"schemaVersion\": 1", "\"schemaVersion\": 2")));
        cases.add(broken("huge schema", p -> p.replace("manifest.json", "\"schemaVersion\": 1",
                "\"schemaVersion\": 99999999999999999999999")));
        cases.add(broken("enum", p -> p.replace("tips.json", "\"kind\": \"do\"", "\"kind\": \"maybe\"")));
        cases.add(broken("percent", p -> p.replace("channels.json", "\"percent\": 40", "\"percent\": 1e400")));
        cases.add(broken("survey null", p -> p.replace("channels.json", "\"survey\": {", "\"survey\": null, \"x\": {")));
        cases.add(broken("options not objects", p -> p.replaceAfter("quiz.json", "What belongs in a voicemail?",
                "\"options\": [\n        {",
                "\"options\": [\n        1, null, \"x\", [],\n        {")));
        cases.add(broken("no questions", p -> p.write("quiz.json", "{\"topics\": [], \"questions\": []}")));
        cases.add(broken("tip null", p -> p.replace("checklist.json", "\"tip\": \"call-in-private\"", "\"tip\": null")));
        cases.add(broken("placeholders not texts", p -> p.replace("voicemail.json", "\"placeholders\": []",
                "\"placeholders\": [1, {}]")));
        cases.add(broken("unclosed placeholder", p -> p.replace("voicemail.json", "{phone}.", "{phone}. {oops {x}")));
        for (String file : ContentLoader.FILES) {
            for (String content : List.of("null", "[]", "{}", "\"text\"", "42", "{\"x\": 1}", "[{}]")) {
                cases.add(broken(file + " = " + content, p -> p.write(file, content)));
            }
        }
        return cases.stream();
    }

    private static Arguments broken(String name, Consumer<PackFixture> edit) {
        return Arguments.of(name, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacks")
    void brokenContentNeverThrowsAndAlwaysReportsProblems(String name, Consumer<PackFixture> edit) {
        PackFixture pack = PackFixture.minimal(dir);
        edit.accept(pack);

        AtomicReference<ContentLoadResult> result = new AtomicReference<>();
        assertThatCode(() -> result.set(pack.load())).as(name).doesNotThrowAnyException();

        assertThat(result.get().isValid()).as(name).isFalse();
        assertThat(result.get().pack()).isEmpty();
        assertThat(result.get().problems()).as(name).isNotEmpty()
                .allSatisfy(p -> assertThat(p.line()).isPositive())
                .allSatisfy(p -> assertThat(p.column()).isPositive())
                .allSatisfy(p -> assertThat(ContentLoader.FILES).contains(p.file()))
                .allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("byte not found");
    }

    /** An input stream of spaces that never ends, counting what it serves. */
    private static final class EndlessSpaces extends InputStream {
        private final AtomicLong served;
        private final AtomicBoolean closed;

        EndlessSpaces(AtomicLong served, AtomicBoolean closed) {
            this.served = served;
            this.closed = closed;
        }

        @Override
        public int read() {
            served.incrementAndGet();
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            served.addAndGet(len);
            return len;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}

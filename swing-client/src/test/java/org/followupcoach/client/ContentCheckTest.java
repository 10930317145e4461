package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --validate-content}: every broken pack gives located errors and exit code 1, never a stack trace. */
class ContentCheckTest {

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(Path folder) {
        return run(folder, false);
    }

    private Outcome run(Path folder, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ContentCheck.run(folder, strict, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path pack(String file, UnaryOperator<String> edit) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pack"));
        for (String name : ContentLoader.FILES) {
            try (InputStream in = ContentSource.bundled().open(name).orElseThrow()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(name), name.equals(file) ? edit.apply(text) : text);
            }
        }
        return folder;
    }

    static Stream<Arguments> brokenPacks() {
        return Stream.of(
                Arguments.of("guide.json", (UnaryOperator<String>) t -> t.replaceFirst("\\]\\s*}\\s*$", "],}")),
                Arguments.of("quiz.json", (UnaryOperator<String>) t -> t.replaceFirst("\"feedback\"", "\"fedback\"")),
                Arguments.of("tips.json", (UnaryOperator<String>) t -> t.replaceFirst("\"kind\": \"do\"",
                        "\"kind\": \"maybe\"")),
                Arguments.of("channels.json", (UnaryOperator<String>) t -> t.replaceFirst("94", "194")),
                Arguments.of("manifest.json", (UnaryOperator<String>) t -> "// comment\n" + t),
                Arguments.of("checklist.json", (UnaryOperator<String>) t -> t.replaceFirst(
                        "\"section\": \"[a-z-]+\"", "\"section\": \"nowhere\"")),
                Arguments.of("faq.json", (UnaryOperator<String>) t -> ""),
                Arguments.of("voicemail.json", (UnaryOperator<String>) t -> t.replaceFirst("\\{phone}", "{fax}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacks")
    void brokenPackGivesLocatedErrorsAndExitCodeOne(String file, UnaryOperator<String> edit) throws IOException {
        Outcome o = run(pack(file, edit));
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out().lines()).isNotEmpty().allMatch(line -> line.matches("[a-z-]+\\.json:\\d+:\\d+: .+"));
        assertThat(o.out()).contains(file + ":");
        assertThat(o.out() + o.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theBundledPackPassesWithItsWarningsAndAOneLineSummary() throws IOException {
        Outcome o = run(pack("none", t -> t));
        assertThat(o.code()).isZero();
        java.util.List<String> lines = o.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("OK: ").contains("quiz questions, no problems");
        assertThat(lines.subList(0, lines.size() - 1))
                .allMatch(line -> line.matches("quiz\\.json:\\d+:\\d+: warning: \\$\\.questions.*"));
    }

    @Test
    void strictFailsOnTheQuizLintsWarningsWithTheirPlace() throws IOException {
        // Every right option moved to the top of its list: a guesser picking the first option would pass.
        Path folder = pack("quiz.json", ContentCheckTest::rightOptionsFirst);

        Outcome lenient = run(folder);
        Outcome strict = run(folder, true);

        assertThat(lenient.code()).isZero();
        assertThat(lenient.out()).contains("warning: $.questions: quiz lint first-in-file");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out().lines()).isNotEmpty()
                .allMatch(line -> line.matches("quiz\\.json:\\d+:\\d+: \\$\\.questions.*quiz lint .+"));
        assertThat(strict.out()).contains("quiz lint first-in-file");
        assertThat(strict.err()).contains("problems found");
    }

    private static String rightOptionsFirst(String quizJson) {
        com.google.gson.JsonObject quiz = com.google.gson.JsonParser.parseString(quizJson).getAsJsonObject();
        for (com.google.gson.JsonElement q : quiz.getAsJsonArray("questions")) {
            com.google.gson.JsonArray options = q.getAsJsonObject().getAsJsonArray("options");
            java.util.List<com.google.gson.JsonElement> sorted = new java.util.ArrayList<>();
            options.forEach(sorted::add);
            sorted.sort(java.util.Comparator.comparing(o -> !o.getAsJsonObject().get("correct").getAsBoolean()));
            while (options.size() > 0) {
                options.remove(0);
            }
            sorted.forEach(options::add);
        }
        return new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(quiz);
    }

    @Test
    void aMissingFolderIsExplainedNotThrown() {
        Outcome o = run(dir.resolve("nope"));
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains("is not a folder");
    }
}

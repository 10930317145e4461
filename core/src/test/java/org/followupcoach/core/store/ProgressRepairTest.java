package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.followupcoach.core.Limits;
import org.followupcoach.core.plan.AttemptOutcome;
import org.followupcoach.core.plan.CallAttempt;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values a view cannot show are repaired on load and reported, instead of breaking a view or losing the file. */
class ProgressRepairTest {

    private static final Instant T = Instant.parse("2026-11-23T10:15:30Z");

    @TempDir
    Path dir;

    static Progress sample() {
        Interview interview = new Interview("i1", "Acme", "Analyst", "Dana", "Lead", "+1 555 0100",
                LocalDateTime.parse("2026-11-20T10:00"), "Europe/Berlin", LocalDate.parse("2026-12-01"), "SQL", "",
                false, List.of(new CallAttempt(T, AttemptOutcome.VOICEMAIL, "left a message")), Set.of("thank-you"));
        QuizAttempt attempt = new QuizAttempt(T, T.plusSeconds(60), QuizMode.PRACTICE,
                List.of(new AnswerRecord("q1", "timing", Set.of("b"), true, Certainty.HIGH)));
        return Progress.empty().withSectionsRead(Set.of("voicemail")).withItemNotes(Map.of("resume", "print it"))
                .withQuizAttempts(List.of(attempt))
                .withReadinessHistory(List.of(new ReadinessPoint(T, 40, ReadinessEvent.CHECKLIST),
                        new ReadinessPoint(T.plusSeconds(5), 42, ReadinessEvent.QUIZ)))
                .withUi(UiState.DEFAULT.withScalePercent(125).withWindow(new WindowBounds(10, 20, 900, 700, false)))
                .withInterviews(List.of(interview));
    }

    private static Arguments repair(String name, Consumer<JsonObject> edit, Predicate<Progress> repaired) {
        return Arguments.of(name, edit, repaired);
    }

    private static JsonObject at(JsonObject root, String list, int index) {
        return root.getAsJsonArray(list).get(index).getAsJsonObject();
    }

    static Stream<Arguments> repairs() {
        return Stream.of(
                repair("null note", r -> r.getAsJsonObject("itemNotes").add("x", JsonNull.INSTANCE),
                        p -> p.itemNotes().equals(Map.of("resume", "print it"))),
                repair("null in a set", r -> r.getAsJsonArray("sectionsRead").add(JsonNull.INSTANCE),
                        p -> p.sectionsRead().equals(Set.of("voicemail"))),
                repair("null in history", r -> r.getAsJsonArray("readinessHistory").add(JsonNull.INSTANCE),
                        p -> p.readinessHistory().size() == 2),
                repair("huge scale", r -> r.getAsJsonObject("ui").addProperty("scalePercent", Integer.MAX_VALUE),
                        p -> p.ui().scale() == 100),
                repair("negative scale", r -> r.getAsJsonObject("ui").addProperty("scalePercent", -100),
                        p -> p.ui().scale() == 100),
                repair("scale past int", r -> r.getAsJsonObject("ui").addProperty("scalePercent", 4294967396L),
                        p -> p.ui().scale() == 100),
                repair("window of no size", r -> r.getAsJsonObject("ui").getAsJsonObject("window")
                        .addProperty("width", -5), p -> p.ui().window() == null),
                repair("score past int", r -> at(r, "readinessHistory", 1).addProperty("score", 4294967396L),
                        p -> p.readinessHistory().size() == 1),
                repair("score 1e400", r -> at(r, "readinessHistory", 1).add("score",
                        new JsonPrimitive(new BigDecimal("1e400"))), p -> p.readinessHistory().size() == 1),
                repair("fractional score", r -> at(r, "readinessHistory", 1).addProperty("score", 1.9),
                        p -> p.readinessHistory().size() == 1),
                repair("score over 100", r -> at(r, "readinessHistory", 1).addProperty("score", 250),
                        p -> p.readinessHistory().size() == 1),
                repair("history point in year 3000", r -> at(r, "readinessHistory", 1)
                        .addProperty("at", "3000-01-01T00:00:00Z"), p -> p.readinessHistory().size() == 1),
                repair("far-future interview", r -> at(r, "interviews", 0)
                        .addProperty("interviewAt", "+999999999-12-31T10:00"), p -> p.interviews().isEmpty()),
                repair("far-future decision date", r -> at(r, "interviews", 0)
                        .addProperty("decisionDate", "+999999999-12-31"),
                        p -> p.interviews().get(0).decisionDate() == null),
                repair("decision date in 1900", r -> at(r, "interviews", 0).addProperty("decisionDate", "1900-01-01"),
                        p -> p.interviews().get(0).decisionDate() == null),
                repair("unknown zone", r -> at(r, "interviews", 0).addProperty("interviewerZone", "Mars/Olympus"),
                        p -> p.interviews().get(0).interviewerZone().equals("Mars/Olympus")
                                && p.interviews().get(0).zoneMissing()
                                && p.interviews().get(0).zone().equals(java.time.ZoneOffset.UTC)),
                repair("blank zone", r -> at(r, "interviews", 0).addProperty("interviewerZone", " "),
                        p -> p.interviews().get(0).interviewerZone().equals("UTC")),
                repair("call without outcome", r -> at(r, "interviews", 0).getAsJsonArray("attempts").get(0)
                        .getAsJsonObject().remove("outcome"), p -> p.interviews().get(0).attempts().isEmpty()),
                repair("quiz attempt without mode", r -> at(r, "quizAttempts", 0).remove("mode"),
                        p -> p.quizAttempts().isEmpty()),
                repair("answer without question", r -> at(r, "quizAttempts", 0).getAsJsonArray("answers").get(0)
                        .getAsJsonObject().remove("questionId"), p -> p.quizAttempts().get(0).answers().isEmpty()),
                repair("over-long note", r -> r.getAsJsonObject("itemNotes").addProperty("resume",
                        "n".repeat(Limits.NOTE + 10)), p -> p.itemNotes().get("resume").length() == Limits.NOTE),
                repair("over-long company", r -> at(r, "interviews", 0).addProperty("company", "c".repeat(100_000)),
                        p -> p.interviews().get(0).company().length() == Limits.NAME),
                repair("duplicate interview", r -> r.getAsJsonArray("interviews").add(at(r, "interviews", 0)
                        .deepCopy()), p -> p.interviews().size() == 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void aValueNoViewCanShowIsRepairedReportedAndTheOriginalKept(String name, Consumer<JsonObject> edit,
                                                                 Predicate<Progress> repaired) throws IOException {
        JsonObject root = JsonParser.parseString(ProgressJson.encode(sample())).getAsJsonObject();
        edit.accept(root);
        String original = root.toString();
        Files.writeString(dir.resolve("progress.json"), original);

        LoadedProgress loaded = new ProgressStore(dir, Clock.fixed(T, ZoneOffset.UTC)).load();

        assertThat(loaded.readOnly()).isFalse();
        assertThat(repaired.test(loaded.progress())).as(name).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("repaired")
                .contains("progress.json.before-repair-20261123-101530"));
        assertThat(dir.resolve("progress.json")).hasContent(original);
        assertThat(dir.resolve("progress.json.before-repair-20261123-101530")).hasContent(original);
    }
}

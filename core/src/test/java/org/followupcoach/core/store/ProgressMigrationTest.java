package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;
import org.junit.jupiter.api.Test;

/** A progress file saved by the schema-1 app (kept as a fixture) reads into schema 2 with nothing lost. */
class ProgressMigrationTest {

    private static String schema1() throws IOException {
        try (InputStream in = ProgressMigrationTest.class.getResourceAsStream("progress-schema1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The old "confidence" of every answer, in file order ("" when the user left it open). */
    private static List<String> oldConfidences(String json) {
        List<String> out = new ArrayList<>();
        for (JsonElement attempt : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("quizAttempts")) {
            for (JsonElement answer : attempt.getAsJsonObject().getAsJsonArray("answers")) {
                JsonElement c = answer.getAsJsonObject().get("confidence");
                out.add(c == null ? "" : c.getAsString());
            }
        }
        return out;
    }

    @Test
    void sureBecomesLevelThreeAndNotSureOrOpenLevelOne() throws Exception {
        String json = schema1();
        List<String> old = oldConfidences(json);

        Progress p = ProgressJson.decode(json);

        List<Certainty> levels = p.quizAttempts().stream().flatMap(a -> a.answers().stream())
                .map(AnswerRecord::certainty).toList();
        assertThat(levels).hasSize(old.size());
        for (int i = 0; i < old.size(); i++) {
            assertThat(levels.get(i)).as("answer %d was %s", i, old.get(i))
                    .isEqualTo(old.get(i).equals("SURE") ? Certainty.HIGH : Certainty.LOW);
        }
        assertThat(old).contains("SURE", "NOT_SURE", "");
    }

    @Test
    void everythingElseOfTheOldFileIsKept() throws Exception {
        Progress p = ProgressJson.decode(schema1());

        assertThat(p.schemaVersion()).isEqualTo(2);
        assertThat(p.sectionsRead()).containsExactly("key-takeaways", "voicemail", "when-to-call");
        assertThat(p.checkedItems()).containsExactly("references-ready", "resume-in-front", "short-list-of-points");
        assertThat(p.itemNotes()).containsEntry("references-ready", "Ask Dana first");
        assertThat(p.quizAttempts()).hasSize(2).allSatisfy(a -> assertThat(a.left()).isFalse());
        assertThat(p.quizAttempts().get(0).answers()).hasSize(37);
        assertThat(p.readinessHistory()).hasSize(3);
        assertThat(p.interviews()).singleElement().satisfies(i -> {
            assertThat(i.company()).isEqualTo("Northwind Traders");
            assertThat(i.checkedItems()).containsExactly("direct-number", "resume-in-front");
            assertThat(i.attempts()).hasSize(1);
        });
        assertThat(p.profile().name()).isEqualTo("Sam Lee");
    }

    @Test
    void theRenamesListedForThisReleaseApplyToTheOldFile() throws Exception {
        Progress p = ProgressJson.decode(schema1());

        List<String> answered = p.quizAttempts().get(0).answers().stream().map(AnswerRecord::questionId).toList();
        assertThat(answered).contains("call-before-work-where", "late-thanks-after-dithering")
                .doesNotContain("lunch-break-location", "value-their-time");
    }

    @Test
    void savedAgainItIsSchemaTwoWithoutTheOldField() throws Exception {
        String saved = ProgressJson.encode(ProgressJson.decode(schema1()));

        assertThat(saved).contains("\"schemaVersion\": 2").contains("\"certainty\": \"HIGH\"")
                .doesNotContain("\"confidence\"");
        assertThat(ProgressJson.decode(saved)).isEqualTo(ProgressJson.decode(schema1()));
    }

    @Test
    void renamedIdsFollowTheirNewNames() throws Exception {
        JsonObject root = JsonParser.parseString(schema1()).getAsJsonObject();

        ProgressMigration.migrate(root, 1, Map.of("best-time-of-day", "time-of-day-to-call"),
                Map.of("references-ready", "references-briefed", "direct-number", "number-to-hand"));

        assertThat(root.toString()).doesNotContain("\"best-time-of-day\"").contains("\"time-of-day-to-call\"")
                .doesNotContain("\"references-ready\"").doesNotContain("\"direct-number\"");
        assertThat(root.getAsJsonObject("itemNotes").get("references-briefed").getAsString())
                .isEqualTo("Ask Dana first");
        JsonArray interviewItems = root.getAsJsonArray("interviews").get(0).getAsJsonObject()
                .getAsJsonArray("checkedItems");
        assertThat(interviewItems.toString()).contains("number-to-hand");
    }
}

package org.followupcoach.core.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;

/**
 * Brings a progress file of an older format up to {@link Progress#SCHEMA_VERSION} while it is still a JSON tree, so
 * records never need to know old field names. Each step handles one version; add the next step below the last.
 */
final class ProgressMigration {

    /**
     * Ids renamed in the content since format 1 (old id to new id, as listed when the item bank and the guidance were
     * rewritten). To rename another id, add its pair here; answers, ticks and notes saved under the old id follow it.
     */
    static final Map<String, String> QUIZ_RENAMES = Map.ofEntries(
            Map.entry("lunch-break-location", "call-before-work-where"),
            Map.entry("value-their-time", "late-thanks-after-dithering"),
            Map.entry("ask-decision-when-going-well", "short-of-time-skip-decision-question"));
    static final Map<String, String> CHECKLIST_RENAMES = Map.ofEntries(
            Map.entry("first-try-hang-up", "first-try-message-optional"),
            Map.entry("remind-and-recap", "remind-who-you-are"),
            Map.entry("written-thanks-if-unreached", "written-thanks-sent"));

    private ProgressMigration() {
    }

    /** Migrates {@code root} (a file of format {@code version}) in place to the current format. */
    static void migrate(JsonObject root, int version) {
        migrate(root, version, QUIZ_RENAMES, CHECKLIST_RENAMES);
    }

    /** Migrates with the given renames (tests use their own). */
    static void migrate(JsonObject root, int version, Map<String, String> quizRenames,
                        Map<String, String> checklistRenames) {
        if (version < 2) {
            toVersion2(root, quizRenames, checklistRenames);
        }
        root.addProperty("schemaVersion", Progress.SCHEMA_VERSION);
    }

    /**
     * Format 2: answers carry a certainty level instead of sure / not sure (sure was a claim of certainty, so it is
     * level 3; not sure, or no choice, is level 1), and renamed quiz and checklist ids follow their new names.
     */
    private static void toVersion2(JsonObject root, Map<String, String> quizRenames,
                                   Map<String, String> checklistRenames) {
        for (JsonObject attempt : objects(root.get("quizAttempts"))) {
            for (JsonObject answer : objects(attempt.get("answers"))) {
                JsonElement confidence = answer.remove("confidence");
                if (!answer.has("certainty")) {
                    boolean sure = confidence != null && confidence.isJsonPrimitive()
                            && "SURE".equals(confidence.getAsString());
                    answer.addProperty("certainty", sure ? "HIGH" : "LOW");
                }
                rename(answer, "questionId", quizRenames);
            }
        }
        renameAll(root.get("checkedItems"), checklistRenames);
        for (JsonObject interview : objects(root.get("interviews"))) {
            renameAll(interview.get("checkedItems"), checklistRenames);
        }
        if (root.get("itemNotes") instanceof JsonObject notes) {
            for (Map.Entry<String, String> r : checklistRenames.entrySet()) {
                JsonElement note = notes.remove(r.getKey());
                if (note != null && !notes.has(r.getValue())) {
                    notes.add(r.getValue(), note);
                }
            }
        }
    }

    private static void rename(JsonObject owner, String field, Map<String, String> renames) {
        JsonElement value = owner.get(field);
        if (value != null && value.isJsonPrimitive() && renames.containsKey(value.getAsString())) {
            owner.addProperty(field, renames.get(value.getAsString()));
        }
    }

    private static void renameAll(JsonElement list, Map<String, String> renames) {
        if (list instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                JsonElement id = array.get(i);
                if (id.isJsonPrimitive() && renames.containsKey(id.getAsString())) {
                    array.set(i, new JsonPrimitive(renames.get(id.getAsString())));
                }
            }
        }
    }

    private static Iterable<JsonObject> objects(JsonElement list) {
        if (!(list instanceof JsonArray array)) {
            return java.util.List.of();
        }
        return () -> java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .filter(JsonObject.class::isInstance).map(JsonObject.class::cast).iterator();
    }
}

package org.followupcoach.core.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.followupcoach.core.Limits;
import org.followupcoach.core.plan.CallAttempt;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.readiness.ReadinessPoint;

/**
 * Makes a readable progress file safe for every view: what a view cannot show (a null in a list, a number out of
 * range, a date outside {@value Limits#FIRST_YEAR}-{@value Limits#LAST_YEAR}, a text beyond {@link Limits}) goes
 * back to its default, or its record is dropped, and each kind of repair is counted so the user can be told.
 * Gson leaves a missing field null and reads 4294967396 into an int as 100, so both passes are needed: one on the
 * JSON tree for what Gson would misread, one on the records for what Gson lets through.
 */
final class ProgressRepair {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** What was repaired, one phrase per kind with its count; empty when the file was fine as it was. */
    List<String> report() {
        List<String> out = new ArrayList<>();
        counts.forEach((what, n) -> out.add(what + ": " + n));
        return out;
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    /**
     * Removes nulls from lists, and every number that is not a whole number in the int range: every number in a
     * progress file is one. A record in a list holding such a number is dropped; a setting holding one goes back to
     * its default.
     */
    void cleanTree(JsonObject root) {
        clean(root);
    }

    private boolean clean(JsonObject object) {
        boolean bad = false;
        for (Iterator<Map.Entry<String, JsonElement>> it = object.entrySet().iterator(); it.hasNext(); ) {
            JsonElement value = it.next().getValue();
            if (isBadNumber(value)) {
                it.remove();
                bad = true;
            } else if (value.isJsonObject()) {
                bad |= clean(value.getAsJsonObject());
            } else if (value.isJsonArray()) {
                clean(value.getAsJsonArray());
            }
        }
        if (bad && object.has("schemaVersion")) {
            count("settings with a number out of range, reset to their default");
        }
        return bad;
    }

    private void clean(JsonArray array) {
        for (Iterator<JsonElement> it = array.iterator(); it.hasNext(); ) {
            JsonElement element = it.next();
            if (element.isJsonNull()) {
                it.remove();
                count("empty list entries removed");
            } else if (isBadNumber(element) || element.isJsonObject() && clean(element.getAsJsonObject())) {
                it.remove();
                count("entries with a number out of range dropped");
            } else if (element.isJsonArray()) {
                clean(element.getAsJsonArray());
            }
        }
    }

    private static boolean isBadNumber(JsonElement e) {
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            return false;
        }
        String text = p.getAsString();
        if (text.length() > 40) {
            return true;
        }
        try {
            new BigDecimal(text).intValueExact();
            return false;
        } catch (ArithmeticException | NumberFormatException ex) {
            return true;
        }
    }

    /** {@code p} with every value a view relies on within its bounds. */
    Progress repair(Progress p) {
        return new Progress(p.schemaVersion(), ids(p.sectionsRead()), ids(p.checkedItems()), notes(p.itemNotes()),
                quizAttempts(p.quizAttempts()), history(p.readinessHistory()), ui(p.ui()), profile(p.profile()),
                interviews(p.interviews()), p.rehearsal());
    }

    private Set<String> ids(Set<String> ids) {
        Set<String> out = new TreeSet<>();
        for (String id : ids) {
            if (id != null && id.length() <= Limits.ID) {
                out.add(id);
            } else {
                count("ids too long to be the app's, dropped");
            }
        }
        return out;
    }

    private Map<String, String> notes(Map<String, String> notes) {
        Map<String, String> out = new TreeMap<>();
        notes.forEach((id, note) -> {
            if (id == null || note == null || id.length() > Limits.ID) {
                count("empty or unknown notes dropped");
            } else {
                out.put(id, text(note, Limits.NOTE));
            }
        });
        return out;
    }

    private String text(String value, int max) {
        if (value != null && value.length() > max) {
            count("texts longer than the app allows, shortened to the limit");
        }
        return Limits.cut(value, max);
    }

    private List<QuizAttempt> quizAttempts(List<QuizAttempt> attempts) {
        List<QuizAttempt> out = new ArrayList<>();
        for (QuizAttempt a : attempts) {
            if (a == null || !Limits.isSane(a.startedAt()) || !Limits.isSane(a.finishedAt()) || a.mode() == null) {
                count("quiz attempts without a mode or a date in " + Limits.FIRST_YEAR + "-" + Limits.LAST_YEAR
                        + ", dropped");
                continue;
            }
            List<AnswerRecord> answers = new ArrayList<>();
            for (AnswerRecord r : a.answers()) {
                if (r == null || r.questionId() == null || r.topicId() == null || r.questionId().length() > Limits.ID
                        || r.topicId().length() > Limits.ID) {
                    count("quiz answers without a question or topic, dropped");
                } else {
                    answers.add(r);
                }
            }
            out.add(answers.size() == a.answers().size() ? a
                    : new QuizAttempt(a.startedAt(), a.finishedAt(), a.mode(), answers));
        }
        return out;
    }

    private List<ReadinessPoint> history(List<ReadinessPoint> history) {
        List<ReadinessPoint> out = new ArrayList<>();
        for (ReadinessPoint point : history) {
            if (point == null || !Limits.isSane(point.at()) || point.cause() == null || point.score() < 0
                    || point.score() > 100) {
                count("readiness points without a cause, a score of 0-100 or a date in " + Limits.FIRST_YEAR + "-"
                        + Limits.LAST_YEAR + ", dropped");
            } else {
                out.add(point);
            }
        }
        return out;
    }

    private UiState ui(UiState ui) {
        UiState out = ui;
        if (ui.scalePercent() != 0 && (ui.scalePercent() < UiState.MIN_SCALE || ui.scalePercent() > UiState.MAX_SCALE)) {
            count("text size outside " + UiState.MIN_SCALE + "-" + UiState.MAX_SCALE + " %, reset to 100 %");
            out = out.withScalePercent(0);
        }
        WindowBounds w = ui.window();
        if (w != null && (w.width() <= 0 || w.height() <= 0 || w.width() > MAX_PIXELS || w.height() > MAX_PIXELS
                || Math.abs(w.x()) > MAX_PIXELS || Math.abs(w.y()) > MAX_PIXELS)) {
            count("window position or size out of range, reset");
            out = out.withWindow(null);
        }
        if (tooLong(ui.theme()) || tooLong(ui.lastView()) || tooLong(ui.lastSection())) {
            count("settings too long to be the app's, reset");
            out = out.withTheme(tooLong(ui.theme()) ? null : ui.theme())
                    .withLastView(tooLong(ui.lastView()) ? null : ui.lastView())
                    .withLastSection(tooLong(ui.lastSection()) ? null : ui.lastSection());
        }
        return out;
    }

    private static final int MAX_PIXELS = 100_000;

    private static boolean tooLong(String s) {
        return s != null && s.length() > Limits.ID;
    }

    private CallerProfile profile(CallerProfile profile) {
        return new CallerProfile(text(profile.name(), Limits.NAME), text(profile.phone(), Limits.PHONE));
    }

    private List<Interview> interviews(List<Interview> interviews) {
        List<Interview> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Interview i : interviews) {
            if (i == null || i.id() == null || i.id().isBlank() || i.id().length() > Limits.ID || !ids.add(i.id())
                    || !Limits.isSane(i.interviewAt())) {
                count("interviews without an id of their own or a date in " + Limits.FIRST_YEAR + "-"
                        + Limits.LAST_YEAR + ", dropped");
                continue;
            }
            // A zone id this Java does not know is kept as saved: the plan shows in UTC (Interview.zone) and the app
            // asks for the zone again (Interview.zoneMissing). Only a missing or overlong one is damage.
            String zone = i.interviewerZone();
            if (zone == null || zone.isBlank() || zone.length() > Limits.ID) {
                count("interviews without a time zone, set to UTC");
                zone = "UTC";
            } else if (!isZone(zone)) {
                count("interviews with a time zone this Java does not know, planned in UTC until you choose one");
            }
            java.time.LocalDate decision = i.decisionDate();
            if (decision != null && !Limits.isSane(decision)) {
                count("decision dates outside " + Limits.FIRST_YEAR + "-" + Limits.LAST_YEAR + ", removed");
                decision = null;
            }
            List<CallAttempt> calls = new ArrayList<>();
            for (CallAttempt c : i.attempts()) {
                if (c == null || !Limits.isSane(c.at()) || c.outcome() == null) {
                    count("logged calls without an outcome or a date in " + Limits.FIRST_YEAR + "-"
                            + Limits.LAST_YEAR + ", dropped");
                } else {
                    calls.add(new CallAttempt(c.at(), c.outcome(), text(c.note(), Limits.CALL_NOTE)));
                }
            }
            out.add(new Interview(i.id(), text(i.company(), Limits.NAME), text(i.role(), Limits.NAME),
                    text(i.interviewerName(), Limits.NAME), text(i.interviewerTitle(), Limits.NAME),
                    text(i.phone(), Limits.PHONE), i.interviewAt(), zone, decision,
                    text(i.keyQualifications(), Limits.NOTE), text(i.wishISaid(), Limits.NOTE), i.archived(), calls,
                    ids(i.checkedItems()), i.country(), i.closedDays(), i.round(), i.earlierRounds()));
        }
        return out;
    }

    private static boolean isZone(String zone) {
        try {
            return zone != null && zone.length() <= Limits.ID && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

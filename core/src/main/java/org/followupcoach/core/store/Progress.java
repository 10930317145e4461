package org.followupcoach.core.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.readiness.ReadinessPoint;

/**
 * Everything the user has done, as saved in {@code progress.json}. Missing collections (an older or hand-edited file)
 * become empty; sets and maps are kept sorted so the saved file does not reshuffle between saves. The checklist ticks
 * here are the general run; each interview keeps its own run.
 */
public record Progress(int schemaVersion, Set<String> sectionsRead, Set<String> checkedItems,
                       Map<String, String> itemNotes, List<QuizAttempt> quizAttempts,
                       List<ReadinessPoint> readinessHistory, UiState ui, CallerProfile profile,
                       List<Interview> interviews, RehearsalState rehearsal) {

    /** The progress format this app writes; 2 brought certainty levels (see {@code ProgressMigration}). */
    public static final int SCHEMA_VERSION = 2;

    public Progress {
        sectionsRead = sorted(sectionsRead);
        checkedItems = sorted(checkedItems);
        itemNotes = itemNotes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(itemNotes));
        quizAttempts = quizAttempts == null ? List.of() : List.copyOf(quizAttempts);
        readinessHistory = readinessHistory == null ? List.of() : List.copyOf(readinessHistory);
        ui = ui == null ? UiState.DEFAULT : ui;
        profile = profile == null ? CallerProfile.EMPTY : profile;
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
        rehearsal = rehearsal == null ? RehearsalState.EMPTY : rehearsal;
    }

    /** Progress without rehearsals, as every file written before rehearsal existed. */
    public Progress(int schemaVersion, Set<String> sectionsRead, Set<String> checkedItems,
                    Map<String, String> itemNotes, List<QuizAttempt> quizAttempts,
                    List<ReadinessPoint> readinessHistory, UiState ui, CallerProfile profile,
                    List<Interview> interviews) {
        this(schemaVersion, sectionsRead, checkedItems, itemNotes, quizAttempts, readinessHistory, ui, profile,
                interviews, RehearsalState.EMPTY);
    }

    private static Set<String> sorted(Set<String> values) {
        return values == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(values));
    }

    /** A first start: nothing done yet. */
    public static Progress empty() {
        return new Progress(SCHEMA_VERSION, Set.of(), Set.of(), Map.of(), List.of(), List.of(), UiState.DEFAULT,
                CallerProfile.EMPTY, List.of(), RehearsalState.EMPTY);
    }

    public Progress withSectionsRead(Set<String> value) {
        return new Progress(schemaVersion, value, checkedItems, itemNotes, quizAttempts, readinessHistory, ui, profile,
                interviews, rehearsal);
    }

    public Progress withCheckedItems(Set<String> value) {
        return new Progress(schemaVersion, sectionsRead, value, itemNotes, quizAttempts, readinessHistory, ui, profile,
                interviews, rehearsal);
    }

    public Progress withItemNotes(Map<String, String> value) {
        return new Progress(schemaVersion, sectionsRead, checkedItems, value, quizAttempts, readinessHistory, ui,
                profile, interviews, rehearsal);
    }

    public Progress withQuizAttempts(List<QuizAttempt> value) {
        return new Progress(schemaVersion, sectionsRead, checkedItems, itemNotes, value, readinessHistory, ui, profile,
                interviews, rehearsal);
    }

    public Progress withReadinessHistory(List<ReadinessPoint> value) {
        return new Progress(schemaVersion, sectionsRead, checkedItems, itemNotes, quizAttempts, value, ui, profile,
                interviews, rehearsal);
    }

    public Progress withUi(UiState value) {
        return new Progress(schemaVersion, sectionsRead, checkedItems, itemNotes, quizAttempts, readinessHistory, value,
                profile, interviews, rehearsal);
    }

    public Progress withProfile(CallerProfile value) {
        return new Progress(schemaVersion, sectionsRead, checkedItems, itemNotes, quizAttempts, readinessHistory, ui,
                value, interviews, rehearsal);
    }

    public Progress withInterviews(List<Interview> value) {
        return new Progress(schemaVersion, sectionsRead, checkedItems, itemNotes, quizAttempts, readinessHistory, ui,
                profile, value, rehearsal);
    }

    public Progress withRehearsal(RehearsalState value) {
        return new Progress(schemaVersion, sectionsRead, checkedItems, itemNotes, quizAttempts, readinessHistory, ui,
                profile, interviews, value);
    }
}

package org.followupcoach.client.session;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.followupcoach.client.support.Bean;
import org.followupcoach.core.Limits;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.readiness.Readiness;
import org.followupcoach.core.readiness.ReadinessCalculator;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessHistory;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.followupcoach.core.store.UiState;

/**
 * The user's progress on one content pack: every change goes through here, updates the readiness history, tells
 * the screens, and is saved in the background. Fires {@code progress} and {@code saveStatus}.
 */
public final class CoachSession extends Bean {

    private static final System.Logger LOG = System.getLogger(CoachSession.class.getName());

    private final ContentPack pack;
    private org.followupcoach.core.plan.HolidayCalendar holidays;
    private final ProgressStore store;
    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final ReadinessCalculator calculator;
    private final AtomicReference<Progress> pendingSave = new AtomicReference<>();
    private Progress progress;
    private Readiness readiness;
    private SaveStatus saveStatus;
    private final boolean readOnly;
    private String activeRun;

    /**
     * Creates the session. {@code io} runs saves (one thread, so saves stay in order); {@code ui} delivers their
     * outcome back to the thread that owns the screens. Tests pass {@code Runnable::run} for both.
     */
    public CoachSession(ContentPack pack, Progress progress, boolean readOnly, ProgressStore store, Executor io,
                        Executor ui, Clock clock) {
        this.pack = pack;
        this.progress = progress;
        this.readOnly = readOnly;
        this.store = store;
        this.io = io;
        this.ui = ui;
        this.clock = clock;
        this.calculator = new ReadinessCalculator(pack);
        this.readiness = computeReadiness(progress);
        List<org.followupcoach.core.readiness.ReadinessPoint> history = progress.readinessHistory();
        if (!readOnly && !history.isEmpty() && history.get(history.size() - 1).score() != readiness.score()) {
            // Answers aged since the last visit and the score faded: the chart shows that drop as its own point.
            this.progress = progress.withReadinessHistory(ReadinessHistory.record(history, readiness.score(),
                    ReadinessEvent.FADING, clock.instant()));
        }
        this.saveStatus = readOnly ? new SaveStatus(SaveStatus.State.READ_ONLY, "") : SaveStatus.SAVED;
    }

    public ContentPack pack() {
        return pack;
    }

    public Progress progress() {
        return progress;
    }

    public Readiness readiness() {
        return readiness;
    }

    public SaveStatus saveStatus() {
        return saveStatus;
    }

    public Clock clock() {
        return clock;
    }

    /** Marks a section read or unread. */
    public void setSectionRead(String sectionId, boolean read) {
        Set<String> next = new HashSet<>(progress.sectionsRead());
        if (read ? next.add(sectionId) : next.remove(sectionId)) {
            change(p -> p.withSectionsRead(next), ReadinessEvent.SECTION_READ);
        }
    }

    /**
     * The checklist run in use: null for the general run, else the id of the interview whose own run is shown. The
     * checklist and readiness screens both follow it.
     */
    public String activeRun() {
        return activeRun;
    }

    /** Switches the checklist run; an id that names no interview means the general run. */
    public void setActiveRun(String interviewId) {
        String next = interview(interviewId).map(Interview::id).orElse(null);
        if (!Objects.equals(next, activeRun)) {
            String old = activeRun;
            activeRun = next;
            // The headline follows the general run, so switching runs leaves it as it is.
            fire("activeRun", old, next);
            fire("progress", null, progress);
        }
    }

    /** The ticked items of the active run. */
    public Set<String> checkedItems() {
        return checkedItems(progress, activeRun);
    }

    private static Set<String> checkedItems(Progress p, String run) {
        if (run != null) {
            for (Interview i : p.interviews()) {
                if (i.id().equals(run)) {
                    return i.checkedItems();
                }
            }
        }
        return p.checkedItems();
    }

    private Progress withCheckedItems(Progress p, Set<String> items) {
        if (activeRun == null) {
            return p.withCheckedItems(items);
        }
        return p.withInterviews(p.interviews().stream()
                .map(i -> i.id().equals(activeRun) ? i.withCheckedItems(items) : i).toList());
    }

    /** Ticks or unticks a checklist item in the active run. */
    public void setChecked(String itemId, boolean checked) {
        Set<String> next = new HashSet<>(checkedItems());
        if (checked ? next.add(itemId) : next.remove(itemId)) {
            change(p -> withCheckedItems(p, next), ReadinessEvent.CHECKLIST);
        }
    }

    /** Unticks every item of the active run, keeping the notes, for a fresh run. */
    public void uncheckAll() {
        if (!checkedItems().isEmpty()) {
            change(p -> withCheckedItems(p, Set.of()), ReadinessEvent.CHECKLIST);
        }
    }

    /** The interview with this id, if any. */
    public Optional<Interview> interview(String id) {
        return progress.interviews().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Adds an interview at {@code index} (the end when out of range), e.g. when undoing a delete. */
    public void addInterview(int index, Interview interview) {
        List<Interview> next = new ArrayList<>(progress.interviews());
        next.add(index < 0 || index > next.size() ? next.size() : index, interview);
        change(p -> p.withInterviews(next), null);
    }

    /** Replaces the interview with the same id. */
    public void replaceInterview(Interview interview) {
        change(p -> p.withInterviews(p.interviews().stream()
                .map(i -> i.id().equals(interview.id()) ? interview : i).toList()), null);
    }

    /** Removes an interview and returns its former position, or -1 when there was none. */
    public int removeInterview(String id) {
        int index = -1;
        for (int i = 0; i < progress.interviews().size(); i++) {
            if (progress.interviews().get(i).id().equals(id)) {
                index = i;
            }
        }
        if (index >= 0) {
            if (id.equals(activeRun)) {
                setActiveRun(null);
            }
            change(p -> p.withInterviews(p.interviews().stream().filter(i -> !i.id().equals(id)).toList()),
                    ReadinessEvent.CHECKLIST);
        }
        return index;
    }

    /** Keeps the user's own name and number for voicemails. */
    public void setProfile(CallerProfile profile) {
        if (!profile.equals(progress.profile())) {
            change(p -> p.withProfile(profile), null);
        }
    }

    /** Sets or clears (blank) the personal note on an item. */
    public void setNote(String itemId, String note) {
        Map<String, String> next = new HashMap<>(progress.itemNotes());
        // The view's field stops at the limit; the model holds it too, so no caller can save more than a view shows.
        String trimmed = note == null ? "" : Limits.cut(note.strip(), Limits.NOTE);
        if (trimmed.isEmpty()) {
            next.remove(itemId);
        } else {
            next.put(itemId, trimmed);
        }
        if (!next.equals(progress.itemNotes())) {
            change(p -> p.withItemNotes(next), null);
        }
    }

    /** Keeps a finished quiz attempt. */
    public void addQuizAttempt(QuizAttempt attempt) {
        List<QuizAttempt> next = new java.util.ArrayList<>(progress.quizAttempts());
        next.add(attempt);
        change(p -> p.withQuizAttempts(next), ReadinessEvent.QUIZ);
    }

    /** Changes what the user has rehearsed: takes kept, self-check ticks, role-plays finished. */
    public void updateRehearsal(UnaryOperator<org.followupcoach.core.store.RehearsalState> edit) {
        org.followupcoach.core.store.RehearsalState next = edit.apply(progress.rehearsal());
        if (!next.equals(progress.rehearsal())) {
            change(p -> p.withRehearsal(next), null);
        }
    }

    /** Changes app preferences such as theme or window bounds. */
    public void updateUi(UnaryOperator<UiState> edit) {
        UiState next = edit.apply(progress.ui());
        if (!next.equals(progress.ui())) {
            change(p -> p.withUi(next), null);
        }
    }

    private void change(UnaryOperator<Progress> edit, ReadinessEvent cause) {
        Progress old = progress;
        Progress next = edit.apply(progress);
        Readiness newReadiness = computeReadiness(next);
        if (cause != null) {
            next = next.withReadinessHistory(ReadinessHistory.record(next.readinessHistory(), newReadiness.score(),
                    cause, clock.instant()));
        }
        progress = next;
        Readiness oldReadiness = readiness;
        readiness = newReadiness;
        fire("progress", old, next);
        if (!oldReadiness.equals(newReadiness)) {
            fire("readiness", oldReadiness, newReadiness);
        }
        scheduleSave(next);
    }

    /**
     * The headline: the general checklist run whatever run the screens follow (choosing an interview must not move
     * it), and quiz mastery as of now, which fades as answers age.
     */
    private Readiness computeReadiness(Progress p) {
        return calculator.compute(p.checkedItems(), p.sectionsRead(), p.quizAttempts(), clock.instant());
    }

    /** Today in the user's zone. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The spaced-review plan, with reviews brought forward before the next call of an open interview. */
    public org.followupcoach.core.review.ReviewPlan reviewPlan() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
        var agenda = org.followupcoach.core.plan.TodayAgenda.at(pack.rules(), now, clock.getZone(),
                progress.interviews(), holidays());
        return org.followupcoach.core.review.ReviewPlan.of(progress.quizAttempts(), clock.getZone(), today(),
                org.followupcoach.core.review.CallReview.callDays(agenda));
    }

    /** The public holidays of this session's pack, worked out once, when a plan first needs them. */
    public org.followupcoach.core.plan.HolidayCalendar holidays() {
        if (holidays == null) {
            holidays = new org.followupcoach.core.plan.HolidayCalendar(pack.holidays());
        }
        return holidays;
    }

    /** "Ready for the call to <company>": the interview's own checklist run, its cue card and quiz mastery. */
    public Optional<org.followupcoach.core.readiness.InterviewReadiness> interviewReadiness(String interviewId) {
        return interview(interviewId).map(i -> calculator.forInterview(i, progress.profile(), readiness));
    }

    private void scheduleSave(Progress snapshot) {
        if (readOnly) {
            return;
        }
        // Only the newest snapshot matters: a save already queued picks it up, so bursts cost one write.
        if (pendingSave.getAndSet(snapshot) == null) {
            setSaveStatus(SaveStatus.PENDING);
            io.execute(this::saveLatest);
        }
    }

    private void saveLatest() {
        Progress snapshot = pendingSave.getAndSet(null);
        if (snapshot == null) {
            return;
        }
        SaveStatus outcome;
        try {
            store.save(snapshot);
            outcome = SaveStatus.SAVED;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Saving progress failed", e);
            outcome = new SaveStatus(SaveStatus.State.FAILED, describe(e));
        }
        SaveStatus result = outcome;
        ui.execute(() -> {
            if (pendingSave.get() == null || result.state() == SaveStatus.State.FAILED) {
                setSaveStatus(result);
            }
        });
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (message == null ? "" : ": " + message);
    }

    private void setSaveStatus(SaveStatus next) {
        SaveStatus old = saveStatus;
        saveStatus = next;
        fire("saveStatus", old, next);
    }
}

package org.followupcoach.client.interviews;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.support.Bean;
import org.followupcoach.client.support.Texts;
import org.followupcoach.core.Limits;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.AttemptOutcome;
import org.followupcoach.core.plan.CallAttempt;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.IcsWriter;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.plan.InterviewForm;
import org.followupcoach.core.plan.PlanCalendar;
import org.followupcoach.core.plan.TodayAgenda;
import org.followupcoach.core.plan.VoicemailComposer;

/**
 * The interviews the user follows up on: adding and editing them (with errors per field), archiving, deleting with
 * undo, logging calls, the plan for each and today's agenda across all, and calendar export. Fires
 * {@code interviews}, {@code selected}, {@code errors}, {@code undo} and {@code profile}.
 */
public final class InterviewsModel extends Bean {

    /** An interview removed a moment ago, kept so the user can undo. */
    private record Deleted(Interview interview, int index) {
    }

    private final CoachSession session;
    private final Executor io;
    private final Executor ui;
    private final Texts texts;
    private String selectedId;
    private Map<String, String> errors = Map.of();
    private Deleted deleted;
    private boolean showArchived;

    /** {@code io} writes exported files; {@code ui} delivers the outcome back to the screens. */
    public InterviewsModel(CoachSession session, Executor io, Executor ui, Texts texts) {
        this.session = session;
        this.io = io;
        this.ui = ui;
        this.texts = texts;
        session.addPropertyChangeListener("progress", e -> fireChanged("interviews"));
    }

    /** The interviews shown: active ones, plus archived ones when asked for. */
    public List<Interview> interviews() {
        return session.progress().interviews().stream().filter(i -> showArchived || !i.archived()).toList();
    }

    public boolean showArchived() {
        return showArchived;
    }

    public void setShowArchived(boolean value) {
        showArchived = value;
        fireChanged("interviews");
    }

    public Optional<Interview> selected() {
        return selectedId == null ? Optional.empty() : session.interview(selectedId);
    }

    /** Selects an interview (null for none) and makes its checklist run the active one. */
    public void select(String id) {
        String old = selectedId;
        selectedId = id;
        errors = Map.of();
        session.setActiveRun(id);
        fire("selected", old, id);
        fireChanged("errors");
    }

    /** Errors of the last save, by field name ({@code company}, {@code phone}, …) to code. */
    public Map<String, String> errors() {
        return errors;
    }

    /**
     * Adds a new interview ({@code id} null) or updates one; on bad input nothing is saved and the errors are kept
     * for the form. Returns whether it was saved.
     */
    public boolean save(String id, InterviewForm.Input input) {
        String newId = id == null ? nextId() : id;
        InterviewForm.Result result = InterviewForm.check(newId, input, java.time.LocalDate.now(session.clock()));
        errors = result.errors();
        fireChanged("errors");
        if (!result.isValid()) {
            return false;
        }
        Optional<Interview> existing = id == null ? Optional.empty() : session.interview(id);
        if (existing.isPresent()) {
            session.replaceInterview(existing.get().withDetailsOf(result.interview()));
        } else {
            session.addInterview(Integer.MAX_VALUE, result.interview());
        }
        select(newId);
        return true;
    }

    private String nextId() {
        int max = 0;
        for (Interview i : session.progress().interviews()) {
            if (i.id().startsWith("iv-")) {
                try {
                    max = Math.max(max, Integer.parseInt(i.id().substring(3)));
                } catch (NumberFormatException e) {
                    // ids from elsewhere keep their own names; numbering only looks at ours
                }
            }
        }
        return "iv-" + (max + 1);
    }

    /** Archives or restores an interview. */
    public void setArchived(String id, boolean archived) {
        session.interview(id).ifPresent(i -> session.replaceInterview(i.withArchived(archived)));
    }

    /** Deletes an interview; {@link #undoDelete()} brings it back. */
    public void delete(String id) {
        Optional<Interview> interview = session.interview(id);
        if (interview.isEmpty()) {
            return;
        }
        if (id.equals(selectedId)) {
            select(null);
        }
        int index = session.removeInterview(id);
        deleted = new Deleted(interview.get(), index);
        fireChanged("undo");
    }

    /** The company and role of the interview that undo would bring back. */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(deleted).map(d -> d.interview().company() + " – " + d.interview().role());
    }

    /** Restores the last deleted interview. */
    public void undoDelete() {
        if (deleted != null) {
            session.addInterview(deleted.index(), deleted.interview());
            String id = deleted.interview().id();
            deleted = null;
            fireChanged("undo");
            select(id);
        }
    }

    /** Logs a call attempt made now. */
    public void logAttempt(String id, AttemptOutcome outcome, String note) {
        session.interview(id).ifPresent(i -> {
            List<CallAttempt> attempts = new ArrayList<>(i.attempts());
            attempts.add(new CallAttempt(session.clock().instant(), outcome,
                    note == null ? "" : Limits.cut(note.strip(), Limits.CALL_NOTE)));
            session.replaceInterview(i.withAttempts(attempts));
        });
    }

    /** Where an interview stands now: call window, hear-back dates, next step. */
    public AgendaEntry plan(Interview interview) {
        return TodayAgenda.entry(session.pack().rules(), now(), session.clock().getZone(), interview,
                session.holidays());
    }

    /** Today's agenda across all active interviews, most urgent first. */
    /** "Review N questions before Tuesday's call": the review due before the next call, if any. */
    public Optional<org.followupcoach.core.review.CallReview> reviewBeforeCall() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(session.clock());
        return org.followupcoach.core.review.CallReview.next(today(), session.reviewPlan(), now);
    }

    /** "Ready for the call to <company>": that interview's own score. */
    public Optional<org.followupcoach.core.readiness.InterviewReadiness> readiness(String interviewId) {
        return session.interviewReadiness(interviewId);
    }

    public List<AgendaEntry> today() {
        return TodayAgenda.at(session.pack().rules(), now(), session.clock().getZone(),
                session.progress().interviews(), session.holidays());
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(session.clock());
    }

    public CallerProfile profile() {
        return session.progress().profile();
    }

    /** Saves the user's name and call-back number; returns the errors by field (empty when saved). */
    public Map<String, String> setProfile(String name, String phone) {
        String p = phone == null ? "" : phone.strip();
        if (p.length() > Limits.PHONE) {
            return Map.of("myPhone", InterviewForm.TOO_LONG);
        }
        if (!p.isEmpty() && !InterviewForm.isPhone(p)) {
            return Map.of("myPhone", InterviewForm.FORMAT);
        }
        session.setProfile(new CallerProfile(name == null ? "" : Limits.cut(name.strip(), Limits.NAME), p));
        fireChanged("profile");
        return Map.of();
    }

    /**
     * The calendar file for an interview: exactly the dates its plan shows, each with a reminder, the call with the
     * user's voicemail and the talking points.
     */
    public String calendar(Interview interview) {
        AgendaEntry plan = plan(interview);
        String voicemail = VoicemailComposer.compose(session.pack().voicemail(), VoicemailComposer.values(
                session.progress().profile(), interview, plan.window().earlyStart().toLocalDate())).text();
        PlanCalendar.Wording wording = new PlanCalendar.Wording(texts.format("Calendar.call.summary"),
                texts.format("Calendar.call.description"), texts.format("Calendar.call.voicemail"),
                texts.format("Calendar.call.talkingPoints"), texts.format("Calendar.call.alarm"),
                texts.format("Calendar.answer.summary"), texts.format("Calendar.answer.description"),
                texts.format("Calendar.checkIn.summary"), texts.format("Calendar.checkIn.description"),
                texts.format("Calendar.write.summary"), texts.format("Calendar.write.description"));
        Instant now = session.clock().instant();
        return IcsWriter.write(PlanCalendar.events(plan, voicemail, session.pack().talkingPoints(), wording, now), now);
    }

    /**
     * Writes the calendar file off the screen thread; {@code done} gets empty on success or a sentence saying what
     * went wrong. The file appears whole or not at all.
     */
    public void exportCalendar(Interview interview, Path file, Consumer<Optional<String>> done) {
        String text = calendar(interview);
        io.execute(() -> {
            Optional<String> failure;
            try {
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".followup-", ".ics");
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                failure = Optional.empty();
            } catch (IOException | RuntimeException e) {
                failure = Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                        : ": " + e.getMessage()));
            }
            Optional<String> result = failure;
            ui.execute(() -> done.accept(result));
        });
    }
}

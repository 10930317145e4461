package org.followupcoach.client.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.support.Texts;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.AttemptOutcome;
import org.followupcoach.core.plan.CallAdvice;
import org.followupcoach.core.plan.CallAttempt;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.plan.InterviewForm;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewsModelTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    /** Monday evening in Berlin: the day after a Friday interview's weekend, inside nothing but the call day. */
    private static final Instant NOW = Instant.parse("2026-11-23T18:30:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Words keys and arguments plainly, so the tests see what the model asked to be worded. */
    private static final Texts TEXTS = (key, args) -> key + Arrays.toString(args);

    @TempDir
    Path dataDir;

    private CoachSession session;
    private InterviewsModel model;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, BERLIN);
        session = new CoachSession(PACK, Progress.empty(), false, new ProgressStore(dataDir, clock), Runnable::run,
                Runnable::run, clock);
        model = new InterviewsModel(session, Runnable::run, Runnable::run, TEXTS);
        model.addPropertyChangeListener(e -> events.add(e.getPropertyName()));
    }

    private static InterviewForm.Input input(String company, String role, String date, String zone, String decision) {
        return new InterviewForm.Input(company, role, "Priya Patel", "Head of Data", "+49 30 1234 5678", date,
                "14:30", zone, decision, "SQL and Python", "The migration I led");
    }

    private String add(String company, String role, String date) {
        assertThat(model.save(null, input(company, role, date, "Europe/Berlin", ""))).isTrue();
        return model.selected().orElseThrow().id();
    }

    private List<String> companies() {
        return model.interviews().stream().map(Interview::company).toList();
    }

    @Test
    void todaySaysHowManyQuestionsToReviewBeforeTheNextCallAndHowReadyEachCallIs() {
        String id = add("Acme", "Analyst", "2026-11-23");
        Instant tenDaysAgo = NOW.minus(java.time.Duration.ofDays(10));
        List<org.followupcoach.core.quiz.AnswerRecord> answers = PACK.quiz().questions().stream().limit(3)
                .map(q -> new org.followupcoach.core.quiz.AnswerRecord(q.id(), q.topicId(), q.correctOptionIds(), true,
                        org.followupcoach.core.quiz.Certainty.MEDIUM)).toList();
        session.addQuizAttempt(new org.followupcoach.core.quiz.QuizAttempt(tenDaysAgo, tenDaysAgo,
                org.followupcoach.core.quiz.QuizMode.PRACTICE, answers));
        session.setChecked(PACK.checklistItems().get(0).id(), true);
        int headline = session.readiness().score();

        assertThat(model.reviewBeforeCall()).contains(new org.followupcoach.core.review.CallReview("Acme",
                LocalDate.of(2026, 11, 24), 3));
        assertThat(model.readiness(id)).hasValueSatisfying(r -> {
            assertThat(r.company()).isEqualTo("Acme");
            assertThat(r.quizPercent()).isEqualTo(session.readiness().quizPercent());
        });
        session.setActiveRun(id);
        assertThat(session.readiness().score()).as("choosing a run leaves the headline alone").isEqualTo(headline);
    }

    @Test
    void savingValidInputAddsAnInterviewWithTheNextIdAndSelectsIt() {
        String first = add("Acme", "Analyst", "2026-11-20");
        String second = add("Globex", "Coordinator", "2026-11-20");

        assertThat(first).isEqualTo("iv-1");
        assertThat(second).isEqualTo("iv-2");
        assertThat(companies()).containsExactly("Acme", "Globex");
        assertThat(model.selected()).map(Interview::id).contains("iv-2");
        assertThat(model.errors()).isEmpty();
        assertThat(events).contains("interviews", "selected");
    }

    @Test
    void badInputSavesNothingAndNamesEachWrongField() {
        InterviewForm.Input bad = new InterviewForm.Input(" ", "Analyst", "", "", "+49 30 CALL ME", "19.11.2026",
                "2pm", "Mars/Olympus", "", "", "");

        assertThat(model.save(null, bad)).isFalse();

        assertThat(model.interviews()).isEmpty();
        assertThat(model.errors()).containsOnly(Map.entry("company", InterviewForm.REQUIRED),
                Map.entry("phone", InterviewForm.FORMAT), Map.entry("date", InterviewForm.FORMAT),
                Map.entry("time", InterviewForm.FORMAT), Map.entry("zone", InterviewForm.FORMAT));
        assertThat(events).contains("errors").doesNotContain("interviews");
    }

    @Test
    void aDecisionDateInThePastIsAccepted() {
        assertThat(model.save(null, input("Acme", "Analyst", "2026-10-01", "Europe/Berlin", "2026-10-15"))).isTrue();

        assertThat(model.selected().orElseThrow().decision()).contains(LocalDate.of(2026, 10, 15));
    }

    @Test
    void editingChangesTheDetailsButKeepsCallsAndTheChecklistRun() {
        String id = add("Acme", "Analyst", "2026-11-20");
        model.logAttempt(id, AttemptOutcome.NO_ANSWER, "");
        String item = PACK.checklist().get(0).items().get(0).id();
        session.setChecked(item, true);

        assertThat(model.save(id, input("Acme Analytics", "Senior Analyst", "2026-11-20", "Europe/Berlin", "")))
                .isTrue();

        Interview edited = model.selected().orElseThrow();
        assertThat(edited.id()).isEqualTo(id);
        assertThat(edited.company()).isEqualTo("Acme Analytics");
        assertThat(edited.role()).isEqualTo("Senior Analyst");
        assertThat(edited.attempts()).hasSize(1);
        assertThat(edited.checkedItems()).containsExactly(item);
        assertThat(model.interviews()).hasSize(1);
    }

    @Test
    void selectingAnInterviewMakesItsChecklistRunTheActiveOne() {
        String acme = add("Acme", "Analyst", "2026-11-20");
        add("Globex", "Coordinator", "2026-11-20");

        model.select(acme);
        assertThat(session.activeRun()).isEqualTo(acme);

        model.select(null);
        assertThat(session.activeRun()).isNull();
    }

    @Test
    void archivedInterviewsAreHiddenUntilAskedForAndLeaveTheAgenda() {
        String acme = add("Acme", "Analyst", "2026-11-20");
        add("Globex", "Coordinator", "2026-11-20");

        model.setArchived(acme, true);
        assertThat(companies()).containsExactly("Globex");
        assertThat(model.today()).extracting(e -> e.interview().company()).containsExactly("Globex");

        model.setShowArchived(true);
        assertThat(companies()).containsExactly("Acme", "Globex");

        model.setArchived(acme, false);
        model.setShowArchived(false);
        assertThat(companies()).containsExactly("Acme", "Globex");
    }

    @Test
    void undoAfterDeleteRestoresTheInterviewAtItsFormerPlace() {
        add("Acme", "Analyst", "2026-11-20");
        String globex = add("Globex", "Coordinator", "2026-11-20");
        add("Initech", "Engineer", "2026-11-20");
        model.logAttempt(globex, AttemptOutcome.VOICEMAIL, "straight to voicemail");

        model.delete(globex);
        assertThat(companies()).containsExactly("Acme", "Initech");
        assertThat(model.undoLabel()).contains("Globex \u2013 Coordinator");
        assertThat(events).contains("undo");

        model.undoDelete();
        assertThat(companies()).containsExactly("Acme", "Globex", "Initech");
        assertThat(model.selected().orElseThrow().attempts()).hasSize(1);
        assertThat(model.undoLabel()).isEmpty();
    }

    @Test
    void deletingTheSelectedInterviewClearsTheSelectionAndItsRun() {
        String acme = add("Acme", "Analyst", "2026-11-20");

        model.delete(acme);

        assertThat(model.selected()).isEmpty();
        assertThat(session.activeRun()).isNull();
    }

    @Test
    void eachLoggedCallIsKeptWithTimeOutcomeAndNoteAndMovesTheAdviceOn() {
        String id = add("Acme", "Analyst", "2026-11-20");
        assertThat(model.plan(model.selected().orElseThrow()).advice()).isEqualTo(CallAdvice.CALL_IN_WINDOW);

        model.logAttempt(id, AttemptOutcome.VOICEMAIL, "  went to voicemail  ");
        assertThat(advice()).isEqualTo(CallAdvice.TRY_ANOTHER_TIME);
        model.logAttempt(id, AttemptOutcome.VOICEMAIL, null);
        assertThat(advice()).isEqualTo(CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD);
        model.logAttempt(id, AttemptOutcome.NO_ANSWER, "");
        assertThat(advice()).isEqualTo(CallAdvice.DONT_CALL_AGAIN_WRITE_INSTEAD);

        assertThat(model.selected().orElseThrow().attempts()).containsExactly(
                new CallAttempt(NOW, AttemptOutcome.VOICEMAIL, "went to voicemail"),
                new CallAttempt(NOW, AttemptOutcome.VOICEMAIL, ""),
                new CallAttempt(NOW, AttemptOutcome.NO_ANSWER, ""));
    }

    private CallAdvice advice() {
        return model.plan(model.selected().orElseThrow()).advice();
    }

    @Test
    void theCallWindowIsGivenOnTheUsersClockForAnInterviewerElsewhere() {
        assertThat(model.save(null, input("Globex", "Coordinator", "2026-11-20", "America/New_York", "2026-12-04")))
                .isTrue();

        AgendaEntry plan = model.plan(model.selected().orElseThrow());

        // Friday's interview: the call is on Monday, 08:30 in New York, which is 14:30 in Berlin.
        assertThat(plan.window().earlyStart()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 14, 30, 0, 0, BERLIN));
        assertThat(plan.window().lateEnd()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 23, 30, 0, 0, BERLIN));
        assertThat(plan.hearBack().decisionDateGiven()).isTrue();
        assertThat(plan.hearBack().expectFrom()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(plan.status()).isEqualTo(AgendaEntry.Status.CALL_NOW);
    }

    @Test
    void todayListsTheMostUrgentFirstAndLeavesOutArchivedOnes() {
        add("Later", "Analyst", "2026-11-23");
        String write = saveWith("Write", "2026-11-02", "2026-11-10");
        String overdue = saveWith("Overdue", "2026-11-09", "2026-11-17");
        // At the test clock's 19:30 in Berlin Monday's slots are over; in New York it is 13:30, the late slot ahead.
        assertThat(model.save(null, input("Now", "Analyst", "2026-11-20", "America/New_York", ""))).isTrue();
        String archived = add("Archived", "Analyst", "2026-11-20");
        model.logAttempt(write, AttemptOutcome.REACHED_INTERVIEWER, "");
        model.logAttempt(overdue, AttemptOutcome.REACHED_INTERVIEWER, "");
        model.setArchived(archived, true);

        assertThat(model.today()).extracting(e -> e.interview().company(), AgendaEntry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Now", AgendaEntry.Status.CALL_NOW),
                org.assertj.core.groups.Tuple.tuple("Overdue", AgendaEntry.Status.ANSWER_OVERDUE),
                org.assertj.core.groups.Tuple.tuple("Write", AgendaEntry.Status.WRITE_INSTEAD),
                org.assertj.core.groups.Tuple.tuple("Later", AgendaEntry.Status.CALL_LATER));
    }

    private String saveWith(String company, String date, String decision) {
        assertThat(model.save(null, input(company, "Analyst", date, "Europe/Berlin", decision))).isTrue();
        return model.selected().orElseThrow().id();
    }

    @Test
    void aCallBackNumberWithLettersIsRefusedAndTheOldProfileKept() {
        assertThat(model.setProfile("Sam Rivera", "+1 555 010 0199")).isEmpty();
        events.clear();

        assertThat(model.setProfile("Sam", "+1 555 CALL ME")).containsEntry("myPhone", InterviewForm.FORMAT);

        assertThat(model.profile()).isEqualTo(new CallerProfile("Sam Rivera", "+1 555 010 0199"));
        assertThat(events).doesNotContain("profile");
    }

    @Test
    void anEmptyCallBackNumberIsAcceptedWhileTheUserIsStillTyping() {
        assertThat(model.setProfile("  Sam Rivera ", "")).isEmpty();

        assertThat(model.profile()).isEqualTo(new CallerProfile("Sam Rivera", ""));
        assertThat(events).contains("profile");
    }

    @Test
    void exportingTheCalendarWritesAFileWithTheCallAndThePlansDaysEachWithAReminder() throws Exception {
        add("Acme", "Analyst", "2026-11-20");
        Path file = dataDir.resolve("acme-follow-up.ics");
        List<Optional<String>> outcomes = new ArrayList<>();

        model.exportCalendar(model.selected().orElseThrow(), file, outcomes::add);

        assertThat(outcomes).containsExactly(Optional.empty());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(5);
        assertThat(text.split("BEGIN:VALARM", -1)).hasSize(5);
        // Monday's slots are over by the test clock's 19:30 in Berlin: the call goes in on Tuesday at 8:30; then
        // the days the plan shows: expect an answer, check in, write instead.
        assertThat(text).contains("DTSTART:20261124T073000Z", "DTSTART;VALUE=DATE:20261127",
                "DTSTART;VALUE=DATE:20261204", "DTSTART;VALUE=DATE:20261211");
    }

    @Test
    void aCalendarExportThatCannotBeWrittenReportsWhyInsteadOfThrowing() {
        add("Acme", "Analyst", "2026-11-20");
        Path file = dataDir.resolve("no-such-folder").resolve("acme.ics");
        List<Optional<String>> outcomes = new ArrayList<>();

        model.exportCalendar(model.selected().orElseThrow(), file, outcomes::add);

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0)).isPresent();
        assertThat(file).doesNotExist();
    }

    @Test
    void anInterviewDateStillAheadOrYearsBackIsRefusedWithItsOwnReasonAndNothingIsSaved() {
        assertThat(model.save(null, input("Acme", "Analyst", "2026-12-24", "Europe/Berlin", ""))).isFalse();
        assertThat(model.errors()).containsEntry("date", InterviewForm.FUTURE);
        assertThat(model.save(null, input("Acme", "Analyst", "2020-11-20", "Europe/Berlin", ""))).isFalse();
        assertThat(model.errors()).containsEntry("date", InterviewForm.TOO_OLD);
        assertThat(model.interviews()).isEmpty();
    }
}

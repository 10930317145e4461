package org.followupcoach.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.plan.AttemptOutcome;
import org.followupcoach.core.plan.CallAttempt;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Confidence;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.UiState;
import org.followupcoach.core.store.WindowBounds;

/**
 * Progress as a job seeker leaves it after a year, generated from the bundled pack with a fixed seed so every run
 * measures the same file. {@link #year} is the target's file: two interviews a month, each with its calls and its own
 * checklist run, a readiness check and a few practice quizzes around each (120 attempts of 12 answers), every section
 * read and every step ticked with a note, and 1,000 points of readiness history. {@link #heavy} is a quiz every day
 * of the year, 2,000 history points and 40 interviews, to show the headroom.
 */
final class YearOfUse {

    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private YearOfUse() {
    }

    /** {@code attempts} quiz attempts of {@code answersPerAttempt} answers each, a day apart, oldest first. */
    static List<QuizAttempt> quizAttempts(ContentPack pack, int attempts, int answersPerAttempt, Random random) {
        List<Question> questions = pack.quiz().questions();
        List<QuizAttempt> out = new ArrayList<>(attempts);
        for (int a = 0; a < attempts; a++) {
            Instant started = START.plus(Duration.ofMinutes(365L * 24 * 60 * a / attempts));
            List<AnswerRecord> answers = new ArrayList<>(answersPerAttempt);
            for (int q = 0; q < answersPerAttempt; q++) {
                Question question = questions.get(random.nextInt(questions.size()));
                boolean correct = random.nextInt(100) < 70;
                Set<String> chosen = correct ? question.correctOptionIds()
                        : Set.of(question.options().get(random.nextInt(question.options().size())).id());
                answers.add(new AnswerRecord(question.id(), question.topicId(), chosen, correct,
                        random.nextBoolean() ? Confidence.SURE : Confidence.NOT_SURE));
            }
            out.add(new QuizAttempt(started, started.plus(Duration.ofMinutes(6)),
                    a % 3 == 0 ? QuizMode.READINESS_CHECK : QuizMode.PRACTICE, answers));
        }
        return out;
    }

    /** The year of use the save target is about. */
    static Progress year(ContentPack pack) {
        return progress(pack, 120, 1_000, 24);
    }

    /** A year with a quiz every day. */
    static Progress heavy(ContentPack pack) {
        return progress(pack, 365, 2_000, 40);
    }

    private static Progress progress(ContentPack pack, int quizAttempts, int historyPoints, int interviewCount) {
        Random random = new Random(2026);
        Set<String> read = new HashSet<>();
        pack.sections().stream().map(Section::id).forEach(read::add);
        Set<String> checked = new HashSet<>();
        Map<String, String> notes = new HashMap<>();
        for (ChecklistItem item : pack.checklistItems()) {
            checked.add(item.id());
            notes.put(item.id(), "Done for the last interview; next time remember to " + item.text().toLowerCase());
        }
        List<QuizAttempt> attempts = quizAttempts(pack, quizAttempts, 12, random);
        List<ReadinessPoint> history = new ArrayList<>();
        ReadinessEvent[] causes = ReadinessEvent.values();
        for (int i = 0; i < historyPoints; i++) {
            history.add(new ReadinessPoint(START.plus(Duration.ofMinutes(263L * i)), Math.min(100, 5 + i / 20),
                    causes[i % causes.length]));
        }
        List<Interview> interviews = new ArrayList<>();
        List<String> itemIds = pack.checklistItems().stream().map(ChecklistItem::id).toList();
        for (int i = 0; i < interviewCount; i++) {
            LocalDateTime at = LocalDateTime.of(2026, 1 + i % 12, 3 + i % 25, 10, 0);
            List<CallAttempt> calls = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                calls.add(new CallAttempt(START.plus(Duration.ofDays(9L * i + c)),
                        AttemptOutcome.values()[(i + c) % AttemptOutcome.values().length],
                        "Called at 4:30 pm; the assistant said she is in meetings until Thursday."));
            }
            interviews.add(new Interview("interview-" + i, "Company number " + i + " Ltd", "Senior accountant",
                    "Jordan Smith", "Head of finance", "+44 20 7946 0" + (100 + i), at, "Europe/London",
                    LocalDate.of(2026, 1 + i % 12, 28), "Ten years of month-end close; led the ERP migration.",
                    "I wish I had asked about the team's size.", i < interviewCount - 4, calls,
                    new HashSet<>(itemIds.subList(0, itemIds.size() / 2))));
        }
        return new Progress(Progress.SCHEMA_VERSION, read, checked, notes, attempts, history,
                new UiState("DARK", new WindowBounds(40, 40, 1180, 800, false), "GUIDE", "voicemail", 100,
                        true),
                new CallerProfile("Alex Example", "+44 7700 900123"), interviews);
    }
}

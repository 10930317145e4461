package org.followupcoach.client.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.followupcoach.client.session.AppView;
import org.followupcoach.client.shell.AppModels;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.readiness.ReadinessCalculator;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;
import org.followupcoach.core.readiness.TopicReadiness;
import org.followupcoach.core.store.LoadedProgress;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessModelTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    private static final Instant NOW = Instant.parse("2026-11-23T18:30:00Z");

    @TempDir
    Path dataDir;

    private AppModels models;
    private ReadinessModel readiness;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        models = AppModels.create(PACK, new LoadedProgress(Progress.empty(), false, Optional.empty()),
                new ProgressStore(dataDir, clock), Runnable::run, Runnable::run, clock, () -> new Random(1));
        readiness = models.readiness();
        readiness.addPropertyChangeListener(e -> events.add(e.getPropertyName()));
    }

    private void check(int count) {
        PACK.checklistItems().stream().limit(count).forEach(i -> models.checklist().setChecked(i.id(), true));
    }

    /** An attempt answering every question of {@code topicId}, the first {@code correct} of them right. */
    private static QuizAttempt attemptOn(String topicId, int correct) {
        List<Question> questions = PACK.quiz().questions().stream().filter(q -> q.topicId().equals(topicId))
                .toList();
        List<AnswerRecord> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.add(new AnswerRecord(questions.get(i).id(), topicId, Set.of("x"), i < correct, null));
        }
        return new QuizAttempt(NOW, NOW, QuizMode.PRACTICE, answers);
    }

    @Test
    void scoreIsZeroWhenNothingIsDone() {
        assertThat(readiness.readiness().score()).isZero();
        assertThat(readiness.readiness().topics()).allSatisfy(t -> assertThat(t.percent()).isEmpty());
        assertThat(readiness.history()).isEmpty();
    }

    @Test
    void checkingItemsRaisesTheScoreByTheChecklistWeight() {
        check(3);

        int items = PACK.checklistItems().size();
        int checklistPercent = Math.round(100f * 3 / items);
        assertThat(readiness.readiness().checklistPercent()).isEqualTo(checklistPercent);
        assertThat(readiness.readiness().score())
                .isEqualTo(Math.round(ReadinessCalculator.CHECKLIST_WEIGHT * checklistPercent / 100f));
    }

    @Test
    void readingASectionRaisesTheReadingPart() {
        models.guide().setRead("voicemail", true);

        int readingPercent = Math.round(100f / PACK.sections().size());
        assertThat(readiness.readiness().readingPercent()).isEqualTo(readingPercent);
        assertThat(readiness.readiness().score())
                .isEqualTo(Math.round(ReadinessCalculator.READING_WEIGHT * readingPercent / 100f));
    }

    @Test
    void aChangeFiresReadiness() {
        check(1);

        assertThat(events).contains("readiness");
    }

    @Test
    void theLatestAttemptOnATopicCounts() {
        String topic = PACK.quiz().topics().get(0).id();
        models.session().addQuizAttempt(attemptOn(topic, 0));
        models.session().addQuizAttempt(attemptOn(topic, Integer.MAX_VALUE));

        TopicReadiness result = readiness.readiness().topics().get(0);
        assertThat(result.percent()).hasValue(100);
        int topics = PACK.quiz().topics().size();
        assertThat(readiness.readiness().quizPercent()).isEqualTo(Math.round(100f / topics));
        assertThat(readiness.attempts()).hasSize(2);
    }

    @Test
    void historyKeepsEveryScoreChangeAndEveryQuizAttempt() {
        check(3);
        String topic = PACK.quiz().topics().get(0).id();
        models.session().addQuizAttempt(attemptOn(topic, 0));
        models.session().addQuizAttempt(attemptOn(topic, 0));

        List<ReadinessPoint> history = readiness.history();
        assertThat(history).extracting(ReadinessPoint::cause).endsWith(ReadinessEvent.QUIZ, ReadinessEvent.QUIZ);
        assertThat(history).filteredOn(p -> p.cause() == ReadinessEvent.CHECKLIST).isNotEmpty();
        assertThat(history.get(history.size() - 1).score()).isEqualTo(readiness.readiness().score());
        assertThat(history).allSatisfy(p -> assertThat(p.at()).isEqualTo(NOW));
    }

    @Test
    void aNoteDoesNotChangeTheScoreOrTheHistory() {
        check(2);
        int before = readiness.readiness().score();
        int historySize = readiness.history().size();

        models.checklist().setNote(PACK.checklistItems().get(0).id(), "call from the car park");

        assertThat(readiness.readiness().score()).isEqualTo(before);
        assertThat(readiness.history()).hasSize(historySize);
    }

    @Test
    void nextStepsSuggestTheFirstOpenItemsInChecklistOrder() {
        List<ChecklistItem> items = PACK.checklistItems();
        models.checklist().setChecked(items.get(0).id(), true);

        assertThat(readiness.nextSteps().openItems()).hasSize(ReadinessModel.SUGGESTIONS)
                .containsExactlyElementsOf(items.subList(1, 1 + ReadinessModel.SUGGESTIONS));
    }

    @Test
    void nextStepsSuggestUnreadSectionsAndUntestedTopics() {
        models.guide().setRead(PACK.sections().get(0).id(), true);

        assertThat(readiness.nextSteps().unreadSections()).extracting(Section::id)
                .doesNotContain(PACK.sections().get(0).id()).hasSize(ReadinessModel.SUGGESTIONS);
        assertThat(readiness.nextSteps().weakTopics()).hasSize(ReadinessModel.SUGGESTIONS)
                .allSatisfy(t -> assertThat(t.percent()).isEmpty());
    }

    @Test
    void openSectionShowsTheGuideAtThatSection() {
        readiness.openSection("live-call");

        assertThat(models.navigation().view()).isEqualTo(AppView.GUIDE);
        assertThat(models.guide().selected().id()).isEqualTo("live-call");
    }

    @Test
    void openViewShowsTheChecklist() {
        readiness.openView(AppView.CHECKLIST);

        assertThat(models.navigation().view()).isEqualTo(AppView.CHECKLIST);
    }
}

package org.followupcoach.client.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyChangeEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.followupcoach.client.guide.GuideModel;
import org.followupcoach.client.session.AppView;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Confidence;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizModelTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ProgressStore store;
    private CoachSession session;
    private NavigationModel navigation;
    private GuideModel guide;
    private QuizModel model;
    private final List<PropertyChangeEvent> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = new ProgressStore(dir, CLOCK);
        session = new CoachSession(PACK, Progress.empty(), false, store, Runnable::run, Runnable::run, CLOCK);
        guide = new GuideModel(session);
        navigation = new NavigationModel(session, guide::select);
        model = quizWithSeeds(1);
        model.addPropertyChangeListener(events::add);
    }

    private QuizModel quizWithSeeds(int firstSeed) {
        AtomicInteger seed = new AtomicInteger(firstSeed);
        return new QuizModel(session, navigation, () -> new Random(seed.getAndIncrement()));
    }

    // ---- helpers that answer like a user would --------------------------------------------------------------------

    private Question current() {
        return model.question().question();
    }

    /** Picks the correct options, or one wrong option, of the question on screen and submits. */
    private AnswerRecord answer(boolean correctly, Confidence confidence) {
        Question q = current();
        if (correctly) {
            q.correctOptionIds().forEach(model::toggle);
        } else {
            model.toggle(q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id());
        }
        model.setConfidence(confidence);
        model.submit();
        AnswerRecord record = model.lastAnswer().orElseThrow();
        model.next();
        return record;
    }

    /** Answers in practice mode until a question of {@code type} is on screen. */
    private void skipUntil(Predicate<Question> wanted) {
        while (!wanted.test(current())) {
            answer(true, Confidence.SURE);
        }
    }

    /** Answers every question; the ones whose position matches {@code wrong} are answered wrongly. */
    private List<String> answerAll(Predicate<Integer> wrong, Confidence confidence) {
        List<String> asked = new ArrayList<>();
        while (model.state() == QuizModel.State.QUESTION) {
            asked.add(current().id());
            answer(!wrong.test(model.question().number()), confidence);
        }
        return asked;
    }

    private List<String> firedNames() {
        return events.stream().map(PropertyChangeEvent::getPropertyName).toList();
    }

    // ---- starting -------------------------------------------------------------------------------------------------

    @Test
    void theQuizStartsAtTheIntroWithEveryQuestionOfThePack() {
        assertThat(model.state()).isEqualTo(QuizModel.State.INTRO);
        assertThat(model.questionCount()).isEqualTo(PACK.quiz().questions().size()).isGreaterThan(10);
        assertThat(model.mode()).isNull();
    }

    @Test
    void startingPracticeShowsTheFirstOfAllQuestions() {
        model.start(QuizMode.PRACTICE);

        assertThat(model.state()).isEqualTo(QuizModel.State.QUESTION);
        assertThat(model.mode()).isEqualTo(QuizMode.PRACTICE);
        assertThat(model.question().number()).isEqualTo(1);
        assertThat(model.question().total()).isEqualTo(model.questionCount());
        assertThat(firedNames()).contains("state", "screen");
    }

    // ---- choosing -------------------------------------------------------------------------------------------------

    @Test
    void aSingleAnswerQuestionKeepsOnlyTheLatestChoice() {
        model.start(QuizMode.PRACTICE);
        skipUntil(q -> q.type() == QuestionType.SINGLE);
        List<AnswerOption> options = model.question().options();

        model.toggleAt(0);
        model.toggleAt(1);
        model.toggleAt(1);

        assertThat(model.allowsSeveral()).isFalse();
        assertThat(model.selection()).containsExactly(options.get(1).id());
    }

    @Test
    void aMultipleAnswerQuestionTogglesEachOptionOnAndOff() {
        model.start(QuizMode.PRACTICE);
        skipUntil(q -> q.type() == QuestionType.MULTIPLE);
        List<AnswerOption> options = model.question().options();

        model.toggleAt(0);
        model.toggleAt(2);
        model.toggleAt(1);
        model.toggleAt(0);

        assertThat(model.allowsSeveral()).isTrue();
        assertThat(model.selection()).containsExactlyInAnyOrder(options.get(2).id(), options.get(1).id());
        assertThat(firedNames()).contains("selection");
    }

    @Test
    void aKeyWithoutAnOptionChoosesNothing() {
        model.start(QuizMode.PRACTICE);

        model.toggleAt(model.question().options().size());
        model.toggleAt(-1);

        assertThat(model.selection()).isEmpty();
    }

    @Test
    void anAnswerCanOnlyBeSubmittedOnceSomethingIsChosen() {
        model.start(QuizMode.PRACTICE);

        assertThat(model.canSubmit()).isFalse();
        model.submit();
        assertThat(model.state()).isEqualTo(QuizModel.State.QUESTION);
        assertThat(model.lastAnswer()).isEmpty();

        model.toggleAt(0);
        assertThat(model.canSubmit()).isTrue();
    }

    // ---- the two modes --------------------------------------------------------------------------------------------

    @Test
    void practiceShowsFeedbackOnTheSameQuestionAfterEachAnswer() {
        model.start(QuizMode.PRACTICE);
        Question first = current();
        first.correctOptionIds().forEach(model::toggle);
        model.setConfidence(Confidence.NOT_SURE);

        model.submit();

        assertThat(model.state()).isEqualTo(QuizModel.State.FEEDBACK);
        assertThat(current()).isEqualTo(first);
        assertThat(model.lastAnswer()).get().satisfies(a -> {
            assertThat(a.correct()).isTrue();
            assertThat(a.confidence()).isEqualTo(Confidence.NOT_SURE);
        });
        assertThat(model.canSubmit()).as("no second answer to the same question").isFalse();
        model.toggleAt(0);
        assertThat(model.selection()).isEqualTo(first.correctOptionIds());

        model.next();
        assertThat(model.state()).isEqualTo(QuizModel.State.QUESTION);
        assertThat(model.question().number()).isEqualTo(2);
        assertThat(model.selection()).isEmpty();
        assertThat(model.confidence()).isNull();
    }

    @Test
    void aReadinessCheckMovesStraightToTheNextQuestion() {
        model.start(QuizMode.READINESS_CHECK);
        model.toggleAt(0);
        events.clear();

        model.submit();

        assertThat(model.state()).isEqualTo(QuizModel.State.QUESTION);
        assertThat(model.question().number()).isEqualTo(2);
        assertThat(firedNames()).as("a new question is a new screen even though the state stays")
                .contains("screen").doesNotContain("state");
        model.next();
        assertThat(model.question().number()).as("next() only leaves feedback").isEqualTo(2);
    }

    // ---- results --------------------------------------------------------------------------------------------------

    @Test
    void theResultsScoreCountsTheRightAnswersAndReviewEveryAnswerInTheOrderAsked() {
        model.start(QuizMode.READINESS_CHECK);

        List<String> asked = answerAll(n -> n % 3 == 0, Confidence.SURE);

        int total = model.questionCount();
        assertThat(model.state()).isEqualTo(QuizModel.State.RESULTS);
        QuizAttempt attempt = model.lastAttempt().orElseThrow();
        assertThat(attempt.score().total()).isEqualTo(total);
        assertThat(attempt.score().correct()).isEqualTo(total - total / 3);
        assertThat(attempt.mode()).isEqualTo(QuizMode.READINESS_CHECK);
        assertThat(model.review()).extracting(r -> r.question().question().id()).containsExactlyElementsOf(asked);
        assertThat(model.review()).allSatisfy(r ->
                assertThat(r.answer().questionId()).isEqualTo(r.question().question().id()));
    }

    @Test
    void sureButWrongAndRightButUnsureAreListedApart() {
        model.start(QuizMode.PRACTICE);
        answer(false, Confidence.SURE);
        answer(true, Confidence.NOT_SURE);
        answer(false, Confidence.NOT_SURE);
        answer(true, Confidence.SURE);
        answer(false, null);
        answerAll(n -> false, Confidence.SURE);

        assertThat(model.sureButWrong()).extracting(r -> r.question().number()).containsExactly(1);
        assertThat(model.unsureButRight()).extracting(r -> r.question().number()).containsExactly(2);
    }

    @Test
    void aFinishedAttemptIsSavedToProgressAndCharted() {
        model.start(QuizMode.PRACTICE);

        answerAll(n -> n == 1, Confidence.SURE);

        assertThat(session.progress().quizAttempts()).hasSize(1);
        assertThat(session.progress().readinessHistory()).extracting(ReadinessPoint::cause)
                .contains(ReadinessEvent.QUIZ);
        QuizAttempt saved = store.load().progress().quizAttempts().get(0);
        assertThat(saved.score()).isEqualTo(model.lastAttempt().orElseThrow().score());
        assertThat(saved.missedQuestionIds()).hasSize(1);
    }

    @Test
    void leavingAnUnfinishedAttemptKeepsNothing() {
        model.start(QuizMode.PRACTICE);
        answer(true, Confidence.SURE);

        model.backToIntro();

        assertThat(model.state()).isEqualTo(QuizModel.State.INTRO);
        assertThat(session.progress().quizAttempts()).isEmpty();
    }

    // ---- retry and shuffle ----------------------------------------------------------------------------------------

    @Test
    void retryMissedAsksExactlyTheMissedQuestionsInTheSameMode() {
        model.start(QuizMode.READINESS_CHECK);
        answerAll(n -> n % 4 == 1, Confidence.SURE);
        Set<String> missed = Set.copyOf(model.lastAttempt().orElseThrow().missedQuestionIds());

        model.retryMissed();

        assertThat(model.state()).isEqualTo(QuizModel.State.QUESTION);
        assertThat(model.mode()).isEqualTo(QuizMode.READINESS_CHECK);
        assertThat(model.question().total()).isEqualTo(missed.size());
        List<String> retried = answerAll(n -> false, Confidence.SURE);
        assertThat(retried).containsExactlyInAnyOrderElementsOf(missed);
        assertThat(model.lastAttempt().orElseThrow().missedQuestionIds()).isEmpty();
        assertThat(session.progress().quizAttempts()).hasSize(2);
    }

    @Test
    void retryMissedDoesNothingWhenNothingWasMissed() {
        model.start(QuizMode.PRACTICE);
        answerAll(n -> false, Confidence.SURE);

        model.retryMissed();

        assertThat(model.state()).isEqualTo(QuizModel.State.RESULTS);
    }

    @Test
    void everyAttemptShufflesQuestionsAndOptionsAfresh() {
        Map<String, List<String>> first = takeRecordingOptionOrder();
        model.backToIntro();
        Map<String, List<String>> second = takeRecordingOptionOrder();

        assertThat(List.copyOf(second.keySet())).as("question order")
                .isNotEqualTo(List.copyOf(first.keySet()))
                .containsExactlyInAnyOrderElementsOf(first.keySet());
        assertThat(second).as("option order of some question").isNotEqualTo(first);
        assertThat(second.keySet()).as("options differ from content order somewhere").anySatisfy(id ->
                assertThat(second.get(id)).isNotEqualTo(PACK.quiz().questions().stream()
                        .filter(q -> q.id().equals(id)).findFirst().orElseThrow()
                        .options().stream().map(AnswerOption::id).toList()));
    }

    /** Takes a full readiness check; question ids in the order asked, each with its options in screen order. */
    private Map<String, List<String>> takeRecordingOptionOrder() {
        model.start(QuizMode.READINESS_CHECK);
        Map<String, List<String>> orders = new LinkedHashMap<>();
        while (model.state() == QuizModel.State.QUESTION) {
            orders.put(current().id(), model.question().options().stream().map(AnswerOption::id).toList());
            answer(true, Confidence.SURE);
        }
        return orders;
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        QuizModel other = quizWithSeeds(1);

        model.start(QuizMode.PRACTICE);
        other.start(QuizMode.PRACTICE);

        assertThat(other.question()).isEqualTo(model.question());
    }

    // ---- reading up -----------------------------------------------------------------------------------------------

    @Test
    void readingUpOpensTheGuideAtTheQuestionsSection() {
        model.start(QuizMode.PRACTICE);
        answer(false, Confidence.SURE);
        String section = PACK.quiz().questions().get(5).sectionId();

        model.readUp(section);

        assertThat(navigation.view()).isEqualTo(AppView.GUIDE);
        assertThat(guide.selected().id()).isEqualTo(section);
        assertThat(model.state()).as("the quiz waits where it was").isEqualTo(QuizModel.State.QUESTION);
    }

    @Test
    void topicTitlesComeFromThePack() {
        assertThat(model.topicTitle("timing")).isEqualTo(PACK.topicsById().get("timing").title());
        assertThat(model.topicTitle("no-such-topic")).isEqualTo("no-such-topic");
    }
}

package org.followupcoach.client.quiz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.client.support.Bean;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;
import org.followupcoach.core.quiz.PresentedQuestion;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.quiz.QuizSession;
import org.followupcoach.core.quiz.Runs;

/**
 * The quiz screen: pick a mode, answer one question at a time (with a certainty level), see feedback when the mode
 * allows, then the results. Fires {@code state}, {@code selection} and {@code certainty}.
 */
public final class QuizModel extends Bean {

    /** Where the quiz screen is. */
    public enum State {
        INTRO, QUESTION, FEEDBACK, RESULTS
    }

    /** One answered question for the review list. */
    public record Review(PresentedQuestion question, AnswerRecord answer) {
    }

    private final CoachSession session;
    private final NavigationModel navigation;
    private final Supplier<Random> random;
    private State state = State.INTRO;
    private QuizSession quiz;
    private Set<String> selection = new LinkedHashSet<>();
    private Certainty certainty;
    private AnswerRecord lastAnswer;
    private QuizAttempt lastAttempt;
    private List<PresentedQuestion> lastPresented = List.of();

    /** {@code random} gives each attempt its shuffle; tests pass a seeded one. */
    public QuizModel(CoachSession session, NavigationModel navigation, Supplier<Random> random) {
        this.session = session;
        this.navigation = navigation;
        this.random = random;
        navigation.addPropertyChangeListener("reshown", e -> {
            if (e.getNewValue() == org.followupcoach.client.session.AppView.QUIZ && state == State.RESULTS) {
                backToIntro();
            }
        });
    }

    /** The readiness score now, shown on the results page after a run. */
    public int readinessScore() {
        return session.readiness().score();
    }

    /** Opens Readiness, where the new score and its parts show. */
    public void openReadiness() {
        navigation.show(org.followupcoach.client.session.AppView.READINESS);
    }

    /** The weakest topic's title and guide section, for "Read up on ..." on the results page. */
    public Optional<org.followupcoach.core.model.Topic> weakestTopicToRead() {
        return weakestTopic().map(id -> session.pack().topicsById().get(id));
    }

    public State state() {
        return state;
    }

    public int questionCount() {
        return session.pack().quiz().questions().size();
    }

    /**
     * Starts a run: a readiness check draws 12 questions across the topics (never the last check's set again);
     * practice asks every question, those due for review first.
     */
    public void start(QuizMode mode) {
        start(mode, Set.of(), Runs.PracticeSize.ALL);
    }

    /** Starts a run; practice asks {@code topics} (all when empty), at most {@code size} questions. */
    public void start(QuizMode mode, Set<String> topics, Runs.PracticeSize size) {
        List<Question> bank = session.pack().quiz().questions();
        if (mode == QuizMode.READINESS_CHECK) {
            begin(Runs.readinessCheck(bank, session.pack().quiz().topics(), lastCheckSet(), random.get()), mode);
        } else {
            begin(Runs.practice(bank, topics, size, session.reviewPlan().dueIds(session.today()), random.get()),
                    mode);
        }
    }

    /** The quiz topics in pack order. */
    public List<org.followupcoach.core.model.Topic> topics() {
        return session.pack().quiz().topics();
    }

    /** The weakest topic, as "what to do next" ranks it (confident mistakes first); empty when none is weak. */
    public Optional<String> weakestTopic() {
        return org.followupcoach.core.readiness.NextSteps.suggest(session.pack(), session.readiness(), Set.of(),
                Set.of(), 1).weakTopics().stream().findFirst().map(t -> t.topic().id());
    }

    /** Questions due for review today (or before the next call). */
    public int dueCount() {
        return session.reviewPlan().dueBy(session.today()).size();
    }

    private Set<String> lastCheckSet() {
        List<QuizAttempt> attempts = session.progress().quizAttempts();
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).mode() == QuizMode.READINESS_CHECK) {
                return attempts.get(i).answers().stream().map(AnswerRecord::questionId)
                        .collect(Collectors.toSet());
            }
        }
        return Set.of();
    }

    /** Starts an attempt over the questions missed in the last attempt, in the same mode. */
    public void retryMissed() {
        if (lastAttempt == null || lastAttempt.missedQuestionIds().isEmpty()) {
            return;
        }
        Set<String> missed = Set.copyOf(lastAttempt.missedQuestionIds());
        begin(session.pack().quiz().questions().stream().filter(q -> missed.contains(q.id())).toList(),
                lastAttempt.mode());
    }

    private void begin(List<Question> questions, QuizMode mode) {
        quiz = new QuizSession(questions, mode, random.get(), session.clock());
        lastAnswer = null;
        resetAnswer();
        setState(State.QUESTION);
    }

    /** Back to the mode choice; the answers of a run left unfinished are kept (they count as evidence). */
    public void backToIntro() {
        if (quiz != null && !quiz.isComplete()) {
            quiz.leave().ifPresent(session::addQuizAttempt);
        }
        quiz = null;
        setState(State.INTRO);
    }

    /** Whether leaving now would end a readiness check with answers given: the screen asks first. */
    public boolean leavingNeedsConfirmation() {
        return quiz != null && quiz.mode() == QuizMode.READINESS_CHECK && !quiz.isComplete()
                && !quiz.answers().isEmpty();
    }

    public QuizMode mode() {
        return quiz == null ? null : quiz.mode();
    }

    /** The question on screen (during QUESTION and FEEDBACK). */
    public PresentedQuestion question() {
        return quiz.showing();
    }

    public boolean allowsSeveral() {
        return question().question().type() == QuestionType.MULTIPLE;
    }

    public Set<String> selection() {
        return Set.copyOf(selection);
    }

    /** Picks an option: replaces the choice for single-answer questions, toggles it for multiple-answer ones. */
    public void toggle(String optionId) {
        if (state != State.QUESTION) {
            return;
        }
        Set<String> old = Set.copyOf(selection);
        if (allowsSeveral()) {
            if (!selection.remove(optionId)) {
                selection.add(optionId);
            }
        } else {
            selection.clear();
            selection.add(optionId);
        }
        fire("selection", old, Set.copyOf(selection));
    }

    /** Picks the option at a 0-based position on screen (keys 1–4 and A–D). */
    public void toggleAt(int index) {
        List<AnswerOption> options = question().options();
        if (index >= 0 && index < options.size()) {
            toggle(options.get(index).id());
        }
    }

    /** The certainty level chosen for the answer on screen; null until one is chosen (then it counts as level 1). */
    public Certainty certainty() {
        return certainty;
    }

    public void setCertainty(Certainty value) {
        if (state != State.QUESTION) {
            return;
        }
        Certainty old = certainty;
        certainty = value;
        fire("certainty", old, value);
    }

    public boolean canSubmit() {
        return state == State.QUESTION && !selection.isEmpty();
    }

    /** Records the answer; practice mode then shows feedback, a readiness check moves straight on. */
    public void submit() {
        if (!canSubmit()) {
            return;
        }
        lastAnswer = quiz.answer(selection, certainty);
        if (quiz.mode() == QuizMode.PRACTICE) {
            setState(State.FEEDBACK);
        } else {
            advance();
        }
    }

    /** After feedback, on to the next question or the results. */
    public void next() {
        if (state == State.FEEDBACK) {
            advance();
        }
    }

    private void advance() {
        quiz.next();
        resetAnswer();
        if (quiz.isComplete()) {
            lastAttempt = quiz.finish();
            lastPresented = quiz.presented();
            session.addQuizAttempt(lastAttempt);
            setState(State.RESULTS);
        } else {
            setState(State.QUESTION);
        }
    }

    private void resetAnswer() {
        selection = new LinkedHashSet<>();
        certainty = null;
        fire("selection", null, Set.of());
    }

    /** The answer just given, while its feedback shows. */
    public Optional<AnswerRecord> lastAnswer() {
        return Optional.ofNullable(lastAnswer);
    }

    public Optional<QuizAttempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt);
    }

    /** Every question of the last attempt with the answer given, in the order asked. */
    public List<Review> review() {
        if (lastAttempt == null) {
            return List.of();
        }
        Map<String, AnswerRecord> byQuestion = lastAttempt.answers().stream()
                .collect(Collectors.toMap(AnswerRecord::questionId, a -> a));
        return lastPresented.stream().map(p -> new Review(p, byQuestion.get(p.question().id()))).toList();
    }

    /** Answers wrong at certainty 2 or 3, costliest first: misconceptions, the ones to look at first. */
    public List<Review> sureButWrong() {
        return review().stream().filter(r -> r.answer().confidentButWrong())
                .sorted(java.util.Comparator.comparingInt(r -> r.answer().mark())).toList();
    }

    /** How often the last attempt was right at each certainty level. */
    public Optional<org.followupcoach.core.quiz.Calibration> calibration() {
        return lastAttempt().map(QuizAttempt::calibration);
    }

    /** Answers that were right though the user was unsure. */
    public List<Review> unsureButRight() {
        return review().stream().filter(r -> r.answer().unsureButRight()).toList();
    }

    /** Title of a topic by id. */
    public String topicTitle(String topicId) {
        var topic = session.pack().topicsById().get(topicId);
        return topic == null ? topicId : topic.title();
    }

    /** Opens the guide section a question tests. */
    public void readUp(String sectionId) {
        navigation.openSection(sectionId);
    }

    private void setState(State next) {
        State old = state;
        state = next;
        fire("state", old, next);
        fireChanged("screen");
    }
}

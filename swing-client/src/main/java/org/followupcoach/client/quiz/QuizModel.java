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
import org.followupcoach.core.quiz.Confidence;
import org.followupcoach.core.quiz.PresentedQuestion;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.quiz.QuizSession;

/**
 * The quiz screen: pick a mode, answer one question at a time (with how sure you are), see feedback when the mode
 * allows, then the results. Fires {@code state}, {@code selection} and {@code confidence}.
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
    private Confidence confidence;
    private AnswerRecord lastAnswer;
    private QuizAttempt lastAttempt;
    private List<PresentedQuestion> lastPresented = List.of();

    /** {@code random} gives each attempt its shuffle; tests pass a seeded one. */
    public QuizModel(CoachSession session, NavigationModel navigation, Supplier<Random> random) {
        this.session = session;
        this.navigation = navigation;
        this.random = random;
    }

    public State state() {
        return state;
    }

    public int questionCount() {
        return session.pack().quiz().questions().size();
    }

    /** Starts a full attempt in {@code mode}. */
    public void start(QuizMode mode) {
        begin(session.pack().quiz().questions(), mode);
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

    /** Back to the mode choice, abandoning an unfinished attempt. */
    public void backToIntro() {
        quiz = null;
        setState(State.INTRO);
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

    public Confidence confidence() {
        return confidence;
    }

    public void setConfidence(Confidence value) {
        if (state != State.QUESTION) {
            return;
        }
        Confidence old = confidence;
        confidence = value;
        fire("confidence", old, value);
    }

    public boolean canSubmit() {
        return state == State.QUESTION && !selection.isEmpty();
    }

    /** Records the answer; practice mode then shows feedback, a readiness check moves straight on. */
    public void submit() {
        if (!canSubmit()) {
            return;
        }
        lastAnswer = quiz.answer(selection, confidence);
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
        confidence = null;
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

    /** Answers given with confidence that were wrong: the ones to look at first. */
    public List<Review> sureButWrong() {
        return review().stream().filter(r -> r.answer().sureButWrong()).toList();
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

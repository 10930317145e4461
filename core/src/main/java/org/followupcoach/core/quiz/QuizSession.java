package org.followupcoach.core.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;

/** One run through a set of questions: shuffled order, answers with certainty, and the finished attempt. */
public final class QuizSession {

    private final QuizMode mode;
    private final Clock clock;
    private final Instant startedAt;
    private final List<PresentedQuestion> presented;
    private final List<AnswerRecord> answers = new ArrayList<>();
    private int index;

    /** Starts a session over {@code questions}; question and option order are shuffled with {@code random}. */
    public QuizSession(List<Question> questions, QuizMode mode, Random random, Clock clock) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a quiz needs at least one question");
        }
        this.mode = mode;
        this.clock = clock;
        this.startedAt = clock.instant();
        List<Question> order = new ArrayList<>(questions);
        Collections.shuffle(order, random);
        List<PresentedQuestion> shown = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<AnswerOption> options = new ArrayList<>(order.get(i).options());
            // True/false reads oddly as "False, True", so only real choices are shuffled.
            if (order.get(i).type() != org.followupcoach.core.model.QuestionType.TRUE_FALSE) {
                Collections.shuffle(options, random);
            }
            shown.add(new PresentedQuestion(order.get(i), options, i + 1, order.size()));
        }
        this.presented = List.copyOf(shown);
    }

    public QuizMode mode() {
        return mode;
    }

    /** The question to answer now, or empty when every question is answered. */
    public Optional<PresentedQuestion> current() {
        return index < presented.size() && answers.size() == index ? Optional.of(presented.get(index))
                : Optional.empty();
    }

    /** The question on screen: the unanswered current one, or the one just answered while its feedback shows. */
    public PresentedQuestion showing() {
        return presented.get(Math.min(index, presented.size() - 1));
    }

    /** Records an answer given as sure / not sure (see {@link Certainty#of(Confidence)}). */
    public AnswerRecord answer(Set<String> chosenOptionIds, Confidence confidence) {
        return answer(chosenOptionIds, Certainty.of(confidence));
    }

    /** Records the answer to the current question; exact match of the correct options counts as right. */
    public AnswerRecord answer(Set<String> chosenOptionIds, Certainty certainty) {
        PresentedQuestion q = current().orElseThrow(() -> new IllegalStateException("no question awaits an answer"));
        if (chosenOptionIds.isEmpty()) {
            throw new IllegalArgumentException("choose at least one option");
        }
        boolean correct = q.question().correctOptionIds().equals(Set.copyOf(chosenOptionIds));
        AnswerRecord record = new AnswerRecord(q.question().id(), q.question().topicId(), chosenOptionIds, correct,
                certainty);
        answers.add(record);
        return record;
    }

    /** Moves past the answered question. */
    public void next() {
        if (answers.size() <= index) {
            throw new IllegalStateException("answer the question before moving on");
        }
        index++;
    }

    /** Whether every question has been answered. */
    public boolean isComplete() {
        return answers.size() == presented.size();
    }

    /** The answers so far, in the order given. */
    public List<AnswerRecord> answers() {
        return List.copyOf(answers);
    }

    /** The questions in the order this session asks them. */
    public List<PresentedQuestion> presented() {
        return presented;
    }

    /** The finished attempt; only once every question is answered. */
    public QuizAttempt finish() {
        if (!isComplete()) {
            throw new IllegalStateException("the quiz is not finished");
        }
        return new QuizAttempt(startedAt, clock.instant(), mode, answers);
    }

    /**
     * Leaves the run before its end, keeping the answers given so far as an attempt marked {@code left}; empty when
     * nothing was answered, since there is nothing to keep.
     */
    public java.util.Optional<QuizAttempt> leave() {
        if (answers.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new QuizAttempt(startedAt, clock.instant(), mode, answers, !isComplete()));
    }
}

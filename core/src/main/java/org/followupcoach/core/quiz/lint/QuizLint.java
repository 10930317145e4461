package org.followupcoach.core.quiz.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.Quiz;

/**
 * Scores test-wise strategies (longest option, shortest option, avoiding absolute words, most words shared with the
 * prompt, first position in the file, always true, always false) against a blind guess on a whole quiz, so an author
 * learns when a learner could pass without reading. A strategy is flagged when it beats chance by more than
 * {@link #MARGIN_POINTS} percentage points over at least {@link #MIN_QUESTIONS} questions: below that a single
 * question swings the figure too much to mean anything.
 */
public final class QuizLint {

    /** How far above chance a strategy may score before the pack gets a warning, in percentage points. */
    public static final double MARGIN_POINTS = 10;
    /** The fewest questions a strategy must apply to before its score is judged. */
    public static final int MIN_QUESTIONS = 5;

    private QuizLint() {
    }

    /** Every strategy's result on {@code quiz}, in the order of {@link Strategy}. */
    public static List<StrategyResult> analyse(Quiz quiz) {
        List<StrategyResult> out = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            out.add(analyse(quiz.questions(), s));
        }
        return out;
    }

    /** One strategy's result on the questions. */
    public static StrategyResult analyse(List<Question> questions, Strategy strategy) {
        int applicable = 0;
        double hits = 0;
        double chance = 0;
        List<StrategyResult.Feeder> feeders = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q == null || q.options().isEmpty() || !strategy.appliesTo(q)) {
                continue;
            }
            applicable++;
            double hit = strategy.hitChance(q);
            double blind = Strategy.blindChance(q);
            hits += hit;
            chance += blind;
            if (hit > blind + 1e-9) {
                feeders.add(new StrategyResult.Feeder(i, q.id(), rightChoice(q, strategy)));
            }
        }
        return applicable == 0 ? new StrategyResult(strategy, 0, 0, 0, List.of())
                : new StrategyResult(strategy, applicable, 100 * hits / applicable, 100 * chance / applicable,
                feeders);
    }

    /** The strategies that beat chance by more than the margin. */
    public static List<StrategyResult> flagged(Quiz quiz) {
        return analyse(quiz).stream().filter(QuizLint::flags).toList();
    }

    /** Whether a result is worth a warning. */
    public static boolean flags(StrategyResult r) {
        return r.applicable() >= MIN_QUESTIONS && r.edge() > MARGIN_POINTS;
    }

    /** One warning: where in quiz.json (a JSON path) and what to say. */
    public record Finding(String jsonPath, String message) {
    }

    /**
     * The warnings for each flagged strategy: once at {@code $.questions} with the figures and the questions that
     * feed it, then at each feeding question's right option, so an editor can jump from one to the next.
     */
    public static List<Finding> findings(Quiz quiz) {
        List<Finding> out = new ArrayList<>();
        for (StrategyResult r : flagged(quiz)) {
            String name = r.strategy().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String ids = r.feeders().stream().map(StrategyResult.Feeder::questionId).collect(Collectors.joining(", "));
            out.add(new Finding("$.questions", String.format(Locale.ROOT,
                    "quiz lint %s: a guesser who would %s scores %.0f%% on %d questions where chance is %.0f%% "
                            + "(%.0f points above; at most %.0f allowed). Questions that feed it: %s",
                    name, r.strategy().description(), r.strategyPercent(), r.applicable(), r.chancePercent(),
                    r.edge(), MARGIN_POINTS, ids)));
            for (StrategyResult.Feeder f : r.feeders()) {
                String at = "$.questions[" + f.questionIndex() + "]"
                        + (f.optionIndex() >= 0 ? ".options[" + f.optionIndex() + "]" : "");
                out.add(new Finding(at, "quiz lint " + name + ": \"" + f.questionId() + "\" can be answered if you "
                        + r.strategy().description() + "; rewrite the options so this clue points nowhere"));
            }
        }
        return out;
    }

    private static int rightChoice(Question q, Strategy strategy) {
        List<AnswerOption> choices = strategy.choices(q);
        for (AnswerOption o : choices) {
            if (o.correct()) {
                return q.options().indexOf(o);
            }
        }
        return -1;
    }
}

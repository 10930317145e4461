package org.followupcoach.core.quiz.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.followupcoach.core.model.AnswerOption;
import org.followupcoach.core.model.Question;
import org.followupcoach.core.model.QuestionType;

/**
 * A test-wise way to answer without knowing the subject. Each strategy names the options it would choose between
 * (the guesser picks one of them at random); an empty list means the strategy has nothing to say about the question.
 * Option-text strategies apply to single- and multiple-choice questions; the true/false ones to true/false only.
 */
public enum Strategy {
    LONGEST_OPTION("pick the longest option") {
        @Override
        public List<AnswerOption> choices(Question q) {
            return choice(q) ? best(q.options(), o -> o.text().length()) : List.of();
        }
    },
    SHORTEST_OPTION("pick the shortest option") {
        @Override
        public List<AnswerOption> choices(Question q) {
            return choice(q) ? best(q.options(), o -> -o.text().length()) : List.of();
        }
    },
    AVOID_ABSOLUTES("avoid options with absolute words (always, never, nothing, guarantees…)") {
        @Override
        public List<AnswerOption> choices(Question q) {
            if (!choice(q)) {
                return List.of();
            }
            List<AnswerOption> plain = q.options().stream().filter(o -> !hasAbsoluteWord(o.text())).toList();
            // When every option (or none) is absolute, the strategy gives no hint: the guesser picks from them all.
            return plain.isEmpty() ? q.options() : plain;
        }
    },
    MOST_PROMPT_WORDS("pick the option sharing most words with the question") {
        @Override
        public List<AnswerOption> choices(Question q) {
            if (!choice(q)) {
                return List.of();
            }
            Set<String> prompt = contentWords(q.prompt());
            return best(q.options(), o -> {
                Set<String> shared = contentWords(o.text());
                shared.retainAll(prompt);
                return shared.size();
            });
        }
    },
    FIRST_IN_FILE("pick the option listed first in the file") {
        @Override
        public List<AnswerOption> choices(Question q) {
            return choice(q) && !q.options().isEmpty() ? List.of(q.options().get(0)) : List.of();
        }
    },
    ALWAYS_TRUE("answer every true/false question \"True\"") {
        @Override
        public List<AnswerOption> choices(Question q) {
            return trueFalse(q, "true");
        }
    },
    ALWAYS_FALSE("answer every true/false question \"False\"") {
        @Override
        public List<AnswerOption> choices(Question q) {
            return trueFalse(q, "false");
        }
    };

    /** Words that claim too much; item writers tend to put them in wrong options, and test-wise guessers know it. */
    public static final Set<String> ABSOLUTE_WORDS = Set.of("always", "never", "nothing", "none", "nobody",
            "everyone", "everybody", "everything", "every", "all", "guarantee", "guarantees", "guaranteed",
            "definitely", "certainly", "completely", "absolutely", "entirely", "impossible", "whatever");

    private static final Set<String> STOP_WORDS = Set.of("the", "and", "you", "your", "are", "for", "that", "this",
            "with", "was", "were", "have", "has", "had", "not", "but", "they", "them", "their", "what", "when", "who",
            "how", "should", "would", "could", "can", "will", "its", "it's", "from", "about", "into", "than", "then",
            "there", "which", "while", "been", "did", "does", "just", "more", "most", "one", "out", "say", "best",
            "true", "false", "yes", "now", "get", "she", "her", "his", "him");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private final String description;

    Strategy(String description) {
        this.description = description;
    }

    /** What the strategy does, in a few words for a warning. */
    public String description() {
        return description;
    }

    /** The options this strategy would choose between, in file order; empty when it does not apply. */
    public abstract List<AnswerOption> choices(Question q);

    /** The chance that a guesser following this strategy hits a right option (0 when it does not apply). */
    public double hitChance(Question q) {
        List<AnswerOption> c = choices(q);
        return c.isEmpty() ? 0 : (double) c.stream().filter(AnswerOption::correct).count() / c.size();
    }

    /** Whether the strategy applies to the question. */
    public boolean appliesTo(Question q) {
        return !choices(q).isEmpty();
    }

    /** The chance of a blind guess (one option at random) hitting a right option. */
    public static double blindChance(Question q) {
        return q.options().isEmpty() ? 0 : (double) q.correctOptionIds().size() / q.options().size();
    }

    /** Whether {@code text} holds one of {@link #ABSOLUTE_WORDS} (or "no one"). */
    public static boolean hasAbsoluteWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no one")) {
            return true;
        }
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            if (ABSOLUTE_WORDS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean choice(Question q) {
        return q.type() != QuestionType.TRUE_FALSE && q.options().size() > 1;
    }

    private static List<AnswerOption> trueFalse(Question q, String text) {
        if (q.type() != QuestionType.TRUE_FALSE) {
            return List.of();
        }
        return q.options().stream().filter(o -> o.text().trim().equalsIgnoreCase(text)).limit(1).toList();
    }

    /** The options with the highest measure; ties are all kept, so a tie gives the strategy no edge. */
    private static List<AnswerOption> best(List<AnswerOption> options, ToIntFunction<AnswerOption> measure) {
        List<AnswerOption> top = new ArrayList<>();
        int max = Integer.MIN_VALUE;
        for (AnswerOption o : options) {
            int m = measure.applyAsInt(o);
            if (m > max) {
                top.clear();
                max = m;
            }
            if (m == max) {
                top.add(o);
            }
        }
        return top;
    }
}

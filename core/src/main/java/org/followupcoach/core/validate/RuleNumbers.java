package org.followupcoach.core.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.followupcoach.core.model.Rule;

/**
 * The rule numbers inside texts: replaces {@code {rule:<id>}} with the rule's value, and finds a number stated next to
 * a rule's unit word ("three tries", "45-second message", "7 to 10 days") that no rule with that unit has, which is how
 * a text drifts from the rules when someone edits one and not the other.
 */
public final class RuleNumbers {

    private static final Pattern USE = Pattern.compile("\\{rule:([^{}]*)}");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("twenty-four", 24), Map.entry("forty-eight", 48),
            Map.entry("seventy-two", 72), Map.entry("fourteen", 14), Map.entry("ninety", 90));
    private static final String NUMBER = "\\d+|" + WORDS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
    /** Words that may stand between the number and its unit without changing what is counted. */
    private static final String FILLER = "(?:[\\s-]+(?:more|business|working|full|whole|calendar|phone|call))?";

    private final Map<String, Rule> rules;
    /** Null when no rule has a unit word, so there is nothing to check. */
    private final Pattern stated;

    private RuleNumbers(Map<String, Rule> rules) {
        // In file order, so a message names the rules as the author wrote them.
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        Set<String> units = rules.values().stream().flatMap(r -> r.units().stream())
                .map(u -> u.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
        String unitAlternatives = units.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // A number (or a range "7 to 14", "2-3"), perhaps a filler word, then a unit word of some rule.
        this.stated = units.isEmpty() ? null : Pattern.compile("(?<![\\w.{:-])(" + NUMBER
                + ")(?:\\s*(?:-|–|to|or|and)\\s*(" + NUMBER + "))?" + FILLER + "[\\s-]+(" + unitAlternatives
                + ")(?![\\w])", Pattern.CASE_INSENSITIVE);
    }

    /** The checks for one pack's rules, compiled once for all its texts. */
    public static RuleNumbers of(Map<String, Rule> rules) {
        return new RuleNumbers(rules);
    }

    /** Whether there are no rules, so texts pass through unchanged. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** {@code text} with every {@code {rule:<id>}} replaced; an unknown id is handed to {@code unknown}, left as is. */
    public String substitute(String text, Consumer<String> unknown) {
        if (text.indexOf("{rule:") < 0) {
            return text;
        }
        Matcher m = USE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Rule rule = rules.get(m.group(1));
            if (rule == null) {
                unknown.accept(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, Integer.toString(rule.value()));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One message per number in {@code text} that contradicts the rules for the unit beside it. */
    public List<String> misstatements(String text) {
        if (stated == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = stated.matcher(text);
        while (m.find()) {
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            List<Rule> sameUnit = rules.values().stream()
                    .filter(r -> r.units().stream().anyMatch(u -> u.equalsIgnoreCase(unit))).toList();
            Set<Integer> allowed = sameUnit.stream().map(Rule::value).collect(Collectors.toSet());
            for (int g = 1; g <= 2; g++) {
                if (m.group(g) == null) {
                    continue;
                }
                int value = number(m.group(g));
                if (!allowed.contains(value)) {
                    out.add("states \"" + m.group().strip() + "\", but " + describe(sameUnit)
                            + "; write the number as " + sameUnit.stream().map(r -> "{rule:" + r.id() + "}")
                            .collect(Collectors.joining(" or ")) + " so it follows rules.json");
                    break;
                }
            }
        }
        return out;
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(r -> "rule " + r.id() + " is " + r.value())
                .collect(Collectors.joining(" and "));
    }

    private static int number(String token) {
        Integer word = WORDS.get(token.toLowerCase(Locale.ROOT));
        if (word != null) {
            return word;
        }
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package org.followupcoach.core.model;

import java.util.List;

/**
 * One number the advice depends on, such as how many tries before you stop calling. Texts cite it as
 * {@code {rule:<id>}}; {@code units} are the words that follow the number in a sentence ("tries", "seconds"), which
 * lets the validator spot a text that states the number differently.
 */
public record Rule(String id, int value, List<String> units, String meaning) {
    public Rule {
        units = List.copyOf(units);
    }
}

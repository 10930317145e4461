package org.followupcoach.core.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The numbers that drive the advice, kept once in a pack's {@code rules.json} so the texts, the planner, the cue card
 * and the quiz cannot drift apart, and a coach's pack can change them in one place.
 */
public record Rules(List<Rule> rules, LocalTime earlyStart, LocalTime earlyEnd, LocalTime lateStart,
                    LocalTime lateEnd) {

    /** Tries to reach the interviewer before you stop calling; the last one is where you leave the message. */
    public static final String MAX_CALL_TRIES = "maxCallTries";
    /** The longest a voicemail should run. */
    public static final String VOICEMAIL_SECONDS = "voicemailSeconds";
    /** About how long after the interview the call comes (read as the next business day). */
    public static final String HOURS_AFTER_INTERVIEW = "hoursAfterInterview";
    /** The written thank-you goes out within this many hours of the interview. */
    public static final String THANK_YOU_WITHIN_HOURS = "thankYouWithinHours";
    /** With no decision date given, an answer may come from this many days after the interview. */
    public static final String DAYS_UNTIL_ANSWER = "daysUntilAnswer";
    /** With no decision date given, the one check-in goes out this many days after the interview. */
    public static final String DAYS_UNTIL_CHECK_IN = "daysUntilCheckIn";
    /** With a decision date given, the check-in goes out this many business days after it. */
    public static final String DAYS_AFTER_DECISION_DATE = "daysAfterDecisionDate";
    /** Business days after the check-in with still no word before you stop waiting and look elsewhere. */
    public static final String DAYS_AFTER_CHECK_IN = "daysAfterCheckIn";

    /** The ids the app itself relies on, so every pack must define them. */
    public static final List<String> REQUIRED = List.of(MAX_CALL_TRIES, VOICEMAIL_SECONDS, HOURS_AFTER_INTERVIEW,
            THANK_YOU_WITHIN_HOURS, DAYS_UNTIL_ANSWER, DAYS_UNTIL_CHECK_IN, DAYS_AFTER_DECISION_DATE,
            DAYS_AFTER_CHECK_IN);

    /**
     * The bundled pack's values, for code that has no pack at hand (and for tests); RulesTest checks they equal
     * content/rules.json, so the two cannot drift.
     */
    public static final Rules STANDARD = new Rules(List.of(
            new Rule(MAX_CALL_TRIES, 2, List.of("try", "tries", "attempt", "attempts"), "standard"),
            new Rule(VOICEMAIL_SECONDS, 30, List.of("second", "seconds"), "standard"),
            new Rule(HOURS_AFTER_INTERVIEW, 24, List.of("hour", "hours"), "standard"),
            new Rule(THANK_YOU_WITHIN_HOURS, 24, List.of("hour", "hours"), "standard"),
            new Rule(DAYS_UNTIL_ANSWER, 7, List.of("day", "days"), "standard"),
            new Rule(DAYS_UNTIL_CHECK_IN, 14, List.of("day", "days"), "standard"),
            new Rule(DAYS_AFTER_DECISION_DATE, 2, List.of("day", "days"), "standard"),
            new Rule(DAYS_AFTER_CHECK_IN, 5, List.of("day", "days"), "standard")),
            LocalTime.of(8, 30), LocalTime.of(9, 30), LocalTime.of(16, 0), LocalTime.of(17, 30));

    public Rules {
        rules = List.copyOf(rules);
    }

    /** The rule with this id, if the pack defines it. */
    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> id.equals(r.id())).findFirst();
    }

    /** The rules by id, in file order (the first of a duplicated id wins; the validator reports the second). */
    public Map<String, Rule> byId() {
        return rules.stream().filter(r -> r.id() != null).collect(Collectors.toMap(Rule::id, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /**
     * The value of a rule the app relies on. A loaded pack always has it (the validator requires every id in
     * {@link #REQUIRED}); the standard value only stands in for a pack built by hand, as in tests.
     */
    public int value(String id) {
        return rule(id).or(() -> STANDARD.rules.stream().filter(r -> r.id().equals(id)).findFirst())
                .map(Rule::value).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    /** Tries before you stop calling. */
    public int maxCallTries() {
        return value(MAX_CALL_TRIES);
    }

    /** The longest a voicemail should run, in seconds. */
    public int voicemailSeconds() {
        return value(VOICEMAIL_SECONDS);
    }
}

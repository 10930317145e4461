package org.followupcoach.core.plan;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.followupcoach.core.model.Placeholder;
import org.followupcoach.core.model.Rules;
import org.followupcoach.core.model.Voicemail;
import org.followupcoach.core.model.VoicemailElement;

/**
 * Builds the user's voicemail from the content's script and their own details, and checks it: every required
 * element filled, the word count, and the speaking time at an unhurried 150 words a minute.
 */
public final class VoicemailComposer {

    /** A calm speaking pace for a message someone has to note a number from. */
    public static final int WORDS_PER_MINUTE = 150;
    /**
     * The standard limit (rule {@code voicemailSeconds}); longer and the listener stops listening before the number.
     * A pack may set its own: use {@link Message#maxSeconds()}.
     */
    public static final int MAX_SECONDS = Rules.STANDARD.voicemailSeconds();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    /** One required element and whether the message covers it. */
    public record ElementCheck(VoicemailElement element, boolean present) {
    }

    /** The built message and its checks. */
    public record Message(String text, List<ElementCheck> checks, int words, int seconds, int maxSeconds) {
        public Message {
            checks = List.copyOf(checks);
        }

        /** Whether the message is too long to leave. */
        public boolean tooLong() {
            return seconds > maxSeconds;
        }

        /** Whether every element is present. */
        public boolean complete() {
            return checks.stream().allMatch(ElementCheck::present);
        }
    }

    private VoicemailComposer() {
    }

    /** The placeholder values for a call about {@code interview} made on {@code callDate}. */
    public static Map<String, String> values(CallerProfile me, Interview interview, LocalDate callDate) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", me.name().strip());
        values.put("jobTitle", interview.role().strip());
        values.put("interviewDay", interview.interviewAt() == null ? ""
                : dayPhrase(interview.interviewAt().toLocalDate(), callDate));
        values.put("interviewerName", interview.interviewerName().strip());
        values.put("phone", me.phone().strip());
        return values;
    }

    /** "yesterday", "on Friday" or "on November 12", as a caller would say it. */
    public static String dayPhrase(LocalDate interview, LocalDate call) {
        long days = ChronoUnit.DAYS.between(interview, call);
        if (days == 1) {
            return "yesterday";
        }
        if (days > 1 && days < 7) {
            return "on " + interview.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return "on " + interview.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + interview.getDayOfMonth();
    }

    /** Fills the script; a value still missing shows as its label in brackets so the gap is obvious. */
    public static Message compose(Voicemail voicemail, Map<String, String> values) {
        return compose(voicemail, values, Rules.STANDARD);
    }

    /** Fills the script and checks it against the pack's voicemail length. */
    public static Message compose(Voicemail voicemail, Map<String, String> values, Rules rules) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Placeholder p : voicemail.placeholders()) {
            labels.put(p.name(), p.label());
        }
        Matcher m = PLACEHOLDER.matcher(voicemail.script());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "");
            String shown = value.isBlank() ? "[" + labels.getOrDefault(m.group(1), m.group(1)) + "]" : value;
            m.appendReplacement(text, Matcher.quoteReplacement(shown));
        }
        m.appendTail(text);
        List<ElementCheck> checks = voicemail.elements().stream()
                .map(e -> new ElementCheck(e, e.placeholders().stream()
                        .allMatch(p -> !values.getOrDefault(p, "").isBlank())))
                .toList();
        String message = text.toString();
        int words = countWords(message);
        return new Message(message, checks, words, secondsToSay(words), rules.voicemailSeconds());
    }

    /** Words as a listener hears them: runs of non-space characters. */
    public static int countWords(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Seconds to say {@code words} at {@link #WORDS_PER_MINUTE}, rounded up. */
    public static int secondsToSay(int words) {
        return (words * 60 + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }
}

package org.followupcoach.core.rehearsal;

import java.time.Duration;
import java.util.List;

/**
 * Paces a script for reading aloud: at a chosen number of words a minute, which word the reader should be on after a
 * given time. The view scrolls to keep that word in sight; the maths lives here so it can be tested without a clock.
 */
public record Teleprompter(List<String> words, int wordsPerMinute) {

    /** The slowest pace offered: slower than this sounds like dictation. */
    public static final int MIN_WPM = 90;
    /** The fastest pace offered: faster than this a number cannot be noted down. */
    public static final int MAX_WPM = 200;
    /** A calm message sits between these two paces. */
    public static final int CALM_LOW = 130;
    /** See {@link #CALM_LOW}. */
    public static final int CALM_HIGH = 150;
    /** Where the teleprompter starts: the middle of the calm range. */
    public static final int DEFAULT_WPM = 140;

    public Teleprompter {
        words = List.copyOf(words);
        if (wordsPerMinute < MIN_WPM || wordsPerMinute > MAX_WPM) {
            throw new IllegalArgumentException("pace must be " + MIN_WPM + "-" + MAX_WPM + " words a minute");
        }
    }

    /** A teleprompter for {@code script}, split into words the way a listener hears them. */
    public static Teleprompter of(String script, int wordsPerMinute) {
        String t = script.strip();
        return new Teleprompter(t.isEmpty() ? List.of() : List.of(t.split("\\s+")), wordsPerMinute);
    }

    /** The same script at another pace. */
    public Teleprompter atPace(int wpm) {
        return new Teleprompter(words, wpm);
    }

    /** How long reading the whole script takes at this pace. */
    public Duration total() {
        return timeToReach(words.size());
    }

    /** When the reader reaches word {@code index} (0 is the start). */
    public Duration timeToReach(int index) {
        return Duration.ofMillis(Math.round(index * 60_000.0 / wordsPerMinute));
    }

    /** How many words have been read after {@code elapsed}, at most all of them. */
    public int wordsReadBy(Duration elapsed) {
        if (elapsed.isNegative()) {
            return 0;
        }
        long read = elapsed.toMillis() * wordsPerMinute / 60_000;
        return (int) Math.min(words.size(), read);
    }

    /** How far through the script the reader is after {@code elapsed}, from 0 to 1. */
    public double progressAt(Duration elapsed) {
        return words.isEmpty() ? 1.0 : (double) wordsReadBy(elapsed) / words.size();
    }

    /** Whether {@code wpm} is within the calm range. */
    public static boolean isCalm(int wpm) {
        return wpm >= CALM_LOW && wpm <= CALM_HIGH;
    }
}

package org.followupcoach.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The bounds the whole app holds, stated once: how long a text may be, which dates make sense, how much history is
 * kept in full. Forms refuse beyond them, the content validator reports beyond them, and the progress loader repairs
 * a file that goes beyond them, so no view ever meets a value it was not built to show.
 */
public final class Limits {

    /** Names and short fields: company, role, interviewer name and title, the user's own name. */
    public static final int NAME = 200;
    /** A phone number as typed, separators included. */
    public static final int PHONE = 40;
    /** A note on a checklist step, and the longer interview fields (key qualifications, what I wish I had said). */
    public static final int NOTE = 4_000;
    /** The note on one logged call. */
    public static final int CALL_NOTE = 2_000;
    /** Ids and names the app itself writes (sections, checklist steps, themes, views). */
    public static final int ID = 200;
    /** Any one string in a content pack; the longest in the bundled pack is about 1,100 characters. */
    public static final int CONTENT_STRING = 4_000;

    /** The first year a date may have. */
    public static final int FIRST_YEAR = 1970;
    /** The last year a date may have. */
    public static final int LAST_YEAR = 2200;

    /** History younger than this is kept point by point; older history keeps one point a day. */
    public static final int DAYS_KEPT_IN_FULL = 90;

    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);

    private Limits() {
    }

    /** Whether {@code date} falls in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    public static boolean isSane(LocalDate date) {
        return date != null && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Whether {@code dateTime} falls in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    public static boolean isSane(LocalDateTime dateTime) {
        return dateTime != null && isSane(dateTime.toLocalDate());
    }

    /** Whether {@code instant} falls in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR} (UTC). */
    public static boolean isSane(Instant instant) {
        return instant != null && !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
    }

    /** {@code text} cut to {@code max} characters, never splitting a surrogate pair; null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}

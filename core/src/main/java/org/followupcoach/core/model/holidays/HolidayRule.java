package org.followupcoach.core.model.holidays;

import java.time.DayOfWeek;
import java.util.List;

/**
 * One public holiday of a country as a rule: a fixed date, a day counted from Easter Sunday, the nth weekday of a
 * month, the first given weekday on or after a date, or a list of dates for days no rule describes. Fields a kind
 * does not use are zero, null or empty.
 */
public record HolidayRule(String id, String name, Kind rule, int month, int day, DayOfWeek weekday, int nth,
                          int offset, List<String> dates, Substitute substitute, Integer fromYear,
                          Integer untilYear) {
    public HolidayRule {
        dates = dates == null ? List.of() : List.copyOf(dates);
        substitute = substitute == null ? Substitute.NONE : substitute;
    }

    /** How the date of the holiday is found in a year. */
    public enum Kind {
        /** {@code month} and {@code day}. */
        FIXED,
        /** {@code offset} days from Easter Sunday (Gregorian computus). */
        EASTER,
        /** The {@code nth} {@code weekday} of {@code month}; -1 is the last. */
        NTH_WEEKDAY,
        /** The first {@code weekday} on or after {@code month}/{@code day}. */
        WEEKDAY_ON_OR_AFTER,
        /** The listed ISO dates. */
        DATES
    }

    /** Which working day is taken off instead when the holiday falls on a weekend. */
    public enum Substitute {
        /** None: a weekend holiday is simply lost. */
        NONE,
        /** Saturday moves to the Friday before, Sunday to the Monday after. */
        NEAREST_WEEKDAY,
        /** The next weekday that is not already a holiday (so Christmas and Boxing Day get two days). */
        NEXT_FREE_WEEKDAY
    }

    /** Whether the rule applies in {@code year}. */
    public boolean appliesIn(int year) {
        return (fromYear == null || year >= fromYear) && (untilYear == null || year <= untilYear);
    }
}

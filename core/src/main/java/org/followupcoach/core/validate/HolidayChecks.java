package org.followupcoach.core.validate;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.followupcoach.core.model.holidays.CountryHolidays;
import org.followupcoach.core.model.holidays.HolidayRule;

/**
 * Checks holidays.json beyond its shape: real country codes, each once; holiday ids unique per country; months,
 * days and weekday counts that exist in every year; dates in ISO form; year ranges that are not backwards.
 */
final class HolidayChecks {

    private static final String FILE = "holidays.json";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    /** Further than this from Easter is no longer an Easter-based holiday (Pentecost is +49, Corpus Christi +60). */
    private static final int MAX_EASTER_OFFSET = 70;

    private final ProblemLog log;

    private HolidayChecks(ProblemLog log) {
        this.log = log;
    }

    /** Reports every problem in {@code countries}; values that failed to decode are null and were reported. */
    static void check(List<CountryHolidays> countries, ProblemLog log) {
        new HolidayChecks(log).run(countries);
    }

    private void run(List<CountryHolidays> countries) {
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            CountryHolidays c = countries.get(i);
            String at = "$.countries[" + i + "]";
            if (c.code() != null) {
                if (!ISO_COUNTRIES.contains(c.code())) {
                    log.add(FILE, at + ".code", "\"" + c.code()
                            + "\" is not an ISO 3166 country code (two capital letters, such as \"GB\")");
                } else if (codes.putIfAbsent(c.code(), i) != null) {
                    log.add(FILE, at + ".code", "country \"" + c.code() + "\" is listed twice (also at $.countries["
                            + codes.get(c.code()) + "])");
                }
            }
            Map<String, Integer> ids = new HashMap<>();
            for (int j = 0; j < c.holidays().size(); j++) {
                HolidayRule h = c.holidays().get(j);
                String hat = at + ".holidays[" + j + "]";
                if (h.id() != null) {
                    if (!ID.matcher(h.id()).matches()) {
                        log.add(FILE, hat + ".id", "id \"" + h.id()
                                + "\" must be lower-case words joined by hyphens, such as \"boxing-day\"");
                    } else if (ids.putIfAbsent(h.id(), j) != null) {
                        log.add(FILE, hat + ".id", "holiday \"" + h.id() + "\" is listed twice in this country (also at "
                                + at + ".holidays[" + ids.get(h.id()) + "])");
                    }
                }
                checkRule(h, hat);
            }
        }
    }

    private void checkRule(HolidayRule h, String at) {
        if (h.rule() == null) {
            return;
        }
        switch (h.rule()) {
            case FIXED, WEEKDAY_ON_OR_AFTER -> {
                if (checkMonth(h.month(), at)) {
                    checkDay(h.month(), h.day(), at);
                }
            }
            case NTH_WEEKDAY -> {
                checkMonth(h.month(), at);
                if (h.nth() != -1 && (h.nth() < 1 || h.nth() > 4)) {
                    log.add(FILE, at + ".nth", "\"nth\" must be 1 to 4, or -1 for the last, but is " + h.nth()
                            + " (a fifth weekday does not exist in every month)");
                }
            }
            case EASTER -> {
                if (Math.abs(h.offset()) > MAX_EASTER_OFFSET) {
                    log.add(FILE, at + ".offset", "\"offset\" must be from -" + MAX_EASTER_OFFSET + " to "
                            + MAX_EASTER_OFFSET + " days from Easter Sunday but is " + h.offset());
                }
            }
            case DATES -> {
                for (int k = 0; k < h.dates().size(); k++) {
                    try {
                        LocalDate.parse(h.dates().get(k));
                    } catch (DateTimeParseException e) {
                        log.add(FILE, at + ".dates[" + k + "]", "\"" + h.dates().get(k)
                                + "\" is not a date in the form YYYY-MM-DD");
                    }
                }
            }
        }
        if (h.fromYear() != null && h.untilYear() != null && h.fromYear() > h.untilYear()) {
            log.add(FILE, at + ".untilYear", "\"untilYear\" " + h.untilYear() + " is before \"fromYear\" "
                    + h.fromYear());
        }
    }

    private boolean checkMonth(int month, String at) {
        if (month < 1 || month > 12) {
            log.add(FILE, at + ".month", "\"month\" must be from 1 to 12 but is " + month);
            return false;
        }
        return true;
    }

    private void checkDay(int month, int day, String at) {
        // February 29 is refused: a holiday must exist in every year the rule covers.
        int max = Month.of(month).minLength();
        if (day < 1 || day > max) {
            log.add(FILE, at + ".day", "\"day\" must be from 1 to " + max + " for month " + month + " but is " + day);
        }
    }
}

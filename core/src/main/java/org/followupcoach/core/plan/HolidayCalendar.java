package org.followupcoach.core.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.holidays.CountryHolidays;
import org.followupcoach.core.model.holidays.HolidayRule;

/**
 * The public holidays of the countries in the content's holiday table, worked out per year from the rules: the day
 * itself and, when it falls on a weekend, the working day taken off instead.
 */
public final class HolidayCalendar {

    /** No holidays at all: only weekends are days off. */
    public static final HolidayCalendar NONE = new HolidayCalendar(List.of());

    private static volatile HolidayCalendar bundled;

    private final Map<String, CountryHolidays> countries = new TreeMap<>();
    private final Map<String, Map<LocalDate, String>> cache = new ConcurrentHashMap<>();

    /** A calendar for {@code countries}, as loaded and validated from holidays.json. */
    public HolidayCalendar(List<CountryHolidays> countries) {
        for (CountryHolidays c : countries) {
            this.countries.put(c.code(), c);
        }
    }

    /** The calendar of the bundled content, loaded once; with no readable table, no holidays (weekends still count). */
    public static HolidayCalendar bundled() {
        HolidayCalendar calendar = bundled;
        if (calendar == null) {
            calendar = ContentLoader.loadBundled().pack().map(p -> new HolidayCalendar(p.holidays())).orElse(NONE);
            bundled = calendar;
        }
        return calendar;
    }

    /** The countries the table covers, by code. */
    public Map<String, CountryHolidays> countries() {
        return Collections.unmodifiableMap(countries);
    }

    /** Whether the table has the country. */
    public boolean covers(String code) {
        return countries.containsKey(code);
    }

    /** The name of the holiday on {@code date} in {@code country}, if that day is one (or is taken off for one). */
    public Optional<String> holiday(String country, LocalDate date) {
        return Optional.ofNullable(year(country, date.getYear()).get(date));
    }

    /** Every holiday in {@code year}, weekend days included, with the substitute days, in date order. */
    public Map<LocalDate, String> holidays(String country, int year) {
        return year(country, year);
    }

    /** The weekdays of {@code year} that are off in {@code country}, in order: what an office calendar shows. */
    public List<LocalDate> weekdaysOff(String country, int year) {
        return year(country, year).keySet().stream().filter(d -> !isWeekend(d)).toList();
    }

    private Map<LocalDate, String> year(String country, int year) {
        CountryHolidays c = country == null ? null : countries.get(country);
        if (c == null) {
            return Map.of();
        }
        return cache.computeIfAbsent(country + year, k -> compute(c, year));
    }

    /** Works out the neighbouring years too: a Saturday New Year's Day can be kept on the last day of the year. */
    private static Map<LocalDate, String> compute(CountryHolidays country, int year) {
        Map<LocalDate, String> all = new TreeMap<>();
        for (int y = year - 1; y <= year + 1; y++) {
            all.putAll(observed(country, y));
        }
        Map<LocalDate, String> result = new TreeMap<>();
        all.forEach((d, n) -> {
            if (d.getYear() == year) {
                result.put(d, n);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private static Map<LocalDate, String> observed(CountryHolidays country, int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        List<HolidayRule> rules = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (HolidayRule rule : country.holidays()) {
            if (rule.rule() == null || !rule.appliesIn(year)) {
                continue;
            }
            for (LocalDate d : datesOf(rule, year)) {
                rules.add(rule);
                dates.add(d);
                days.putIfAbsent(d, rule.name());
            }
        }
        // Substitutes are found after every real holiday is known, so one never lands on another holiday.
        Set<LocalDate> taken = new HashSet<>(days.keySet());
        for (int i = 0; i < rules.size(); i++) {
            LocalDate d = dates.get(i);
            if (!isWeekend(d)) {
                continue;
            }
            LocalDate instead = switch (rules.get(i).substitute()) {
                case NONE -> null;
                case NEAREST_WEEKDAY -> d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.minusDays(1) : d.plusDays(1);
                case NEXT_FREE_WEEKDAY -> {
                    LocalDate next = d.plusDays(1);
                    while (isWeekend(next) || taken.contains(next)) {
                        next = next.plusDays(1);
                    }
                    yield next;
                }
            };
            if (instead != null) {
                taken.add(instead);
                days.putIfAbsent(instead, rules.get(i).name() + " (substitute day)");
            }
        }
        return days;
    }

    private static List<LocalDate> datesOf(HolidayRule rule, int year) {
        return switch (rule.rule()) {
            case FIXED -> List.of(LocalDate.of(year, rule.month(), rule.day()));
            case EASTER -> List.of(easterSunday(year).plusDays(rule.offset()));
            case NTH_WEEKDAY -> List.of(LocalDate.of(year, rule.month(), 1).with(rule.nth() < 0
                    ? TemporalAdjusters.lastInMonth(rule.weekday())
                    : TemporalAdjusters.dayOfWeekInMonth(rule.nth(), rule.weekday())));
            case WEEKDAY_ON_OR_AFTER -> List.of(LocalDate.of(year, rule.month(), rule.day())
                    .with(TemporalAdjusters.nextOrSame(rule.weekday())));
            case DATES -> rule.dates().stream().map(LocalDate::parse).filter(d -> d.getYear() == year).toList();
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

package org.followupcoach.core.plan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working days of the interviewer's office: Monday to Friday, less the public holidays of its country and the
 * days the user marked as closed.
 */
public record BusinessDays(HolidayCalendar holidays, String country, Set<LocalDate> closed) {
    public BusinessDays {
        holidays = holidays == null ? HolidayCalendar.NONE : holidays;
        country = country == null ? "" : country;
        closed = closed == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(closed));
    }

    /** Weekends only: no holidays, no closed days. */
    public static final BusinessDays WEEKENDS_ONLY = new BusinessDays(HolidayCalendar.NONE, "", Set.of());

    /** Why the office is closed on a day. */
    public enum Closure { WEEKEND, PUBLIC_HOLIDAY, OFFICE_CLOSED }

    /** Whether the office is open on {@code date}. */
    public boolean isBusinessDay(LocalDate date) {
        return closure(date).isEmpty();
    }

    /** Why the office is closed on {@code date}, or empty when it is open. */
    public Optional<Closure> closure(LocalDate date) {
        if (HolidayCalendar.isWeekend(date)) {
            return Optional.of(Closure.WEEKEND);
        }
        if (closed.contains(date)) {
            return Optional.of(Closure.OFFICE_CLOSED);
        }
        if (holidays.holiday(country, date).isPresent()) {
            return Optional.of(Closure.PUBLIC_HOLIDAY);
        }
        return Optional.empty();
    }

    /** The holiday's name when {@code date} is a public holiday in the country. */
    public Optional<String> holidayName(LocalDate date) {
        return holidays.holiday(country, date);
    }

    /** The first business day after {@code date}. */
    public LocalDate next(LocalDate date) {
        return onOrAfter(date.plusDays(1));
    }

    /** {@code date} itself when it is a business day, else the next one. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        // A year of closed days is a data error, not a plan; stop rather than loop for ever.
        for (int i = 0; i < 366 && !isBusinessDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code days} business days after {@code date}. */
    public LocalDate plus(LocalDate date, int days) {
        LocalDate d = date;
        for (int i = 0; i < days; i++) {
            d = next(d);
        }
        return d;
    }
}

package org.followupcoach.core.model.holidays;

import java.util.List;

/** A country's public holidays: its ISO 3166 code, its name, which days the list covers, and the rules. */
public record CountryHolidays(String code, String name, String scope, List<HolidayRule> holidays) {
    public CountryHolidays {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}

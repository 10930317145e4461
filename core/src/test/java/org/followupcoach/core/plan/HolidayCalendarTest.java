package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.followupcoach.core.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled holiday table against the dates the governments published for 2026-2028 (weekdays off only: a
 * holiday on a weekend costs no working day unless a substitute day is given).
 */
class HolidayCalendarTest {

    private static final HolidayCalendar BUNDLED = new HolidayCalendar(
            ContentLoader.loadBundled().pack().orElseThrow().holidays());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // US: OPM federal holidays; Saturday -> Friday, Sunday -> Monday (New Year 2028 is kept on 31 Dec 2027)
            "US|2026|01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25",
            "US|2027|01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31",
            "US|2028|01-17 02-21 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25",
            // England and Wales: gov.uk bank holidays
            "GB|2026|01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
            "GB|2027|01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
            "GB|2028|01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
            // Canada: federal statutory holidays, a weekend day kept on the next working day
            "CA|2026|01-01 04-03 05-18 07-01 09-07 09-30 10-12 11-11 12-25 12-28",
            "CA|2027|01-01 03-26 05-24 07-01 09-06 09-30 10-11 11-11 12-27 12-28",
            "CA|2028|01-03 04-14 05-22 07-03 09-04 10-02 10-09 11-13 12-25 12-26",
            // Australia: national days and the King's Birthday (NSW); Anzac Day on a weekend has no substitute
            "AU|2026|01-01 01-26 04-03 04-06 06-08 12-25 12-28",
            "AU|2027|01-01 01-26 03-26 03-29 06-14 12-27 12-28",
            "AU|2028|01-03 01-26 04-14 04-17 04-25 06-12 12-25 12-26",
            // Germany: nationwide holidays, no substitutes
            "DE|2026|01-01 04-03 04-06 05-01 05-14 05-25 12-25",
            "DE|2027|01-01 03-26 03-29 05-06 05-17",
            "DE|2028|04-14 04-17 05-01 05-25 06-05 10-03 12-25 12-26",
            // France: jours fériés, no substitutes
            "FR|2026|01-01 04-06 05-01 05-08 05-14 05-25 07-14 11-11 12-25",
            "FR|2027|01-01 03-29 05-06 05-17 07-14 11-01 11-11",
            "FR|2028|04-17 05-01 05-08 05-25 06-05 07-14 08-15 11-01 12-25",
            // India: national days and the fixed and Easter-based compulsory holidays
            "IN|2026|01-26 04-03 10-02 12-25",
            "IN|2027|01-26 03-26",
            "IN|2028|01-26 04-14 08-15 10-02 12-25",
    })
    void weekdaysOffMatchThePublishedDates(String country, int year, String days) {
        List<LocalDate> expected = Arrays.stream(days.split(" ")).map(d -> LocalDate.parse(year + "-" + d)).toList();
        assertThat(BUNDLED.weekdaysOff(country, year)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({"2019-04-21", "2024-03-31", "2026-04-05", "2027-03-28", "2028-04-16", "2038-04-25", "2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(LocalDate easter) {
        assertThat(HolidayCalendar.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @Test
    void aSubstituteDayIsNamedForItsHoliday() {
        assertThat(BUNDLED.holiday("GB", LocalDate.parse("2027-12-28"))).contains("Boxing Day (substitute day)");
        assertThat(BUNDLED.holiday("US", LocalDate.parse("2027-12-31")))
                .contains("New Year's Day (substitute day)");
        assertThat(BUNDLED.holiday("DE", LocalDate.parse("2027-12-28"))).isEmpty();
        assertThat(BUNDLED.holiday("XX", LocalDate.parse("2027-12-25"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {"America/Chicago, US", "America/Toronto, CA", "Europe/London, GB",
            "Australia/Perth, AU", "Europe/Berlin, DE", "Europe/Paris, FR", "Asia/Kolkata, IN",
            "Asia/Calcutta, IN", "US/Eastern, US", "Etc/UTC, none"})
    void theCountryFollowsTheTimeZone(String zone, String country) {
        assertThat(ZoneCountries.countryOf(zone)).isEqualTo(java.util.Optional.ofNullable(country));
    }
}

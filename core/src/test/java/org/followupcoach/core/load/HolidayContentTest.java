package org.followupcoach.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import org.followupcoach.core.model.holidays.HolidayRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayContentTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfRuleIsDecoded() {
        var countries = PackFixture.minimal(dir).load().pack().orElseThrow().holidays();
        assertThat(countries).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("GB");
            assertThat(c.holidays()).extracting(HolidayRule::rule).containsExactly(HolidayRule.Kind.FIXED,
                    HolidayRule.Kind.FIXED, HolidayRule.Kind.EASTER, HolidayRule.Kind.NTH_WEEKDAY,
                    HolidayRule.Kind.WEEKDAY_ON_OR_AFTER, HolidayRule.Kind.DATES);
            HolidayRule victoria = c.holidays().get(4);
            assertThat(victoria.weekday()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(victoria.fromYear()).isEqualTo(2020);
            assertThat(c.holidays().get(0).substitute()).isEqualTo(HolidayRule.Substitute.NEXT_FREE_WEEKDAY);
            assertThat(c.holidays().get(2).substitute()).isEqualTo(HolidayRule.Substitute.NONE);
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"day\": 25,|\"day\": 32,|holidays.json:8:96: $.countries[0].holidays[0].day: \"day\" must be from 1 to 31 for month 12 but is 32",
            "\"month\": 12, \"day\": 25,|\"month\": 2, \"day\": 29,|holidays.json:8:95: $.countries[0].holidays[0].day: \"day\" must be from 1 to 28 for month 2 but is 29",
            "\"nth\": -1|\"nth\": 5|holidays.json:14:39: $.countries[0].holidays[3].nth: \"nth\" must be 1 to 4, or -1 for the last, but is 5 (a fifth weekday does not exist in every month)",
            "\"code\": \"GB\"|\"code\": \"UK\"|holidays.json:4:15: $.countries[0].code: \"UK\" is not an ISO 3166 country code (two capital letters, such as \"GB\")",
            "\"2027-06-04\"|\"2027-6-4\"|holidays.json:17:80: $.countries[0].holidays[5].dates[0]: \"2027-6-4\" is not a date in the form YYYY-MM-DD",
            "\"weekday\": \"monday\", \"nth\"|\"weekday\": \"mon\", \"nth\"|holidays.json:14:22: $.countries[0].holidays[3].weekday: \"weekday\" must be one of \"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\", \"saturday\", \"sunday\" but is \"mon\"",
            "\"rule\": \"easter\", \"offset\": 1|\"rule\": \"easter\", \"offset\": 1, \"month\": 4|holidays.json:12:90: $.countries[0].holidays[2]: unknown field \"month\"; expected id, name, rule, offset, substitute, fromYear, untilYear",
            "\"fromYear\": 2020|\"fromYear\": 2031|holidays.json:16:63: $.countries[0].holidays[4].untilYear: \"untilYear\" 2030 is before \"fromYear\" 2031",
    })
    void aMistakeInTheHolidayTableIsLocated(String target, String replacement, String problem) {
        PackFixture pack = PackFixture.minimal(dir).replace("holidays.json", target, replacement);
        assertThat(pack.problems()).containsExactly(problem);
    }
}

package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneSearchTest {

    /** 12:00 UTC on a winter day: Chicago is on standard time (UTC−6), Sydney on summer time (UTC+11). */
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static final ZoneSearch SEARCH = new ZoneSearch(NOW, ZoneId.of("Europe/Berlin"),
            List.of("America/Chicago", "Asia/Kolkata"));

    @Test
    void theUsersOwnZoneComesFirstThenTheRecentOnes() {
        assertThat(SEARCH.search("")).extracting(ZoneSearch.ZoneChoice::zoneId)
                .startsWith("Europe/Berlin", "America/Chicago", "Asia/Kolkata");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "Chicago, America/Chicago",
            "chicago, America/Chicago",
            "sao paulo, America/Sao_Paulo",
            "São Paulo, America/Sao_Paulo",
            "Germany, Europe/Berlin",
            "DE, Europe/Berlin",
            "IST, Asia/Kolkata",
            "+5:30, Asia/Kolkata",
            "UTC-6, America/Chicago",
            "AEDT, Australia/Sydney",
            "United Kingdom, Europe/London",
    })
    void zonesAreFoundByCityCountryAbbreviationOrOffset(String query, String zone) {
        assertThat(SEARCH.search(query)).extracting(ZoneSearch.ZoneChoice::zoneId).contains(zone);
    }

    @Test
    void eachZoneShowsItsOffsetAndTheTimeThereNow() {
        ZoneSearch.ZoneChoice chicago = SEARCH.choice("America/Chicago");
        assertThat(chicago.offsetText()).isEqualTo("UTC\u221206:00");
        assertThat(chicago.localTime()).isEqualTo("06:00");
        assertThat(chicago.countryName()).isEqualTo("United States");
        assertThat(chicago.abbreviations()).startsWith("CST");
        assertThat(chicago.label()).isEqualTo("Chicago, United States \u2014 CST, UTC\u221206:00, now 06:00");
        assertThat(SEARCH.choice("Asia/Kolkata").offsetText()).isEqualTo("UTC+05:30");
        assertThat(SEARCH.choice("UTC").offsetText()).isEqualTo("UTC");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "none", value = {
            "Chicago, America/Chicago, none",
            "America/Chicago, America/Chicago, none",
            "Asia/Calcutta, Asia/Calcutta, none",        // an old name Java still knows is accepted as typed
            "'', none, EMPTY",
            "Atlantis, none, NOT_FOUND",
            "EST, none, AMBIGUOUS",
            "America/Nowhere_City, none, NOT_IN_TZ_DATA",
    })
    void whatWasTypedIsResolvedOrTheProblemExplained(String typed, String zone, ZoneSearch.Problem problem) {
        ZoneSearch.Resolution r = SEARCH.resolve(typed);
        assertThat(r.zone().map(ZoneSearch.ZoneChoice::zoneId).orElse(null)).isEqualTo(zone);
        assertThat(r.problem().orElse(null)).isEqualTo(problem);
    }

    @Test
    void anAmbiguousEntryComesWithSuggestionsAndAVanishedZoneWithItsCity() {
        assertThat(SEARCH.resolve("EST").suggestions()).extracting(ZoneSearch.ZoneChoice::zoneId)
                .contains("America/New_York").hasSizeLessThanOrEqualTo(8);
        assertThat(new ZoneSearch(NOW, ZoneId.of("UTC"), List.of()).resolve("Europe/Kiev_Old").problem())
                .contains(ZoneSearch.Problem.NOT_IN_TZ_DATA);
        assertThat(SEARCH.resolve("America/Chicago_Gone").suggestions()).extracting(ZoneSearch.ZoneChoice::zoneId)
                .contains("America/Chicago");
    }

    @Test
    void recentlyUsedZonesComeFromTheInterviewsLatestFirst() {
        Interview a = new Interview("a", "A", "r", "", "", "", java.time.LocalDateTime.parse("2026-11-01T10:00"),
                "Europe/London", null, "", "", false, List.of(), java.util.Set.of());
        Interview b = new Interview("b", "B", "r", "", "", "", java.time.LocalDateTime.parse("2026-11-02T10:00"),
                "America/Chicago", null, "", "", false, List.of(), java.util.Set.of());
        Interview c = new Interview("c", "C", "r", "", "", "", java.time.LocalDateTime.parse("2026-11-03T10:00"),
                "Europe/London", null, "", "", false, List.of(), java.util.Set.of());
        assertThat(ZoneSearch.recentlyUsed(List.of(a, b, c))).containsExactly("Europe/London", "America/Chicago");
    }
}

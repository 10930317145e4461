package org.followupcoach.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest
    @CsvSource({"en-US, 14, 14%", "en-GB, 100, 100%", "de-DE, 14, 14\u00a0%"})
    void aPercentageIsWrittenInTheLocalesOwnStyle(String tag, int percent, String expected) {
        assertThat(Percent.of(percent, Locale.forLanguageTag(tag))).isEqualTo(expected);
    }
}

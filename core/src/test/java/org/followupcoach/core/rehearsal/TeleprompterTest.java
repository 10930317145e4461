package org.followupcoach.core.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeleprompterTest {

    private static final String SCRIPT = "one two three four five six seven eight nine ten "
            + "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty";

    @ParameterizedTest
    @CsvSource({"120, 0, 0", "120, 499, 0", "120, 500, 1", "120, 5000, 10", "120, 60000, 20", "150, 4000, 10",
            "90, 20000, 20"})
    void readerIsOnTheWordThePaceSays(int wpm, long millis, int wordsRead) {
        assertThat(Teleprompter.of(SCRIPT, wpm).wordsReadBy(Duration.ofMillis(millis))).isEqualTo(wordsRead);
    }

    @Test
    void theWholeScriptTakesItsWordsOverThePace() {
        Teleprompter t = Teleprompter.of(SCRIPT, 150);

        assertThat(t.words()).hasSize(20);
        assertThat(t.total()).isEqualTo(Duration.ofSeconds(8));
        assertThat(t.atPace(120).total()).isEqualTo(Duration.ofSeconds(10));
        assertThat(t.progressAt(Duration.ofSeconds(4))).isEqualTo(0.5);
        assertThat(t.progressAt(Duration.ofSeconds(-1))).isZero();
    }

    @ParameterizedTest
    @CsvSource({"129, false", "130, true", "140, true", "150, true", "151, false"})
    void calmIsFrom130To150WordsAMinute(int wpm, boolean calm) {
        assertThat(Teleprompter.isCalm(wpm)).isEqualTo(calm);
    }

    @Test
    void paceOutsideTheOfferedRangeIsRefused() {
        assertThatThrownBy(() -> Teleprompter.of(SCRIPT, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}

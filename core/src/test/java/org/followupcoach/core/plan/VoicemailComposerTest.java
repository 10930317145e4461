package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.Voicemail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoicemailComposerTest {

    private static final Voicemail VOICEMAIL = ContentLoader.loadBundled().pack().orElseThrow().voicemail();
    private static final Interview INTERVIEW = new Interview("iv-1", "Acme", "Junior Data Analyst", "Ms. Patel", "",
            "+1 555 010 0199", LocalDateTime.parse("2026-11-19T10:00"), "America/New_York", null, "", "", false,
            List.of(), Set.of());

    @Test
    void messageHoldsTheUsersDetailsAndEveryElementIsPresent() {
        Map<String, String> values = VoicemailComposer.values(new CallerProfile("Sam Rivera", "+1 555 010 0123"),
                INTERVIEW, LocalDate.parse("2026-11-20"));
        VoicemailComposer.Message m = VoicemailComposer.compose(VOICEMAIL, values);
        assertThat(m.text()).contains("Sam Rivera", "Junior Data Analyst", "yesterday", "+1 555 010 0123")
                .doesNotContain("{");
        assertThat(m.complete()).isTrue();
        assertThat(m.tooLong()).isFalse();
        assertThat(m.seconds()).isEqualTo(VoicemailComposer.secondsToSay(m.words()));
    }

    @Test
    void missingDetailsShowAsBracketedLabelsAndFailTheirCheck() {
        Map<String, String> values = VoicemailComposer.values(CallerProfile.EMPTY, INTERVIEW,
                LocalDate.parse("2026-11-20"));
        VoicemailComposer.Message m = VoicemailComposer.compose(VOICEMAIL, values);
        assertThat(m.complete()).isFalse();
        assertThat(m.checks()).filteredOn(c -> !c.present()).extracting(c -> c.element().id())
                .containsExactlyInAnyOrder("name", "phone");
        assertThat(m.text()).contains("[");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "75, 30", "76, 31", "150, 60"})
    void speakingTimeIsAt150WordsAMinuteRoundedUp(int words, int seconds) {
        assertThat(VoicemailComposer.secondsToSay(words)).isEqualTo(seconds);
    }

    @Test
    void overThirtySecondsIsFlagged() {
        Voicemail longScript = new Voicemail(VOICEMAIL.elements(), VOICEMAIL.placeholders(),
                VOICEMAIL.script() + " and" + " more".repeat(60));
        assertThat(VoicemailComposer.compose(longScript, Map.of()).tooLong()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2026-11-19, 2026-11-20, yesterday", "2026-11-20, 2026-11-23, on Friday",
            "2026-11-02, 2026-11-23, on November 2"})
    void interviewDayIsSaidTheWayACallerWould(String interview, String call, String phrase) {
        assertThat(VoicemailComposer.dayPhrase(LocalDate.parse(interview), LocalDate.parse(call))).isEqualTo(phrase);
    }

    @Test
    void wordsAreCountedAsRunsOfNonSpace() {
        assertThat(VoicemailComposer.countWords("  Hi, this is  Sam.\nThanks!  ")).isEqualTo(5);
        assertThat(VoicemailComposer.countWords("   ")).isZero();
    }
}

package org.followupcoach.core.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpeechDetectorTest {

    @TempDir
    Path dir;

    static Stream<Arguments> rooms() {
        return Stream.of(
                Arguments.of("quiet room", new SpeechFixture(100, 8000).silence(500).phrase(3000).silence(2500)
                        .phrase(4000).silence(800).phrase(2000).silence(3200).phrase(1500).silence(1000)),
                Arguments.of("noisy room", new SpeechFixture(1500, 9000).silence(1200).phrase(2600).silence(2300)
                        .phrase(5000).silence(600).phrase(1800).silence(700)),
                Arguments.of("soft voice", new SpeechFixture(60, 1200).silence(300).phrase(4200).silence(1500)
                        .phrase(2200).silence(2600).phrase(3000).silence(400)),
                Arguments.of("fan switched on", new SpeechFixture(80, 7000).silence(800).phrase(3500).silence(2400)
                        .noiseBecomes(700).silence(3000).phrase(2500).silence(900).phrase(3000).silence(1500)),
                Arguments.of("digital silence", new SpeechFixture(0, 5000).silence(1000).phrase(2000).silence(4000)
                        .phrase(2000).silence(500)),
                Arguments.of("talks from the first moment", new SpeechFixture(200, 8000).phrase(6000).silence(2200)
                        .phrase(6000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rooms")
    void speakingTimeIsWithinHalfASecondOfTheTruth(String room, SpeechFixture fixture) throws IOException {
        SpeechAnalysis analysis = SpeechDetector.analyse(throughWavFile(fixture.clip()));

        long truth = fixture.truth().stream().mapToLong(s -> s.length().toMillis()).sum();
        assertThat(analysis.speakingTime().toMillis()).isCloseTo(truth, within(500L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rooms")
    void everyPauseOverTwoSecondsIsFoundAndNoShorterOne(String room, SpeechFixture fixture) throws IOException {
        SpeechAnalysis analysis = SpeechDetector.analyse(throughWavFile(fixture.clip()));

        List<Span> truth = fixture.truth();
        List<Span> expected = new java.util.ArrayList<>();
        for (int i = 1; i < truth.size(); i++) {
            Span pause = new Span(truth.get(i - 1).endMillis(), truth.get(i).startMillis());
            if (pause.length().compareTo(SpeechAnalysis.LONG_PAUSE) > 0) {
                expected.add(pause);
            }
        }
        assertThat(analysis.longPauses()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(analysis.longPauses().get(i).startMillis()).isCloseTo(expected.get(i).startMillis(),
                    within(300L));
            assertThat(analysis.longPauses().get(i).length().toMillis())
                    .isCloseTo(expected.get(i).length().toMillis(), within(300L));
        }
        assertThat(analysis.pauses()).hasSize(truth.size() - 1);
    }

    @Test
    void aTakeOfRoomNoiseAloneHasNoSpeech() {
        SpeechAnalysis analysis = SpeechDetector.analyse(new SpeechFixture(300, 0).silence(5000).clip());

        assertThat(analysis.heardSpeech()).isFalse();
        assertThat(analysis.speakingTime()).isZero();
        assertThat(analysis.levels()).hasSize(250);
    }

    @Test
    void anEmptyTakeHasNoSpeechAndNoLevels() {
        SpeechAnalysis analysis = SpeechDetector.analyse(new PcmClip(PcmClip.SAMPLE_RATE, new short[0]));

        assertThat(analysis.heardSpeech()).isFalse();
        assertThat(analysis.levels()).isEmpty();
        assertThat(analysis.length()).isZero();
    }

    @Test
    void messageLengthRunsFromTheFirstWordToTheLast() {
        SpeechAnalysis analysis = SpeechDetector.analyse(
                new SpeechFixture(100, 8000).silence(1500).phrase(3000).silence(1000).phrase(2000).silence(2000)
                        .clip());

        assertThat(analysis.length()).isEqualTo(Duration.ofMillis(9500));
        assertThat(analysis.messageLength().toMillis()).isCloseTo(6000L, within(300L));
    }

    @Test
    void paceIsWordsOverSpeakingTime() {
        assertThat(SpeechDetector.wordsPerMinute(70, Duration.ofSeconds(30))).isEqualTo(140);
        assertThat(SpeechDetector.wordsPerMinute(70, Duration.ZERO)).isZero();
    }

    private PcmClip throughWavFile(PcmClip clip) throws IOException {
        Path file = dir.resolve("take.wav");
        try (OutputStream out = Files.newOutputStream(file)) {
            WavCodec.write(clip, out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return WavCodec.read(in);
        }
    }
}

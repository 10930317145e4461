package org.followupcoach.core.rehearsal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a take sounds like in outline: where the speaker talks, the pauses between, and a level per frame for the
 * waveform. Silence before the first word and after the last is not a pause: nobody hears it as hesitation.
 */
public record SpeechAnalysis(Duration length, List<Span> speech, int frameMillis, List<Double> levels) {

    /** A pause longer than this sounds like a lost thread on a voicemail; the take flags it. */
    public static final Duration LONG_PAUSE = Duration.ofSeconds(2);

    public SpeechAnalysis {
        speech = List.copyOf(speech);
        levels = List.copyOf(levels);
    }

    /** The time spent talking, short breaths between words included. */
    public Duration speakingTime() {
        return speech.stream().map(Span::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** Every silence between two stretches of speech. */
    public List<Span> pauses() {
        List<Span> pauses = new ArrayList<>();
        for (int i = 1; i < speech.size(); i++) {
            pauses.add(new Span(speech.get(i - 1).endMillis(), speech.get(i).startMillis()));
        }
        return pauses;
    }

    /** The pauses longer than {@link #LONG_PAUSE}. */
    public List<Span> longPauses() {
        return pauses().stream().filter(p -> p.length().compareTo(LONG_PAUSE) > 0).toList();
    }

    /** From the first word to the end of the last: what the listener hears as the message. */
    public Duration messageLength() {
        return speech.isEmpty() ? Duration.ZERO
                : Duration.ofMillis(speech.get(speech.size() - 1).endMillis() - speech.get(0).startMillis());
    }

    /** Whether any speech was found at all (a muted microphone records only silence). */
    public boolean heardSpeech() {
        return !speech.isEmpty();
    }
}

package org.followupcoach.core.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds speech-like test takes with a known truth: "phrases" are a voiced buzz (a 140 Hz fundamental and two
 * harmonics) shaped into syllables four times a second, with short stops between words, over steady room noise.
 * Energy is all the detector sees, so this stands in for a voice; the seed makes every run the same.
 */
final class SpeechFixture {

    private static final int RATE = PcmClip.SAMPLE_RATE;

    private final Random random = new Random(20);
    private final List<Short> samples = new ArrayList<>();
    private final List<Span> truth = new ArrayList<>();
    private double noise;
    private final double voice;

    SpeechFixture(double noiseAmplitude, double voiceAmplitude) {
        this.noise = noiseAmplitude;
        this.voice = voiceAmplitude;
    }

    /** Room noise alone for {@code millis}. */
    SpeechFixture silence(int millis) {
        for (int i = 0; i < millis * RATE / 1000; i++) {
            add(noiseSample());
        }
        return this;
    }

    /** From here on the room is this noisy (a fan switched on). */
    SpeechFixture noiseBecomes(double amplitude) {
        noise = amplitude;
        return this;
    }

    /** A phrase of {@code millis}: words of 450 ms with 120 ms stops between, starting and ending on a word. */
    SpeechFixture phrase(int millis) {
        long start = millisSoFar();
        int total = millis * RATE / 1000;
        int word = 450 * RATE / 1000;
        int stop = 120 * RATE / 1000;
        for (int i = 0; i < total; i++) {
            int inCycle = i % (word + stop);
            boolean inStop = inCycle >= word && total - i > stop;
            double sample = noiseSample();
            if (!inStop) {
                double t = (double) i / RATE;
                double syllable = 0.3 + 0.7 * Math.abs(Math.sin(Math.PI * 4 * t));
                double buzz = Math.sin(2 * Math.PI * 140 * t) + 0.5 * Math.sin(2 * Math.PI * 280 * t)
                        + 0.25 * Math.sin(2 * Math.PI * 420 * t);
                sample += voice * syllable * buzz / 1.75;
            }
            add(sample);
        }
        truth.add(new Span(start, millisSoFar()));
        return this;
    }

    private double noiseSample() {
        return noise * (random.nextDouble() * 2 - 1);
    }

    private void add(double sample) {
        samples.add((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sample))));
    }

    private long millisSoFar() {
        return samples.size() * 1000L / RATE;
    }

    PcmClip clip() {
        short[] out = new short[samples.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = samples.get(i);
        }
        return new PcmClip(RATE, out);
    }

    /** Where the phrases really are. */
    List<Span> truth() {
        return List.copyOf(truth);
    }
}

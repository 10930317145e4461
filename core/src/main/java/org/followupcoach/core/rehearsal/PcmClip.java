package org.followupcoach.core.rehearsal;

import java.time.Duration;
import java.util.Arrays;

/** A mono recording as signed 16-bit samples at a known rate: what a take is once it is off the microphone. */
public final class PcmClip {

    /** The rate takes are recorded and saved at: plenty for speech, small on disk (32 kB a second). */
    public static final int SAMPLE_RATE = 16_000;

    private final int sampleRate;
    private final short[] samples;

    /** Wraps a copy of {@code samples}, recorded at {@code sampleRate} samples a second. */
    public PcmClip(int sampleRate, short[] samples) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.samples = samples.clone();
    }

    /** Samples a second. */
    public int sampleRate() {
        return sampleRate;
    }

    /** How many samples the clip holds. */
    public int length() {
        return samples.length;
    }

    /** The sample at {@code index}. */
    public short sample(int index) {
        return samples[index];
    }

    /** A copy of the samples. */
    public short[] samples() {
        return samples.clone();
    }

    /** The clip's length in time. */
    public Duration duration() {
        return Duration.ofNanos(Math.round(samples.length * 1e9 / sampleRate));
    }

    /** The first {@code count} samples, for a recording stopped at its maximum length. */
    public PcmClip head(int count) {
        return new PcmClip(sampleRate, Arrays.copyOf(samples, Math.min(count, samples.length)));
    }
}

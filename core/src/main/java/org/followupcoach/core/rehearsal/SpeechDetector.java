package org.followupcoach.core.rehearsal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds speech in a take by its energy: the RMS of 20 ms frames against a noise floor that follows the room (the
 * minimum over two seconds either side, as the whole take is at hand), with a hangover that keeps the short gaps
 * between words inside one stretch of speech. No model, no network: a voicemail rehearsal only needs to know when
 * the caller talks and where they stalled.
 */
public final class SpeechDetector {

    /** Frames this long resolve syllables but average out single cycles of a low voice. */
    public static final int FRAME_MILLIS = 20;
    /** A frame this far above the noise floor is speech (10 dB: a quiet voice in a quiet room still clears it). */
    static final double THRESHOLD = Math.pow(10, 10 / 20.0);
    /** Below about -60 dBFS nothing is speech, so a digitally silent input is not read as a whisper. */
    static final double ABSOLUTE_MINIMUM = 32768 * Math.pow(10, -60 / 20.0);
    /** Gaps up to this long between loud frames are breaths or stops inside a phrase, not pauses. */
    static final int HANGOVER_MILLIS = 300;
    /** Loud runs shorter than this are clicks and bumps, not words. */
    static final int MIN_SPEECH_MILLIS = 60;
    /**
     * The noise floor at a frame is the quietest frame within this long of it: speech stops for breath or between
     * words far more often than every two seconds, so the minimum is the room, not the voice. Only a sound that
     * never dips for this long is taken for the room itself (a fan switched on).
     */
    static final int FLOOR_WINDOW_MILLIS = 2000;

    private SpeechDetector() {
    }

    /** Analyses {@code clip}. */
    public static SpeechAnalysis analyse(PcmClip clip) {
        int frameLength = Math.max(1, clip.sampleRate() * FRAME_MILLIS / 1000);
        int frames = clip.length() / frameLength;
        double[] rms = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * frameLength; i < (f + 1) * frameLength; i++) {
                double s = clip.sample(i);
                sum += s * s;
            }
            rms[f] = Math.sqrt(sum / frameLength);
        }
        boolean[] loud = loudFrames(rms);
        List<Double> levels = new ArrayList<>(frames);
        for (double r : rms) {
            levels.add(Math.min(1.0, r / 32768 * Math.sqrt(2)));
        }
        return new SpeechAnalysis(clip.duration(), spans(loud), FRAME_MILLIS, levels);
    }

    private static boolean[] loudFrames(double[] rms) {
        int window = FLOOR_WINDOW_MILLIS / FRAME_MILLIS;
        boolean[] loud = new boolean[rms.length];
        for (int f = 0; f < rms.length; f++) {
            double behind = Double.MAX_VALUE;
            for (int g = Math.max(0, f - window); g <= f; g++) {
                behind = Math.min(behind, rms[g]);
            }
            double ahead = Double.MAX_VALUE;
            for (int g = f; g < Math.min(rms.length, f + window + 1); g++) {
                ahead = Math.min(ahead, rms[g]);
            }
            // The quietest frame of the last two seconds is the room as it was; of the next two, the room as it will
            // be. Taking the louder of the two follows a fan switched on at once instead of calling it speech. Near
            // either end of the take one side is cut short and may hold no quiet frame yet, so only the whole side
            // counts there.
            boolean fullBehind = f >= window;
            boolean fullAhead = f + window < rms.length;
            double floor = fullBehind && fullAhead ? Math.max(behind, ahead)
                    : fullBehind ? behind : fullAhead ? ahead : Math.min(behind, ahead);
            loud[f] = rms[f] > Math.max(floor * THRESHOLD, ABSOLUTE_MINIMUM);
        }
        return loud;
    }

    private static List<Span> spans(boolean[] loud) {
        int hangover = HANGOVER_MILLIS / FRAME_MILLIS;
        int minimum = MIN_SPEECH_MILLIS / FRAME_MILLIS;
        List<int[]> runs = new ArrayList<>();
        int f = 0;
        while (f < loud.length) {
            if (!loud[f]) {
                f++;
                continue;
            }
            int start = f;
            while (f < loud.length && loud[f]) {
                f++;
            }
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && start - last[1] <= hangover) {
                last[1] = f;
            } else {
                runs.add(new int[] {start, f});
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int[] run : runs) {
            if (run[1] - run[0] >= minimum) {
                spans.add(new Span((long) run[0] * FRAME_MILLIS, (long) run[1] * FRAME_MILLIS));
            }
        }
        return spans;
    }

    /** The words-a-minute pace of a take that said {@code words} words in {@code speaking}, or 0 when unknown. */
    public static int wordsPerMinute(int words, Duration speaking) {
        long millis = speaking.toMillis();
        return millis <= 0 || words <= 0 ? 0 : (int) Math.round(words * 60_000.0 / millis);
    }
}

package org.followupcoach.client.rehearsal;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.followupcoach.client.support.Bean;
import org.followupcoach.core.rehearsal.Teleprompter;

/**
 * The teleprompter's state: the script, the chosen pace, whether it is running, and the word the reader should be on.
 * Time comes from an injected nanosecond source so tests can move it by hand. Fires {@code pace}, {@code running}
 * and {@code word}.
 */
public final class TeleprompterModel extends Bean {

    private final LongSupplier nanoTime;
    private Teleprompter prompter = Teleprompter.of("", Teleprompter.DEFAULT_WPM);
    private boolean running;
    private long startedAt;
    private long elapsedBefore;
    private int word;

    /** A teleprompter timed by {@code nanoTime} ({@code System::nanoTime} in the app). */
    public TeleprompterModel(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Loads {@code script} and goes back to its start, keeping the pace. */
    public void setScript(String script) {
        prompter = Teleprompter.of(script, prompter.wordsPerMinute());
        reset();
    }

    public Teleprompter prompter() {
        return prompter;
    }

    public int pace() {
        return prompter.wordsPerMinute();
    }

    /** Changes the pace, clamped to the offered range; the reader keeps their place. */
    public void setPace(int wpm) {
        int clamped = Math.max(Teleprompter.MIN_WPM, Math.min(Teleprompter.MAX_WPM, wpm));
        int old = prompter.wordsPerMinute();
        if (clamped == old) {
            return;
        }
        long elapsed = elapsedNanos();
        // Keep the current word: restate the time spent so far as if it had been read at the new pace.
        long asIfNew = elapsed * old / clamped;
        prompter = prompter.atPace(clamped);
        elapsedBefore = asIfNew;
        startedAt = nanoTime.getAsLong();
        fire("pace", old, clamped);
    }

    /** Whether the pace is within the calm range of 130 to 150 words a minute. */
    public boolean calm() {
        return Teleprompter.isCalm(pace());
    }

    public boolean running() {
        return running;
    }

    /** Starts or resumes scrolling. */
    public void start() {
        if (running || finished()) {
            return;
        }
        startedAt = nanoTime.getAsLong();
        setRunning(true);
    }

    /** Pauses, keeping the place. */
    public void pause() {
        if (!running) {
            return;
        }
        elapsedBefore = elapsedNanos();
        setRunning(false);
    }

    /** Back to the first word. */
    public void reset() {
        running = false;
        elapsedBefore = 0;
        startedAt = nanoTime.getAsLong();
        fire("running", null, false);
        setWord(0);
    }

    /** Moves the reader on to where the clock says; the view calls this on its timer. Stops at the end. */
    public void tick() {
        setWord(prompter.wordsReadBy(Duration.ofNanos(elapsedNanos())));
        if (running && finished()) {
            pause();
        }
    }

    /** How many words have been read. */
    public int word() {
        return word;
    }

    /** Whether the whole script has been read. */
    public boolean finished() {
        return word >= prompter.words().size();
    }

    private long elapsedNanos() {
        return elapsedBefore + (running ? nanoTime.getAsLong() - startedAt : 0);
    }

    private void setRunning(boolean next) {
        boolean old = running;
        running = next;
        fire("running", old, next);
    }

    private void setWord(int next) {
        int old = word;
        word = next;
        fire("word", old, next);
    }
}

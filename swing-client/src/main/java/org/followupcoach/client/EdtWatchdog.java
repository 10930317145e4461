package org.followupcoach.client;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;

/** Measures how long each event takes on the EDT, to find anything that would make the app stutter. */
public final class EdtWatchdog extends EventQueue {

    private volatile long longestNanos;
    private volatile String longestEvent = "";

    private EdtWatchdog() {
    }

    /** Replaces the system event queue with a measuring one. */
    public static EdtWatchdog install() {
        EdtWatchdog watchdog = new EdtWatchdog();
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(watchdog);
        return watchdog;
    }

    @Override
    protected void dispatchEvent(AWTEvent event) {
        long start = System.nanoTime();
        try {
            super.dispatchEvent(event);
        } finally {
            long took = System.nanoTime() - start;
            if (took > longestNanos) {
                longestNanos = took;
                longestEvent = event.getClass().getSimpleName() + " " + event.paramString();
            }
        }
    }

    /** The longest event so far, in milliseconds. */
    public double longestMillis() {
        return longestNanos / 1_000_000.0;
    }

    /** What the longest event was. */
    public String longestEvent() {
        return longestEvent;
    }

    /** Forgets what was measured, e.g. after start-up. */
    public void reset() {
        longestNanos = 0;
        longestEvent = "";
    }
}

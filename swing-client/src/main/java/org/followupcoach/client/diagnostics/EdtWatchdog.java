package org.followupcoach.client.diagnostics;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;

/** Measures how long each event takes on the EDT, to find anything that would make the app stutter. */
public final class EdtWatchdog extends EventQueue {

    /** Events at least this long are listed one by one in the smoke report. */
    private static final long SLOW_NANOS = 50_000_000L;

    private volatile long longestNanos;
    private volatile String longestEvent = "";
    private volatile String phase = "start";
    private final java.util.List<String> slowEvents = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Whether a window has had its first paint event yet; read and written on the EDT only. */
    private boolean painted;
    private final java.util.List<Runnable> afterFirstPaint = new java.util.ArrayList<>();

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
            if (!painted && event instanceof java.awt.event.PaintEvent) {
                painted = true;
                // Queued behind the repaint this paint event has just asked for.
                afterFirstPaint.forEach(java.awt.EventQueue::invokeLater);
                afterFirstPaint.clear();
            }
            if (took >= SLOW_NANOS) {
                slowEvents.add(String.format(java.util.Locale.ROOT, "%-28s %6.1f %s", phase, took / 1_000_000.0,
                        kind(event)));
            }
        }
    }

    /** A short name for what an event did: the runnable's class for invocations, else the event's class. */
    private static String kind(AWTEvent event) {
        String text = event.paramString();
        int at = text.indexOf("runnable=");
        if (at < 0) {
            return event.getClass().getSimpleName();
        }
        String runnable = text.substring(at + "runnable=".length()).split("[,@]", 2)[0];
        return runnable.substring(runnable.lastIndexOf('.') + 1);
    }

    /**
     * Runs {@code action} on the EDT after the first paint event of a window (the window system asking for its first
     * picture) has been handled, or at once if that has happened; call on the EDT.
     */
    public void afterFirstPaint(Runnable action) {
        if (painted) {
            action.run();
        } else {
            afterFirstPaint.add(action);
        }
    }

    /** Names what the app is doing now, so slow events can be told apart by the step they happened in. */
    public void phase(String name) {
        phase = name;
    }

    /** Every event of 50 ms or more since the last reset: the phase, milliseconds and the kind of event. */
    public java.util.List<String> slowEvents() {
        return java.util.List.copyOf(slowEvents);
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
        slowEvents.clear();
    }
}

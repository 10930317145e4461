package org.followupcoach.core.rehearsal;

import java.time.Duration;

/** A stretch of a recording, from {@code startMillis} up to {@code endMillis}. */
public record Span(long startMillis, long endMillis) {
    public Span {
        if (startMillis < 0 || endMillis < startMillis) {
            throw new IllegalArgumentException("not a span: " + startMillis + ".." + endMillis);
        }
    }

    /** How long the span lasts. */
    public Duration length() {
        return Duration.ofMillis(endMillis - startMillis);
    }
}

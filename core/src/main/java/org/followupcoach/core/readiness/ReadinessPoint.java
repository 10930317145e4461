package org.followupcoach.core.readiness;

import java.time.Instant;

/** The readiness score at one moment, and what moved it there. */
public record ReadinessPoint(Instant at, int score, ReadinessEvent cause) {
}

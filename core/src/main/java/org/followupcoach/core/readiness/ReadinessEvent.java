package org.followupcoach.core.readiness;

/** What changed the readiness score. */
public enum ReadinessEvent {
    SECTION_READ, CHECKLIST, QUIZ
}

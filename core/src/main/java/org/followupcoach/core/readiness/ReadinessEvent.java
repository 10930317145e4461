package org.followupcoach.core.readiness;

/** What changed the readiness score. */
public enum ReadinessEvent {
    SECTION_READ, CHECKLIST, QUIZ,
    /** No action: answers aged and mastery faded (or an interview's own run changed what it shows). */
    FADING
}

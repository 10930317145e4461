package org.followupcoach.core.plan;

/** Which round of a hiring process an interview was; a file from before rounds existed has only INTERVIEW. */
public enum RoundKind {
    INTERVIEW, PHONE_SCREEN, PANEL, FINAL
}

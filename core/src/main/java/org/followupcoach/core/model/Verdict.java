package org.followupcoach.core.model;

/** How a follow-up channel is judged by the guidance. */
public enum Verdict {
    PREFERRED, ACCEPTABLE, AVOID, ONLY_IF_ALREADY_IN_TOUCH
}

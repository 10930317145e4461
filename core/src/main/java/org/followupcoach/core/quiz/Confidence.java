package org.followupcoach.core.quiz;

/** How sure the user said they were of an answer. */
public enum Confidence {
    SURE, NOT_SURE
}

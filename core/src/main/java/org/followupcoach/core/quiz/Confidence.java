package org.followupcoach.core.quiz;

/**
 * How sure the user said they were of an answer, in progress format 1 and the client until it offers the three
 * {@link Certainty} levels; {@link Certainty#of(Confidence)} maps it.
 */
public enum Confidence {
    SURE, NOT_SURE
}

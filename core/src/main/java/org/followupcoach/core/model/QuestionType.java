package org.followupcoach.core.model;

/** How many options of a question are correct. */
public enum QuestionType {
    SINGLE, MULTIPLE, TRUE_FALSE
}

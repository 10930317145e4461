package org.followupcoach.core.quiz;

/** Practice shows feedback after every answer; a readiness check holds it back until the end. */
public enum QuizMode {
    PRACTICE, READINESS_CHECK
}

package org.followupcoach.core.plan;

/** What happened when the user called. */
public enum AttemptOutcome {
    NO_ANSWER, VOICEMAIL, LEFT_MESSAGE, REACHED_INTERVIEWER, REACHED_SOMEONE_ELSE
}

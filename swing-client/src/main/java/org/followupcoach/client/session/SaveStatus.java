package org.followupcoach.client.session;

/** Whether the latest progress reached the disk, and if not, why (already phrased for the user). */
public record SaveStatus(State state, String detail) {

    /** Where saving stands. */
    public enum State {
        SAVED, PENDING, FAILED, READ_ONLY
    }

    public static final SaveStatus SAVED = new SaveStatus(State.SAVED, "");
    public static final SaveStatus PENDING = new SaveStatus(State.PENDING, "");
}

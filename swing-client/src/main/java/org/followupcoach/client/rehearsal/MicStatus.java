package org.followupcoach.client.rehearsal;

/** Whether the app can record: each state has its own sentence for the user. */
public enum MicStatus {
    /** Not known yet: the check runs off the event thread. */
    CHECKING,
    /** A microphone can be opened. */
    READY,
    /** The computer has no microphone (no capture line at all): common on locked-down office PCs. */
    NO_MICROPHONE,
    /** A microphone exists but may not be opened: blocked by the system's privacy settings or in use elsewhere. */
    BLOCKED
}

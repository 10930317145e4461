package org.followupcoach.core.model;

/** Whether a tip is something to do or something to avoid. */
public enum TipKind {
    DO, DONT
}

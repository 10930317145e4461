package org.followupcoach.core.model;

/** A named gap in the voicemail script, filled from the user's own details. */
public record Placeholder(String name, String label, String example) {
}

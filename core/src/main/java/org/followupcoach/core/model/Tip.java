package org.followupcoach.core.model;

/** A single do or don't, with the reason behind it and the section it belongs to. */
public record Tip(String id, TipKind kind, String title, String reason, String sectionId) {
}

package org.followupcoach.core.model;

/** A single do or don't, with the reason behind it, the section it belongs to and where the advice comes from. */
public record Tip(String id, TipKind kind, String title, String reason, String sectionId, String source) {
}

package org.followupcoach.core.roleplay;

/** A reply the caller can give, the coach's word on it, the guide section that says more, and where it leads. */
public record RoleplayChoice(String id, String text, ChoiceTone tone, String comment, String sectionId,
                             String nextId) {
}

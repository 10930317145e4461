package org.followupcoach.core.model;

/** One step of the conversation when the interviewer answers. */
public record TalkingPoint(String id, String title, String detail) {
}

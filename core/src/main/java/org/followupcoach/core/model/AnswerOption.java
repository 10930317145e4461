package org.followupcoach.core.model;

/** One option of a quiz question, with the feedback shown when it is chosen. */
public record AnswerOption(String id, String text, boolean correct, String feedback) {
}

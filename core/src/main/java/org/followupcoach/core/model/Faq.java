package org.followupcoach.core.model;

/** A frequently asked question, its answer, the section that says more, and where the answer comes from. */
public record Faq(String id, String question, String answer, String sectionId, String source) {
}

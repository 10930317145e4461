package org.followupcoach.core.model;

/** A frequently asked question, its answer, and the section that says more. */
public record Faq(String id, String question, String answer, String sectionId) {
}

package org.followupcoach.core.model;

/** A quiz topic and the section to read when it is weak. */
public record Topic(String id, String title, String sectionId) {
}

package org.followupcoach.core.model;

/** Who ran the survey behind the channel ranking and how to read its figures. */
public record Survey(String organisation, String question, String note) {
}

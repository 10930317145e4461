package org.followupcoach.core.model;

import java.util.OptionalInt;

/** A way of following up, with the share of surveyed HR managers who like it (empty when not surveyed). */
public record Channel(String id, String name, OptionalInt percent, Verdict verdict, String advice, String sectionId) {
}

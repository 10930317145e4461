package org.followupcoach.core.model;

import java.util.Optional;

/** One preparation step, linked to the section (and optionally the tip) that explains it, and its source. */
public record ChecklistItem(String id, String text, String sectionId, Optional<String> tipId, String source) {
}

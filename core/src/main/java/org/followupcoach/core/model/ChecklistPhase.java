package org.followupcoach.core.model;

import java.util.List;

/** A group of checklist items for one moment of the follow-up. */
public record ChecklistPhase(String id, String title, List<ChecklistItem> items) {
    public ChecklistPhase {
        items = List.copyOf(items);
    }
}

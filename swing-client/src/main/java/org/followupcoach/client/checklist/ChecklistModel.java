package org.followupcoach.client.checklist;

import java.util.List;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.client.session.RunModel;
import org.followupcoach.client.support.Bean;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;

/** The checklist screen: ticks, notes and progress per phase. Fires {@code progress} on any change. */
public final class ChecklistModel extends Bean {

    /** Done out of total, for a phase or the whole list. */
    public record Count(int done, int total) {
        /** Whole percent done. */
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }
    }

    private final CoachSession session;
    private final NavigationModel navigation;
    private final RunModel run;

    /** A checklist bound to the session's active run; "why" links open the guide through {@code navigation}. */
    public ChecklistModel(CoachSession session, NavigationModel navigation, RunModel run) {
        this.session = session;
        this.navigation = navigation;
        this.run = run;
        session.addPropertyChangeListener("progress", e -> fireChanged("progress"));
    }

    /** Whose run the ticks belong to. */
    public RunModel run() {
        return run;
    }

    public List<ChecklistPhase> phases() {
        return session.pack().checklist();
    }

    public boolean isChecked(String itemId) {
        return session.checkedItems().contains(itemId);
    }

    public void setChecked(String itemId, boolean checked) {
        session.setChecked(itemId, checked);
    }

    public String note(String itemId) {
        return session.progress().itemNotes().getOrDefault(itemId, "");
    }

    public void setNote(String itemId, String note) {
        session.setNote(itemId, note);
    }

    public Count count(ChecklistPhase phase) {
        return count(phase.items());
    }

    public Count overall() {
        return count(session.pack().checklistItems());
    }

    private Count count(List<ChecklistItem> items) {
        return new Count((int) items.stream().filter(i -> isChecked(i.id())).count(), items.size());
    }

    /** Starts a fresh run; the view confirms first. */
    public void uncheckAll() {
        session.uncheckAll();
    }

    /** Opens the guide at the section that explains the item. */
    public void explain(ChecklistItem item) {
        navigation.openSection(item.sectionId());
    }
}

package org.followupcoach.client.checklist;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Icons;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;

/** A card for one checklist phase: its title, how much of it is done, and a row per step. */
final class ChecklistPhaseCard extends JPanel {

    private final ChecklistModel model;
    private final ChecklistPhase phase;
    private final JLabel progressLabel = Ui.styled("", "medium");
    private final List<ChecklistItemRow> rows = new ArrayList<>();
    private boolean narrow;

    /** A card for {@code phase}. */
    ChecklistPhaseCard(ChecklistModel model, ChecklistPhase phase) {
        this.model = model;
        this.phase = phase;
        initComponents();
        refresh();
    }

    private void initComponents() {
        // Rows have no gaps of their own: each step brings its space above it, so hidden note rows add nothing.
        setLayout(new MigLayout("insets para, fillx, hidemode 3, gapy 0", // layout
                "[]rel[grow,fill]unrel[]rel[]", // columns: tick, text, why, note
                "[]")); // rows: heading, then three per step (see ChecklistItemRow)
        putClientProperty(FlatClientProperties.STYLE, Ui.CARD_STYLE);
        Ui.named(this, "checklist.phase." + phase.id(), phase.title());

        JPanel heading = new JPanel(new MigLayout("insets 0, fillx", // layout
                "[grow]unrel[]", // columns: title, progress
                "[]")); // rows
        heading.setOpaque(false);
        heading.add(Ui.styled(phase.title(), "h3"));
        Ui.named(progressLabel, "checklist.phase." + phase.id() + ".progress", "");
        progressLabel.putClientProperty(FlatClientProperties.STYLE, Ui.MUTED_STYLE);
        heading.add(progressLabel);
        add(heading, "span 4, growx, wrap");
    }

    /**
     * Adds up to {@code count} more steps; true while some are still to come. The view adds them a few at a time,
     * so no single event on the EDT builds the whole list (each step is a handful of components).
     */
    boolean addRows(int count) {
        List<ChecklistItem> items = phase.items();
        for (int i = 0; i < count && rows.size() < items.size(); i++) {
            ChecklistItemRow row = new ChecklistItemRow(model, items.get(rows.size()));
            rows.add(row);
            row.addTo(this, narrow);
        }
        revalidate();
        return rows.size() < items.size();
    }

    /** Puts each step's links under its text (narrow) or beside it. */
    void setNarrow(boolean narrow) {
        this.narrow = narrow;
        rows.forEach(row -> row.arrange((MigLayout) getLayout(), narrow));
        revalidate();
    }

    /** Updates ticks, notes and the phase count in place, so focus and a note being typed survive. */
    void refresh() {
        ChecklistModel.Count count = model.count(phase);
        progressLabel.setText(Messages.format("ChecklistView.phase.progress", count.done(), count.total()));
        progressLabel.setIcon(count.done() == count.total() ? Icons.tick("Coach.do.background") : null);
        progressLabel.getAccessibleContext().setAccessibleName(Messages.format("ChecklistView.phase.accessible",
                phase.title(), count.done(), count.total()));
        rows.forEach(ChecklistItemRow::refresh);
    }
}

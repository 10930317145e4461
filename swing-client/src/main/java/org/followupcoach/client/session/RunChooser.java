package org.followupcoach.client.session;

import java.util.Objects;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.Interview;

/** "Checklist for: General preparation / Acme – Analyst": picks whose checklist run the checklist and score show. */
public final class RunChooser extends JPanel {

    /** One entry: an interview, or the general run (null id). */
    private record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final CoachSession session;
    private final DefaultComboBoxModel<Choice> choices = new DefaultComboBoxModel<>();
    private final JComboBox<Choice> combo = new JComboBox<>(choices);
    private boolean updating;

    /** A chooser bound to the session's active run; {@code name} prefixes the component names. */
    public RunChooser(CoachSession session, String name) {
        this.session = session;
        // The list may shrink below its longest name (a long company and role) in a narrow window; open, it shows all.
        setLayout(new MigLayout("insets 0", "[]rel[0:pref]", "[]"));
        setOpaque(false);
        JLabel label = Ui.label(Messages.get("RunChooser.label"));
        label.setDisplayedMnemonic(Messages.mnemonic("RunChooser.mnemonic"));
        label.setLabelFor(combo);
        Ui.named(combo, name + ".run", Messages.get("RunChooser.label"));
        add(label);
        add(combo, "wmin 0");
        combo.addActionListener(e -> chosen());
        session.addPropertyChangeListener("progress", e -> refresh());
        session.addPropertyChangeListener("activeRun", e -> refresh());
        refresh();
    }

    private void refresh() {
        updating = true;
        try {
            choices.removeAllElements();
            choices.addElement(new Choice(null, Messages.get("RunChooser.general")));
            for (Interview i : session.progress().interviews()) {
                if (!i.archived() || i.id().equals(session.activeRun())) {
                    choices.addElement(new Choice(i.id(), i.company() + " \u2013 " + i.role()));
                }
            }
            for (int i = 0; i < choices.getSize(); i++) {
                if (Objects.equals(choices.getElementAt(i).id(), session.activeRun())) {
                    combo.setSelectedIndex(i);
                }
            }
            // With no interviews there is nothing to choose; the general run is implied.
            setVisible(choices.getSize() > 1);
        } finally {
            updating = false;
        }
    }

    private void chosen() {
        if (!updating && combo.getSelectedItem() instanceof Choice choice) {
            session.setActiveRun(choice.id());
        }
    }
}

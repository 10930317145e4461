package org.followupcoach.client.session;

import java.util.Objects;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;

/** "Checklist for: General preparation / Acme – Analyst": picks whose checklist run the checklist and score show. */
public final class RunChooser extends JPanel {

    /** One entry, worded: an interview's run, or the general run (null id). */
    private record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final RunModel runs;
    private final DefaultComboBoxModel<Choice> choices = new DefaultComboBoxModel<>();
    private final JComboBox<Choice> combo = new JComboBox<>(choices);
    private boolean updating;

    /** A chooser bound to the active run; {@code name} prefixes the component names. */
    public RunChooser(RunModel runs, String name) {
        this.runs = runs;
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
        runs.addPropertyChangeListener("runs", e -> refresh());
        refresh();
    }

    private void refresh() {
        updating = true;
        try {
            choices.removeAllElements();
            for (RunModel.Run run : runs.runs()) {
                choices.addElement(new Choice(run.interviewId(), run.general() ? Messages.get("RunChooser.general")
                        : run.company() + " \u2013 " + run.role()));
            }
            for (int i = 0; i < choices.getSize(); i++) {
                if (Objects.equals(choices.getElementAt(i).id(), runs.activeId())) {
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
            runs.choose(choice.id());
        }
    }
}

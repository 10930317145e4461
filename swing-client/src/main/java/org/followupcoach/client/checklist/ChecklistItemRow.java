package org.followupcoach.client.checklist;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Cursor;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.ChecklistItem;

/**
 * One checklist step: its tick, its text, a "why?" link to the guide, and an optional personal note. Its components
 * go straight into the phase card's grid, so the links of all steps line up in columns.
 */
final class ChecklistItemRow {

    private final ChecklistModel model;
    private final ChecklistItem item;
    private final JCheckBox checkBox = new JCheckBox();
    private final JTextArea text;
    private final JButton whyButton = Ui.link(Messages.get("ChecklistView.why.text"));
    private final JButton noteButton = Ui.link("");
    private final JTextArea noteText = Ui.paragraph("", "small");
    private final JTextField noteField = Ui.literal(new JTextField());

    /** A row for {@code item}; call {@link #refresh()} whenever progress changes. */
    ChecklistItemRow(ChecklistModel model, ChecklistItem item) {
        this.model = model;
        this.item = item;
        this.text = Ui.paragraph(item.text());
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        Ui.named(checkBox, "checklist.item." + item.id(), item.text());
        Ui.named(text, "checklist.text." + item.id(), item.text());
        Ui.named(whyButton, "checklist.why." + item.id(), Messages.format("ChecklistView.why.accessible",
                item.text()));
        whyButton.setToolTipText(Messages.get("ChecklistView.why.tooltip"));
        Ui.named(noteButton, "checklist.noteButton." + item.id(), "");
        Ui.named(noteText, "checklist.noteText." + item.id(), "");
        Ui.named(noteField, "checklist.note." + item.id(), Messages.format("ChecklistView.note.accessible",
                item.text()));
        noteText.putClientProperty(FlatClientProperties.STYLE, Ui.MUTED_STYLE);
        noteField.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                Messages.get("ChecklistView.note.placeholder"));
        noteField.setVisible(false);
        // Clicking the words ticks the step, as clicking a check box's own label would.
        text.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        // The note is the secondary action of a step, so it reads quieter than "why?".
        noteButton.putClientProperty(FlatClientProperties.STYLE, Ui.MUTED_STYLE);
    }

    /**
     * Adds the step to {@code card}, whose grid has the columns tick, text, why, note and no row gaps: the step's
     * line, its saved note right under it, and the note editor.
     */
    void addTo(JPanel card, boolean narrow) {
        card.add(checkBox, "aligny top, gaptop unrel");
        card.add(text);
        card.add(whyButton);
        card.add(noteButton);
        card.add(noteText, "skip 1, span 3, wmin 0, wrap");
        card.add(noteField, "skip 1, span 3, growx, gaptop rel, wrap");
        arrange((net.miginfocom.swing.MigLayout) card.getLayout(), narrow);
    }

    /** Links beside the text (wide), or on a line of their own under it so the text keeps the width (narrow). */
    void arrange(net.miginfocom.swing.MigLayout layout, boolean narrow) {
        if (narrow) {
            layout.setComponentConstraints(text, "span 3, wmin 0, gaptop unrel, wrap");
            layout.setComponentConstraints(whyButton, "skip 1, span 3, split 2, gaptop rel, growx 0, alignx left");
            // The push gap after the last link takes the spare width, so both links stay together on the left.
            layout.setComponentConstraints(noteButton, "growx 0, gapleft unrel, gapright push, wrap");
        } else {
            layout.setComponentConstraints(text, "wmin 0, gaptop unrel");
            layout.setComponentConstraints(whyButton, "gaptop unrel");
            layout.setComponentConstraints(noteButton, "gaptop unrel, wrap");
        }
    }

    private void bind() {
        checkBox.addActionListener(e -> toggled());
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                checkBox.doClick();
            }
        });
        whyButton.addActionListener(e -> model.explain(item));
        noteButton.addActionListener(e -> startEditing());
        noteField.addActionListener(e -> finishEditing());
        noteField.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                noteFocusLost(e);
            }
        });
        noteField.registerKeyboardAction(e -> cancelEditing(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_FOCUSED);
    }

    private void toggled() {
        model.setChecked(item.id(), checkBox.isSelected());
        ChecklistModel.Count overall = model.overall();
        org.followupcoach.client.support.Announcer.say(checkBox, Messages.format(checkBox.isSelected()
                ? "ChecklistView.announce.done" : "ChecklistView.announce.undone", overall.done(), overall.total()));
    }

    private void startEditing() {
        noteField.setText(model.note(item.id()));
        noteField.setVisible(true);
        noteText.setVisible(false);
        relayout();
        noteField.requestFocusInWindow();
    }

    private void finishEditing() {
        // Hide first: moving focus away fires focusLost, which must not save a second time.
        boolean editing = noteField.isVisible();
        closeEditor();
        if (editing) {
            model.setNote(item.id(), noteField.getText());
        }
    }

    private void noteFocusLost(FocusEvent e) {
        if (!noteField.isVisible()) {
            return;
        }
        if (e.isTemporary()) {
            // The window lost focus (another app, a dialog): keep what was typed, and keep editing.
            model.setNote(item.id(), noteField.getText());
        } else {
            finishEditing();
        }
    }

    private void cancelEditing() {
        closeEditor();
    }

    private void closeEditor() {
        boolean hadFocus = noteField.isFocusOwner();
        noteField.setVisible(false);
        refresh();
        relayout();
        if (hadFocus) {
            noteButton.requestFocusInWindow();
        }
    }

    /** Lays the card out again: a text field is its own validate root, so revalidating it alone would not. */
    private void relayout() {
        noteField.getParent().revalidate();
        noteField.getParent().repaint();
    }

    /** Shows the saved tick and note; leaves a note being typed alone. */
    void refresh() {
        boolean checked = model.isChecked(item.id());
        checkBox.setSelected(checked);
        // Done steps step back visually, so the open ones stand out.
        text.putClientProperty(FlatClientProperties.STYLE, checked ? Ui.MUTED_STYLE : null);
        String note = model.note(item.id());
        noteText.setText(note.isEmpty() ? "" : Messages.format("ChecklistView.note.shown", note));
        noteText.getAccessibleContext().setAccessibleName(noteText.getText());
        noteText.setVisible(!note.isEmpty() && !noteField.isVisible());
        Ui.texts(noteButton, note.isEmpty() ? "ChecklistView.addNote" : "ChecklistView.editNote");
        noteButton.getAccessibleContext().setAccessibleName(Messages.format(note.isEmpty()
                ? "ChecklistView.addNote.accessible" : "ChecklistView.editNote.accessible", item.text()));
    }
}

package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
/** A calm strip after a delete: what was deleted and an Undo button, instead of an "are you sure?" dialog. */
final class InterviewUndoBar extends JPanel {

    private final InterviewsModel model;
    private final JLabel messageLabel = Ui.label("");
    private final JButton undoButton = Ui.texts(new JButton(), "InterviewUndoBar.undo");
    private final JButton dismissButton = Ui.texts(new JButton(), "InterviewUndoBar.dismiss");
    private boolean dismissed;

    /** A bar bound to {@code model}; hidden while there is nothing to undo. */
    InterviewUndoBar(InterviewsModel model) {
        this.model = model;
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets rel para rel para, fillx", // layout
                "[grow, fill]unrel[]rel[]", // columns: message, undo, dismiss
                "[]")); // rows
        putClientProperty(FlatClientProperties.STYLE, "background: $Coach.accentSoft");
        Ui.named(this, "interviews.undoBar", "");
        Ui.named(messageLabel, "interviews.undoMessage", "");
        Ui.named(undoButton, "interviews.undo", undoButton.getText());
        Ui.named(dismissButton, "interviews.undoDismiss", dismissButton.getText());
        dismissButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        add(messageLabel, "wmin 0");
        add(undoButton);
        add(dismissButton);
    }

    private void bind() {
        undoButton.addActionListener(e -> model.undoDelete());
        dismissButton.addActionListener(e -> dismiss());
        model.addPropertyChangeListener("undo", e -> undoChanged());
    }

    /** A new delete (or an undo) shows the bar again even after the last one was dismissed. */
    private void undoChanged() {
        dismissed = false;
        refresh();
    }

    private void dismiss() {
        dismissed = true;
        refresh();
    }

    private void refresh() {
        String label = model.undoLabel().orElse(null);
        boolean show = label != null && !dismissed;
        if (show) {
            String text = Messages.format("InterviewUndoBar.deleted", label);
            messageLabel.setText(text);
            messageLabel.getAccessibleContext().setAccessibleName(text);
            getAccessibleContext().setAccessibleName(text);
        }
        setVisible(show);
        if (getParent() != null) {
            getParent().revalidate();
        }
    }
}

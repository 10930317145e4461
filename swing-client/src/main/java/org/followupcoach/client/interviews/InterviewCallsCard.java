package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.time.ZoneId;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.AttemptOutcome;
import org.followupcoach.core.plan.CallAttempt;
import org.followupcoach.core.plan.Interview;

/** The calls made for one interview, the coach's advice on the next one, and the row to log a new call. */
final class InterviewCallsCard extends JPanel {

    private final InterviewsModel model;
    private final JTextArea adviceText = Ui.paragraph("", "h3");
    private final JTextArea adviceDetail = Ui.paragraph("", null);
    /** One call a line; text rather than a list so a long note wraps instead of being cut off. */
    private final JTextArea attemptList = Ui.paragraph("");
    private final JLabel noCallsLabel = Ui.muted(Ui.label(Messages.get("InterviewCallsCard.none")));
    private final JComboBox<AttemptOutcome> outcomeBox = new JComboBox<>(AttemptOutcome.values());
    private final JTextField noteField = Ui.literal(new JTextField(20));
    private final JButton logButton = Ui.texts(new JButton(), "InterviewCallsCard.log");
    private String interviewId;
    private List<String> shownAttempts = List.of();

    /** An empty card bound to {@code model}; {@link #show(AgendaEntry)} fills it. */
    InterviewCallsCard(InterviewsModel model) {
        this.model = model;
        initComponents();
        bind();
    }

    private void initComponents() {
        // Gaps go with the components: either the call list or the "none yet" line is hidden.
        setLayout(new MigLayout("insets para, wrap 1, fillx, hidemode 3, gapy 0", // layout
                "[grow, fill]", // columns
                "[]")); // rows: caption, advice, detail; calls title, calls or none; log title, log row
        Ui.card(this);
        Ui.named(this, "interviews.calls", Messages.get("InterviewCallsCard.title"));
        add(Ui.muted(Ui.styled(Messages.get("InterviewCallsCard.advice.title"), "h4")), "wmin 0");
        Ui.named(adviceText, "interviews.advice", "");
        add(adviceText, "wmin 0, gaptop rel");
        Ui.named(adviceDetail, "interviews.adviceDetail", "");
        add(adviceDetail, "wmin 0, gaptop rel");

        add(Ui.styled(Messages.get("InterviewCallsCard.title"), "h4"), "wmin 0, gaptop para");
        Ui.named(attemptList, "interviews.attempts", Messages.get("InterviewCallsCard.title"));
        add(attemptList, "wmin 0, gaptop rel");
        add(noCallsLabel, "gaptop rel");

        add(Ui.styled(Messages.get("InterviewCallsCard.logTitle"), "h4"), "wmin 0, gaptop para");
        add(logRow(), "gaptop rel");
    }

    private JPanel logRow() {
        JPanel row = new JPanel(new MigLayout("insets 0, fillx, wrap 3", // layout
                "[]rel[grow, fill]unrel[]", // columns: caption, input, log button
                "[]rel[]")); // rows: outcome, note
        row.setOpaque(false);
        JLabel outcomeLabel = Ui.label(Messages.get("InterviewCallsCard.outcome.label"));
        outcomeLabel.setDisplayedMnemonic(Messages.mnemonic("InterviewCallsCard.outcome.mnemonic"));
        outcomeLabel.setLabelFor(outcomeBox);
        outcomeBox.setRenderer(new OutcomeRenderer());
        Ui.named(outcomeBox, "interviews.outcome", outcomeLabel.getText());
        noteField.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                Messages.get("InterviewCallsCard.note.placeholder"));
        Ui.named(noteField, "interviews.attemptNote", Messages.get("InterviewCallsCard.note.accessible"));
        Ui.named(logButton, "interviews.logAttempt", logButton.getText());
        JLabel noteLabel = Ui.label(Messages.get("InterviewCallsCard.note.label"));
        noteLabel.setDisplayedMnemonic(Messages.mnemonic("InterviewCallsCard.note.mnemonic"));
        noteLabel.setLabelFor(noteField);
        row.add(outcomeLabel);
        row.add(outcomeBox, "wmin 0, wrap");
        row.add(noteLabel);
        row.add(noteField, "wmin 0");
        row.add(logButton);
        return row;
    }

    private void bind() {
        logButton.addActionListener(e -> log());
        noteField.addActionListener(e -> log());
    }

    private void log() {
        if (interviewId != null) {
            model.logAttempt(interviewId, (AttemptOutcome) outcomeBox.getSelectedItem(), noteField.getText());
            noteField.setText("");
        }
    }

    /** Shows the calls and advice of {@code entry}; a new interview starts the log row afresh. */
    void show(AgendaEntry entry) {
        Interview interview = entry.interview();
        if (!interview.id().equals(interviewId)) {
            interviewId = interview.id();
            // Only when needed: setting text moves the caret, and a moving caret scrolls the page to the field.
            if (!noteField.getText().isEmpty()) {
                noteField.setText("");
            }
            outcomeBox.setSelectedIndex(0);
        }
        String advice = InterviewTexts.advice(entry.advice());
        adviceText.setText(advice);
        adviceText.getAccessibleContext().setAccessibleName(advice);
        String detail = InterviewTexts.adviceDetail(entry);
        adviceDetail.setText(detail);
        adviceDetail.getAccessibleContext().setAccessibleName(detail);
        ZoneId zone = entry.window().earlyStart().getZone();
        List<String> lines = interview.attempts().stream().map((CallAttempt a) -> InterviewTexts.attempt(a, zone))
                .toList();
        if (!lines.equals(shownAttempts)) {
            shownAttempts = lines;
            attemptList.setText(String.join("\n", lines));
            attemptList.getAccessibleContext().setAccessibleName(Messages.get("InterviewCallsCard.title") + ": "
                    + String.join("; ", lines));
        }
        attemptList.setVisible(!lines.isEmpty());
        noCallsLabel.setVisible(lines.isEmpty());
        revalidate();
    }

    /** Outcomes in words rather than enum names. */
    private static final class OutcomeRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof AttemptOutcome outcome) {
                setText(InterviewTexts.outcome(outcome));
            }
            return this;
        }
    }
}

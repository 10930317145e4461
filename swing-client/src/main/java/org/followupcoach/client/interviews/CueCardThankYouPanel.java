package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.DefaultCaret;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Dialogs;
import org.followupcoach.client.support.Icons;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;

/**
 * The written thank-you beside the voicemail: subject and body built from the interview's details, a live check of
 * each part the guide asks for, and a button that copies subject and body together.
 */
final class CueCardThankYouPanel extends JPanel {

    private final JTextField subjectField = Ui.literal(new JTextField());
    private final JTextArea bodyArea = Ui.literal(new JTextArea());
    // One part a row, as on the voicemail card: two columns cut the parts off at large text sizes.
    private final JPanel checksPanel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", // layout
            "[grow, fill]", // columns
            "[]rel[]")); // rows: one per part
    private final Map<String, JLabel> checks = new LinkedHashMap<>();
    private final JButton copyButton = Ui.texts(new JButton(), "CueCardThankYouPanel.copy");

    /** The panel; {@code withinHours} is the pack's rule for when the email goes out. */
    CueCardThankYouPanel(int withinHours) {
        initComponents(withinHours);
    }

    private void initComponents(int withinHours) {
        setLayout(new MigLayout("insets para, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]unrel[]rel[]para[]unrel[]para[]")); // heading, hint, subject, body, checks title, checks, copy
        Ui.card(this);
        Ui.named(this, "cueCard.email", Messages.get("CueCardThankYouPanel.title"));
        add(Ui.styled(Messages.get("CueCardThankYouPanel.title"), "h3"), "wmin 0");
        add(Ui.muted(Ui.paragraph(Messages.format("CueCardThankYouPanel.hint", withinHours), "small")), "wmin 0");
        subjectField.setEditable(false);
        Ui.named(subjectField, "cueCard.email.subject", Messages.get("CueCardThankYouPanel.subject.accessible"));
        add(subjectField, "wmin 0");
        bodyArea.setEditable(false);
        ((DefaultCaret) bodyArea.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        bodyArea.setLineWrap(true);
        bodyArea.setWrapStyleWord(true);
        bodyArea.setRows(8);
        Dialogs.tabOut(bodyArea);
        Ui.named(bodyArea, "cueCard.email.body", Messages.get("CueCardThankYouPanel.body.accessible"));
        // In a scroll pane of its own: a wrapping text area's height follows its width, and at large text sizes the
        // card was laid out for fewer lines than the body then needed, cutting off the checks and the copy button.
        add(new javax.swing.JScrollPane(bodyArea), "wmin 0");
        add(Ui.styled(Messages.get("CueCardThankYouPanel.checks.title"), "h4"));
        checksPanel.setOpaque(false);
        add(checksPanel, "wmin 0");
        Ui.named(copyButton, "cueCard.email.copy", copyButton.getText());
        add(copyButton, "growx 0, left");
    }

    /** The button that copies subject and body; the dialog decides what happens and reports it. */
    JButton copyButton() {
        return copyButton;
    }

    /** Shows {@code email} and its checks. */
    void show(ThankYouEmail email) {
        if (!subjectField.getText().equals(email.subject())) {
            subjectField.setText(email.subject());
            subjectField.setCaretPosition(0);
        }
        if (!bodyArea.getText().equals(email.body())) {
            bodyArea.setText(email.body());
        }
        for (ThankYouEmail.Part part : email.parts()) {
            JLabel label = checks.computeIfAbsent(part.id(), id -> {
                JLabel check = Ui.label("");
                check.setIconTextGap(check.getFont().getSize() / 2);
                check.setName("cueCard.email.check." + id);
                checksPanel.add(check, "wmin 0");
                return check;
            });
            String text = Messages.format(part.present() ? "CueCardVoicemailPanel.check.present"
                    : "CueCardThankYouPanel.check.missing", part.label());
            label.setText(text);
            label.setIcon(part.present() ? Icons.tick("Coach.do.background") : Icons.cross("Coach.dont.background"));
            label.getAccessibleContext().setAccessibleName(text);
        }
        bodyArea.putClientProperty(FlatClientProperties.STYLE, null);
    }
}

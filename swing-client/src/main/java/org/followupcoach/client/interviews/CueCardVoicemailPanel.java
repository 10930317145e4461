package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.text.DefaultCaret;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Dialogs;
import org.followupcoach.client.support.Icons;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.VoicemailElement;
import org.followupcoach.core.plan.VoicemailComposer;

/**
 * The voicemail branch of the cue card: the message built from the user's details, a tick or cross for each part
 * it must contain, and its length in words and seconds, flagged when it runs over half a minute.
 */
final class CueCardVoicemailPanel extends JPanel {

    private final JTextArea messageArea = new JTextArea();
    private final Map<String, JLabel> checks = new LinkedHashMap<>();
    private final JLabel lengthIcon = new JLabel();
    private final JTextArea lengthText = Ui.paragraph("", null);
    private final JPanel checksPanel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", // layout
            "[grow, fill]", // columns
            "[]rel[]")); // rows: one per required part

    /** A panel for the message's parts; {@link #show(VoicemailComposer.Message)} fills it. */
    CueCardVoicemailPanel(Iterable<VoicemailElement> elements) {
        initComponents(elements);
    }

    private void initComponents(Iterable<VoicemailElement> elements) {
        setLayout(new MigLayout("insets para, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]unrel[]para[]unrel[]para[]")); // rows: heading, hint, message, checks title, checks, length
        Ui.card(this);
        Ui.named(this, "cueCard.voicemail", Messages.get("CueCardVoicemailPanel.title"));
        add(Ui.styled(Messages.get("CueCardVoicemailPanel.title"), "h3"), "wmin 0");
        add(Ui.muted(Ui.paragraph(Messages.get("CueCardVoicemailPanel.hint"), "small")),
                "wmin 0");
        // Read-only but focusable, so the message can be selected and read by a screen reader.
        messageArea.setEditable(false);
        ((DefaultCaret) messageArea.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        messageArea.setLineWrap(true);
        messageArea.setWrapStyleWord(true);
        messageArea.setRows(5);
        messageArea.putClientProperty(FlatClientProperties.STYLE_CLASS, "large");
        Dialogs.tabOut(messageArea);
        Ui.named(messageArea, "cueCard.message", Messages.get("CueCardVoicemailPanel.message.accessible"));
        add(messageArea, "wmin 0");
        add(Ui.styled(Messages.get("CueCardVoicemailPanel.checks.title"), "h4"));
        checksPanel.setOpaque(false);
        for (VoicemailElement element : elements) {
            JLabel check = Ui.label(element.label());
            check.setIconTextGap(check.getFont().getSize() / 2);
            Ui.named(check, "cueCard.check." + element.id(), element.label());
            checks.put(element.id(), check);
            checksPanel.add(check, "wmin 0");
        }
        add(checksPanel);
        JPanel length = new JPanel(new MigLayout("insets 0, fillx", // layout
                "[]rel[grow, fill]", // columns: icon, words and seconds
                "[top]")); // rows
        length.setOpaque(false);
        Ui.named(lengthText, "cueCard.length", "");
        length.add(lengthIcon);
        length.add(lengthText, "wmin 0");
        add(length);
    }

    /** Shows {@code message} and its checks. */
    void show(VoicemailComposer.Message message) {
        if (!messageArea.getText().equals(message.text())) {
            messageArea.setText(message.text());
        }
        for (VoicemailComposer.ElementCheck check : message.checks()) {
            JLabel label = checks.get(check.element().id());
            if (label == null) {
                continue;
            }
            String text = Messages.format(check.present() ? "CueCardVoicemailPanel.check.present"
                    : "CueCardVoicemailPanel.check.missing", check.element().label());
            label.setText(text);
            label.setIcon(check.present() ? Icons.tick("Coach.do.background") : Icons.cross("Coach.dont.background"));
            label.getAccessibleContext().setAccessibleName(text);
        }
        String length = Messages.format(message.tooLong() ? "CueCardVoicemailPanel.length.tooLong"
                : "CueCardVoicemailPanel.length.ok", message.words(), message.seconds(), message.maxSeconds());
        lengthText.setText(length);
        lengthIcon.setIcon(message.tooLong() ? Icons.cross("Coach.dont.background")
                : Icons.tick("Coach.do.background"));
        lengthText.putClientProperty(FlatClientProperties.STYLE, message.tooLong()
                ? "foreground: $Coach.interviewsView.error" : null);
        lengthText.getAccessibleContext().setAccessibleName(length);
    }
}

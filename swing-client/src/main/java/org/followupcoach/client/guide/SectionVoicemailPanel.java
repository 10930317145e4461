package org.followupcoach.client.guide;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.Placeholder;
import org.followupcoach.core.model.Voicemail;
import org.followupcoach.core.model.VoicemailElement;

/** What every voicemail must contain, as a numbered list, and the example message with its placeholders. */
final class SectionVoicemailPanel extends JPanel {

    /** The parts and example script of {@code voicemail}. */
    SectionVoicemailPanel(Voicemail voicemail) {
        setLayout(new MigLayout("insets 0, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]rel[]")); // rows: heading, parts card, heading, example card
        setOpaque(false);
        initComponents(voicemail);
    }

    private void initComponents(Voicemail voicemail) {
        add(Ui.styled(Messages.format("SectionVoicemailPanel.elements.heading", voicemail.elements().size()), "h2"),
                "wmin 0");
        SectionCard elements = new SectionCard();
        List<VoicemailElement> parts = voicemail.elements();
        for (int i = 0; i < parts.size(); i++) {
            elements.addEntry(SectionPanel.number(i + 1), parts.get(i).label(), parts.get(i).description());
        }
        Ui.named(elements, "guide.voicemailElements", Messages.format("SectionVoicemailPanel.elements.heading",
                parts.size()));
        add(elements);

        add(Ui.styled(Messages.get("SectionVoicemailPanel.script.heading"), "h2"), "wmin 0");
        SectionCard example = new SectionCard();
        // The script is shown exactly as written, {placeholders} included, so the user sees where their details go.
        JTextArea script = example.addText(voicemail.script(), "large");
        Ui.named(script, "guide.voicemailScript", voicemail.script());
        if (!voicemail.placeholders().isEmpty()) {
            JTextArea legend = example.addText(Messages.get("SectionVoicemailPanel.placeholders.text"), "small");
            legend.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
            for (Placeholder p : voicemail.placeholders()) {
                example.addText(Messages.format("SectionVoicemailPanel.placeholder.text", "{" + p.name() + "}",
                        p.label(), p.example()), "small");
            }
        }
        Ui.named(example, "guide.voicemailExample", Messages.get("SectionVoicemailPanel.script.heading"));
        add(example);
    }
}

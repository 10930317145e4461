package org.followupcoach.client.interviews;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.Interview;

/** What the user entered about one interview, shown literally, with "not given" for what they left empty. */
final class InterviewFactsCard extends JPanel {

    private static final String[] FACTS = {"interviewer", "phone", "when", "decision", "keyQualifications",
        "wishISaid"};

    private final Map<String, JTextArea> values = new LinkedHashMap<>();

    /** An empty card with the buttons that change the interview; {@link #show(Interview)} fills it. */
    InterviewFactsCard(JButton editButton, JButton archiveButton, JButton deleteButton) {
        initComponents(editButton, archiveButton, deleteButton);
    }

    private void initComponents(JButton editButton, JButton archiveButton, JButton deleteButton) {
        // Captions sit above their values, so the card stays narrow when the font is large.
        setLayout(new MigLayout("insets para, wrap 2, fillx, gapy 0", // layout
                "[grow, fill]unrel[]", // columns: text, edit button
                "[]")); // rows: heading, a caption and value per fact, then archive and delete
        Ui.card(this);
        Ui.named(this, "interviews.facts", Messages.get("InterviewFactsCard.title"));
        add(Ui.styled(Messages.get("InterviewFactsCard.title"), "h3"), "wmin 0");
        add(editButton);
        for (String fact : FACTS) {
            add(Ui.muted(Ui.label(Messages.get("InterviewFactsCard." + fact))), "span 2, gaptop unrel");
            JTextArea value = Ui.paragraph("", null);
            Ui.named(value, "interviews.fact." + fact, "");
            values.put(fact, value);
            add(value, "span 2, growx, wmin 0");
        }
        JPanel buttons = new JPanel(new MigLayout("insets 0", // layout
                "[]rel[]", // columns: archive, delete
                "[]")); // rows
        buttons.setOpaque(false);
        buttons.add(archiveButton);
        buttons.add(deleteButton);
        add(buttons, "span 2, gaptop para");
    }

    /** Shows the details of {@code interview}. */
    void show(Interview interview) {
        String who = interview.interviewerTitle().isBlank() ? interview.interviewerName()
                : interview.interviewerName().isBlank() ? interview.interviewerTitle()
                : Messages.format("InterviewFactsCard.nameAndTitle", interview.interviewerName(),
                interview.interviewerTitle());
        set("interviewer", InterviewTexts.orNotGiven(who));
        set("phone", InterviewTexts.orNotGiven(interview.phone()));
        ZonedDateTime at = interview.interviewAt().atZone(interview.zone());
        set("when", Messages.format("InterviewFactsCard.whenValue", InterviewTexts.date(at.toLocalDate()),
                InterviewTexts.time(at), interview.interviewerZone()));
        set("decision", interview.decision().map(InterviewTexts::date)
                .orElse(Messages.get("InterviewFactsCard.noDecision")));
        set("keyQualifications", InterviewTexts.orNotGiven(interview.keyQualifications()));
        set("wishISaid", InterviewTexts.orNotGiven(interview.wishISaid()));
    }

    private void set(String fact, String text) {
        JTextArea value = values.get(fact);
        if (!value.getText().equals(text)) {
            value.setText(text);
            value.getAccessibleContext().setAccessibleName(text);
        }
    }
}

package org.followupcoach.client.interviews;

import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.TalkingPoint;
import org.followupcoach.core.plan.Interview;

/**
 * The "they answered" branch of the cue card: the talking points in order, then this interview's key qualifications
 * and the thing the user wishes they had said, so both are at hand when the moment comes.
 */
final class CueCardAnswerPanel extends JPanel {

    private final JTextArea qualificationsText = Ui.paragraph("", null);
    private final JTextArea wishText = Ui.paragraph("", null);

    /** A panel listing {@code points}; {@link #show(Interview)} fills in the interview's own words. */
    CueCardAnswerPanel(Iterable<TalkingPoint> points) {
        initComponents(points);
    }

    /** The branches the guide's reaching-them and awkward-moments sections cover, in the order they tend to come. */
    private static final java.util.List<String> BRANCHES = java.util.List.of("receptionist", "rushed", "badNews");

    private void initComponents(Iterable<TalkingPoint> points) {
        setLayout(new MigLayout("insets para, wrap 2, fillx", // layout
                "[]rel[grow, fill]", // columns: number, point
                "[]unrel[]")); // rows: heading, then one per point with the default gap
        Ui.card(this);
        Ui.named(this, "cueCard.answered", Messages.get("CueCardAnswerPanel.title"));
        add(Ui.styled(Messages.get("CueCardAnswerPanel.title"), "h3"), "span 2, wmin 0");
        int number = 1;
        for (TalkingPoint point : points) {
            add(Ui.muted(Ui.styled(Messages.format("CueCardAnswerPanel.number", number++), "h4")),
                    "aligny top");
            JPanel text = new JPanel(new MigLayout("insets 0, wrap 1, fillx", // layout
                    "[grow, fill]", // columns
                    "[]0[]")); // rows: title, detail
            text.setOpaque(false);
            text.add(Ui.paragraph(point.title(), "h4"), "wmin 0");
            text.add(Ui.paragraph(point.detail(), null), "wmin 0");
            Ui.named(text, "cueCard.point." + point.id(), point.title());
            add(text, "wmin 0");
        }
        add(Ui.styled(Messages.get("CueCardAnswerPanel.qualifications"), "h4"), "span 2, gaptop para");
        Ui.named(qualificationsText, "cueCard.qualifications", "");
        add(qualificationsText, "span 2, growx, wmin 0");
        add(Ui.styled(Messages.get("CueCardAnswerPanel.wish"), "h4"), "span 2, gaptop unrel");
        Ui.named(wishText, "cueCard.wish", "");
        add(wishText, "span 2, growx, wmin 0");
        addBranches();
    }

    /** Short scripts for the turns a call can take: someone else answers, they are rushed, the answer is no. */
    private void addBranches() {
        add(Ui.styled(Messages.get("CueCardAnswerPanel.branches"), "h4"), "span 2, gaptop para");
        for (String branch : BRANCHES) {
            JPanel text = new JPanel(new MigLayout("insets 0, wrap 1, fillx", // layout
                    "[grow, fill]", // columns
                    "[]0[]")); // rows: when, what to say
            text.setOpaque(false);
            String title = Messages.get("CueCardAnswerPanel.branch." + branch + ".title");
            text.add(Ui.paragraph(title, "h4"), "wmin 0");
            text.add(Ui.paragraph(Messages.get("CueCardAnswerPanel.branch." + branch + ".script"), null), "wmin 0");
            Ui.named(text, "cueCard.branch." + branch, title);
            add(text, "span 2, growx, wmin 0, gaptop rel");
        }
    }

    /** Shows what {@code interview} says about qualifications and the thing left unsaid. */
    void show(Interview interview) {
        set(qualificationsText, interview.keyQualifications(), "CueCardAnswerPanel.qualifications.none");
        set(wishText, interview.wishISaid(), "CueCardAnswerPanel.wish.none");
    }

    private static void set(JTextArea area, String value, String emptyKey) {
        String text = value.isBlank() ? Messages.get(emptyKey) : value;
        if (!area.getText().equals(text)) {
            area.setText(text);
            area.getAccessibleContext().setAccessibleName(text);
        }
    }
}

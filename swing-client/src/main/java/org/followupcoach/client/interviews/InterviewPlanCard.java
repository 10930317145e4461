package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.CallWindow;
import org.followupcoach.core.plan.HearBack;

/**
 * The plan for one interview: the call window as concrete times on the user's clock (and the interviewer's when it
 * reads differently), and the days to expect an answer, check in, and write instead.
 */
final class InterviewPlanCard extends JPanel {

    private final JLabel callDayLabel = Ui.styled("", "h4");
    private final JTextArea yourSlots = Ui.paragraph("", null);
    private final JTextArea theirSlots = Ui.muted(Ui.paragraph("", null));
    private final JLabel expectLabel = Ui.label("");
    private final JLabel checkInLabel = Ui.label("");
    private final JLabel writeLabel = Ui.label("");
    private final JTextArea basisText = Ui.muted(Ui.paragraph("", "small"));
    private final JTextArea ruleText = Ui.muted(Ui.paragraph("", "small"));

    /** An empty card ending with the calendar export and its outcome; {@link #show(AgendaEntry)} fills it. */
    InterviewPlanCard(JButton exportButton, JTextArea exportMessage) {
        initComponents(exportButton, exportMessage);
    }

    private void initComponents(JButton exportButton, JTextArea exportMessage) {
        // Gaps go with the components, so the interviewer's times take theirs along when hidden.
        setLayout(new MigLayout("insets para, wrap 1, fillx, hidemode 3, gapy 0", // layout
                "[grow, fill]", // columns
                "[]")); // rows: call heading, day, slots (yours, theirs), rule; answer heading, three dates, basis
        Ui.card(this);
        Ui.named(this, "interviews.plan", Messages.get("InterviewPlanCard.call.title"));
        add(Ui.styled(Messages.get("InterviewPlanCard.call.title"), "h3"), "wmin 0");
        Ui.named(callDayLabel, "interviews.window.day", "");
        add(callDayLabel, "gaptop unrel");
        Ui.named(yourSlots, "interviews.window", "");
        add(yourSlots, "growx, wmin 0, gaptop rel");
        Ui.named(theirSlots, "interviews.window.theirs", "");
        add(theirSlots, "growx, wmin 0, gaptop rel");
        Ui.named(ruleText, "interviews.window.rule", "");
        add(ruleText, "growx, wmin 0, gaptop unrel");

        add(Ui.styled(Messages.get("InterviewPlanCard.answer.title"), "h3"), "wmin 0, gaptop para");
        add(date("expectFrom", expectLabel), "gaptop unrel");
        add(date("checkInOn", checkInLabel), "gaptop unrel");
        add(date("writeInsteadBy", writeLabel), "gaptop unrel");
        Ui.named(basisText, "interviews.hearBack.basis", "");
        add(basisText, "growx, wmin 0, gaptop unrel");
        add(exportButton, "growx 0, gaptop para");
        add(exportMessage, "growx, wmin 0, gaptop rel");
    }

    /** A date under its caption, stacked so the card stays narrow when the font is large. */
    private static JPanel date(String key, JLabel value) {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]0[]")); // rows: caption, date
        panel.setOpaque(false);
        JTextArea caption = Ui.muted(Ui.paragraph(
                Messages.get("InterviewPlanCard.answer." + key), null));
        panel.add(caption, "wmin 0");
        Ui.named(value, "interviews.hearBack." + key, "");
        value.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        panel.add(value, "wmin 0");
        return panel;
    }

    /** Shows the plan of {@code entry}. */
    void show(AgendaEntry entry) {
        CallWindow window = entry.window();
        LocalDate day = window.earlyStart().toLocalDate();
        ZoneId yourZone = window.earlyStart().getZone();
        set(callDayLabel, InterviewTexts.day(day));
        set(yourSlots, Messages.format("InterviewPlanCard.call.yours",
                InterviewTexts.slot(window.earlyStart(), window.earlyEnd(), day),
                InterviewTexts.slot(window.lateStart(), window.lateEnd(), day), yourZone.getId()));
        ZoneId theirZone = entry.interview().zone();
        boolean differ = InterviewTexts.zonesDiffer(window, theirZone);
        theirSlots.setVisible(differ);
        if (differ) {
            CallWindow theirs = InterviewTexts.inZone(window, theirZone);
            LocalDate theirDay = theirs.earlyStart().toLocalDate();
            set(theirSlots, Messages.format("InterviewPlanCard.call.theirs", InterviewTexts.day(theirDay),
                    InterviewTexts.slot(theirs.earlyStart(), theirs.earlyEnd(), theirDay),
                    InterviewTexts.slot(theirs.lateStart(), theirs.lateEnd(), theirDay), theirZone.getId()));
        }
        set(ruleText, Messages.get(entry.callDayMoved() ? "InterviewPlanCard.call.ruleLater"
                : "InterviewPlanCard.call.rule"));
        HearBack hearBack = entry.hearBack();
        set(expectLabel, InterviewTexts.day(hearBack.expectFrom()));
        set(checkInLabel, InterviewTexts.day(hearBack.checkInOn()));
        set(writeLabel, InterviewTexts.day(hearBack.writeInsteadBy()));
        set(basisText, Messages.get(hearBack.decisionDateGiven() ? "InterviewPlanCard.answer.basisDecision"
                : "InterviewPlanCard.answer.basisWeeks"));
    }

    private static void set(JLabel label, String text) {
        label.setText(text);
        label.getAccessibleContext().setAccessibleName(text);
    }

    private static void set(JTextArea area, String text) {
        area.setText(text);
        area.getAccessibleContext().setAccessibleName(text);
    }
}

package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.LocalDate;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.CallWindow;

/** One interview on the Today screen: where it stands, the coach's next step with its time, and a way to open it. */
final class TodayEntryCard extends JPanel {

    private final JButton openButton = Ui.texts(new JButton(), "TodayEntryCard.open");

    /** A card for {@code entry}; {@code onOpen} selects the interview and shows it. */
    TodayEntryCard(AgendaEntry entry, Runnable onOpen) {
        setLayout(new MigLayout("insets para, fillx, wrap 2", // layout
                "[grow, fill]unrel[]", // columns: text, open button
                "[]rel[]rel[]rel[]")); // rows: title, status, advice, when
        Ui.card(this);
        String title = InterviewTexts.title(entry.interview());
        String id = entry.interview().id();
        Ui.named(this, "today.entry." + id, title);
        add(Ui.paragraph(title, "h3"), "wmin 0");
        // Every card has this button, so a shared mnemonic would be ambiguous: Tab reaches it instead.
        openButton.setMnemonic(0);
        Ui.named(openButton, "today.open." + id, Messages.format("TodayEntryCard.open.accessible", title));
        openButton.addActionListener(e -> onOpen.run());
        add(openButton, "aligny top");
        JLabel status = Ui.styled(InterviewTexts.status(entry), "h4");
        status.putClientProperty(FlatClientProperties.STYLE, "foreground: $" + InterviewTexts.statusColor(entry));
        Ui.named(status, "today.status." + id, status.getText());
        // The status takes the whole width: beside the button it was cut off at 200 % in a small window.
        add(status, "span 2, wmin 0");
        JTextArea advice = Ui.paragraph(InterviewTexts.advice(entry.advice()), null);
        Ui.named(advice, "today.advice." + id, advice.getText());
        add(advice, "span 2, wmin 0");
        JTextArea when = Ui.muted(Ui.paragraph(when(entry), null));
        Ui.named(when, "today.when." + id, when.getText());
        add(when, "span 2, wmin 0");
    }

    /** Focuses this card's open button. */
    boolean focusOpen() {
        return openButton.requestFocusInWindow();
    }

    private static String when(AgendaEntry entry) {
        return switch (entry.status()) {
            case CALL_NOW, CALL_LATER -> {
                CallWindow window = entry.window();
                LocalDate day = window.earlyStart().toLocalDate();
                yield Messages.format("TodayEntryCard.when.call", InterviewTexts.day(day),
                        InterviewTexts.slot(window.earlyStart(), window.earlyEnd(), day),
                        InterviewTexts.slot(window.lateStart(), window.lateEnd(), day),
                        window.earlyStart().getZone().getId());
            }
            case WAITING -> Messages.format("TodayEntryCard.when.waiting",
                    InterviewTexts.day(entry.hearBack().expectFrom()),
                    InterviewTexts.day(entry.hearBack().checkInOn()));
            case ANSWER_OVERDUE -> Messages.format("TodayEntryCard.when.overdue",
                    InterviewTexts.day(entry.hearBack().checkInOn()));
            case WRITE_INSTEAD -> Messages.format("TodayEntryCard.when.write",
                    InterviewTexts.day(entry.hearBack().writeInsteadBy()));
            case NO_ANSWER -> Messages.format("TodayEntryCard.when.noAnswer",
                    InterviewTexts.day(entry.hearBack().writeInsteadBy()));
        };
    }
}

package org.followupcoach.client.checklist;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.session.RunChooser;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.TextPrinting;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.ChecklistPhase;

/** The checklist screen: overall progress and a fresh-run button above one card per phase of the follow-up. */
public final class ChecklistView extends JPanel {

    private final ChecklistModel model;
    private final JProgressBar overallBar = new JProgressBar();
    private final JLabel summaryLabel = Ui.label("");
    private final JButton uncheckAllButton = Ui.texts(new JButton(), "ChecklistView.uncheckAll");
    private final JButton printButton = Ui.texts(new JButton(), "ChecklistView.print");
    private final JLabel printStatus = Ui.styled("", "small");
    private final ScrollablePanel phasesPanel = ScrollablePanel.page(new MigLayout(
            "insets dialog, wrap 1, fillx", // layout
            "[grow,fill]", // columns
            "[]unrel[]")); // rows: one card per phase
    private final List<ChecklistPhaseCard> cards = new ArrayList<>();

    /** A checklist screen bound to {@code model}. */
    public ChecklistView(ChecklistModel model) {
        this.model = model;
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, wrap 1, fill", // layout
                "[grow,fill]", // columns
                "[]0[grow,fill]")); // rows: header, scrolling phases
        Ui.named(this, "checklist", Messages.get("ChecklistView.accessible"));
        add(header());

        for (ChecklistPhase phase : model.phases()) {
            ChecklistPhaseCard card = new ChecklistPhaseCard(model, phase);
            cards.add(card);
            phasesPanel.add(card);
        }
        addRowsInSlices();
        // Large text in a small window: each step's links go under its text, which keeps the width to wrap in.
        org.followupcoach.client.support.NarrowWatch.install(this, 45,
                narrow -> cards.forEach(card -> card.setNarrow(narrow)));
        phasesPanel.setOpaque(false);
        JScrollPane scroll = new JScrollPane(phasesPanel);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getViewport().setOpaque(false);
        scroll.setOpaque(false);
        Ui.named(scroll, "checklist.scroll", Messages.get("ChecklistView.accessible"));
        add(scroll);
    }

    /** Steps added per event on the EDT: few enough to keep each event short on a slow office laptop. */
    private static final int ROWS_PER_SLICE = 2;

    /** Adds the next few steps now and queues the rest, so the first steps show at once and the window never stalls. */
    private void addRowsInSlices() {
        for (ChecklistPhaseCard card : cards) {
            if (card.addRows(ROWS_PER_SLICE)) {
                javax.swing.SwingUtilities.invokeLater(this::addRowsInSlices);
                return;
            }
        }
    }

    private JPanel header() {
        JPanel header = new JPanel(new MigLayout("insets dialog, fillx", // layout
                "[grow,fill]unrel[]rel[]", // columns: text, print, uncheck all
                "[]rel[]rel[]para[]rel[]")); // rows: title, run, intro, bar, summary
        header.setOpaque(false);
        header.add(Ui.styled(Messages.get("ChecklistView.title"), "h1"));
        Ui.named(printButton, "checklist.print", Messages.get("ChecklistView.print.tooltip"));
        header.add(printButton, "aligny bottom, sg headerButton");
        Ui.named(uncheckAllButton, "checklist.uncheckAll", Messages.get("ChecklistView.uncheckAll.text"));
        header.add(uncheckAllButton, "aligny bottom, sg headerButton, wrap");
        header.add(new RunChooser(model.run(), "checklist"), "span 3, hidemode 3, wmin 0, wrap");
        JTextArea intro = Ui.paragraph(Messages.get("ChecklistView.intro"));
        header.add(intro, "span 3, wmin 0, wrap");
        overallBar.setStringPainted(true);
        overallBar.putClientProperty(FlatClientProperties.PROGRESS_BAR_LARGE_HEIGHT, Boolean.TRUE);
        Ui.named(overallBar, "checklist.overall", "");
        header.add(overallBar, "span 3, wrap");
        Ui.named(summaryLabel, "checklist.overall.summary", "");
        summaryLabel.putClientProperty(FlatClientProperties.STYLE, Ui.MUTED_STYLE);
        header.add(summaryLabel, "span 3, wmin 0, wrap");
        Ui.named(printStatus, "checklist.printStatus", "");
        printStatus.setVisible(false);
        header.add(printStatus, "span 3, wmin 0, hidemode 3");
        return header;
    }

    private void bind() {
        model.addPropertyChangeListener("progress", e -> refresh());
        uncheckAllButton.addActionListener(e -> confirmUncheckAll());
        printButton.addActionListener(e -> print(model, this::printStatus));
    }

    private void confirmUncheckAll() {
        ChecklistModel.Count overall = model.overall();
        int answer = JOptionPane.showConfirmDialog(this,
                Messages.format("ChecklistView.uncheckAll.confirm.text", overall.done()),
                Messages.get("ChecklistView.uncheckAll.confirm.title"), JOptionPane.YES_NO_OPTION,
                JOptionPane.QUESTION_MESSAGE);
        if (answer == JOptionPane.YES_OPTION) {
            model.uncheckAll();
        }
    }

    /** Prints the checklist's current run through the print dialog; {@code status} hears how it goes. */
    public static void print(ChecklistModel model, java.util.function.Consumer<String> status) {
        TextPrinting.print(Messages.get("ChecklistView.title"), ChecklistPrintout.text(model, Messages::format),
                "ChecklistView", status);
    }

    private void printStatus(String text) {
        printStatus.setText(text);
        printStatus.getAccessibleContext().setAccessibleName(text);
        printStatus.setVisible(true);
    }

    private void refresh() {
        ChecklistModel.Count overall = model.overall();
        overallBar.setMaximum(Math.max(1, overall.total()));
        overallBar.setValue(overall.done());
        String done = Messages.format("ChecklistView.overall.text", overall.done(), overall.total());
        overallBar.setString(done);
        overallBar.getAccessibleContext().setAccessibleName(done);
        summaryLabel.setText(summary(overall));
        summaryLabel.getAccessibleContext().setAccessibleName(summaryLabel.getText());
        uncheckAllButton.setEnabled(overall.done() > 0);
        cards.forEach(ChecklistPhaseCard::refresh);
    }

    private static String summary(ChecklistModel.Count overall) {
        if (overall.done() == 0) {
            return Messages.get("ChecklistView.summary.none");
        }
        if (overall.done() == overall.total()) {
            // A pattern with an apostrophe, so it goes through format to be unescaped.
            return Messages.format("ChecklistView.summary.all");
        }
        return Messages.format("ChecklistView.summary.some", overall.percent(), overall.total() - overall.done());
    }
}

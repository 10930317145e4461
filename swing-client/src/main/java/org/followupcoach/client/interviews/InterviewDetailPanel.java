package org.followupcoach.client.interviews;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.Interview;

/**
 * One interview in full: its title and status, the cue card, the coach's advice with the call log, the plan with the
 * calendar export, and the details the user entered with edit, archive and delete.
 */
final class InterviewDetailPanel extends JPanel {

    private final InterviewsModel model;
    private final CueCardModel cueCard;
    private final JLabel companyLabel = Ui.styled("", "h1");
    private final JLabel roleLabel = Ui.styled("", "h3");
    private final JLabel statusLabel = Ui.styled("", "h4");
    private final JTextArea runNote = Ui.muted(Ui.paragraph("", "small"));
    private final JButton editButton = Ui.texts(new JButton(), "InterviewDetailPanel.edit");
    private final JButton archiveButton = new JButton();
    private final JButton deleteButton = Ui.texts(new JButton(), "InterviewDetailPanel.delete");
    private final JButton cueCardButton = Ui.texts(new JButton(), "InterviewDetailPanel.cueCard");
    private final JButton exportButton = Ui.texts(new JButton(), "InterviewDetailPanel.export");
    private final JTextArea messageText = Ui.paragraph("", null);
    private final InterviewCallsCard callsCard;
    private final JTextArea exportMessage = Ui.paragraph("", null);
    private final InterviewPlanCard planCard = new InterviewPlanCard(exportButton, exportMessage);
    private final InterviewFactsCard factsCard = new InterviewFactsCard(editButton, archiveButton, deleteButton);
    private Interview shown;
    private CueCardDialog cueCardDialog;

    /** An empty panel bound to the models; {@link #show(Interview)} fills it. */
    InterviewDetailPanel(InterviewsModel model, CueCardModel cueCard) {
        this.model = model;
        this.cueCard = cueCard;
        this.callsCard = new InterviewCallsCard(model);
        initComponents();
        bind();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, fill", // layout
                "[grow, fill]", // columns
                "[grow, fill]")); // rows
        setOpaque(false);
        // Gaps go with the components, so the hidden message takes its gap with it.
        ScrollablePanel content = ScrollablePanel.page(new MigLayout(
                "insets dialog, wrap 1, fillx, hidemode 3, gapy 0", // layout
                "[grow, fill]", // columns
                "[]")); // rows: header, actions, message, calls, plan, facts
        content.setOpaque(false);
        content.add(header());
        content.add(actions(), "gaptop para");
        Ui.named(messageText, "interviews.message", "");
        messageText.setVisible(false);
        content.add(messageText, "gaptop unrel, wmin 0");
        content.add(callsCard, "gaptop para");
        content.add(planCard, "gaptop unrel");
        content.add(factsCard, "gaptop unrel");
        // These buttons sit on the cards they act on: export on the plan, edit, archive and delete on the details.
        Ui.named(exportButton, "interviews.exportIcs", exportButton.getText());
        Ui.named(exportMessage, "interviews.exportMessage", "");
        exportMessage.setVisible(false);
        Ui.named(editButton, "interviews.edit", editButton.getText());
        Ui.named(archiveButton, "interviews.archive", "");
        Ui.named(deleteButton, "interviews.delete", deleteButton.getText());
        JScrollPane scroll = new JScrollPane(content);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        Ui.named(scroll, "interviews.detail", Messages.get("InterviewDetailPanel.accessible"));
        add(scroll);
    }

    private JPanel header() {
        JPanel header = new JPanel(new MigLayout("insets 0, fillx, wrap 1", // layout
                "[grow, fill]", // columns
                "[]0[]rel[]rel[]")); // rows: company, role, status, checklist note
        header.setOpaque(false);
        Ui.named(companyLabel, "interviews.company", "");
        header.add(companyLabel, "wmin 0");
        Ui.named(roleLabel, "interviews.role", "");
        header.add(roleLabel, "wmin 0");
        Ui.named(statusLabel, "interviews.status", "");
        header.add(statusLabel, "wmin 0");
        Ui.named(runNote, "interviews.activeRun", "");
        header.add(runNote, "wmin 0");
        return header;
    }

    private JPanel actions() {
        JPanel actions = new JPanel(new MigLayout("insets 0", // layout
                "[]", // columns: cue card (the calendar export sits on the plan card it exports)
                "[]")); // rows
        actions.setOpaque(false);
        Ui.primary(cueCardButton);
        Ui.named(cueCardButton, "interviews.cueCard", cueCardButton.getText());
        actions.add(cueCardButton);
        return actions;
    }

    private void bind() {
        editButton.addActionListener(e -> edit());
        archiveButton.addActionListener(e -> toggleArchived());
        deleteButton.addActionListener(e -> delete());
        cueCardButton.addActionListener(e -> openCueCard());
        exportButton.addActionListener(e -> export());
    }

    /** Shows {@code interview}, keeping any message when it is the same one as before. */
    void show(Interview interview) {
        if (shown == null || !shown.id().equals(interview.id())) {
            showMessage(messageText, "", false);
            showMessage(exportMessage, "", false);
        }
        shown = interview;
        AgendaEntry plan = model.plan(interview);
        set(companyLabel, interview.company());
        set(roleLabel, interview.role());
        set(statusLabel, InterviewTexts.status(plan));
        statusLabel.putClientProperty(FlatClientProperties.STYLE, "foreground: $" + InterviewTexts.statusColor(plan));
        String note = Messages.format("InterviewDetailPanel.activeRun", interview.company());
        runNote.setText(note);
        runNote.getAccessibleContext().setAccessibleName(note);
        Ui.texts(archiveButton, interview.archived() ? "InterviewDetailPanel.restore" : "InterviewDetailPanel.archive");
        archiveButton.getAccessibleContext().setAccessibleName(archiveButton.getText());
        callsCard.show(plan);
        planCard.show(plan);
        factsCard.show(interview);
        revalidate();
        repaint();
    }

    private static void set(JLabel label, String text) {
        label.setText(text);
        label.getAccessibleContext().setAccessibleName(text);
    }

    private void showMessage(JTextArea where, String text, boolean problem) {
        where.setText(text);
        where.getAccessibleContext().setAccessibleName(text);
        where.putClientProperty(FlatClientProperties.STYLE, problem
                ? "foreground: $Coach.interviewsView.error" : "foreground: $Coach.muted");
        where.setVisible(!text.isEmpty());
        revalidate();
    }

    private void edit() {
        InterviewFormDialog.open(this, model, shown);
    }

    private void toggleArchived() {
        boolean archive = !shown.archived();
        model.setArchived(shown.id(), archive);
        showMessage(messageText, Messages.get(archive ? "InterviewDetailPanel.archived"
                : "InterviewDetailPanel.restored"), false);
    }

    private void delete() {
        model.delete(shown.id());
    }

    /** One cue card at a time: the open one comes to the front, or gives way to the one for this interview. */
    private void openCueCard() {
        if (cueCardDialog != null && cueCardDialog.isDisplayable() && cueCardDialog.interviewId().equals(shown.id())) {
            cueCardDialog.toFront();
            return;
        }
        if (cueCardDialog != null) {
            cueCardDialog.dispose();
        }
        cueCardDialog = CueCardDialog.open(this, model, cueCard, shown);
    }

    private void export() {
        InterviewCalendarExport.run(this, model, shown, (text, problem) -> showMessage(exportMessage, text, problem));
    }
}

package org.followupcoach.client.view;

import java.awt.CardLayout;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.presentation.CueCardModel;
import org.followupcoach.client.presentation.InterviewsModel;
import org.followupcoach.client.view.support.Messages;
import org.followupcoach.client.view.support.Ui;
import org.followupcoach.core.plan.Interview;

/**
 * The interviews screen: the list of interviews on the left, the selected one in full on the right (its plan, the
 * coach's advice, the call log, cue card and calendar export), and an undo strip after a delete.
 */
public final class InterviewsView extends JPanel {

    private static final String DETAIL = "detail";
    private static final String EMPTY = "empty";

    private final InterviewsModel interviews;
    private final InterviewUndoBar undoBar;
    private final InterviewListPanel listPanel;
    private final InterviewDetailPanel detailPanel;
    private final JPanel detailHolder = new JPanel(new CardLayout());
    private final JLabel emptyTitle = Ui.styled("", "h2");
    private final JTextArea emptyText = Ui.paragraph("", null);
    private final JButton addFirstButton = Ui.texts(new JButton(), "InterviewsView.addFirst");

    /** An interviews screen bound to the planner's models. */
    public InterviewsView(InterviewsModel interviews, CueCardModel cueCard) {
        this.interviews = interviews;
        this.undoBar = new InterviewUndoBar(interviews);
        this.listPanel = new InterviewListPanel(interviews, this::addInterview);
        this.detailPanel = new InterviewDetailPanel(interviews, cueCard);
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, fill, hidemode 3", // layout
                "[30%, fill]0[grow, fill]", // columns: list (never below what it needs), detail
                "[]0[grow, fill]")); // rows: undo strip, content
        Ui.named(this, "interviews", Messages.get("InterviewsView.accessible"));
        // Hidden, the strip keeps its (empty) row, so the content stays in the row that grows.
        add(undoBar, "span 2, growx, hidemode 2, wrap");
        add(listPanel);
        detailHolder.setOpaque(false);
        detailHolder.add(detailPanel, DETAIL);
        detailHolder.add(emptyPanel(), EMPTY);
        add(detailHolder, "wmin 0");
    }

    private JPanel emptyPanel() {
        JPanel empty = new JPanel(new MigLayout("insets dialog, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]")); // rows: title, text, button
        empty.setOpaque(false);
        Ui.named(emptyTitle, "interviews.empty", "");
        empty.add(emptyTitle);
        empty.add(emptyText, "wmin 0");
        Ui.named(addFirstButton, "interviews.addFirst", addFirstButton.getText());
        Ui.primary(addFirstButton);
        empty.add(addFirstButton, "growx 0");
        return empty;
    }

    private void bind() {
        addFirstButton.addActionListener(e -> addInterview());
        interviews.addPropertyChangeListener("interviews", e -> refresh());
        interviews.addPropertyChangeListener("selected", e -> refresh());
    }

    /** The main window focuses a view when it is shown: here that is the list, where keyboard users start. */
    @Override
    public boolean requestFocusInWindow() {
        return listPanel.focusList();
    }

    private void addInterview() {
        InterviewFormDialog.open(this, interviews, null);
    }

    private void refresh() {
        Optional<Interview> selected = interviews.selected();
        selected.ifPresent(detailPanel::show);
        if (selected.isEmpty()) {
            boolean none = interviews.interviews().isEmpty();
            String title = Messages.get(none ? "InterviewsView.none.title" : "InterviewsView.noneSelected.title");
            String text = Messages.get(none ? "InterviewsView.none.text" : "InterviewsView.noneSelected.text");
            emptyTitle.setText(title);
            emptyTitle.getAccessibleContext().setAccessibleName(title);
            emptyText.setText(text);
            emptyText.getAccessibleContext().setAccessibleName(text);
            addFirstButton.setVisible(none);
        }
        ((CardLayout) detailHolder.getLayout()).show(detailHolder, selected.isPresent() ? DETAIL : EMPTY);
    }
}

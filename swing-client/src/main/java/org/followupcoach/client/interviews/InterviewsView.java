package org.followupcoach.client.interviews;

import java.awt.CardLayout;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
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
    private final JButton backButton = Ui.texts(new JButton(), "InterviewsView.back");
    private boolean narrow;
    /** Narrow, the view opens on the list; an interview opened from elsewhere shows at once. */
    private boolean detailShown;

    /** An interviews screen bound to the planner's models. */
    public InterviewsView(InterviewsModel interviews, CueCardModel cueCard) {
        this.interviews = interviews;
        this.undoBar = new InterviewUndoBar(interviews);
        this.listPanel = new InterviewListPanel(interviews, this::addInterview, () -> showDetail(true));
        this.detailPanel = new InterviewDetailPanel(interviews, cueCard);
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        Ui.named(this, "interviews", Messages.get("InterviewsView.accessible"));
        Ui.named(backButton, "interviews.back", backButton.getText());
        backButton.addActionListener(e -> showDetail(false));
        detailHolder.setOpaque(false);
        detailHolder.add(detailPanel, DETAIL);
        detailHolder.add(emptyPanel(), EMPTY);
        layOut(false);
        // Large text in a small window: the list goes above the interview instead of beside it.
        org.followupcoach.client.support.NarrowWatch.install(this, 60, this::layOut);
    }

    private void layOut(boolean isNarrow) {
        narrow = isNarrow;
        removeAll();
        if (narrow) {
            setLayout(new MigLayout("insets 0, fill, hidemode 3", // layout
                    "[grow, fill]", // columns
                    "[]0[]0[grow, fill]")); // rows: undo strip, back to the list, list or interview
            add(undoBar, "growx, hidemode 2, wrap");
            add(backButton, "alignx left, growx 0, gapleft 12lp, gaptop 12lp, wrap");
            add(listPanel, "cell 0 2, grow, wmin 0");
            add(detailHolder, "cell 0 2, grow, wmin 0");
        } else {
            setLayout(new MigLayout("insets 0, fill, hidemode 3", // layout
                    "[30%, fill]0[grow, fill]", // columns: list (never below what it needs), detail
                    "[]0[grow, fill]")); // rows: undo strip, content
            // Hidden, the strip keeps its (empty) row, so the content stays in the row that grows.
            add(undoBar, "span 2, growx, hidemode 2, wrap");
            add(listPanel);
            add(detailHolder, "wmin 0");
        }
        showDetail(detailShown);
    }

    /** In the narrow arrangement, shows the open interview (true) or the list (false); wide, both show. */
    private void showDetail(boolean detail) {
        detailShown = detail;
        boolean hadFocus = isAncestorOf(java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .getFocusOwner());
        // With nothing chosen there is nothing to read yet: the list, with its add button, is where to start.
        boolean reading = detail && interviews.selected().isPresent();
        listPanel.setVisible(!narrow || !reading);
        detailHolder.setVisible(!narrow || reading);
        backButton.setVisible(narrow && reading);
        revalidate();
        repaint();
        if (hadFocus && narrow) {
            if (reading) {
                backButton.requestFocusInWindow();
            } else {
                listPanel.focusList();
            }
        }
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
        interviews.addPropertyChangeListener("selected", e -> selectionChanged());
    }

    /** Arrow keys in the list only choose; an interview opened from elsewhere (Today, the form) is shown. */
    private void selectionChanged() {
        refresh();
        java.awt.Component focused = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        boolean fromList = focused != null && SwingUtilities.isDescendingFrom(focused, listPanel);
        if (narrow && !fromList && interviews.selected().isPresent()) {
            showDetail(true);
        }
    }

    /** The main window focuses a view when it is shown: the list, where keyboard users start, or the back button. */
    @Override
    public boolean requestFocusInWindow() {
        return narrow && detailShown ? backButton.requestFocusInWindow() : listPanel.focusList();
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

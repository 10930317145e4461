package org.followupcoach.client.interviews;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.session.AppView;

import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.plan.AgendaEntry;
import org.followupcoach.core.plan.AgendaEntry.Status;

/**
 * The Today screen: across all interviews, the calls due now, the answers that are overdue, and the next step for
 * each of the rest, every one with a button to open it; a friendly start when there is nothing yet.
 */
public final class TodayView extends JPanel {

    private static final Set<Status> DUE = EnumSet.of(Status.CALL_NOW);
    private static final Set<Status> OVERDUE = EnumSet.of(Status.ANSWER_OVERDUE, Status.WRITE_INSTEAD);
    private static final Set<Status> LATER = EnumSet.of(Status.CALL_LATER, Status.WAITING);

    private final InterviewsModel interviews;
    private final NavigationModel navigation;
    private final JPanel entriesPanel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", // layout
            "[grow, fill]", // columns
            "[]unrel[]")); // rows: group headings and cards, built on refresh
    private final JButton addButton = Ui.texts(new JButton(), "TodayView.add");
    private List<AgendaEntry> shown;

    /** A Today screen bound to the planner's model; "open" goes through {@code navigation}. */
    public TodayView(InterviewsModel interviews, NavigationModel navigation) {
        this.interviews = interviews;
        this.navigation = navigation;
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, fill", // layout
                "[grow, fill]", // columns
                "[grow, fill]")); // rows
        Ui.named(this, "today", Messages.get("TodayView.accessible"));
        ScrollablePanel content = ScrollablePanel.page(new MigLayout("insets dialog, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]")); // rows: title, intro, entries
        content.setOpaque(false);
        content.add(Ui.styled(Messages.get("TodayView.title"), "h1"));
        content.add(Ui.paragraph(Messages.get("TodayView.intro"), null), "wmin 0");
        entriesPanel.setOpaque(false);
        content.add(entriesPanel);
        JScrollPane scroll = new JScrollPane(content);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        Ui.named(scroll, "today.scroll", Messages.get("TodayView.accessible"));
        add(scroll);
        Ui.named(addButton, "today.add", addButton.getText());
        Ui.primary(addButton);
    }

    private void bind() {
        addButton.addActionListener(e -> addInterview());
        interviews.addPropertyChangeListener("interviews", e -> refresh());
        // Time moves on while the app is open: what is due is worked out again whenever Today is shown.
        navigation.addPropertyChangeListener("view", e -> refreshIfShown());
    }

    private void refreshIfShown() {
        if (navigation.view() == AppView.TODAY) {
            refresh();
        }
    }

    /** The main window focuses a view when it is shown: here that is the first thing to act on. */
    @Override
    public boolean requestFocusInWindow() {
        for (java.awt.Component c : entriesPanel.getComponents()) {
            if (c instanceof TodayEntryCard card) {
                return card.focusOpen();
            }
        }
        return addButton.isShowing() ? addButton.requestFocusInWindow() : super.requestFocusInWindow();
    }

    private void addInterview() {
        if (InterviewFormDialog.open(this, interviews, null)) {
            navigation.show(AppView.INTERVIEWS);
        }
    }

    private void open(String interviewId) {
        interviews.select(interviewId);
        navigation.show(AppView.INTERVIEWS);
    }

    /** Rebuilds the cards only when the agenda changed, so focus stays on a card's button otherwise. */
    private void refresh() {
        List<AgendaEntry> agenda = interviews.today();
        if (agenda.equals(shown)) {
            return;
        }
        shown = agenda;
        entriesPanel.removeAll();
        if (agenda.isEmpty()) {
            entriesPanel.add(emptyCard());
        } else {
            interviews.reviewBeforeCall().ifPresent(review -> {
                String day = review.callDay().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.getDefault());
                String text = Messages.format("TodayView.review", review.questions(), day, review.company());
                entriesPanel.add(Ui.named(Ui.styled(text, "semibold"), "today.review", text), "wmin 0");
            });
            if (agenda.stream().noneMatch(e -> DUE.contains(e.status()) || OVERDUE.contains(e.status()))) {
                entriesPanel.add(Ui.paragraph(Messages.get("TodayView.nothingDue"), null), "wmin 0");
            }
            group(agenda, DUE, "TodayView.group.due");
            group(agenda, OVERDUE, "TodayView.group.overdue");
            group(agenda, LATER, "TodayView.group.later");
        }
        entriesPanel.revalidate();
        entriesPanel.repaint();
    }

    private void group(List<AgendaEntry> agenda, Set<Status> statuses, String key) {
        List<AgendaEntry> entries = agenda.stream().filter(e -> statuses.contains(e.status())).toList();
        if (entries.isEmpty()) {
            return;
        }
        entriesPanel.add(Ui.styled(Messages.get(key), "h2"), "gaptop para");
        for (AgendaEntry entry : entries) {
            String id = entry.interview().id();
            entriesPanel.add(new TodayEntryCard(entry, () -> open(id)));
            interviews.readiness(id).ifPresent(r -> {
                String text = Messages.format("TodayView.ready", r.company(), r.score(), r.checklistPercent(),
                        r.cueCardPercent(), r.quizPercent());
                entriesPanel.add(Ui.named(Ui.muted(Ui.paragraph(text, "small")), "today.ready." + id, text),
                        "wmin 0, gapleft indent");
            });
        }
    }

    private JPanel emptyCard() {
        JPanel card = new JPanel(new MigLayout("insets para, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]")); // rows: title, text, button
        Ui.card(card);
        Ui.named(card, "today.empty", Messages.get("TodayView.empty.title"));
        card.add(Ui.styled(Messages.get("TodayView.empty.title"), "h2"));
        card.add(Ui.paragraph(Messages.get("TodayView.empty.text"), null), "wmin 0");
        card.add(addButton, "growx 0");
        return card;
    }
}

package org.followupcoach.client.shell;

import java.util.EnumMap;
import java.util.Map;
import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.UIManager;
import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.session.AppView;
import org.followupcoach.client.session.SaveStatus;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
/**
 * The navigation column: one entry per view with a line of progress under it, and whether progress is saved. In a
 * window too narrow for its text size it goes compact: names only, the progress lines move to tooltips.
 */
public final class SidebarView extends JPanel implements javax.swing.Scrollable {

    private final AppModels models;
    private final Map<AppView, JToggleButton> buttons = new EnumMap<>(AppView.class);
    private final Map<AppView, JLabel> details = new EnumMap<>(AppView.class);
    private final ButtonGroup group = new ButtonGroup();
    /** Wraps rather than cuts off in a compact sidebar. */
    private final javax.swing.JTextArea saveLabel = Ui.paragraph("", "small");
    private final JLabel titleLabel = Ui.styled(Messages.get("app.title"), "h3");
    private boolean compact;

    /** A sidebar bound to the app's models. */
    public SidebarView(AppModels models) {
        this.models = models;
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets panel, wrap 1, fillx", // layout
                "[fill, grow]", // columns
                "[]para[]rel[]rel[]rel[]para[]rel[]push[]")); // rows
        Ui.named(this, "sidebar", Messages.get("Sidebar.accessible"));
        setBackground(UIManager.getColor("Coach.sidebar.background"));
        add(titleLabel, "gapleft 8, hidemode 3");
        for (AppView view : AppView.values()) {
            add(entry(view));
        }
        Ui.named(saveLabel, "sidebar.saveStatus", "");
        // No say in the sidebar's width: it wraps within what the names need.
        add(saveLabel, "gapleft 8, width 0:0:max");
    }

    private JToggleButton entry(AppView view) {
        String key = "Sidebar." + view.name().toLowerCase(java.util.Locale.ROOT);
        JToggleButton button = new JToggleButton();
        button.setLayout(new MigLayout("insets 6 8 6 8, wrap 1, gap 0", "[grow, fill]", "[][]"));
        button.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_TAB);
        button.putClientProperty(FlatClientProperties.STYLE, "tab.selectedBackground: $Coach.accentSoft;"
                + "tab.underlineHeight: 0");
        button.setHorizontalAlignment(JToggleButton.LEADING);
        JLabel title = Ui.styled(Messages.get(key + ".text"), "h4");
        JLabel detail = Ui.styled("", "small");
        Ui.named(detail, "nav." + view.name().toLowerCase(java.util.Locale.ROOT) + ".detail", "");
        button.add(title);
        button.add(detail, "hidemode 3");
        Ui.named(button, "nav." + view.name().toLowerCase(java.util.Locale.ROOT), Messages.get(key + ".text"));
        button.addActionListener(e -> models.navigation().show(view));
        group.add(button);
        buttons.put(view, button);
        details.put(view, detail);
        return button;
    }

    private void bind() {
        models.navigation().addPropertyChangeListener("view", e -> refresh());
        models.session().addPropertyChangeListener("progress", e -> refresh());
        models.session().addPropertyChangeListener("saveStatus", e -> refresh());
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setBackground(UIManager.getColor("Coach.sidebar.background"));
    }

    private void refresh() {
        var guide = models.guide();
        var checklist = models.checklist().overall();
        var attempts = models.session().progress().quizAttempts();
        detail(AppView.GUIDE, Messages.format("Sidebar.guide.detail", guide.readCount(), guide.sectionCount()));
        detail(AppView.CHECKLIST, Messages.format("Sidebar.checklist.detail", checklist.done(), checklist.total()));
        detail(AppView.QUIZ, attempts.isEmpty()
                ? Messages.format("Sidebar.quiz.detail", models.quiz().questionCount())
                : Messages.format("Sidebar.quiz.detailTaken", attempts.get(attempts.size() - 1).score().percent()));
        detail(AppView.READINESS, Messages.format("Sidebar.readiness.detail", models.session().readiness().score()));
        long due = models.interviews().today().stream()
                .filter(e -> e.status() == org.followupcoach.core.plan.AgendaEntry.Status.CALL_NOW
                        || e.status() == org.followupcoach.core.plan.AgendaEntry.Status.ANSWER_OVERDUE).count();
        detail(AppView.TODAY, Messages.format("Sidebar.today.detail", due));
        detail(AppView.INTERVIEWS, Messages.format("Sidebar.interviews.detail",
                models.interviews().interviews().size()));
        buttons.get(models.navigation().view()).setSelected(true);
        SaveStatus status = models.session().saveStatus();
        saveLabel.setText(Messages.get(switch (status.state()) {
            case SAVED -> "Sidebar.saved.text";
            case PENDING -> "Sidebar.saving.text";
            case FAILED -> "Sidebar.saveFailed.text";
            case READ_ONLY -> "Sidebar.readOnly.text";
        }));
        saveLabel.getAccessibleContext().setAccessibleName(saveLabel.getText());
    }

    /** Shows names only (true) or names with their progress lines (false). */
    public void setCompact(boolean compact) {
        if (this.compact == compact) {
            return;
        }
        this.compact = compact;
        titleLabel.setVisible(!compact);
        details.values().forEach(d -> d.setVisible(!compact));
        refresh();
        revalidate();
    }

    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return getFont().getSize() * 2;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return visible.height;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        // Fills a tall window with its colour; in a short one keeps its height and scrolls.
        return getParent() instanceof javax.swing.JViewport viewport && viewport.getHeight() >= getPreferredSize().height;
    }

    private void detail(AppView view, String text) {
        details.get(view).setText(text);
        details.get(view).getAccessibleContext().setAccessibleName(text);
        JToggleButton button = buttons.get(view);
        String title = Messages.get("Sidebar." + view.name().toLowerCase(java.util.Locale.ROOT) + ".text");
        button.getAccessibleContext().setAccessibleName(title + ", " + text);
        button.setToolTipText(compact ? text : null);
    }
}

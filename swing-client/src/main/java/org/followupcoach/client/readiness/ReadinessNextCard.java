package org.followupcoach.client.readiness;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.session.AppView;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.readiness.NextSteps;
import org.followupcoach.core.readiness.TopicReadiness;

/** "What to do next": the weakest topics, the first open checklist steps and unread sections, each with a link. */
final class ReadinessNextCard extends JPanel {

    private final ReadinessModel model;
    private NextSteps shown;

    /** An empty card; {@link #show(NextSteps)} fills it. */
    ReadinessNextCard(ReadinessModel model) {
        this.model = model;
        setLayout(new MigLayout("insets para, wrap 2, fillx, hidemode 3", // layout
                "[grow,fill]unrel[right]", // columns: suggestion, link (right edges line up with the topics card's)
                "[]")); // rows: heading, then groups of suggestions, spaced where each group starts
        putClientProperty(FlatClientProperties.STYLE, Ui.CARD_STYLE);
        Ui.named(this, "readiness.next", Messages.get("ReadinessView.next.title"));
    }

    /** Lists {@code steps}; rebuilt only when the suggestions change, so a link keeps focus otherwise. */
    void show(NextSteps steps) {
        if (steps.equals(shown)) {
            return;
        }
        shown = steps;
        removeAll();
        add(Ui.styled(Messages.get("ReadinessView.next.title"), "h3"), "span 2");
        if (steps.isEmpty()) {
            add(Ui.paragraph(Messages.get("ReadinessView.next.none")), "span 2, wmin 0");
        }
        if (!steps.weakTopics().isEmpty()) {
            group("ReadinessView.next.topics");
            steps.weakTopics().forEach(this::topic);
        }
        if (!steps.openItems().isEmpty()) {
            group("ReadinessView.next.items");
            steps.openItems().forEach(this::item);
        }
        if (!steps.unreadSections().isEmpty()) {
            group("ReadinessView.next.sections");
            steps.unreadSections().forEach(this::section);
        }
        revalidate();
        repaint();
    }

    private void group(String key) {
        add(Ui.styled(Messages.get(key), "h4"), "span 2, gaptop unrel");
    }

    private void topic(TopicReadiness t) {
        String text = t.percent().isPresent()
                ? Messages.format("ReadinessView.next.topic", t.topic().title(), t.percent().getAsInt())
                : Messages.format("ReadinessView.next.topicUntested", t.topic().title());
        suggestion(text, "ReadinessView.readUp", "readiness.next.topic." + t.topic().id(), t.topic().title(),
                () -> model.openSection(t.topic().sectionId()));
    }

    private void item(ChecklistItem item) {
        suggestion(item.text(), "ReadinessView.openChecklist", "readiness.next.item." + item.id(), item.text(),
                () -> model.openView(AppView.CHECKLIST));
    }

    private void section(Section section) {
        suggestion(section.title(), "ReadinessView.read", "readiness.next.section." + section.id(),
                section.title(), () -> model.openSection(section.id()));
    }

    private void suggestion(String text, String linkKey, String name, String subject, Runnable action) {
        JTextArea label = Ui.paragraph(text);
        add(label, "wmin 0, gapleft indent");
        // No mnemonic: it would repeat on every row, so the links are reached with Tab.
        JButton link = Ui.texts(Ui.link(""), linkKey);
        Ui.named(link, name, Messages.format(linkKey + ".accessible", subject));
        link.addActionListener(e -> action.run());
        add(link, "aligny top");
    }
}

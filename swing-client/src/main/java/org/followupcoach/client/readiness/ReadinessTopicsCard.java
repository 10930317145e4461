package org.followupcoach.client.readiness;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.Topic;
import org.followupcoach.core.readiness.Readiness;
import org.followupcoach.core.readiness.TopicReadiness;

/** The quiz part broken down by topic: the latest result on each, and a link to read up on it. */
final class ReadinessTopicsCard extends JPanel {

    private final ReadinessModel model;
    private final Map<String, JProgressBar> bars = new LinkedHashMap<>();

    /** A row per quiz topic of the content, in content order. */
    ReadinessTopicsCard(ReadinessModel model) {
        this.model = model;
        initComponents();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets para, wrap 3, fillx", // layout
                "[::45%]unrel[grow,fill]unrel[right]", // columns: topic (wraps between words), bar, link (lined up with the next steps')
                "[]rel[]para[]")); // rows: heading, explanation, one per topic
        putClientProperty(FlatClientProperties.STYLE, Ui.CARD_STYLE);
        Ui.named(this, "readiness.topics", Messages.get("ReadinessView.topics.title"));
        add(Ui.styled(Messages.get("ReadinessView.topics.title"), "h3"), "span 3");
        add(Ui.paragraph(Messages.get("ReadinessView.topics.text")), "span 3, growx, wmin 0");
        for (TopicReadiness topicReadiness : model.readiness().topics()) {
            Topic topic = topicReadiness.topic();
            add(Ui.wholeWords(topic.title()), "growx");
            JProgressBar bar = new JProgressBar(0, 100);
            bar.setStringPainted(true);
            Ui.named(bar, "readiness.topic." + topic.id(), topic.title());
            bars.put(topic.id(), bar);
            add(bar, "wmin 0");
            JButton readUp = Ui.texts(Ui.link(""), "ReadinessView.readUp");
            Ui.named(readUp, "readiness.topic." + topic.id() + ".readUp",
                    Messages.format("ReadinessView.readUp.accessible", topic.title()));
            readUp.addActionListener(e -> model.openSection(topic.sectionId()));
            add(readUp);
        }
    }

    /** Shows each topic's latest result, or that it has not been tested yet. */
    void show(Readiness readiness) {
        for (TopicReadiness t : readiness.topics()) {
            JProgressBar bar = bars.get(t.topic().id());
            if (bar == null) {
                continue;
            }
            bar.setValue(t.percentOrZero());
            String text = t.percent().isPresent() ? Messages.format("ReadinessView.percent", t.percent().getAsInt())
                    : Messages.get("ReadinessView.topic.untested");
            bar.setString(text);
            bar.getAccessibleContext().setAccessibleName(Messages.format("ReadinessView.topic.accessible",
                    t.topic().title(), text));
        }
    }
}

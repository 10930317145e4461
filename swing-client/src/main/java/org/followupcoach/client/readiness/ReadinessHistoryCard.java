package org.followupcoach.client.readiness;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.ZoneId;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.readiness.ReadinessPoint;

/** The history card: the score chart with a legend telling quiz attempts from other changes. */
final class ReadinessHistoryCard extends JPanel {

    private final HistoryChart chart;
    private final JPanel legend = new JPanel(new MigLayout("insets 0", // layout
            "[]para[]", // columns: ordinary change, quiz attempt
            "[]")); // rows

    /** A card whose chart shows dates in {@code zone}. */
    ReadinessHistoryCard(ZoneId zone) {
        chart = new HistoryChart(zone);
        initComponents();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets para, wrap 1, fillx, hidemode 3", // layout
                "[grow,fill]", // columns
                "[]rel[]para[]rel[]")); // rows: heading, explanation, chart, legend
        putClientProperty(FlatClientProperties.STYLE, Ui.CARD_STYLE);
        add(Ui.styled(Messages.get("ReadinessView.history.title"), "h3"));
        add(Ui.paragraph(Messages.get("ReadinessView.history.text")), "wmin 0");
        Ui.named(chart, "readiness.history", Messages.get("ReadinessView.history.title"));
        add(chart, "wmin 0");

        legend.setOpaque(false);
        legend.add(legendEntry(false, "ReadinessView.legend.change"));
        legend.add(legendEntry(true, "ReadinessView.legend.quiz"));
        add(legend);
    }

    private static JLabel legendEntry(boolean quiz, String key) {
        JLabel label = Ui.styled(Messages.get(key), "small");
        label.setIcon(HistoryChart.legendIcon(quiz));
        label.putClientProperty(FlatClientProperties.STYLE, Ui.MUTED_STYLE);
        return label;
    }

    /** Charts {@code history}. */
    void show(List<ReadinessPoint> history) {
        chart.setPoints(history);
        // A legend for markers that are not there yet would only puzzle.
        legend.setVisible(!history.isEmpty());
    }
}

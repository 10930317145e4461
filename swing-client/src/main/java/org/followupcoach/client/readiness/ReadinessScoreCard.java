package org.followupcoach.client.readiness;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.readiness.Readiness;
import org.followupcoach.core.readiness.ReadinessCalculator;

/** The readiness score in large type with what it means, beside the three parts it is made of. */
final class ReadinessScoreCard extends JPanel {

    private final JLabel scoreLabel = Ui.styled("", "h00");
    private final JLabel bandLabel = Ui.styled("", "h3");
    private final JTextArea bandText = Ui.paragraph("");
    private final JProgressBar checklistBar = new JProgressBar(0, 100);
    private final JProgressBar readingBar = new JProgressBar(0, 100);
    private final JProgressBar quizBar = new JProgressBar(0, 100);

    /** An empty card; {@link #show(Readiness)} fills it. */
    ReadinessScoreCard() {
        initComponents();
    }

    private final JPanel scorePanel = scorePanel();
    private final JPanel partsPanel = partsPanel();

    private void initComponents() {
        putClientProperty(FlatClientProperties.STYLE, Ui.CARD_STYLE);
        setStacked(false);
    }

    /** Score above its parts (for large text in a small window) or beside them. */
    void setStacked(boolean stacked) {
        removeAll();
        setLayout(stacked
                ? new MigLayout("insets para, fillx, wrap 1", "[grow,fill]", "[]para[]") // score, parts
                : new MigLayout("insets para, fillx", "[40%,fill]para[grow,fill]", "[top]")); // score | parts
        add(scorePanel, "wmin 0");
        add(partsPanel, "wmin 0");
        revalidate();
    }

    private JPanel scorePanel() {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2, fillx", // layout
                "[]rel[grow]", // columns: number, "of 100"
                "[]rel[]rel[]")); // rows: score, band, explanation
        panel.setOpaque(false);
        Ui.named(scoreLabel, "readiness.score", "");
        panel.add(scoreLabel);
        JLabel of100 = Ui.styled(Messages.get("ReadinessView.score.of"), "h3");
        of100.putClientProperty(FlatClientProperties.STYLE, Ui.MUTED_STYLE);
        panel.add(of100, "aligny baseline");
        Ui.named(bandLabel, "readiness.band", "");
        panel.add(bandLabel, "span 2");
        Ui.named(bandText, "readiness.band.text", "");
        panel.add(bandText, "span 2, growx, wmin 0");
        return panel;
    }

    private JPanel partsPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 3, fillx", // layout
                "[]unrel[grow,fill]unrel[]", // columns: part, bar, weight
                "[]para[]para[]para[]")); // rows: heading, three parts
        panel.setOpaque(false);
        panel.add(Ui.styled(Messages.get("ReadinessView.parts.title"), "h4"), "span 3");
        part(panel, checklistBar, "checklist", ReadinessCalculator.CHECKLIST_WEIGHT);
        part(panel, readingBar, "reading", ReadinessCalculator.READING_WEIGHT);
        part(panel, quizBar, "quiz", ReadinessCalculator.QUIZ_WEIGHT);
        return panel;
    }

    private static void part(JPanel panel, JProgressBar bar, String key, int weight) {
        panel.add(Ui.label(Messages.get("ReadinessView.part." + key)));
        bar.setStringPainted(true);
        Ui.named(bar, "readiness." + key, "");
        panel.add(bar);
        JLabel weightLabel = Ui.styled(Messages.format("ReadinessView.part.weight", weight), "small");
        weightLabel.putClientProperty(FlatClientProperties.STYLE, Ui.MUTED_STYLE);
        panel.add(weightLabel);
    }

    /** Shows {@code readiness}. */
    void show(Readiness readiness) {
        int score = readiness.score();
        scoreLabel.setText(Integer.toString(score));
        scoreLabel.getAccessibleContext().setAccessibleName(Messages.format("ReadinessView.score.accessible",
                score));
        String band = score >= 90 ? "ready" : score >= 70 ? "nearly" : score >= 40 ? "getting" : "starting";
        bandLabel.setText(Messages.get("ReadinessView.band." + band));
        bandLabel.getAccessibleContext().setAccessibleName(bandLabel.getText());
        bandText.setText(Messages.get("ReadinessView.band." + band + ".text"));
        bandText.getAccessibleContext().setAccessibleName(bandText.getText());
        setPart(checklistBar, "checklist", readiness.checklistPercent(), ReadinessCalculator.CHECKLIST_WEIGHT);
        setPart(readingBar, "reading", readiness.readingPercent(), ReadinessCalculator.READING_WEIGHT);
        setPart(quizBar, "quiz", readiness.quizPercent(), ReadinessCalculator.QUIZ_WEIGHT);
    }

    private static void setPart(JProgressBar bar, String key, int percent, int weight) {
        bar.setValue(percent);
        bar.setString(Messages.format("ReadinessView.percent", percent));
        bar.getAccessibleContext().setAccessibleName(Messages.format("ReadinessView.part.accessible",
                Messages.get("ReadinessView.part." + key), percent, weight));
    }
}

package org.followupcoach.client.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.session.RunChooser;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.Ui;
/** The readiness screen: the score and its parts, what to do next, the result per topic, and the history. */
public final class ReadinessView extends JPanel {

    private final ReadinessModel model;
    private final JButton exportButton = Ui.texts(new JButton(), "ReadinessView.export");
    private final ReadinessScoreCard scoreCard = new ReadinessScoreCard();
    private final ReadinessNextCard nextCard;
    private final ReadinessTopicsCard topicsCard;
    private final ReadinessHistoryCard historyCard = new ReadinessHistoryCard(ZoneId.systemDefault());

    /** A readiness screen bound to {@code model}. */
    public ReadinessView(ReadinessModel model) {
        this.model = model;
        this.nextCard = new ReadinessNextCard(model);
        this.topicsCard = new ReadinessTopicsCard(model);
        initComponents();
        bind();
        refresh();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, fill", // layout
                "[grow,fill]", // columns
                "[grow,fill]")); // rows
        Ui.named(this, "readiness", Messages.get("ReadinessView.accessible"));
        ScrollablePanel content = ScrollablePanel.page(new MigLayout("insets dialog, wrap 1, fillx", // layout
                "[grow,fill]", // columns
                "[]rel[]rel[]para[]unrel[]unrel[]unrel[]")); // rows: title, run, intro, score, next, topics, history
        content.setOpaque(false);
        JPanel titleRow = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill]unrel[]", "[]"));
        titleRow.setOpaque(false);
        titleRow.add(Ui.styled(Messages.get("ReadinessView.title"), "h1"));
        Ui.named(exportButton, "readiness.export", Messages.get("ReadinessView.export.text"));
        titleRow.add(exportButton, "aligny bottom");
        content.add(titleRow);
        content.add(new RunChooser(model.run(), "readiness"), "hidemode 3, wmin 0");
        content.add(Ui.paragraph(Messages.get("ReadinessView.intro")), "wmin 0");
        content.add(scoreCard);
        // The score and its parts sit side by side only where both fit at the chosen text size.
        org.followupcoach.client.support.NarrowWatch.install(this, 60, scoreCard::setStacked);
        content.add(nextCard);
        content.add(topicsCard);
        content.add(historyCard);
        JScrollPane scroll = new JScrollPane(content);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        Ui.named(scroll, "readiness.scroll", Messages.get("ReadinessView.accessible"));
        add(scroll);
    }

    private void bind() {
        model.addPropertyChangeListener("readiness", e -> refresh());
        exportButton.addActionListener(e -> exportReport());
    }

    private void exportReport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("readiness.exportChooser");
        chooser.setSelectedFile(new java.io.File(Messages.get("ReadinessView.export.fileName")));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        String html = model.reportHtml(Messages::format);
        CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(target, html, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).whenComplete((ok, failure) -> SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(this,
                failure == null ? Messages.format("ReadinessView.export.done", target)
                        : Messages.format("ReadinessView.export.failed", String.valueOf(failure.getCause() == null
                                ? failure.getMessage() : failure.getCause().getMessage())),
                Messages.get("ReadinessView.export.text"),
                failure == null ? JOptionPane.INFORMATION_MESSAGE : JOptionPane.WARNING_MESSAGE)));
    }

    private void refresh() {
        scoreCard.show(model.readiness());
        nextCard.show(model.nextSteps());
        topicsCard.show(model.readiness());
        historyCard.show(model.history());
    }
}

package org.followupcoach.client.readiness;

import java.time.ZoneId;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.session.RunChooser;
import org.followupcoach.client.support.FileExport;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.ScrollablePanel;
import org.followupcoach.client.support.Ui;
/** The readiness screen: the score and its parts, what to do next, the result per topic, and the history. */
public final class ReadinessView extends JPanel {

    private final ReadinessModel model;
    private final JButton exportButton = Ui.texts(new JButton(), "ReadinessView.export");
    private final javax.swing.JTextArea exportMessage = FileExport.messageArea("readiness.exportMessage");
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
                "[]rel[]rel[]rel[]para[]unrel[]unrel[]unrel[]")); // rows: title, export outcome, run, intro, score, next, topics, history
        content.setOpaque(false);
        JPanel titleRow = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill]unrel[]", "[]"));
        titleRow.setOpaque(false);
        titleRow.add(Ui.styled(Messages.get("ReadinessView.title"), "h1"));
        Ui.named(exportButton, "readiness.export", Messages.get("ReadinessView.export.text"));
        titleRow.add(exportButton, "aligny bottom");
        content.add(titleRow);
        content.add(exportMessage, "hidemode 3, wmin 0");
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
        FileExport.choose(this, new FileExport.Kind("readiness.exportChooser",
                Messages.get("ReadinessView.export.title"), Messages.get("ReadinessView.export.filter"), "html",
                Messages.get("ReadinessView.export.fileName"))).ifPresent(target -> FileExport.writeText(target,
                        model.reportHtml(Messages::format), failure -> FileExport.show(exportMessage, failure
                                .map(why -> Messages.format("ReadinessView.export.failed", why))
                                .orElseGet(() -> Messages.format("ReadinessView.export.done", target)),
                                failure.isPresent())));
    }

    private void refresh() {
        scoreCard.show(model.readiness());
        nextCard.show(model.nextSteps());
        topicsCard.show(model.readiness());
        historyCard.show(model.history());
    }
}

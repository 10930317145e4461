package org.followupcoach.client.guide;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.Channel;
import org.followupcoach.core.model.ChannelRanking;
import org.followupcoach.core.model.Survey;
import org.followupcoach.core.search.SearchHit;

/** The survey behind the channel ranking as a bar chart, with how to read it and each channel's advice. */
final class SectionChannelsPanel extends JPanel {

    /** The chart and advice for {@code ranking}; each channel's advice is registered in {@code anchors}. */
    SectionChannelsPanel(ChannelRanking ranking, Map<String, JComponent> anchors) {
        setLayout(new MigLayout("insets 0, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "[]rel[]para[]rel[]")); // rows: heading, chart card, heading, advice card
        setOpaque(false);
        initComponents(ranking, anchors);
    }

    private void initComponents(ChannelRanking ranking, Map<String, JComponent> anchors) {
        Survey survey = ranking.survey();
        add(Ui.styled(Messages.get("SectionChannelsPanel.chart.heading"), "h2"), "wmin 0");
        SectionCard chartCard = new SectionCard();
        chartCard.addText(Messages.format("SectionChannelsPanel.question.text", survey.organisation(),
                survey.question()), "h4");
        ChannelChart chart = new ChannelChart(ranking.channels());
        Ui.named(chart, "guide.channelChart", Messages.format("SectionChannelsPanel.chart.accessible",
                survey.organisation()));
        chartCard.addWide(chart);
        JTextArea note = chartCard.addText(survey.note(), "small");
        note.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        note.getAccessibleContext().setAccessibleName(survey.note());
        add(chartCard);

        add(Ui.styled(Messages.get("SectionChannelsPanel.advice.heading"), "h2"), "wmin 0");
        SectionCard adviceCard = new SectionCard();
        for (Channel channel : ranking.channels()) {
            String verdict = ChannelChart.verdictText(channel.verdict());
            JLabel dot = Ui.named(new JLabel(ChannelChart.verdictIcon(channel.verdict())),
                    "guide.channel." + channel.id() + ".verdict", verdict);
            JComponent marker = adviceCard.addEntry(dot, Messages.format("SectionChannelsPanel.advice.title",
                    channel.name(), verdict), channel.advice());
            anchors.put(SectionPanel.anchorKey(SearchHit.Kind.CHANNEL, channel.id()), marker);
        }
        Ui.named(adviceCard, "guide.channelAdvice", Messages.get("SectionChannelsPanel.advice.heading"));
        add(adviceCard);
    }
}

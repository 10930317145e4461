package org.followupcoach.client.guide;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

import org.followupcoach.client.support.Icons;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Ui;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Faq;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.model.TalkingPoint;
import org.followupcoach.core.model.Tip;
import org.followupcoach.core.model.TipKind;
import org.followupcoach.core.search.SearchHit;

/**
 * One section of the guide as the reading pane shows it: title, summary and body, then what belongs to it (the
 * channel chart, the voicemail parts, the talking points), its do's and don'ts and its questions.
 */
final class SectionPanel extends JPanel {

    private final GuideModel model;
    private final Section section;
    private final Map<String, JComponent> anchors = new HashMap<>();

    /** The panel for {@code section}, built once; the guide makes a new one for each section it opens. */
    SectionPanel(GuideModel model, Section section) {
        this.model = model;
        this.section = section;
        initComponents();
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0 0 para 0, wrap 1, fillx", // layout
                "[grow, fill]", // columns
                "")); // rows: as many as the section has parts
        setOpaque(false);
        JLabel title = Ui.named(Ui.styled(section.title(), "h1"), "guide.section.title", section.title());
        // A label does not wrap; a long title in a narrow window ends in "…" and the tooltip has it whole.
        title.setToolTipText(GuideText.tooltip(section.title()));
        add(title, "wmin 0");
        add(Ui.paragraph(section.summary(), "large"), "wmin 0, gaptop rel");
        for (String paragraph : section.body()) {
            add(Ui.paragraph(paragraph), "wmin 0, gaptop para");
        }
        String from = GuideText.source(model.session().pack(), section.source());
        JTextArea source = Ui.named(Ui.paragraph(from, "small"), "guide.section.source", from);
        source.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        add(source, "wmin 0, gaptop para");
        // The text shows at once; what follows it (chart, voicemail parts, tips, questions) comes in the next event,
        // so neither event has to build and lay out the whole section (the channels section took up to ~100 ms).
        javax.swing.SwingUtilities.invokeLater(() -> {
            addExtras();
            addTips();
            addFaqs();
            revalidate();
            repaint();
        });
    }

    /** The parts only some sections have, chosen by the ids the content format guarantees. */
    private void addExtras() {
        ContentPack pack = model.session().pack();
        switch (section.id()) {
            case "hr-preferences" -> add(new SectionChannelsPanel(pack.channels(), anchors), "gaptop para");
            case "voicemail" -> add(new SectionVoicemailPanel(pack.voicemail(), model.rehearsal()), "gaptop para");
            case "live-call" -> addTalkingPoints(pack.talkingPoints());
            default -> {
                // Other sections are text, tips and questions only.
            }
        }
    }

    private void addTalkingPoints(List<TalkingPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        heading("SectionPanel.talkingPoints.heading");
        SectionCard card = new SectionCard();
        for (int i = 0; i < points.size(); i++) {
            card.addEntry(number(i + 1), points.get(i).title(), points.get(i).detail());
        }
        Ui.named(card, "guide.talkingPoints", Messages.get("SectionPanel.talkingPoints.heading"));
        add(card);
    }

    private void addTips() {
        List<Tip> tips = model.tipsFor(section.id());
        if (tips.isEmpty()) {
            return;
        }
        heading("SectionPanel.tips.heading");
        addTipGroup(tips, TipKind.DO, "guide.tips.do");
        addTipGroup(tips, TipKind.DONT, "guide.tips.dont");
    }

    private void addTipGroup(List<Tip> tips, TipKind kind, String name) {
        List<Tip> group = tips.stream().filter(t -> t.kind() == kind).toList();
        if (group.isEmpty()) {
            return;
        }
        String key = kind == TipKind.DO ? "SectionPanel.do" : "SectionPanel.dont";
        SectionCard card = new SectionCard();
        for (Tip tip : group) {
            String word = Messages.get(key + ".text");
            // A title that already starts with the word ("Don't ramble") gets the icon alone, not "Don't  Don't".
            boolean said = tip.title().toLowerCase(java.util.Locale.ROOT).startsWith(
                    word.toLowerCase(java.util.Locale.ROOT) + " ");
            JLabel marker = Ui.styled(said ? "" : word, "semibold");
            marker.setIcon(kind == TipKind.DO ? Icons.tick("Coach.do.background")
                    : Icons.cross("Coach.dont.background"));
            Ui.named(marker, "guide.tip." + tip.id() + ".kind", Messages.get(key + ".text"));
            anchors.put(anchorKey(SearchHit.Kind.TIP, tip.id()), card.addEntry(marker, tip.title(), tip.reason()));
            card.addNote(GuideText.source(model.session().pack(), tip.source()), "guide.tip." + tip.id() + ".source");
        }
        Ui.named(card, name, Messages.get(key + ".group.accessible"));
        add(card, "gaptop rel");
    }

    private void addFaqs() {
        List<Faq> faqs = model.faqsFor(section.id());
        if (faqs.isEmpty()) {
            return;
        }
        heading("SectionPanel.faqs.heading");
        SectionCard card = new SectionCard();
        for (Faq faq : faqs) {
            JLabel marker = Ui.styled(Messages.get("SectionPanel.question.text"), "h3");
            marker.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.accent");
            marker.getAccessibleContext().setAccessibleName(Messages.get("SectionPanel.question.accessible"));
            anchors.put(anchorKey(SearchHit.Kind.FAQ, faq.id()), card.addEntry(marker, faq.question(), faq.answer()));
            card.addNote(GuideText.source(model.session().pack(), faq.source()), "guide.faq." + faq.id() + ".source");
        }
        Ui.named(card, "guide.faqs", Messages.get("SectionPanel.faqs.heading"));
        add(card);
    }

    private void heading(String key) {
        add(Ui.styled(Messages.get(key), "h2"), "wmin 0, gaptop para, gapbottom rel");
    }

    /** A step number for numbered lists, in the accent colour. */
    static JLabel number(int n) {
        JLabel label = Ui.styled(Messages.format("SectionPanel.number.text", n), "h3");
        label.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.accent");
        return label;
    }

    static String anchorKey(SearchHit.Kind kind, String id) {
        return kind.name() + ':' + id;
    }

    /** The part of this section a search match points at, if the section shows it. */
    Optional<JComponent> anchor(SearchHit hit) {
        return Optional.ofNullable(anchors.get(anchorKey(hit.kind(), hit.id())));
    }

    /** The section shown. */
    Section section() {
        return section;
    }
}

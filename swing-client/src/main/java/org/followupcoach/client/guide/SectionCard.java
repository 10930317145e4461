package org.followupcoach.client.guide;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.followupcoach.client.support.Ui;
/**
 * A rounded card on the reading pane holding a list of entries, each a marker (icon, word or number) beside a bold
 * title with an optional detail below it. Tips, questions, channels, steps and message parts all read this way.
 */
final class SectionCard extends JPanel {

    private int entries;

    /** An empty card. */
    SectionCard() {
        super(new MigLayout("insets para, wrap 2, fillx", // layout
                "[]unrel[grow, fill]", // columns: marker | title and detail
                "")); // rows: one or two per entry, added as entries come
        putClientProperty(FlatClientProperties.STYLE, "arc: 16; background: $Coach.card.background");
    }

    /** Adds an entry and returns its marker, which a search can scroll to. A null {@code detail} leaves it out. */
    JComponent addEntry(JComponent marker, String title, String detail) {
        String gap = entries++ == 0 ? "" : ", gaptop para";
        add(marker, "aligny top" + gap);
        add(Ui.paragraph(title, "h4"), "wmin 0" + gap);
        if (detail != null) {
            add(Ui.paragraph(detail), "skip, wmin 0");
        }
        return marker;
    }

    /** Adds a small, muted line under the last entry's text, such as where its advice comes from. */
    JTextArea addNote(String text, String name) {
        JTextArea note = Ui.named(Ui.paragraph(text, "small"), name, text);
        note.putClientProperty(FlatClientProperties.STYLE, "foreground: $Coach.muted");
        add(note, "skip, wmin 0");
        return note;
    }

    /** Adds text across the whole card, for a card that is not a list. */
    JTextArea addText(String text, String styleClass) {
        JTextArea area = styleClass == null ? Ui.paragraph(text) : Ui.paragraph(text, styleClass);
        add(area, "span 2, growx, wmin 0" + (entries++ == 0 ? "" : ", gaptop rel"));
        return area;
    }

    /** Adds any component across the whole card. */
    void addWide(JComponent component) {
        add(component, "span 2, growx, wmin 0" + (entries++ == 0 ? "" : ", gaptop unrel"));
    }
}

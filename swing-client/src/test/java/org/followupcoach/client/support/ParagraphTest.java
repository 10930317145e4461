package org.followupcoach.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Font;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** A paragraph remembers its sizes only while nothing they depend on changes. */
class ParagraphTest {

    private static final String SHORT = "Call two or three days after the interview.";
    private static final String LONG = SHORT + " " + SHORT + " " + SHORT + " " + SHORT + " " + SHORT;

    @Test
    void newTextGivesNewSizes() {
        Dimension[] sizes = GuiActionRunner.execute(() -> {
            Paragraph p = sized(SHORT, 200);
            Dimension before = p.getPreferredSize();
            p.setText(LONG);
            return new Dimension[] {before, p.getPreferredSize()};
        });
        assertThat(sizes[1].height).isGreaterThan(sizes[0].height);
    }

    @Test
    void aNarrowerParagraphWrapsIntoMoreLines() {
        Dimension[] sizes = GuiActionRunner.execute(() -> {
            Paragraph p = sized(LONG, 400);
            Dimension wide = p.getPreferredSize();
            p.setSize(150, p.getHeight());
            return new Dimension[] {wide, p.getPreferredSize()};
        });
        assertThat(sizes[1].height).isGreaterThan(sizes[0].height);
    }

    @Test
    void aLargerFontGivesLargerSizes() {
        Dimension[] sizes = GuiActionRunner.execute(() -> {
            Paragraph p = sized(SHORT, 400);
            Dimension normal = p.getPreferredSize();
            Dimension normalMinimum = p.getMinimumSize();
            p.setFont(p.getFont().deriveFont(Font.PLAIN, p.getFont().getSize2D() * 2));
            return new Dimension[] {normal, p.getPreferredSize(), normalMinimum, p.getMinimumSize()};
        });
        assertThat(sizes[1].height).isGreaterThan(sizes[0].height);
        assertThat(sizes[3].height).isGreaterThan(sizes[2].height);
    }

    @Test
    void askedAgainWithNothingChangedItAnswersTheSame() {
        Dimension[] sizes = GuiActionRunner.execute(() -> {
            Paragraph p = sized(LONG, 300);
            return new Dimension[] {p.getPreferredSize(), p.getPreferredSize(), p.getMinimumSize(),
                p.getMinimumSize()};
        });
        assertThat(sizes[1]).isEqualTo(sizes[0]);
        assertThat(sizes[3]).isEqualTo(sizes[2]);
    }

    private static Paragraph sized(String text, int width) {
        Paragraph p = (Paragraph) Ui.paragraph(text);
        p.setSize(width, 20);
        return p;
    }
}

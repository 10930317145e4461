package org.followupcoach.client.support;

import java.awt.Dimension;
import java.awt.Font;
import javax.swing.JTextArea;

/**
 * A wrapping text area that remembers its sizes until something that changes them happens. MigLayout asks each
 * component for its sizes many times per layout (a guide section asked its paragraphs ~15,000 times, 40 ms of a 100 ms
 * layout), and a text area answers by wrapping its whole text again. The sizes depend on the text, the font, the
 * insets and the current size: an edit of the text, a new size or font, or anything that invalidates the component
 * makes it forget them.
 */
final class Paragraph extends JTextArea {

    private Dimension preferred;
    private Dimension minimum;
    private int width = -1;
    private int height = -1;
    private Font font;

    Paragraph() {
        // Text changes invalidate a paragraph only once it has a parent; the sizes must follow them regardless.
        javax.swing.event.DocumentListener edits = new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                forget();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                forget();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                forget();
            }
        };
        getDocument().addDocumentListener(edits);
        addPropertyChangeListener("document", e -> {
            if (e.getOldValue() instanceof javax.swing.text.Document old) {
                old.removeDocumentListener(edits);
            }
            if (e.getNewValue() instanceof javax.swing.text.Document now) {
                now.addDocumentListener(edits);
            }
            forget();
        });
    }

    @Override
    public void invalidate() {
        forget();
        super.invalidate();
    }

    @Override
    public Dimension getPreferredSize() {
        forgetIfResized();
        if (preferred == null || isPreferredSizeSet()) {
            preferred = super.getPreferredSize();
        }
        return new Dimension(preferred);
    }

    @Override
    public Dimension getMinimumSize() {
        forgetIfResized();
        if (minimum == null || isMinimumSizeSet()) {
            minimum = super.getMinimumSize();
            if (Boolean.TRUE.equals(getClientProperty(WHOLE_WORDS)) && !isMinimumSizeSet()) {
                minimum.width = Math.max(minimum.width, widestWord());
            }
        }
        return new Dimension(minimum);
    }

    /** Client property: when true, the paragraph is never narrower than its widest word, so no word is split. */
    static final String WHOLE_WORDS = "Coach.wholeWords";

    private int widestWord() {
        java.awt.FontMetrics metrics = getFontMetrics(getFont());
        int widest = 0;
        for (String word : getText().split("\\s+")) {
            widest = Math.max(widest, metrics.stringWidth(word));
        }
        java.awt.Insets insets = getInsets();
        // A space's width more than the word: the wrapping view measures in fractions of a pixel (and a scaled font
        // rounds differently), so an exact fit could still split the word.
        return widest + metrics.charWidth(' ') + insets.left + insets.right;
    }

    /** A wrapping text's sizes follow its current size; a new size or font (however set) means new sizes. */
    private void forgetIfResized() {
        if (getWidth() != width || getHeight() != height || getFont() != font) {
            forget();
            width = getWidth();
            height = getHeight();
            font = getFont();
        }
    }

    private void forget() {
        preferred = null;
        minimum = null;
    }
}

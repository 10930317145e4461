package org.followupcoach.client.support;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.JTextComponent;
import org.followupcoach.core.Limits;

/**
 * Holds a text field to its bound from core {@link Limits}: typing or pasting beyond it is refused (a paste keeps what
 * fits), and a counter shows once the text is within a tenth of the limit, so the refusal never comes as a surprise.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /**
     * Limits {@code field} to {@code max} characters and returns its counter, hidden until the text nears the limit.
     * A single-line field shows the counter inside itself, at its end; a text area's caller places it.
     */
    public static JLabel install(JTextComponent field, String name, int max) {
        JLabel counter = Ui.label("");
        counter.setName(name + ".counter");
        counter.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        counter.setVisible(false);
        ((AbstractDocument) field.getDocument()).setDocumentFilter(new Filter(field, max));
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                update(counter, e.getDocument().getLength(), max);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                update(counter, e.getDocument().getLength(), max);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // Attribute changes do not change the length.
            }
        });
        if (field instanceof JTextField) {
            field.putClientProperty(FlatClientProperties.TEXT_FIELD_TRAILING_COMPONENT, counter);
        }
        update(counter, field.getDocument().getLength(), max);
        return counter;
    }

    /** Whether a text of {@code length} characters is near enough to {@code max} to show the counter. */
    public static boolean nearLimit(int length, int max) {
        return length >= max - Math.max(1, max / 10);
    }

    private static void update(JLabel counter, int length, int max) {
        boolean show = nearLimit(length, max);
        if (show) {
            counter.setText(Messages.format("TextLimit.counter", length, max));
        }
        if (counter.isVisible() != show) {
            counter.setVisible(show);
            counter.revalidate();
        }
    }

    /** Cuts every insertion to what still fits. */
    private static final class Filter extends DocumentFilter {
        private final JTextComponent field;
        private final int max;

        Filter(JTextComponent field, int max) {
            this.field = field;
            this.max = max;
        }

        @Override
        public void insertString(FilterBypass fb, int offset, String text, AttributeSet attrs)
                throws BadLocationException {
            replace(fb, offset, 0, text, attrs);
        }

        @Override
        public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
                throws BadLocationException {
            String insert = text == null ? "" : text;
            int room = max - (fb.getDocument().getLength() - length);
            if (insert.length() > room) {
                insert = Limits.cut(insert, Math.max(0, room));
                UIManager.getLookAndFeel().provideErrorFeedback(field);
            }
            fb.replace(offset, length, insert, attrs);
        }
    }
}

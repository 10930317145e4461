package org.followupcoach.client.support;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Cursor;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/** Small factories for the idioms every view repeats: literal text, named components, style classes. */
public final class Ui {

    private Ui() {
    }

    /** Gives a component a name for tests and an accessible name for screen readers. */
    public static <T extends JComponent> T named(T component, String name, String accessibleName) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(accessibleName);
        return component;
    }

    /** A label that always shows its text literally, even if it starts with {@code <html>}. */
    public static JLabel label(String text) {
        JLabel label = new JLabel(text);
        literal(label);
        return label;
    }

    /** A label with a FlatLaf typography style class such as {@code h1}, {@code h3}, {@code small}. */
    public static JLabel styled(String text, String styleClass) {
        JLabel label = label(text);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        return label;
    }

    /** Turns off Swing's HTML rendering for a component, so content and user text are shown as typed. */
    public static <T extends JComponent> T literal(T component) {
        component.putClientProperty("html.disable", Boolean.TRUE);
        return component;
    }

    /** Read-only text that wraps at word boundaries and looks like a label; selectable for copying. */
    public static JTextArea paragraph(String text) {
        JTextArea area = new Paragraph();
        // A caret that follows inserted text scrolls the page to this paragraph once shown, so it never moves. Our own
        // caret (not the look and feel's) keeps that policy through theme switches. Set before any text goes in.
        javax.swing.text.DefaultCaret caret = new javax.swing.text.DefaultCaret();
        caret.setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        area.setCaret(caret);
        area.setText(text);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setFocusable(false);
        area.setBorder(BorderFactory.createEmptyBorder());
        area.setFont(UIManager.getFont("Label.font"));
        area.getAccessibleContext().setAccessibleName(text);
        return area;
    }

    /**
     * Like {@link #paragraph}, for a short text in a narrow column (a topic's name beside its bar): the paragraph is
     * never narrower than its widest word, so words wrap whole instead of being split ("Voicema/il").
     */
    public static JTextArea wholeWords(String text) {
        JTextArea area = paragraph(text);
        area.putClientProperty(Paragraph.WHOLE_WORDS, Boolean.TRUE);
        return area;
    }

    /** Like {@link #paragraph} with a typography style class. */
    public static JTextArea paragraph(String text, String styleClass) {
        JTextArea area = paragraph(text);
        area.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        return area;
    }

    /** FlatLaf style of a card: a softly rounded area on the card background; {@code $keys} follow theme switches. */
    public static final String CARD_STYLE = "arc: 16; background: $Coach.card.background";

    /** FlatLaf style of secondary text: counts, notes, hints. */
    public static final String MUTED_STYLE = "foreground: $Coach.muted";

    /** Makes {@code panel} a card. */
    public static <T extends JComponent> T card(T panel) {
        panel.putClientProperty(FlatClientProperties.STYLE, CARD_STYLE);
        return panel;
    }

    /** A new card panel laid out by {@code layout}. */
    public static javax.swing.JPanel card(net.miginfocom.swing.MigLayout layout) {
        return card(new javax.swing.JPanel(layout));
    }

    /** Shows {@code component}'s text in the muted colour. */
    public static <T extends JComponent> T muted(T component) {
        component.putClientProperty(FlatClientProperties.STYLE, MUTED_STYLE);
        return component;
    }

    /** The main action of a screen, filled with the accent so the next step is obvious. */
    public static <T extends AbstractButton> T primary(T button) {
        button.putClientProperty(FlatClientProperties.STYLE, "background: $Coach.primary.background;"
                + "foreground: $Coach.primary.foreground;"
                + "hoverBackground: $Coach.primary.hoverBackground;"
                + "pressedBackground: $Coach.primary.hoverBackground;"
                + "focusedBackground: $Coach.primary.hoverBackground;"
                + "focusedForeground: $Coach.primary.foreground;"
                + "borderColor: $Coach.primary.background;"
                + "disabledBackground: $Coach.primary.disabledBackground");
        return button;
    }

    /** A borderless button that reads as a link, for "why?" and "read up" actions. */
    public static JButton link(String text) {
        JButton button = literal(new JButton(text));
        button.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        // No minimum width: a short link ("Read") is as wide as its text, so links in a column line up by their edge.
        button.putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.linkColor; minimumWidth: 0");
        button.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        return button;
    }

    /** Runs {@code action} when a row of {@code list} is clicked or Enter is pressed on it (arrow keys only select). */
    public static void whenOpened(javax.swing.JList<?> list, Runnable action) {
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                // After the list's own handling of this release, which settles the selection: once a theme or text
                // size change has installed the list's UI again, its listener comes after this one.
                // locationToIndex answers the nearest row, so a click in the empty space below the last row would
                // open that row: only a click on a row counts.
                int index = list.locationToIndex(e.getPoint());
                if (index >= 0 && list.getCellBounds(index, index).contains(e.getPoint())) {
                    javax.swing.SwingUtilities.invokeLater(action);
                }
            }
        });
        list.getInputMap().put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ENTER, 0), "openRow");
        list.getActionMap().put("openRow", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    /** Sets text and mnemonic of a button from {@code key.text} and {@code key.mnemonic}. */
    public static <T extends AbstractButton> T texts(T button, String key) {
        button.setText(Messages.get(key + ".text"));
        int mnemonic = Messages.mnemonic(key + ".mnemonic");
        if (mnemonic != 0) {
            button.setMnemonic(mnemonic);
        }
        String tip = Messages.get(key + ".tooltip");
        if (!tip.equals(key + ".tooltip")) {
            button.setToolTipText(tip);
        }
        literal(button);
        return button;
    }
}

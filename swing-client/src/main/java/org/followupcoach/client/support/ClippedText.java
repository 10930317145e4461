package org.followupcoach.client.support;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.ListCellRenderer;

/**
 * Finds text a person cannot read in full where it is shown: a label or button narrower than its text (cut with "…"),
 * a list row wider than its list, a wrapping text that splits a word across lines, or a component cut off by the window or a panel with no scroll bar to reach the rest.
 * Used by the 200 % GUI test and the scripted screenshot run.
 */
public final class ClippedText {

    private ClippedText() {
    }

    /** One description per clipped piece of text under {@code root} that is showing; empty when all can be read. */
    public static List<String> find(Container root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        return found;
    }

    private static void visit(Component c, List<String> found) {
        if (!c.isShowing() || c.getWidth() <= 0 || c.getHeight() <= 0) {
            return;
        }
        String text = textOf(c);
        if (!text.isEmpty()) {
            if (c.getWidth() < c.getPreferredSize().width - 1) {
                found.add(describe(c, text) + " is " + c.getWidth() + " px wide but needs " + c.getPreferredSize().width);
            } else if (c.getHeight() < c.getPreferredSize().height - 1) {
                found.add(describe(c, text) + " is " + c.getHeight() + " px high but needs "
                        + c.getPreferredSize().height);
            } else {
                Component by = cutter(c, true);
                by = by == null ? cutter(c, false) : by;
                if (by != null) {
                    found.add(describe(c, text) + " is cut off by " + by.getClass().getSimpleName()
                            + (by.getName() == null ? "" : " '" + by.getName() + "'"));
                }
            }
        }
        if (c instanceof JList<?> list) {
            listRows(list, found);
        }
        if (c instanceof javax.swing.JTextArea area && area.getLineWrap()) {
            brokenWord(area).ifPresent(found::add);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                visit(child, found);
            }
        }
    }

    private static String textOf(Component c) {
        String text = c instanceof JLabel label ? label.getText()
                : c instanceof AbstractButton button ? button.getText() : null;
        return text == null ? "" : text.strip();
    }

    /** The ancestor that cuts off part of {@code c} along one axis with no scroll bar to bring it in, or null. */
    private static Component cutter(Component c, boolean horizontal) {
        // The look and feel lets a focus ring overhang the layout cell; only what lies inside it must be seen.
        int[] pad = visualPadding(c);
        int from = horizontal ? pad[1] : pad[0];
        int to = (horizontal ? c.getWidth() - pad[3] : c.getHeight() - pad[2]);
        int needed = to - from;
        Component current = c;
        while (current.getParent() != null && !(current instanceof Window)) {
            Container parent = current.getParent();
            int offset = horizontal ? current.getX() : current.getY();
            int extent = horizontal ? parent.getWidth() : parent.getHeight();
            if (parent instanceof JViewport viewport && scrolls(viewport, horizontal)) {
                // Whatever lies outside can be scrolled to; from here on only the viewport itself must be seen.
                from = 0;
                to = extent;
                needed = extent;
            } else {
                from = Math.max(0, from + offset);
                to = Math.min(extent, to + offset);
                if (to - from < needed - 1) {
                    return parent;
                }
            }
            current = parent;
        }
        return null;
    }

    /** Top, left, bottom, right of the space around the visible part, as MigLayout takes it from FlatLaf. */
    private static int[] visualPadding(Component c) {
        Object padding = c instanceof javax.swing.JComponent component ? component.getClientProperty("visualPadding")
                : null;
        if (padding instanceof java.awt.Insets insets) {
            return new int[] {insets.top, insets.left, insets.bottom, insets.right};
        }
        if (padding instanceof int[] values && values.length == 4) {
            return values;
        }
        return new int[4];
    }

    private static boolean scrolls(JViewport viewport, boolean horizontal) {
        if (!(viewport.getParent() instanceof JScrollPane pane)) {
            return false;
        }
        return horizontal ? pane.getHorizontalScrollBar().isShowing()
                : (pane.getVerticalScrollBar().isShowing()
                        || pane.getVerticalScrollBarPolicy() != JScrollPane.VERTICAL_SCROLLBAR_NEVER);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void listRows(JList list, List<String> found) {
        ListCellRenderer renderer = list.getCellRenderer();
        int width = list.getParent() instanceof JViewport viewport ? viewport.getWidth() : list.getWidth();
        for (int i = 0; i < list.getModel().getSize(); i++) {
            Object value = list.getModel().getElementAt(i);
            Component row = renderer.getListCellRendererComponent(list, value, i, false, false);
            if (row.getPreferredSize().width > width + 1) {
                String text = row instanceof JLabel label ? label.getText() : String.valueOf(value);
                found.add("row " + i + " of list '" + list.getName() + "' (" + text + ") is " + width
                        + " px wide but needs " + row.getPreferredSize().width);
            }
        }
    }

    /**
     * Where a wrapping text breaks a line inside a word ("Voicema" / "il"): a text area too narrow for a word splits
     * it. Looks for a line that starts right after a letter or digit.
     */
    static java.util.Optional<String> brokenWord(javax.swing.JTextArea area) {
        String text = area.getText();
        try {
            double lineTop = Double.NaN;
            for (int i = 0; i < text.length(); i++) {
                java.awt.geom.Rectangle2D at = area.modelToView2D(i);
                if (at == null) {
                    return java.util.Optional.empty();
                }
                if (i > 0 && at.getY() > lineTop + 1 && Character.isLetterOrDigit(text.charAt(i - 1))
                        && Character.isLetterOrDigit(text.charAt(i))) {
                    int from = Math.max(0, text.lastIndexOf(' ', i - 1) + 1);
                    int to = text.indexOf(' ', i);
                    return java.util.Optional.of(describe(area, text) + " breaks the word \""
                            + text.substring(from, i) + "/" + text.substring(i, to < 0 ? text.length() : to) + "\"");
                }
                lineTop = at.getY();
            }
        } catch (javax.swing.text.BadLocationException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private static String describe(Component c, String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return c.getClass().getSimpleName() + (c.getName() == null ? "" : " '" + c.getName() + "'") + " \"" + shown
                + "\"";
    }
}

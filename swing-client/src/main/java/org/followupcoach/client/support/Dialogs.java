package org.followupcoach.client.support;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;

/** What every dialog shares: placing it over its owner, Enter and Escape, Tab out of text areas. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Sizes the dialog to its content, at most the screen, and centres it on its owner. The location is set before
     * the first {@code pack()}: moving a window after its peer exists makes robot clicks land in the wrong place
     * when there is no window manager.
     */
    public static void place(JDialog dialog, Window owner) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Dimension wanted = dialog.getPreferredSize();
        int width = Math.min(wanted.width, screen.width);
        int height = Math.min(wanted.height, screen.height);
        Rectangle around = owner == null || !owner.isShowing() ? screen : owner.getBounds();
        int x = around.x + (around.width - width) / 2;
        int y = around.y + (around.height - height) / 2;
        dialog.setLocation(Math.max(screen.x, Math.min(x, screen.x + screen.width - width)),
                Math.max(screen.y, Math.min(y, screen.y + screen.height - height)));
        dialog.pack();
        if (dialog.getWidth() > screen.width || dialog.getHeight() > screen.height) {
            dialog.setSize(Math.min(dialog.getWidth(), screen.width), Math.min(dialog.getHeight(), screen.height));
        }
    }

    /**
     * Gives a large dialog most of its owner's area, so long text wraps to a comfortable width instead of the dialog
     * sizing itself to its longest paragraph; the content scrolls when the font is large.
     */
    public static void placeRelative(JDialog dialog, Window owner) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Rectangle around = owner == null || !owner.isShowing() ? screen : owner.getBounds();
        int width = Math.min(screen.width, around.width * 9 / 10);
        int height = Math.min(screen.height, around.height * 9 / 10);
        dialog.setBounds(around.x + (around.width - width) / 2, around.y + (around.height - height) / 2, width,
                height);
    }

    /** Enter presses {@code defaultButton} and Escape runs {@code escape}, as users expect of any dialog. */
    public static void keys(JDialog dialog, JButton defaultButton, Runnable escape) {
        dialog.getRootPane().setDefaultButton(defaultButton);
        closeOnEscape(dialog, escape);
    }

    /** Escape runs {@code action}, as users expect of any dialog. */
    public static void closeOnEscape(JDialog dialog, Runnable action) {
        JComponent root = dialog.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                "close");
        root.getActionMap().put("close", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    /** Tab and Shift+Tab leave a text area instead of typing a tab, so the form stays keyboard-friendly. */
    public static JTextArea tabOut(JTextArea area) {
        area.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS,
                Set.of(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0)));
        area.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                Set.of(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, KeyEvent.SHIFT_DOWN_MASK)));
        return area;
    }
}

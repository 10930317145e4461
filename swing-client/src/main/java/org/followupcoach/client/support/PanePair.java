package org.followupcoach.client.support;

import java.awt.KeyboardFocusManager;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The two panes of a view, a list and what it opens: side by side while the view is wide, one at a time when it is
 * narrow (large text in a small window). The guide and the interviews share this shape.
 */
public final class PanePair {

    private final JComponent view;
    private final JComponent first;
    private final JComponent second;
    private boolean narrow;

    private PanePair(JComponent view, JComponent first, JComponent second) {
        this.view = view;
        this.first = first;
        this.second = second;
    }

    /**
     * Watches {@code view}'s width: narrower than {@code twoPanesFrom} characters it is narrow, and {@code relayout}
     * is told each time that changes, after {@link #narrow()} has changed.
     */
    public static PanePair install(JComponent view, JComponent first, JComponent second, int twoPanesFrom,
                                   Consumer<Boolean> relayout) {
        PanePair panes = new PanePair(view, first, second);
        NarrowWatch.install(view, twoPanesFrom, isNarrow -> {
            panes.narrow = isNarrow;
            relayout.accept(isNarrow);
        });
        return panes;
    }

    /** Whether the view shows one pane at a time. */
    public boolean narrow() {
        return narrow;
    }

    /**
     * Narrow, shows the second pane (true) or the first (false); wide, shows both. Returns whether the keyboard focus
     * was inside the view before, so the caller can move it to the pane now showing.
     */
    public boolean show(boolean secondPane) {
        boolean hadFocus = view.isAncestorOf(KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
        first.setVisible(!narrow || !secondPane);
        second.setVisible(!narrow || secondPane);
        view.revalidate();
        view.repaint();
        return hadFocus;
    }
}

package org.followupcoach.client.support;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A panel that takes the scroll pane's width, so wrapped text reflows instead of scrolling sideways; only when the
 * pane is narrower than the panel can be (large text in a small window) does it keep its least width and scroll.
 */
public final class ScrollablePanel extends JPanel implements Scrollable {

    /** Whether the scroll pane asks for room to show all of the panel (a dialog packed around it) or not (a view). */
    private final boolean sizedByContent;

    /** Creates the panel with a layout, for a dialog: the scroll pane asks for room to show all of it. */
    public ScrollablePanel(LayoutManager layout) {
        this(layout, true);
    }

    private ScrollablePanel(LayoutManager layout, boolean sizedByContent) {
        super(layout);
        this.sizedByContent = sizedByContent;
    }

    /**
     * The page of a view, which fills whatever room the window gives it. Its scroll pane asks for a modest fixed room
     * rather than all of the page, so the layouts around it (every one up to the window, on each change of a text inside
     * it) need not measure the whole page: measuring a guide section that way was a quarter of switching sections.
     */
    public static ScrollablePanel page(LayoutManager layout) {
        return new ScrollablePanel(layout, false);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        if (sizedByContent) {
            return getPreferredSize();
        }
        int em = getFont().getSize();
        return new Dimension(em * 20, em * 10);
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return getFont().getSize() * 2;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height - getFont().getSize() * 2 : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return !(getParent() instanceof JViewport viewport) || viewport.getWidth() >= getMinimumSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}

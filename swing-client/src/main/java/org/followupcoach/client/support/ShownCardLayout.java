package org.followupcoach.client.support;

import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;

/**
 * A card layout sized by the card showing. The standard one measures every card on every layout, and each view of the
 * app is a card: with all six built, switching a guide section measured all six views again (a quarter of its time).
 */
public final class ShownCardLayout extends CardLayout {

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        return measure(parent, false);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        return measure(parent, true);
    }

    private static Dimension measure(Container parent, boolean minimum) {
        synchronized (parent.getTreeLock()) {
            Insets in = parent.getInsets();
            Dimension size = new Dimension();
            for (Component card : parent.getComponents()) {
                if (card.isVisible()) {
                    size = minimum ? card.getMinimumSize() : card.getPreferredSize();
                    break;
                }
            }
            return new Dimension(size.width + in.left + in.right, size.height + in.top + in.bottom);
        }
    }
}

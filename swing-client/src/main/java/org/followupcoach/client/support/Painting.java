package org.followupcoach.client.support;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** The drawing setup the app's own charts and icons share. */
public final class Painting {

    private Painting() {
    }

    /**
     * A copy of {@code g} that draws smooth shapes with strokes where they are asked for (no pixel snapping), as
     * charts and round icons need at any scale; the caller disposes it.
     */
    public static Graphics2D smooth(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g2;
    }
}

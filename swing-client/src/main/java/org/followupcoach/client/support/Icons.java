package org.followupcoach.client.support;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import javax.swing.Icon;
import javax.swing.UIManager;

/** Vector icons drawn in code, so they stay sharp at any scale and take their colour from the theme. */
public final class Icons {

    private Icons() {
    }

    /** A tick in a circle, for do's and done things. */
    public static Icon tick(String colorKey) {
        return new Glyph(colorKey, true);
    }

    /** A cross in a circle, for don'ts. */
    public static Icon cross(String colorKey) {
        return new Glyph(colorKey, false);
    }

    private record Glyph(String colorKey, boolean tick) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = Painting.smooth(g);
            try {
                int s = getIconWidth();
                g2.translate(x, y);
                g2.setColor(UIManager.getColor(colorKey));
                g2.fillOval(0, 0, s, s);
                g2.setColor(UIManager.getColor("Coach.icon.glyph"));
                g2.setStroke(new BasicStroke(s / 8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                Path2D p = new Path2D.Float();
                if (tick) {
                    p.moveTo(s * 0.28, s * 0.52);
                    p.lineTo(s * 0.44, s * 0.68);
                    p.lineTo(s * 0.72, s * 0.34);
                } else {
                    p.moveTo(s * 0.33, s * 0.33);
                    p.lineTo(s * 0.67, s * 0.67);
                    p.moveTo(s * 0.67, s * 0.33);
                    p.lineTo(s * 0.33, s * 0.67);
                }
                g2.draw(p);
            } finally {
                g2.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return Math.round(UIManager.getFont("Label.font").getSize() * 1.3f);
        }

        @Override
        public int getIconHeight() {
            return getIconWidth();
        }
    }
}

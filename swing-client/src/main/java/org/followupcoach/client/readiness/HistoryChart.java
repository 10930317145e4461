package org.followupcoach.client.readiness;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Painting;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;

/**
 * The readiness score over time as a line chart: one point per change, evenly spaced so a burst of ticks in one
 * evening stays readable next to a quiz taken days later; dates label the axis where the day changes.
 */
public final class HistoryChart extends JComponent {

    private static final int[] GRID = {0, 25, 50, 75, 100};

    private final ZoneId zone;
    private List<ReadinessPoint> points = List.of();

    /** An empty chart; dates are shown in {@code zone}. */
    public HistoryChart(ZoneId zone) {
        this.zone = zone;
        setOpaque(false);
        updateUI();
        ToolTipManager.sharedInstance().registerComponent(this);
        describe();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setFont(UIManager.getFont("Label.font"));
    }

    /** Charts {@code history}, oldest first. */
    public void setPoints(List<ReadinessPoint> history) {
        boolean wasEmpty = points.isEmpty();
        points = List.copyOf(history);
        describe();
        if (wasEmpty != points.isEmpty()) {
            revalidate();
        }
        repaint();
    }

    private void describe() {
        String text;
        if (points.isEmpty()) {
            text = Messages.get("HistoryChart.empty");
        } else {
            long quizzes = points.stream().filter(p -> p.cause() == ReadinessEvent.QUIZ).count();
            text = Messages.format("HistoryChart.description", points.size(), points.get(0).score(),
                    points.get(points.size() - 1).score(), quizzes);
        }
        getAccessibleContext().setAccessibleDescription(text);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int em = getFont().getSize();
        // With nothing to chart, a short box with its sentence is enough.
        return new Dimension(em * 30, points.isEmpty() ? em * 6 : em * 15);
    }

    @Override
    public Dimension getMinimumSize() {
        int em = getFont().getSize();
        return new Dimension(em * 12, em * 6);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = Painting.smooth(g);
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Plot plot = new Plot(g2.getFontMetrics(smallFont()));
            if (points.isEmpty()) {
                paintEmpty(g2);
            } else {
                paintGrid(g2, plot);
                paintLine(g2, plot);
                paintDates(g2, plot);
            }
        } finally {
            g2.dispose();
        }
    }

    private Font smallFont() {
        return getFont().deriveFont(getFont().getSize2D() * 0.85f);
    }

    /** Where the plot area lies inside the component, derived from the font so it scales with it. */
    private final class Plot {
        final FontMetrics fm;
        final int left;
        final int top;
        final int width;
        final int height;
        final float pad;

        Plot(FontMetrics fm) {
            this.fm = fm;
            int em = getFont().getSize();
            left = fm.stringWidth("100") + em;
            top = em;
            width = Math.max(1, getWidth() - left - em * 3 / 2);
            height = Math.max(1, getHeight() - top - fm.getHeight() - em);
            // Points stay clear of the axis labels and the right edge, so end markers are never cut.
            pad = em * 0.75f;
        }

        int y(int score) {
            return top + Math.round(height * (100 - score) / 100f);
        }

        float x(int index) {
            float inner = width - 2 * pad;
            return points.size() == 1 ? left + width / 2f : left + pad + inner * index / (points.size() - 1);
        }

        int bottom() {
            return top + height;
        }
    }

    private void paintGrid(Graphics2D g2, Plot plot) {
        g2.setFont(smallFont());
        for (int value : GRID) {
            int y = plot.y(value);
            g2.setColor(UIManager.getColor("Coach.chart.grid"));
            g2.drawLine(plot.left, y, plot.left + plot.width, y);
            g2.setColor(UIManager.getColor("Coach.muted"));
            String label = Integer.toString(value);
            int labelX = plot.left - getFont().getSize() / 2 - plot.fm.stringWidth(label);
            g2.drawString(label, labelX, y + plot.fm.getAscent() / 2 - 1);
        }
    }

    /** A friendly sentence in place of an empty grid, wrapped to the width so it survives large fonts. */
    private void paintEmpty(Graphics2D g2) {
        g2.setFont(getFont());
        g2.setColor(UIManager.getColor("Coach.muted"));
        FontMetrics fm = g2.getFontMetrics();
        int width = Math.max(1, getWidth() - getFont().getSize() * 2);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : Messages.get("HistoryChart.empty").split(" ")) {
            String wider = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fm.stringWidth(wider) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(wider);
            }
        }
        lines.add(line.toString());
        int y = (getHeight() - lines.size() * fm.getHeight()) / 2 + fm.getAscent();
        for (String text : lines) {
            g2.drawString(text, (getWidth() - fm.stringWidth(text)) / 2, y);
            y += fm.getHeight();
        }
    }

    private void paintLine(Graphics2D g2, Plot plot) {
        Color line = UIManager.getColor("Coach.chart.line");
        Path2D.Float path = new Path2D.Float();
        for (int i = 0; i < points.size(); i++) {
            if (i == 0) {
                path.moveTo(plot.x(i), plot.y(points.get(i).score()));
            } else {
                path.lineTo(plot.x(i), plot.y(points.get(i).score()));
            }
        }
        Path2D.Float area = new Path2D.Float(path);
        area.lineTo(plot.x(points.size() - 1), plot.bottom());
        area.lineTo(plot.x(0), plot.bottom());
        area.closePath();
        // A faint wash under the line makes the rise readable at a glance without a second colour.
        g2.setColor(new Color(line.getRed(), line.getGreen(), line.getBlue(), 40));
        g2.fill(area);
        float em = getFont().getSize2D();
        g2.setColor(line);
        g2.setStroke(new BasicStroke(em / 7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(path);
        // Markers shrink when points crowd, so a long history stays a line rather than a row of blobs.
        float spacing = points.size() < 2 ? em : (plot.width - 2 * plot.pad) / (points.size() - 1);
        float size = Math.max(em / 4, Math.min(em * 0.75f, spacing * 0.6f));
        g2.setStroke(new BasicStroke(em / 9));
        for (int i = 0; i < points.size(); i++) {
            boolean quiz = points.get(i).cause() == ReadinessEvent.QUIZ;
            paintMarker(g2, quiz, plot.x(i), plot.y(points.get(i).score()), quiz ? size * 1.4f : size);
        }
    }

    private static void paintMarker(Graphics2D g2, boolean quiz, float cx, float cy, float size) {
        Shape shape = quiz ? diamond(cx, cy, size) : new Ellipse2D.Float(cx - size / 2, cy - size / 2, size, size);
        g2.setColor(UIManager.getColor(quiz ? "Coach.readinessView.quizMarker" : "Coach.card.background"));
        g2.fill(shape);
        g2.setColor(UIManager.getColor(quiz ? "Coach.card.background" : "Coach.chart.line"));
        g2.draw(shape);
    }

    private static Shape diamond(float cx, float cy, float size) {
        float h = size / 2;
        Path2D.Float p = new Path2D.Float();
        p.moveTo(cx, cy - h);
        p.lineTo(cx + h, cy);
        p.lineTo(cx, cy + h);
        p.lineTo(cx - h, cy);
        p.closePath();
        return p;
    }

    private void paintDates(Graphics2D g2, Plot plot) {
        g2.setFont(smallFont());
        g2.setColor(UIManager.getColor("Coach.muted"));
        DateTimeFormatter format = dateFormat();
        int baseline = plot.bottom() + Math.round(getFont().getSize() * 0.8f) + plot.fm.getAscent();
        int freeFrom = Integer.MIN_VALUE;
        LocalDate labelled = null;
        for (int i = 0; i < points.size(); i++) {
            LocalDate day = LocalDate.ofInstant(points.get(i).at(), zone);
            if (day.equals(labelled)) {
                continue;
            }
            String text = format.format(day);
            int w = plot.fm.stringWidth(text);
            int x = Math.max(0, Math.min(getWidth() - w, Math.round(plot.x(i) - w / 2f)));
            if (x >= freeFrom) {
                g2.drawString(text, x, baseline);
                freeFrom = x + w + getFont().getSize();
                labelled = day;
            }
        }
    }

    private static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern(Messages.get("HistoryChart.date.pattern"), Locale.getDefault());
    }

    @Override
    public String getToolTipText(MouseEvent event) {
        if (points.isEmpty()) {
            return null;
        }
        Plot plot = new Plot(getFontMetrics(smallFont()));
        int nearest = -1;
        float best = getFont().getSize();
        for (int i = 0; i < points.size(); i++) {
            float d = Math.abs(plot.x(i) - event.getX());
            if (d <= best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest < 0) {
            return null;
        }
        ReadinessPoint p = points.get(nearest);
        String when = DateTimeFormatter.ofPattern(Messages.get("HistoryChart.time.pattern"), Locale.getDefault())
                .format(p.at().atZone(zone));
        return Messages.format("HistoryChart.point", p.score(), Messages.get("HistoryChart.cause." + p.cause()),
                when);
    }

    /** A small marker like the chart's, for a legend beside it. */
    public static Icon legendIcon(boolean quiz) {
        return new Icon() {
            @Override
            public void paintIcon(Component c, Graphics g, int x, int y) {
                Graphics2D g2 = (Graphics2D) g.create();
                try {
                    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    float em = c.getFont().getSize2D();
                    g2.setStroke(new BasicStroke(em / 9));
                    float size = quiz ? em * 0.75f * 1.4f : em * 0.75f;
                    paintMarker(g2, quiz, x + getIconWidth() / 2f, y + getIconHeight() / 2f, size);
                } finally {
                    g2.dispose();
                }
            }

            @Override
            public int getIconWidth() {
                return UIManager.getFont("Label.font").getSize() + 2;
            }

            @Override
            public int getIconHeight() {
                return getIconWidth();
            }
        };
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleChart();
        }
        return accessibleContext;
    }

    /** Lets screen readers announce the chart as a picture with a spoken summary. */
    private final class AccessibleChart extends AccessibleJComponent {
        @Override
        public AccessibleRole getAccessibleRole() {
            return AccessibleRole.CANVAS;
        }
    }
}

package org.followupcoach.client.guide;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.stream.Collectors;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicGraphicsUtils;
import org.followupcoach.client.support.Messages;
import org.followupcoach.client.support.Painting;
import org.followupcoach.core.model.Channel;
import org.followupcoach.core.model.Verdict;

/**
 * A horizontal bar chart of the survey: per channel its name and verdict in words on one line, and below it a bar
 * of the share of HR managers who like it with the figure. Every size comes from the font, so it scales with it.
 */
public final class ChannelChart extends JComponent {

    private final List<Channel> channels;

    /** A chart of {@code channels}, in the order given (the content ranks them best first). */
    public ChannelChart(List<Channel> channels) {
        this.channels = List.copyOf(channels);
        // An empty tooltip registers the chart with the tooltip manager; the text comes per row.
        setToolTipText("");
        getAccessibleContext().setAccessibleDescription(describe(this.channels));
    }

    /** The verdict in words, so the chart never relies on colour alone. */
    static String verdictText(Verdict verdict) {
        return Messages.get("ChannelChart.verdict." + key(verdict));
    }

    /** A dot in the verdict's colour, to go with {@link #verdictText}. */
    static Icon verdictIcon(Verdict verdict) {
        return new Dot(verdict);
    }

    private static String key(Verdict verdict) {
        return switch (verdict) {
            case PREFERRED -> "preferred";
            case ACCEPTABLE -> "acceptable";
            case AVOID -> "avoid";
            case ONLY_IF_ALREADY_IN_TOUCH -> "onlyIfAlreadyInTouch";
        };
    }

    private static Color verdictColor(Verdict verdict) {
        return UIManager.getColor("Coach.verdict." + key(verdict));
    }

    private static String figure(Channel channel) {
        return channel.percent().isPresent()
                ? org.followupcoach.client.support.Percent.of(channel.percent().getAsInt())
                : Messages.get("ChannelChart.notSurveyed");
    }

    /** Everything the chart shows, as one sentence per channel, for screen readers. */
    static String describe(List<Channel> channels) {
        return channels.stream()
                .map(c -> Messages.format("ChannelChart.row.accessible", c.name(), figure(c), verdictText(c.verdict())))
                .collect(Collectors.joining(" "));
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.LABEL;
                }
            };
        }
        return accessibleContext;
    }

    // ---- geometry, all derived from the font ----

    private FontMetrics metrics() {
        return getFontMetrics(getFont());
    }

    private int lineHeight() {
        return metrics().getHeight();
    }

    private int barHeight() {
        return Math.round(lineHeight() * 0.7f);
    }

    private int gap() {
        return Math.max(2, Math.round(lineHeight() * 0.25f));
    }

    private int rowHeight() {
        return (stacked() ? 2 : 1) * lineHeight() + gap() + barHeight();
    }

    /** The width that fits each channel's name and verdict side by side on one line. */
    private int sideBySideWidth() {
        int width = 0;
        for (Channel c : channels) {
            width = Math.max(width, textWidth(c.name()) + gap() * 4 + verdictWidth(c.verdict()));
        }
        return width;
    }

    /** Whether the chart is too narrow for name and verdict on one line (a large font), so the verdict goes below. */
    private boolean stacked() {
        Insets in = getInsets();
        return getWidth() > 0 && getWidth() - in.left - in.right < sideBySideWidth();
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean wasStacked = stacked();
        super.setBounds(x, y, width, height);
        if (stacked() != wasStacked) {
            // The height depends on the width, like wrapped text: ask the layout for another pass.
            revalidate();
        }
    }

    private int rowSpacing() {
        return lineHeight();
    }

    private int textWidth(String text) {
        return (int) Math.ceil(BasicGraphicsUtils.getStringWidth(this, metrics(), text));
    }

    private int figureWidth() {
        return textWidth(org.followupcoach.client.support.Percent.of(100));
    }

    private int verdictWidth(Verdict verdict) {
        return verdictIcon(verdict).getIconWidth() + gap()
                + textWidth(verdictText(verdict));
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int width = Math.max(figureWidth() * 6, sideBySideWidth());
        Insets in = getInsets();
        int height = channels.size() * rowHeight() + Math.max(0, channels.size() - 1) * rowSpacing();
        return new Dimension(width + in.left + in.right, height + in.top + in.bottom);
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        // Narrower than preferred puts each verdict under its channel's name; only very long names get shortened.
        return new Dimension(figureWidth() * 5, getPreferredSize().height);
    }

    @Override
    public String getToolTipText(MouseEvent event) {
        int row = rowAt(event.getY());
        return row < 0 ? null : GuideText.tooltip(channels.get(row).advice());
    }

    private int rowAt(int y) {
        int offset = y - getInsets().top;
        int pitch = rowHeight() + rowSpacing();
        int row = offset < 0 ? -1 : offset / pitch;
        return row < channels.size() && offset % pitch < rowHeight() ? row : -1;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = Painting.smooth(g);
        try {
            g2.setFont(getFont());
            Insets in = getInsets();
            int width = getWidth() - in.left - in.right;
            int y = in.top;
            for (Channel channel : channels) {
                paintRow(g2, channel, in.left, y, width);
                y += rowHeight() + rowSpacing();
            }
        } finally {
            g2.dispose();
        }
    }

    private void paintRow(Graphics2D g2, Channel channel, int x, int y, int width) {
        FontMetrics fm = metrics();
        Color text = UIManager.getColor("Label.foreground");
        Color muted = UIManager.getColor("Coach.muted");
        int baseline = y + fm.getAscent();

        // The channel's name, with its verdict (dot and words) on the right, or on the next line when narrow.
        boolean stacked = stacked();
        Icon dot = verdictIcon(channel.verdict());
        int verdictX = stacked ? x : x + width - verdictWidth(channel.verdict());
        int verdictY = stacked ? y + lineHeight() : y;
        dot.paintIcon(this, g2, verdictX, verdictY + (lineHeight() - dot.getIconHeight()) / 2);
        g2.setColor(text);
        int wordsX = verdictX + dot.getIconWidth() + gap();
        BasicGraphicsUtils.drawString(this, g2, BasicGraphicsUtils.getClippedString(this, fm,
                verdictText(channel.verdict()), x + width - wordsX), wordsX, verdictY + fm.getAscent());
        int nameWidth = stacked ? width : verdictX - x - gap() * 2;
        BasicGraphicsUtils.drawString(this, g2, BasicGraphicsUtils.getClippedString(this, fm, channel.name(),
                nameWidth), x, baseline);

        // Below: a track for 0-100 % with the share filled in, the figure to its right.
        int barY = verdictY + lineHeight() + gap();
        int trackWidth = Math.max(0, width - figureWidth() - gap() * 2);
        float arc = barHeight() / 2f;
        if (channel.percent().isPresent()) {
            g2.setColor(UIManager.getColor("Coach.chart.grid"));
            g2.fill(new RoundRectangle2D.Float(x, barY, trackWidth, barHeight(), arc, arc));
            float filled = trackWidth * Math.min(100, channel.percent().getAsInt()) / 100f;
            g2.setColor(verdictColor(channel.verdict()));
            g2.fill(new RoundRectangle2D.Float(x, barY, Math.max(filled, barHeight()), barHeight(), arc, arc));
            String figure = figure(channel);
            int figureX = x + width - textWidth(figure);
            g2.setColor(text);
            BasicGraphicsUtils.drawString(this, g2, figure, figureX, centredBaseline(fm, barY));
        } else {
            Font italic = getFont().deriveFont(Font.ITALIC);
            g2.setFont(italic);
            g2.setColor(muted);
            BasicGraphicsUtils.drawString(this, g2, figure(channel), x, centredBaseline(g2.getFontMetrics(), barY));
            g2.setFont(getFont());
        }
    }

    private int centredBaseline(FontMetrics fm, int barY) {
        return barY + (barHeight() - fm.getAscent() - fm.getDescent()) / 2 + fm.getAscent();
    }

    /** A filled circle in a verdict's colour, sized from the label font. */
    private record Dot(Verdict verdict) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(verdictColor(verdict));
                g2.fill(new Ellipse2D.Float(x, y, getIconWidth(), getIconHeight()));
            } finally {
                g2.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return Math.round(UIManager.getFont("Label.font").getSize() * 0.75f);
        }

        @Override
        public int getIconHeight() {
            return getIconWidth();
        }
    }
}

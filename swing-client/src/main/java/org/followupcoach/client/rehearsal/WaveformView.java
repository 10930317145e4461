package org.followupcoach.client.rehearsal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.Duration;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.followupcoach.core.rehearsal.SpeechAnalysis;
import org.followupcoach.core.rehearsal.Span;

/**
 * A take at a glance: its level over time, speech shaded, pauses over two seconds marked, and a line at the voicemail
 * target so the caller sees at once whether the message fits.
 */
final class WaveformView extends JComponent {

    private SpeechAnalysis analysis;
    private Duration target = Duration.ofSeconds(30);

    WaveformView() {
        setName("rehearsal.waveform");
        setOpaque(false);
    }

    void show(SpeechAnalysis value, Duration voicemailTarget) {
        analysis = value;
        target = voicemailTarget;
        repaint();
    }

    @Override
    public Dimension getPreferredSize() {
        int line = getFontMetrics(getFont() == null ? UIManager.getFont("Label.font") : getFont()).getHeight();
        return new Dimension(line * 24, line * 5);
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (analysis == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int w = getWidth();
            int h = getHeight();
            // The scale always shows the target, so a short take looks short and a long one runs past the line.
            long scale = Math.max(analysis.length().toMillis(), target.toMillis() + target.toMillis() / 10);
            paintSpans(g2, analysis.speech(), scale, w, h, colour("Component.accentColor", Color.BLUE), 50);
            paintSpans(g2, analysis.longPauses(), scale, w, h, colour("Actions.Yellow", Color.ORANGE), 110);
            g2.setColor(colour("Label.foreground", Color.DARK_GRAY));
            List<Double> levels = analysis.levels();
            int mid = h / 2;
            for (int i = 0; i < levels.size(); i++) {
                int x = (int) ((long) i * analysis.frameMillis() * w / scale);
                int half = (int) Math.max(1, Math.sqrt(levels.get(i)) * (h / 2 - 2));
                g2.drawLine(x, mid - half, x, mid + half);
            }
            int tx = (int) (target.toMillis() * w / scale);
            g2.setColor(colour("Actions.Red", Color.RED));
            g2.drawLine(tx, 0, tx, h);
        } finally {
            g2.dispose();
        }
    }

    private static void paintSpans(Graphics2D g2, List<Span> spans, long scale, int w, int h, Color base, int alpha) {
        g2.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), alpha));
        for (Span s : spans) {
            int x0 = (int) (s.startMillis() * w / scale);
            int x1 = (int) (s.endMillis() * w / scale);
            g2.fillRect(x0, 0, Math.max(1, x1 - x0), h);
        }
    }

    private static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }
}

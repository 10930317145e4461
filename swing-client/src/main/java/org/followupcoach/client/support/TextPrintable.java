package org.followupcoach.client.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import java.util.ArrayList;
import java.util.List;

/** Prints plain text on as many pages as it needs, wrapping each line at word boundaries. */
final class TextPrintable implements Printable {

    private final List<String> paragraphs;
    private final Font font;

    /** Prints {@code text} (lines separated by {@code \n}) in {@code font}. */
    TextPrintable(String text, Font font) {
        this.paragraphs = List.of(text.split("\n", -1));
        this.font = font;
    }

    @Override
    public int print(Graphics graphics, PageFormat page, int pageIndex) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            List<String> lines = wrap(metrics, (int) page.getImageableWidth());
            int lineHeight = metrics.getHeight();
            int perPage = Math.max(1, (int) (page.getImageableHeight() / lineHeight));
            int first = pageIndex * perPage;
            if (first >= lines.size()) {
                return NO_SUCH_PAGE;
            }
            g.translate(page.getImageableX(), page.getImageableY());
            // Paper is white whatever the screen theme, so ink is black rather than a theme colour.
            g.setColor(Color.BLACK);
            int last = Math.min(lines.size(), first + perPage);
            for (int i = first; i < last; i++) {
                g.drawString(lines.get(i), 0, (i - first) * lineHeight + metrics.getAscent());
            }
            return PAGE_EXISTS;
        } finally {
            g.dispose();
        }
    }

    /** Every printed line, paragraphs wrapped to {@code width}; a word wider than the page is split. */
    List<String> wrap(FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (metrics.stringWidth(candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (metrics.stringWidth(rest) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && metrics.stringWidth(rest.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}

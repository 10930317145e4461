package org.followupcoach.client.readiness;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.support.AppVersion;
import org.followupcoach.client.support.Texts;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ChecklistPhase;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.readiness.NextSteps;
import org.followupcoach.core.readiness.Readiness;
import org.followupcoach.core.readiness.ReadinessPoint;
import org.followupcoach.core.readiness.TopicReadiness;

/**
 * Builds the readiness report as one self-contained HTML file — styles inline, the chart as inline SVG, no scripts,
 * no links to load — so it opens anywhere and makes no request. Every piece of content or user text is escaped.
 */
public final class ReadinessReport {

    /** Nothing may load: no scripts, no remote styles, images only from the file itself. */
    private static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src data:\">";

    private final CoachSession session;
    private final Texts texts;

    /** A report source for the session; {@code texts} words the headings. */
    public ReadinessReport(CoachSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
    }

    /** The whole report. */
    public String html() {
        Readiness r = session.readiness();
        ZoneId zone = session.clock().getZone();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()).withZone(zone);
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append(CSP)
                .append("<title>").append(esc(texts.format("Report.title"))).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;")
                .append("color:#1f2937;line-height:1.5}h1{font-size:1.8rem}")
                .append("h2{margin-top:2rem;border-bottom:1px solid #e5e7eb}")
                .append(".score{font-size:3rem;font-weight:700}.muted{color:#6b7280}")
                .append("table{border-collapse:collapse;width:100%}")
                .append("td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #f0f0f0}")
                .append(".done{color:#2e7d32}.open{color:#6b7280}@media print{body{margin:0}}")
                .append("</style></head><body>\n");
        h.append("<h1>").append(esc(texts.format("Report.title"))).append("</h1>");
        h.append("<p class=\"muted\">").append(esc(texts.format("Report.generated",
                when.format(session.clock().instant()), AppVersion.current()))).append("</p>\n");
        h.append("<p><span class=\"score\">").append(r.score()).append("</span> ")
                .append(esc(texts.format("Report.outOf"))).append("</p>");
        h.append("<table><tr><th>").append(esc(texts.format("Report.part"))).append("</th><th>%</th><th>")
                .append(esc(texts.format("Report.weight"))).append("</th></tr>");
        row(h, texts.format("Report.checklist"), r.checklistPercent() + " %", "30 %");
        row(h, texts.format("Report.reading"), r.readingPercent() + " %", "20 %");
        row(h, texts.format("Report.quiz"), r.quizPercent() + " %", "50 %");
        h.append("</table>\n");

        h.append("<h2>").append(esc(texts.format("Report.topics"))).append("</h2><table>");
        for (TopicReadiness t : r.topics()) {
            row(h, t.topic().title(), t.percent().isPresent() ? t.percent().getAsInt() + " %"
                    : texts.format("Report.notTested"), "");
        }
        h.append("</table>\n");

        h.append("<h2>").append(esc(texts.format("Report.history"))).append("</h2>");
        h.append(chart(session.progress().readinessHistory()));
        List<QuizAttempt> attempts = session.progress().quizAttempts();
        if (!attempts.isEmpty()) {
            h.append("<table><tr><th>").append(esc(texts.format("Report.when"))).append("</th><th>")
                    .append(esc(texts.format("Report.mode"))).append("</th><th>")
                    .append(esc(texts.format("Report.result"))).append("</th></tr>");
            for (QuizAttempt a : attempts) {
                row(h, when.format(a.finishedAt()), texts.format("Report.mode." + a.mode().name()),
                        a.score().correct() + " / " + a.score().total() + " (" + a.score().percent() + " %)");
            }
            h.append("</table>");
        }

        h.append("<h2>").append(esc(texts.format("Report.checklistState"))).append("</h2>");
        for (ChecklistPhase phase : session.pack().checklist()) {
            h.append("<h3>").append(esc(phase.title())).append("</h3><ul>");
            for (ChecklistItem item : phase.items()) {
                boolean done = session.checkedItems().contains(item.id());
                h.append("<li class=\"").append(done ? "done" : "open").append("\">")
                        .append(done ? "&#10003; " : "&#9744; ").append(esc(item.text()));
                String note = session.progress().itemNotes().get(item.id());
                if (note != null) {
                    h.append(" <span class=\"muted\">— ").append(esc(note)).append("</span>");
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }

        NextSteps next = NextSteps.suggest(session.pack(), r, session.checkedItems(),
                session.progress().sectionsRead(), 5);
        h.append("<h2>").append(esc(texts.format("Report.next"))).append("</h2><ul>");
        next.weakTopics().forEach(t -> h.append("<li>").append(esc(texts.format("Report.next.topic",
                t.topic().title()))).append("</li>"));
        next.openItems().forEach(i -> h.append("<li>").append(esc(texts.format("Report.next.item", i.text())))
                .append("</li>"));
        next.unreadSections().forEach(s -> h.append("<li>").append(esc(texts.format("Report.next.section",
                s.title()))).append("</li>"));
        if (next.isEmpty()) {
            h.append("<li>").append(esc(texts.format("Report.next.none"))).append("</li>");
        }
        h.append("</ul>\n</body></html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String a, String b, String c) {
        h.append("<tr><td>").append(esc(a)).append("</td><td>").append(esc(b)).append("</td><td>").append(esc(c))
                .append("</td></tr>");
    }

    /** The score history as an inline SVG line chart; quiz attempts drawn as diamonds. */
    private String chart(List<ReadinessPoint> history) {
        if (history.isEmpty()) {
            return "<p class=\"muted\">" + esc(texts.format("Report.noHistory")) + "</p>";
        }
        int w = 640;
        int ht = 200;
        int pad = 30;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" "
                + "viewBox=\"0 0 " + w + " " + ht + "\" aria-label=\"" + esc(texts.format("Report.chartLabel",
                history.get(0).score(), history.get(history.size() - 1).score(), history.size())) + "\">");
        for (int y = 0; y <= 100; y += 25) {
            int py = ht - pad - y * (ht - 2 * pad) / 100;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                    + "stroke=\"#e5e7eb\"/><text x=\"4\" y=\"%d\" font-size=\"10\" fill=\"#6b7280\">%d</text>",
                    pad, py, w - 10, py, py + 3, y));
        }
        StringBuilder line = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        int n = history.size();
        for (int i = 0; i < n; i++) {
            double x = pad + (n == 1 ? (w - pad - 10) / 2.0 : i * (w - pad - 10.0) / (n - 1));
            double y = ht - pad - history.get(i).score() * (ht - 2.0 * pad) / 100;
            line.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            boolean quiz = history.get(i).cause() == org.followupcoach.core.readiness.ReadinessEvent.QUIZ;
            marks.append(quiz
                    ? String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l5 5 l-5 5 l-5 -5 z\" fill=\"#d97706\"/>",
                            x, y - 5)
                    : String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#fff\" "
                            + "stroke=\"#3d6fb6\"/>", x, y));
        }
        svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#3d6fb6\" stroke-width=\"2\"/>")
                .append(marks).append("</svg>");
        return svg.toString();
    }

    /** HTML-escapes text so content and user input can never become markup. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

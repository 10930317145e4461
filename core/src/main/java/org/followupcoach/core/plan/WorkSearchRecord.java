package org.followupcoach.core.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The work-search record an unemployment office asks for: every interview and every follow-up call in a date range,
 * as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs pick the right encoding) or as a page to
 * print. Words come from a {@code label} function so the app can use its own bundle; {@link #ENGLISH} for the rest.
 */
public final class WorkSearchRecord {

    /** One activity: an interview or a call. */
    public record Row(LocalDate date, String time, String activity, String company, String role, String contact,
                      String phone, String outcome, String note) {
    }

    /** The English words of the record, by key: column names, activities and call outcomes. */
    public static final Function<String, String> ENGLISH = Map.ofEntries(
            Map.entry("column.date", "Date"), Map.entry("column.time", "Time"),
            Map.entry("column.activity", "Activity"), Map.entry("column.company", "Employer"),
            Map.entry("column.role", "Position"), Map.entry("column.contact", "Contact person"),
            Map.entry("column.phone", "Phone"), Map.entry("column.outcome", "Result"),
            Map.entry("column.note", "Notes"), Map.entry("activity.interview", "Job interview"),
            Map.entry("activity.call", "Follow-up call"),
            Map.entry("outcome.NO_ANSWER", "No answer"), Map.entry("outcome.VOICEMAIL", "Reached voicemail"),
            Map.entry("outcome.LEFT_MESSAGE", "Left a voicemail message"),
            Map.entry("outcome.REACHED_INTERVIEWER", "Spoke with the interviewer"),
            Map.entry("outcome.REACHED_SOMEONE_ELSE", "Spoke with someone else"),
            Map.entry("page.title", "Work-search record"), Map.entry("page.range", "{0} to {1}"),
            Map.entry("page.empty", "No interviews or calls in this period."))::get;

    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final List<String> COLUMNS = List.of("date", "time", "activity", "company", "role", "contact",
            "phone", "outcome", "note");

    private WorkSearchRecord() {
    }

    /**
     * The activities from {@code from} to {@code to} (both included, dates in the user's {@code zone}), oldest first;
     * archived interviews count too: the record is of what was done.
     */
    public static List<Row> rows(List<Interview> interviews, LocalDate from, LocalDate to, ZoneId zone,
                                 Function<String, String> label) {
        List<Row> rows = new ArrayList<>();
        for (Interview iv : interviews) {
            String contact = iv.interviewerTitle().isBlank() ? iv.interviewerName()
                    : iv.interviewerName() + " (" + iv.interviewerTitle() + ")";
            if (iv.interviewAt() != null) {
                ZonedDateTime at = iv.interviewAt().atZone(iv.zone()).withZoneSameInstant(zone);
                rows.add(new Row(at.toLocalDate(), TIME.format(at), label.apply("activity.interview"), iv.company(),
                        iv.role(), contact, iv.phone(), "", ""));
            }
            for (CallAttempt call : iv.attempts()) {
                ZonedDateTime at = call.at().atZone(zone);
                rows.add(new Row(at.toLocalDate(), TIME.format(at), label.apply("activity.call"), iv.company(),
                        iv.role(), contact, iv.phone(), label.apply("outcome." + call.outcome().name()),
                        call.note()));
            }
        }
        return rows.stream().filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to))
                .sorted(Comparator.comparing(Row::date).thenComparing(Row::time)).toList();
    }

    /** The rows as CSV: a header line, CRLF line ends, a byte-order mark first. */
    public static String csv(List<Row> rows, Function<String, String> label) {
        StringBuilder out = new StringBuilder(BOM);
        csvLine(out, COLUMNS.stream().map(c -> label.apply("column." + c)).toList());
        for (Row r : rows) {
            csvLine(out, cells(r));
        }
        return out.toString();
    }

    private static List<String> cells(Row r) {
        return List.of(r.date().toString(), r.time(), r.activity(), r.company(), r.role(), r.contact(), r.phone(),
                r.outcome(), r.note());
    }

    private static void csvLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * One field per RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled. Text a spreadsheet
     * would run as a formula (starting with = + - @) gets a leading apostrophe, so a note cannot become a formula.
     */
    static String csvField(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** The rows as a self-contained HTML page to print, every text escaped. */
    public static String page(List<Row> rows, LocalDate from, LocalDate to, Function<String, String> label) {
        StringBuilder out = new StringBuilder();
        String title = label.apply("page.title");
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body { font-family: sans-serif; margin: 2em; }\n")
                .append("table { border-collapse: collapse; width: 100%; font-size: 10pt; }\n")
                .append("th, td { border: 1px solid #888; padding: 4px 6px; text-align: left; vertical-align: top; }\n")
                .append("thead { display: table-header-group; }\n")
                .append("tr { page-break-inside: avoid; }\n")
                .append("@page { size: landscape; margin: 1.5cm; }\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(escape(java.text.MessageFormat.format(label.apply("page.range"), from.toString(),
                        to.toString())))
                .append("</p>\n");
        if (rows.isEmpty()) {
            out.append("<p>").append(escape(label.apply("page.empty"))).append("</p>\n");
        } else {
            out.append("<table>\n<thead><tr>");
            for (String c : COLUMNS) {
                out.append("<th>").append(escape(label.apply("column." + c))).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (Row r : rows) {
                out.append("<tr>");
                for (String cell : cells(r)) {
                    out.append("<td>").append(escape(cell).replace("\n", "<br>")).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

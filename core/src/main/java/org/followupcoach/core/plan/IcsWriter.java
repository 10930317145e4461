package org.followupcoach.core.plan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar file (RFC 5545) that Outlook, Google Calendar and Thunderbird import: CRLF line ends, lines
 * folded at 75 octets without splitting a UTF-8 character, text escaped, and every time in UTC so no client has to
 * interpret a time-zone definition.
 */
public final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_OCTETS = 75;

    private IcsWriter() {
    }

    /** The calendar text for {@code events}, stamped with {@code now}. */
    public static String write(List<IcsEvent> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Follow-Up Coach//Follow-Up Coach//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (IcsEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(e.uid()));
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "SEQUENCE:" + e.sequence());
            if (e.day() != null) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.day()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(e.day().plusDays(1)));
                line(out, "TRANSP:TRANSPARENT");
            } else {
                line(out, "DTSTART:" + UTC.format(e.start()));
                line(out, "DTEND:" + UTC.format(e.end()));
            }
            line(out, "SUMMARY:" + escape(e.summary()));
            if (!e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.alarmOffset() != null) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + escape(e.alarmText() == null || e.alarmText().isBlank() ? e.summary()
                        : e.alarmText()));
                line(out, "TRIGGER:" + duration(e.alarmOffset()));
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** An RFC 5545 duration ({@code -PT15M}, {@code PT9H}, {@code -P1DT2H}); Java's own form puts the sign inside. */
    static String duration(Duration d) {
        StringBuilder out = new StringBuilder(d.isNegative() ? "-P" : "P");
        long seconds = Math.abs(d.getSeconds());
        long days = seconds / 86_400;
        long h = seconds % 86_400 / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (days > 0) {
            out.append(days).append('D');
        }
        if (h > 0 || m > 0 || s > 0 || days == 0) {
            out.append('T');
            if (h > 0) {
                out.append(h).append('H');
            }
            if (m > 0) {
                out.append(m).append('M');
            }
            if (s > 0 || (h == 0 && m == 0)) {
                out.append(s).append('S');
            }
        }
        return out.toString();
    }

    /** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so no physical line exceeds 75 octets. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}

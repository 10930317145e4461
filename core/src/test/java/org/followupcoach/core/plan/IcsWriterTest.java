package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-19T12:00:00Z");

    private static List<IcsEvent> events() {
        return List.of(
                IcsEvent.timed("iv-1-call@followupcoach", "Follow-up call: Ms. Patel, Acme; Inc.",
                        "Role: Junior Data Analyst\nNumber: +1 555 010 0199\nIf busy, try 16:00–17:30 instead.",
                        Instant.parse("2026-11-20T13:30:00Z"), Instant.parse("2026-11-20T14:30:00Z")),
                IcsEvent.allDay("iv-1-answer@followupcoach", "Expect an answer from Acme",
                        "No answer yet? Send one short, friendly email today. "
                                + "Ünïcödé text that is long enough to need folding across several lines of the file.",
                        LocalDate.parse("2026-12-03")));
    }

    @Test
    void outputMatchesTheGoldenFile() throws IOException {
        try (InputStream in = IcsWriterTest.class.getResourceAsStream("/ics/two-events.ics")) {
            assertThat(in).isNotNull();
            assertThat(IcsWriter.write(events(), NOW)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyLineEndsInCrlfAndIsAtMost75Octets() {
        String ics = IcsWriter.write(events(), NOW);
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void parsedBackItHasTheRequiredPropertiesAndOriginalText() {
        List<String> lines = unfold(IcsWriter.write(events(), NOW));
        assertThat(lines).startsWith("BEGIN:VCALENDAR", "VERSION:2.0").endsWith("END:VCALENDAR");
        assertThat(lines).filteredOn(l -> l.startsWith("PRODID:")).hasSize(1);
        assertThat(lines).filteredOn("BEGIN:VEVENT"::equals).hasSize(2);
        assertThat(lines).filteredOn(l -> l.startsWith("UID:")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.startsWith("DTSTAMP:")).containsOnly("DTSTAMP:20261119T120000Z");
        assertThat(lines).contains("DTSTART:20261120T133000Z", "DTEND:20261120T143000Z",
                "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261204",
                "SUMMARY:Follow-up call: Ms. Patel\\, Acme\\; Inc.");
        String description = lines.stream().filter(l -> l.startsWith("DESCRIPTION:Role")).findFirst().orElseThrow();
        assertThat(unescape(description.substring("DESCRIPTION:".length())))
                .isEqualTo("Role: Junior Data Analyst\nNumber: +1 555 010 0199\nIf busy, try 16:00–17:30 instead.");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Ünïcödé text that is long enough to need folding"));
    }

    @Test
    void foldingNeverSplitsAMultiByteCharacter() {
        String ics = IcsWriter.write(List.of(IcsEvent.allDay("u", "é".repeat(200), "", LocalDate.EPOCH)), NOW);
        for (String line : ics.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(unfold(ics)).contains("SUMMARY:" + "é".repeat(200));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({"PT-15M, -PT15M", "PT9H, PT9H", "PT-26H, -P1DT2H", "PT0S, PT0S",
            "PT24H, P1D", "PT1H30M, PT1H30M"})
    void reminderOffsetsAreWrittenAsRfc5545Durations(java.time.Duration offset, String written) {
        assertThat(IcsWriter.duration(offset)).isEqualTo(written);
    }

    /** RFC 5545 3.1: a CRLF followed by a single space or tab continues the previous line. */
    static List<String> unfold(String ics) {
        List<String> out = new ArrayList<>();
        for (String physical : ics.split("\r\n")) {
            if (physical.startsWith(" ") || physical.startsWith("\t")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + physical.substring(1));
            } else {
                out.add(physical);
            }
        }
        return out;
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }
}

package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkSearchRecordTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static List<Interview> interviews() {
        Interview acme = new Interview("a", "Acme, Inc.", "Analyst", "Ms. Patel", "Head of Data", "+1 555 010 0199",
                LocalDateTime.parse("2026-11-19T10:00"), "America/New_York", null, "", "", false,
                List.of(new CallAttempt(Instant.parse("2026-11-20T13:45:00Z"), AttemptOutcome.VOICEMAIL,
                        "no message, \"try later\"\nthey said"),
                        new CallAttempt(Instant.parse("2026-12-02T08:00:00Z"), AttemptOutcome.LEFT_MESSAGE, "")),
                Set.of());
        Interview globex = new Interview("g", "Globex", "Coordinator", "", "", "",
                LocalDateTime.parse("2026-10-01T09:00"), "Europe/Berlin", null, "", "", true, List.of(), Set.of());
        return List.of(acme, globex);
    }

    @Test
    void theRecordListsInterviewsAndCallsInTheRangeOldestFirstInTheUsersTime() {
        List<WorkSearchRecord.Row> rows = WorkSearchRecord.rows(interviews(), LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"), BERLIN, WorkSearchRecord.ENGLISH);
        assertThat(rows).extracting(r -> r.date() + " " + r.time() + " " + r.activity() + " " + r.outcome())
                .containsExactly("2026-11-19 16:00 Job interview ", "2026-11-20 14:45 Follow-up call Reached voicemail");
    }

    @Test
    void theCsvFollowsRfc4180WithAByteOrderMark() {
        String csv = WorkSearchRecord.csv(WorkSearchRecord.rows(interviews(), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"), BERLIN, WorkSearchRecord.ENGLISH), WorkSearchRecord.ENGLISH);
        assertThat(csv).startsWith("\uFEFFDate,Time,Activity,Employer,Position,Contact person,Phone,Result,Notes\r\n");
        assertThat(csv).contains("2026-10-01,09:00,Job interview,Globex,Coordinator,,,,\r\n");
        assertThat(csv).contains("2026-11-20,14:45,Follow-up call,\"Acme, Inc.\",Analyst,Ms. Patel (Head of Data),"
                + "'+1 555 010 0199,Reached voicemail,\"no message, \"\"try later\"\"\nthey said\"\r\n");
        assertThat(csv).endsWith("Left a voicemail message,\r\n");
        assertThat(csv.split("\r\n")).hasSize(5);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {"plain|plain", "a,b|\"a,b\"", "=SUM(A1)|'=SUM(A1)", "@cmd|'@cmd",
            "-2|'-2", "say \"hi\"|\"say \"\"hi\"\"\""})
    void aFieldIsQuotedWhenNeededAndNeverRunsAsAFormula(String value, String written) {
        assertThat(WorkSearchRecord.csvField(value)).isEqualTo(written);
    }

    @Test
    void thePrintablePageEscapesWhatTheUserTyped() {
        Interview evil = new Interview("e", "<script>alert(1)</script>", "R&D", "", "", "",
                LocalDateTime.parse("2026-11-19T10:00"), "Europe/Berlin", null, "", "", false, List.of(), Set.of());
        String page = WorkSearchRecord.page(WorkSearchRecord.rows(List.of(evil), LocalDate.parse("2026-11-01"),
                        LocalDate.parse("2026-11-30"), BERLIN, WorkSearchRecord.ENGLISH),
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), WorkSearchRecord.ENGLISH);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "R&amp;D", "2026-11-01 to 2026-11-30")
                .doesNotContain("<script>");
        assertThat(WorkSearchRecord.page(List.of(), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"),
                WorkSearchRecord.ENGLISH)).contains("No interviews or calls in this period.");
    }
}

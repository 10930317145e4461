package org.followupcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.TalkingPoint;
import org.junit.jupiter.api.Test;

/** The exported calendar read back by a real iCalendar parser (ical4j) and held against the plan on screen. */
class PlanCalendarTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    private static final HolidayCalendar HOLIDAYS = new HolidayCalendar(PACK.holidays());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<TalkingPoint> POINTS = List.of(
            new TalkingPoint("remind", "Remind them who you are", "Your name, the role, the day you met."),
            new TalkingPoint("thank", "Thank them", "For the interview and for taking the call."));
    private static final Instant EXPORTED = Instant.parse("2026-12-04T11:00:00Z");

    /** The issue's case: an interview on Friday 4 December with a New York interviewer, the user in Berlin. */
    private static AgendaEntry plan(String now) {
        Interview iv = new Interview("iv-7", "Acme Logistics", "Junior Data Analyst", "Ms. Patel", "", "+1 555 010 0199",
                LocalDateTime.parse("2026-12-04T10:00"), "America/New_York", null, "", "", false, List.of(),
                Set.of());
        return TodayAgenda.entry(ZonedDateTime.of(LocalDateTime.parse(now), BERLIN), BERLIN, iv, HOLIDAYS);
    }

    private static String ics(AgendaEntry plan, Instant at) {
        return IcsWriter.write(PlanCalendar.events(plan, "Hello, this is Sam Lee calling about the analyst role.",
                POINTS, PlanCalendar.Wording.ENGLISH, at), at);
    }

    private static List<VEvent> parse(String ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        // RFC 5545 rules, alarms included; ical4j's calendar-level check would apply iTIP's rules for sending
        // invitations (an ORGANIZER on every event), which a file imported into one's own calendar does not need.
        for (VEvent event : events) {
            assertThat(event.validate(true).hasErrors()).as(event.validate(true).toString()).isFalse();
        }
        return events;
    }

    private static String value(Component c, String property) {
        return c.<Property>getProperty(property).map(Property::getValue).orElse("");
    }

    @Test
    void theFileHoldsExactlyTheDatesThePlanShows() throws Exception {
        AgendaEntry plan = plan("2026-12-04T18:00");
        Map<String, String> starts = parse(ics(plan, EXPORTED)).stream()
                .collect(Collectors.toMap(e -> value(e, Property.UID), e -> value(e, Property.DTSTART)));
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));
        assertThat(starts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "iv-7-call@followup-coach", utc.format(plan.window().earlyStart()),
                "iv-7-answer@followup-coach", basic(plan.hearBack().expectFrom()),
                "iv-7-check-in@followup-coach", basic(plan.hearBack().checkInOn()),
                "iv-7-write@followup-coach", basic(plan.hearBack().writeInsteadBy())));
        // and the plan's dates are the ones a New York office keeps: Monday's call, no Christmas Day
        assertThat(plan.window().earlyStart().withZoneSameInstant(ZoneId.of("America/New_York")).toLocalDate())
                .isEqualTo("2026-12-07");
        assertThat(List.of(plan.hearBack().expectFrom(), plan.hearBack().checkInOn(), plan.hearBack().writeInsteadBy()))
                .containsExactly(LocalDate.parse("2026-12-11"), LocalDate.parse("2026-12-18"),
                        LocalDate.parse("2026-12-28"));
    }

    @Test
    void everyEventHasAReminderBeforeTheCallOrOnTheMorningOfTheDay() throws Exception {
        for (VEvent event : parse(ics(plan("2026-12-04T18:00"), EXPORTED))) {
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).as(value(event, Property.UID)).hasSize(1);
            String trigger = value(alarms.get(0), Property.TRIGGER);
            assertThat(trigger).isEqualTo(value(event, Property.UID).contains("-call@") ? "-PT15M" : "PT9H");
            assertThat(value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
        }
    }

    @Test
    void theCallCarriesTheVoicemailScriptAndTalkingPoints() throws Exception {
        VEvent call = parse(ics(plan("2026-12-04T18:00"), EXPORTED)).get(0);
        String description = value(call, Property.DESCRIPTION);
        assertThat(description).contains("Call 14:30\u201315:30 your time (08:30\u201309:30 theirs)")
                .contains("Hello, this is Sam Lee calling about the analyst role.")
                .contains("If they answer:\n- Remind them who you are: Your name, the role, the day you met.\n- Thank them");
    }

    @Test
    void aReExportKeepsTheUidsAndRaisesTheSequenceSoCalendarsUpdateInPlace() throws Exception {
        List<VEvent> first = parse(ics(plan("2026-12-04T18:00"), EXPORTED));
        List<VEvent> again = parse(ics(plan("2026-12-07T12:00"), EXPORTED.plusSeconds(3 * 86_400)));
        assertThat(again).extracting(e -> value(e, Property.UID))
                .containsExactlyElementsOf(first.stream().map(e -> value(e, Property.UID)).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(Integer.parseInt(value(again.get(i), Property.SEQUENCE)))
                    .isGreaterThan(Integer.parseInt(value(first.get(i), Property.SEQUENCE)));
        }
    }

    @Test
    void onceTheCallIsMadeOnlyTheAnswerDatesRemain() throws Exception {
        AgendaEntry plan = plan("2026-12-07T18:00");
        Interview called = plan.interview().withAttempts(List.of(new CallAttempt(Instant.parse("2026-12-07T14:00:00Z"),
                AttemptOutcome.REACHED_INTERVIEWER, "")));
        AgendaEntry after = TodayAgenda.entry(ZonedDateTime.of(LocalDateTime.parse("2026-12-07T18:00"), BERLIN),
                BERLIN, called, HOLIDAYS);
        assertThat(parse(ics(after, EXPORTED))).extracting(e -> value(e, Property.UID))
                .containsExactly("iv-7-answer@followup-coach", "iv-7-check-in@followup-coach",
                        "iv-7-write@followup-coach");
    }

    @Test
    void outputMatchesTheGoldenFile() throws IOException {
        try (InputStream in = PlanCalendarTest.class.getResourceAsStream("/ics/plan.ics")) {
            assertThat(in).isNotNull();
            assertThat(ics(plan("2026-12-04T18:00"), EXPORTED))
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String basic(LocalDate date) {
        return DateTimeFormatter.BASIC_ISO_DATE.format(date);
    }
}

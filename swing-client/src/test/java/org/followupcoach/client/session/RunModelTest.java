package org.followupcoach.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.store.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunModelTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();

    private CoachSession session;
    private RunModel runs;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Berlin"));
        session = new CoachSession(PACK, Progress.empty(), true, null, Runnable::run, Runnable::run, clock);
        runs = new RunModel(session);
        runs.addPropertyChangeListener("runs", e -> events.add("runs"));
    }

    @Test
    void withNoInterviewOnlyTheGeneralRunIsOffered() {
        assertThat(runs.runs()).singleElement().satisfies(run -> assertThat(run.general()).isTrue());
        assertThat(runs.activeId()).isNull();
        assertThat(runs.activeInterview()).isEmpty();
    }

    @Test
    void anInterviewBecomesARunAndChoosingItMakesItActive() {
        String id = addInterview("Acme", "Analyst");

        runs.choose(id);

        assertThat(runs.runs()).extracting(RunModel.Run::company).containsExactly("", "Acme");
        assertThat(runs.activeId()).isEqualTo(id);
        assertThat(runs.activeInterview()).hasValueSatisfying(i -> assertThat(i.role()).isEqualTo("Analyst"));
        assertThat(events).isNotEmpty();
    }

    private String addInterview(String company, String role) {
        String id = "i-" + company;
        session.addInterview(0, new Interview(id, company, role, "", "", "+1 555 0100",
                LocalDateTime.of(2026, 3, 2, 10, 0), "Europe/Berlin", null, "", "", false, List.of(), Set.of()));
        return id;
    }
}

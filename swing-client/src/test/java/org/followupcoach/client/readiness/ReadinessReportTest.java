package org.followupcoach.client.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import org.followupcoach.client.quiz.QuizModel;
import org.followupcoach.client.shell.AppModels;
import org.followupcoach.client.support.AppVersion;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.store.LoadedProgress;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessReportTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();

    @TempDir
    Path dir;

    private AppModels models;
    private ReadinessReport report;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneId.of("Europe/Berlin"));
        models = AppModels.create(PACK, new LoadedProgress(Progress.empty(), false, Optional.empty()),
                new ProgressStore(dir, clock), Runnable::run, Runnable::run, clock, () -> new Random(3));
        report = new ReadinessReport(models.session(), (key, args) -> key + java.util.Arrays.toString(args));
    }

    @Test
    void reportHoldsScoreChecklistNotesAndQuizHistory() {
        String first = PACK.checklistItems().get(0).id();
        models.checklist().setChecked(first, true);
        models.checklist().setNote(first, "Bring the printed CV");
        models.quiz().start(QuizMode.READINESS_CHECK);
        while (models.quiz().state() == QuizModel.State.QUESTION) {
            models.quiz().toggleAt(0);
            models.quiz().submit();
        }
        String html = report.html();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Bring the printed CV")
                .contains(PACK.checklistItems().get(0).text().replace("'", "&#39;").replace("\"", "&quot;"))
                .contains("<span class=\"score\">" + models.session().readiness().score() + "</span>");
    }

    @Test
    void reportNamesTheAppVersionThatMadeIt() {
        assertThat(report.html()).contains("Report.generated[").contains(", " + AppVersion.current() + "]");
    }

    @Test
    void reportIsSelfContainedAndMakesNoRequests() {
        String html = report.html().toLowerCase(java.util.Locale.ROOT);
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("href=").doesNotContain("url(").doesNotContain("@import")
                .contains("content-security-policy");
    }

    @Test
    void userTextIsEscaped() {
        String first = PACK.checklistItems().get(0).id();
        models.checklist().setNote(first, "<img src=http://127.0.0.1:9/x> & \"more\"");
        assertThat(report.html()).contains("&lt;img src=http://127.0.0.1:9/x&gt; &amp; &quot;more&quot;")
                .doesNotContain("<img");
    }
}

package org.followupcoach.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Random;
import org.followupcoach.client.quiz.QuizModel;
import org.followupcoach.client.shell.AppModels;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.plan.InterviewForm;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.store.LoadedProgress;
import org.followupcoach.core.store.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnlySessionTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();

    @TempDir
    Path dir;

    @Test
    void aFileFromANewerAppIsByteIdenticalAfterASessionFullOfEdits() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"schemaVersion\": 2, \"sectionsRead\": [\"voicemail\"], \"somethingNew\": {}}");
        String before = sha256(file);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T18:30:00Z"), ZoneId.of("Europe/Berlin"));
        ProgressStore store = new ProgressStore(dir, clock);
        LoadedProgress loaded = store.load();
        assertThat(loaded.readOnly()).isTrue();

        AppModels models = AppModels.create(PACK, loaded, store, Runnable::run, Runnable::run, clock,
                () -> new Random(1));
        models.guide().setRead("voicemail", true);
        models.checklist().setChecked(PACK.checklistItems().get(0).id(), true);
        models.checklist().setNote(PACK.checklistItems().get(1).id(), "a note");
        models.quiz().start(QuizMode.READINESS_CHECK);
        while (models.quiz().state() == QuizModel.State.QUESTION) {
            models.quiz().toggleAt(0);
            models.quiz().submit();
        }
        models.interviews().save(null, new InterviewForm.Input("Acme", "Analyst", "", "", "", "2026-11-20",
                "10:00", "Europe/Berlin", "", "", ""));
        models.session().updateUi(ui -> ui.withTheme("DARK"));

        assertThat(models.session().saveStatus().state()).isEqualTo(SaveStatus.State.READ_ONLY);
        assertThat(sha256(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("progress.json");
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

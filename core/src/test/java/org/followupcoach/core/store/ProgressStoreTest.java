package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.followupcoach.core.quiz.AnswerRecord;
import org.followupcoach.core.quiz.Certainty;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.quiz.QuizMode;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressStoreTest {

    private static final Instant T = Instant.parse("2026-11-23T10:15:30Z");

    @TempDir
    Path dir;

    private ProgressStore store() {
        return new ProgressStore(dir, Clock.fixed(T, ZoneOffset.UTC));
    }

    private static Progress sample() {
        QuizAttempt attempt = new QuizAttempt(T, T.plusSeconds(90), QuizMode.PRACTICE,
                List.of(new AnswerRecord("q1", "timing", Set.of("b"), true, Certainty.HIGH),
                        new AnswerRecord("q2", "voicemail", Set.of("a", "c"), false, null)));
        return Progress.empty()
                .withSectionsRead(Set.of("voicemail", "key-takeaways"))
                .withCheckedItems(Set.of("resume-ready"))
                .withItemNotes(Map.of("resume-ready", "Print the new version <b>first</b>"))
                .withQuizAttempts(List.of(attempt))
                .withReadinessHistory(List.of(new ReadinessPoint(T, 42, ReadinessEvent.QUIZ)))
                .withUi(UiState.DEFAULT.withTheme("DARK").withWindow(new WindowBounds(10, 20, 900, 700, false)));
    }

    @Test
    void firstStartWithNoFileGivesEmptyProgressAndNoNotice() {
        LoadedProgress loaded = store().load();
        assertThat(loaded.progress()).isEqualTo(Progress.empty());
        assertThat(loaded.readOnly()).isFalse();
        assertThat(loaded.notice()).isEmpty();
    }

    @Test
    void savedProgressLoadsBackEqual() throws IOException {
        store().save(sample());
        assertThat(store().load().progress()).isEqualTo(sample());
    }

    @Test
    void saveKeepsThePreviousFileAsBackupAndLeavesNoTempFiles() throws IOException {
        store().save(Progress.empty());
        store().save(sample());
        assertThat(Files.readString(dir.resolve("progress.json.bak"))).isEqualTo(ProgressJson.encode(Progress.empty()));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("progress.json", "progress.json.bak");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{\"schemaVersion\": 1, ", "[1,]", "null", "{\"schemaVersion\": NaN}",
            "{\"schemaVersion\": 1, \"sectionsRead\": 5}", "{\"checkedItems\": []}", "{\"schemaVersion\": 0}"})
    void corruptFileIsSetAsideAndBackupRestored(String corrupt) throws IOException {
        store().save(sample());
        store().save(sample());
        Files.writeString(dir.resolve("progress.json"), corrupt);
        LoadedProgress loaded = store().load();
        assertThat(loaded.progress()).isEqualTo(sample());
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("backup"));
        assertThat(dir.resolve("progress.json.corrupt-20261123-101530")).hasContent(corrupt);
    }

    @Test
    void truncatedTenMegabyteAndDeeplyNestedFilesAreSetAsideAndBackupRestored() throws IOException {
        store().save(sample());
        store().save(sample());
        String good = Files.readString(dir.resolve("progress.json"));
        for (String bad : List.of(good.substring(0, good.length() / 2), "a".repeat(10 * 1024 * 1024),
                "{\"schemaVersion\": 1, \"ui\": " + "[".repeat(100_000), "{\"schemaVersion\": 1,}")) {
            Files.writeString(dir.resolve("progress.json"), bad);
            LoadedProgress loaded = store().load();
            assertThat(loaded.progress()).isEqualTo(sample());
            assertThat(dir.resolve("progress.json.corrupt-20261123-101530")).hasContent(bad);
            store().save(loaded.progress());
        }
    }

    @Test
    void corruptFileWithoutBackupStartsFreshAndSaysSo() throws IOException {
        Files.write(dir.resolve("progress.json"), new byte[] {'{', (byte) 0x93, '}'});
        LoadedProgress loaded = store().load();
        assertThat(loaded.progress()).isEqualTo(Progress.empty());
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("fresh"));
        assertThat(dir.resolve("progress.json.corrupt-20261123-101530")).exists();
    }

    @Test
    void deeplyNestedFileIsRejectedWithoutCrashing() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "[".repeat(100_000));
        assertThat(store().load().progress()).isEqualTo(Progress.empty());
    }

    @Test
    void newerFileIsLeftByteIdenticalAndSessionIsReadOnly() throws IOException, NoSuchAlgorithmException {
        String newer = "{\"schemaVersion\": 99, \"somethingNew\": true}";
        Files.writeString(dir.resolve("progress.json"), newer);
        String before = sha256(dir.resolve("progress.json"));
        LoadedProgress loaded = store().load();
        assertThat(loaded.readOnly()).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("newer version"));
        assertThat(sha256(dir.resolve("progress.json"))).isEqualTo(before);
    }

    @Test
    void staleTempFilesAreRemovedAtStart() throws IOException {
        Files.writeString(dir.resolve("progress.json.tmp-123"), "half a fi");
        store().load();
        assertThat(dir.resolve("progress.json.tmp-123")).doesNotExist();
    }

    @Test
    void saveIntoAFileWhereTheFolderShouldBeFailsAndTellsWhy() throws IOException {
        Path blocker = dir.resolve("blocked");
        Files.writeString(blocker, "not a folder");
        ProgressStore store = new ProgressStore(blocker.resolve("data"), Clock.systemUTC());
        assertThatThrownBy(() -> store.save(sample())).isInstanceOf(IOException.class);
    }

    @Test
    void aFailedSaveLeavesThePreviousFileByteIdentical() throws IOException, NoSuchAlgorithmException {
        store().save(sample());
        String before = sha256(dir.resolve("progress.json"));
        // A folder where the backup must go makes the save fail half-way, after the new data was written to disk.
        Files.createDirectories(dir.resolve("progress.json.bak").resolve("in-the-way"));
        assertThatThrownBy(() -> store().save(Progress.empty())).isInstanceOf(IOException.class);
        assertThat(sha256(dir.resolve("progress.json"))).isEqualTo(before);
        assertThat(store().load().progress()).isEqualTo(sample());
    }

    @Test
    void savedFileIsReadableUtf8WithTextKeptLiterally() throws IOException {
        store().save(sample());
        String json = Files.readString(dir.resolve("progress.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"schemaVersion\": 2").contains("<b>first</b>");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

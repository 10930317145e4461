package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.followupcoach.core.readiness.ReadinessEvent;
import org.followupcoach.core.readiness.ReadinessPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The store at the edges: files that are fine but cannot be used here must stay where they are, untouched. */
class ProgressStoreEdgesTest {

    private static final Instant T = Instant.parse("2026-11-23T10:15:30Z");
    private static final String NEWER = "{\"schemaVersion\": 99, \"somethingNew\": true}";

    @TempDir
    Path dir;

    private ProgressStore store() {
        return new ProgressStore(dir, Clock.fixed(T, ZoneOffset.UTC));
    }

    private static Progress sample() {
        return Progress.empty().withSectionsRead(Set.of("voicemail"))
                .withReadinessHistory(List.of(new ReadinessPoint(T, 42, ReadinessEvent.QUIZ)));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewerBackupAloneIsNotCalledUnreadableAndTheSessionSavesNothing() throws IOException {
        Files.writeString(dir.resolve("progress.json.bak"), NEWER);
        LoadedProgress loaded = store().load();
        assertThat(loaded.readOnly()).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("newer version")
                .contains("format 99").doesNotContain("could not be read"));
        assertThat(dir.resolve("progress.json.bak")).hasContent(NEWER);
    }

    @Test
    void aNewerBackupBesideADamagedFileIsKeptAndTheSessionSavesNothing() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "{\"schemaVersion\": 1, ");
        Files.writeString(dir.resolve("progress.json.bak"), NEWER);
        LoadedProgress loaded = store().load();
        assertThat(loaded.readOnly()).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("newer version")
                .doesNotContain("could not be read either"));
        assertThat(dir.resolve("progress.json.bak")).hasContent(NEWER);
    }

    @Test
    void aNewerBackupBesideAGoodFileSaysWhichIsNewerAndSavesNothing() throws IOException {
        store().save(sample());
        Files.writeString(dir.resolve("progress.json.bak"), NEWER);
        LoadedProgress loaded = store().load();
        assertThat(loaded.progress()).isEqualTo(sample());
        assertThat(loaded.readOnly()).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("backup is the newer"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeIsRefusedWithASentenceInsteadOfWaitingForEver() throws Exception {
        Path pipe = dir.resolve("progress.json");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        LoadedProgress loaded = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> store().load());
        assertThat(loaded.readOnly()).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("not a regular file"));
        assertThat(names()).containsExactly("progress.json");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkToADeviceIsRefusedAndLeftInPlace() throws Exception {
        Files.createSymbolicLink(dir.resolve("progress.json"), Path.of("/dev/zero"));
        LoadedProgress loaded = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> store().load());
        assertThat(loaded.readOnly()).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("special file"));
        assertThat(Files.isSymbolicLink(dir.resolve("progress.json"))).isTrue();
    }

    @Test
    void aLinkToARegularFileIsFollowed(@TempDir Path elsewhere) throws IOException {
        new ProgressStore(elsewhere, Clock.fixed(T, ZoneOffset.UTC)).save(sample());
        Files.createSymbolicLink(dir.resolve("progress.json"), elsewhere.resolve("progress.json"));
        LoadedProgress loaded = store().load();
        assertThat(loaded.progress()).isEqualTo(sample());
        assertThat(loaded.readOnly()).isFalse();
    }

    @Test
    void aFolderInThePlaceOfTheFileIsRefusedAndLeftInPlace() throws IOException {
        Files.createDirectories(dir.resolve("progress.json").resolve("inside"));
        LoadedProgress loaded = store().load();
        assertThat(loaded.readOnly()).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("a folder"));
        assertThat(dir.resolve("progress.json").resolve("inside")).isDirectory();
    }

    @Test
    void aFileThatMayNotBeReadIsLeftWhereItIsAndTheOlderBackupIsShownAsSuch() throws IOException {
        store().save(Progress.empty());
        store().save(sample());
        ProgressStore refusing = new ProgressStore(dir, Clock.fixed(T, ZoneOffset.UTC), path -> {
            if (path.getFileName().toString().equals("progress.json")) {
                throw new AccessDeniedException(path.toString());
            }
            return Files.newByteChannel(path, StandardOpenOption.READ);
        });
        LoadedProgress loaded = refusing.load();
        assertThat(loaded.readOnly()).isTrue();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("permission denied")
                .contains(dir.resolve("progress.json").toString()).contains("may be older"));
        assertThat(loaded.progress()).isEqualTo(Progress.empty());
        assertThat(names()).containsExactly("progress.json", "progress.json.bak");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFileWithoutReadPermissionIsNotSetAside() throws IOException {
        store().save(sample());
        Path main = dir.resolve("progress.json");
        Files.setPosixFilePermissions(main, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(main), "root reads every file");
        LoadedProgress loaded = store().load();
        assertThat(loaded.readOnly()).isTrue();
        assertThat(names()).containsExactly("progress.json");
    }

    @Test
    void runningOutOfMemoryWhileLoadingIsSaidAsSuchAndTheGoodFileStays() throws Exception {
        List<ReadinessPoint> history = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            history.add(new ReadinessPoint(T.minusSeconds(60L * i), i % 101, ReadinessEvent.CHECKLIST));
        }
        store().save(Progress.empty().withReadinessHistory(history));
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx16m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), LoadOnce.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor();

        assertThat(out).contains("readOnly=true").contains("needs more memory");
        assertThat(Files.readAllBytes(dir.resolve("progress.json"))).isEqualTo(before);
        assertThat(names()).containsExactly("progress.json");
    }

    @Test
    void aFileOfTheDensestShapeLoadsInTheStatedMultipleOfItsSizeInHeap() throws Exception {
        List<ReadinessPoint> history = new ArrayList<>();
        for (int i = 0; i < 80_000; i++) {
            history.add(new ReadinessPoint(T.minusSeconds(10L * i), i % 101, ReadinessEvent.CHECKLIST));
        }
        store().save(Progress.empty().withReadinessHistory(history));
        long size = Files.size(dir.resolve("progress.json"));
        // The JVM itself and the loading code take a few MB of heap whatever the file.
        long heapMb = (size * ProgressStore.LOAD_HEAP_MULTIPLE) / (1024 * 1024) + 12;

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), LoadOnce.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor();

        assertThat(size).isGreaterThan(7L * 1024 * 1024);
        assertThat(out).as("%d bytes in %d MB of heap", size, heapMb).contains("readOnly=false").contains("80000");
    }
}

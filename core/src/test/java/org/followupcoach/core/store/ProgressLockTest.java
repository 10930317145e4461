package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressLockTest {

    @TempDir
    Path dir;

    @Test
    void secondInstanceWritesNothingWhileTheFirstHoldsTheLockAndGetsItAfterAKill() throws Exception {
        new ProgressStore(dir, Clock.systemUTC()).save(Progress.empty().withCheckedItems(java.util.Set.of("a")));
        Files.writeString(dir.resolve("progress.json.tmp-999"), "a save in progress");
        Process first = holdLock();
        try (BufferedReader out = reader(first)) {
            assertThat(out.readLine()).isEqualTo("ACQUIRED");
            Map<String, String> before = snapshot();

            try (ProgressLock second = ProgressLock.tryAcquire(dir)) {
                assertThat(second.outcome()).isEqualTo(ProgressLock.Outcome.HELD_BY_ANOTHER_INSTANCE);
                LoadedProgress loaded = new ProgressStore(dir, Clock.systemUTC()).load(second.acquired());
                assertThat(loaded.progress().checkedItems()).containsExactly("a");
            }
            assertThat(snapshot()).as("files while the first instance holds the lock").isEqualTo(before);

            first.destroyForcibly();
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (ProgressLock afterKill = ProgressLock.tryAcquire(dir)) {
            assertThat(afterKill.outcome()).isEqualTo(ProgressLock.Outcome.ACQUIRED);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedAsNotWritable() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "");
        try (ProgressLock lock = ProgressLock.tryAcquire(file.resolve("data"))) {
            assertThat(lock.outcome()).isEqualTo(ProgressLock.Outcome.CANNOT_WRITE);
            assertThat(lock.reason()).isNotBlank();
        }
    }

    @Test
    void theLockIsFreeAgainAfterClose() {
        ProgressLock.tryAcquire(dir).close();
        try (ProgressLock again = ProgressLock.tryAcquire(dir)) {
            assertThat(again.acquired()).isTrue();
        }
    }

    private Process holdLock() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Every file's name and content hash, to prove nothing was written. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                out.put(p.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}

package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL at random moments while it saves in a loop, 40 times, and checks that every next
 * start finds a valid file and cleans up the temp files a killed save leaves behind.
 */
class KillDuringSaveTest {

    private static final int KILLS = 40;

    @TempDir
    Path dir;

    @Test
    void everyStartAfterAKillDuringSavingLoadsValidProgressAndLeavesNoTempFiles() throws Exception {
        Random random = new Random(20261123);
        int validStarts = 0;
        for (int i = 0; i < KILLS; i++) {
            Process child = startSaveLoop();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("child started saving").isEqualTo("saving");
                // The kill lands at a random point of the save cycle: that randomness is the test, not a wait.
                Thread.sleep(random.nextInt(60));
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            LoadedProgress loaded = new ProgressStore(dir, Clock.systemUTC()).load();
            if (loaded.notice().isEmpty() && !loaded.readOnly() && !loaded.progress().sectionsRead().isEmpty()) {
                validStarts++;
            }
            assertThat(tempFiles()).as("temp files after start %d", i + 1).isZero();
        }
        assertThat(validStarts).isEqualTo(KILLS);
    }

    private Process startSaveLoop() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private long tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".tmp-")).count();
        }
    }
}

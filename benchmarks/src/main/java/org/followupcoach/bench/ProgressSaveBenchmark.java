package org.followupcoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressJson;
import org.followupcoach.core.store.ProgressStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Saving a year of use ({@link YearOfUse}) into a temp folder exactly as the app does: JSON, temp file, fsync,
 * backup, atomic move. Sampled, so the report shows the p95 (target: 10 ms for {@code year}); {@code encode} is the
 * CPU part alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgressSaveBenchmark {

    /** Which year: {@code year} is the target's file, {@code heavy} a quiz every day. */
    @Param({"year", "heavy"})
    public String use;

    private Path dir;
    private ProgressStore store;
    private Progress progress;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("followup-coach-bench-");
        store = new ProgressStore(dir, Clock.systemUTC());
        ContentPack pack = ContentLoader.loadBundled().pack().orElseThrow();
        progress = use.equals("heavy") ? YearOfUse.heavy(pack) : YearOfUse.year(pack);
        store.save(progress);
        System.out.printf("%n%s progress.json: %,d bytes, %d quiz attempts, %d readiness points, %d interviews%n", use,
                Files.size(store.file()), progress.quizAttempts().size(), progress.readinessHistory().size(),
                progress.interviews().size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public void save() throws IOException {
        store.save(progress);
    }

    @Benchmark
    public String encode() {
        return ProgressJson.encode(progress);
    }
}

package org.followupcoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.followupcoach.core.load.ContentLoadResult;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.search.ContentSearch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A coach's big pack, 10,000 questions and 2,000 sections, generated into a temp folder (target: 500 ms). A load
 * allocates about 200 MB; with the default heap (a quarter of RAM, grown on demand) G1 keeps growing into fresh memory
 * and one iteration takes 0.1 s, the next 1 s, so the fork gets a fixed 1 GB heap. The app-image's -Xmx256m is
 * measured with {@code bench/jmh.sh LargePackBenchmark.load -f 1 -wi 3 -i 5 -jvmArgsAppend -Xmx256m}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargePackBenchmark {

    static final int QUESTIONS = 10_000;
    static final int SECTIONS = 2_000;

    private Path dir;
    private ContentPack pack;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = LargePack.write(Files.createTempDirectory("followup-coach-bench-"), SECTIONS, QUESTIONS);
        pack = load(dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        LargePack.delete(dir);
    }

    /** Loads the generated pack, failing loudly if it is not valid or not the size it should be. */
    static ContentPack load(Path dir) {
        ContentLoadResult result = ContentLoader.load(ContentSource.folder(dir));
        ContentPack pack = result.pack().orElseThrow(() -> new IllegalStateException(
                "the generated pack does not validate: " + result.problems().subList(0,
                        Math.min(5, result.problems().size()))));
        if (pack.sections().size() != SECTIONS || pack.quiz().questions().size() != QUESTIONS) {
            throw new IllegalStateException("the generated pack has the wrong size");
        }
        return pack;
    }

    /** Reads, parses, decodes and validates the generated pack from its folder. */
    @Benchmark
    public ContentPack loadAndValidate() {
        return load(dir);
    }

    /** Builds the search index over the loaded pack, as the guide does once per start. */
    @Benchmark
    public ContentSearch buildSearchIndex() {
        return new ContentSearch(pack);
    }
}

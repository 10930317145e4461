package org.followupcoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.followupcoach.core.search.ContentSearch;
import org.followupcoach.core.search.SearchHit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One keystroke in the guide's search field on the big pack: the whole query is searched again (target: 5 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargePackSearchBenchmark {

    /** As many results as the guide shows. */
    private static final int LIMIT = 30;

    /** What is typed: the first keystroke, a common word, two words, and a word found nowhere (a full scan). */
    @Param({"v", "voicemail", "call back", "zebra"})
    public String query;

    private ContentSearch search;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = LargePack.write(Files.createTempDirectory("followup-coach-bench-"), LargePackBenchmark.SECTIONS,
                LargePackBenchmark.QUESTIONS);
        try {
            search = new ContentSearch(LargePackBenchmark.load(dir));
        } finally {
            LargePack.delete(dir);
        }
    }

    @Benchmark
    public List<SearchHit> search() {
        return search.search(query, LIMIT);
    }
}

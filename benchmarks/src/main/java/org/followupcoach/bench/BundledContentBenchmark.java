package org.followupcoach.bench;

import java.util.concurrent.TimeUnit;
import org.followupcoach.core.load.ContentLoadResult;
import org.followupcoach.core.load.ContentLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Loading and validating the bundled guidance, as the app does at every start (target: 20 ms warm). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BundledContentBenchmark {

    /** Reads, parses, decodes and validates the nine files of the bundled pack. */
    @Benchmark
    public ContentLoadResult loadAndValidateBundled() {
        ContentLoadResult result = ContentLoader.loadBundled();
        if (!result.isValid()) {
            throw new IllegalStateException("the bundled pack does not validate: " + result.problems());
        }
        return result;
    }
}

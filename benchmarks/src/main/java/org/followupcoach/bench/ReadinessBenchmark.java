package org.followupcoach.bench;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ChecklistItem;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.Section;
import org.followupcoach.core.quiz.QuizAttempt;
import org.followupcoach.core.readiness.Readiness;
import org.followupcoach.core.readiness.ReadinessCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The readiness score over a long history: 1,000 quiz attempts of 12 answers on the bundled pack. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadinessBenchmark {

    private ReadinessCalculator calculator;
    private Set<String> checked;
    private Set<String> read;
    private List<QuizAttempt> attempts;

    @Setup
    public void setUp() {
        ContentPack pack = ContentLoader.loadBundled().pack().orElseThrow();
        calculator = new ReadinessCalculator(pack);
        checked = pack.checklistItems().stream().map(ChecklistItem::id).limit(10).collect(Collectors.toSet());
        read = pack.sections().stream().map(Section::id).limit(5).collect(Collectors.toSet());
        attempts = YearOfUse.quizAttempts(pack, 1_000, 12, new Random(7));
    }

    @Benchmark
    public Readiness compute() {
        return calculator.compute(checked, read, attempts);
    }
}

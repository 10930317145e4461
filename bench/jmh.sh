#!/usr/bin/env bash
# JMH benchmarks of the core (module benchmarks/, built only with the Maven profile -Pbench):
#   BundledContentBenchmark    load + validate the bundled guidance                  target 20 ms
#   LargePackBenchmark         10,000 questions / 2,000 sections: load + validate    target 500 ms
#   LargePackSearchBenchmark   the same pack: one search per keystroke               target 5 ms
#   ReadinessBenchmark         readiness over 1,000 quiz attempts
#   ProgressSaveBenchmark      save a year-of-use progress file, sampled (p95)       target 10 ms
#
#   bench/jmh.sh                 all of them with modest settings (one fork, 3 warm-up and 5 measured iterations)
#   bench/jmh.sh Readiness -f 1 -wi 3 -i 10
#                                any JMH arguments instead (a name pattern, -f, -wi, -i, -prof gc …); give the
#                                settings too, JMH's own defaults take many minutes per benchmark
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -Pbench -pl benchmarks -am package -DskipTests
if [ $# -eq 0 ]; then
    set -- -f 1 -wi 3 -w 1s -i 5 -r 1s
fi
exec java -jar benchmarks/target/benchmarks.jar "$@"

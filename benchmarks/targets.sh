#!/usr/bin/env bash
# The target figures (FLOAT, one thread) and their baselines, with allocation, on one JDK:
#   benchmarks/targets.sh [java] [result-directory]
# e.g. benchmarks/targets.sh /usr/lib/jvm/temurin-25-jdk-amd64/bin/java benchmarks/results/jdk25
# (outside target/, so that mvn clean keeps the JSON and logs)
# Build the jar first: mvn -B -q -DskipTests package -pl benchmarks -am
# About 12 minutes on 2 cores. Run it on a quiet machine: it prints `uptime` before and after each group,
# and before each group a 5-second check of the core's speed (InterleavedPredict: batch-1 moons, VECTOR
# and default mode, in turn; on the developers' machine about 46 and 167 ns at its normal speed). This VM's
# core sometimes runs 1.2-1.35x slower for seconds to minutes; a group whose check is that much slower was
# measured in such a phase (RESULTS.md, "the slow forks are slow phases of the machine").
set -euo pipefail

java=${1:-java}
out=${2:-benchmarks/results/latest}
jar=benchmarks/target/benchmarks.jar
mkdir -p "$out"
"$java" -version 2>&1 | head -1 | tee "$out/jdk.txt"

run() {
    local name=$1 pattern=$2
    shift 2
    echo "== $name: $(uptime)"
    "$java" --add-modules=jdk.incubator.vector -cp "$jar" dev.autonet.benchmarks.InterleavedPredict 100 --summary \
        2>/dev/null | tee -a "$out/speed.txt"
    "$java" -jar "$jar" "$pattern" -prof gc -rf json -rff "$out/$name.json" "$@" > "$out/$name.log"
    grep -E '^Benchmark |^[A-Za-z]+Benchmark\.[A-Za-z0-9]+(:gc\.alloc\.rate\.norm)? ' "$out/$name.log" \
        | grep -Ev ':gc\.(alloc\.rate|count|time|churn)( |$)' || true
    echo "   after: $(uptime)"
}

run predict '\.PredictBenchmark\.moonsFloat'
run batched 'BatchedPredictBenchmark\.(moons|mnist)Float(Generated|Baseline|Vector)Batched'
run step 'TrainStepBenchmark\.(moons|mnist)Float'
run job 'MoonsJobBenchmark\.moonsJobFloat'
run tiles 'TileKernelBenchmark' -p tile=256 -f 1

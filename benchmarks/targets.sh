#!/usr/bin/env bash
# The target figures (FLOAT, one thread) and their baselines, with allocation, on one JDK:
#   benchmarks/targets.sh [java] [result-directory]
# e.g. benchmarks/targets.sh /usr/lib/jvm/temurin-25-jdk-amd64/bin/java benchmarks/results/jdk25
# (outside target/, so that mvn clean keeps the JSON and logs)
# Build the jar first: mvn -B -q -DskipTests package -pl benchmarks -am
# About 12 minutes on 2 cores. Run it on a quiet machine: it prints `uptime` before and after each group.
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

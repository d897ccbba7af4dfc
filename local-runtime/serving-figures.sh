#!/bin/sh
# Prints every figure of the serving gap and of the agreement with wrk (issue 16, points 9 and 10)
# in one go: MiniLM int8 in process and served at concurrency 16 (JSON and binary outputs) with
# their ratios, the small model's c=1 HTTP overhead, the CPU of one MiniLM answer's JSON, and
# bench against wrk at concurrency 1, 4 and 16 in alternating rounds, each line with the load
# average. Run from anywhere; needs wrk (apt-get install wrk). See docs/performance.md.
#   BENCH_SECONDS=3 BENCH_ROUNDS=4 local-runtime/serving-figures.sh
set -e
cd "$(dirname "$0")/.."
seconds="${BENCH_SECONDS:-3}"
rounds="${BENCH_ROUNDS:-4}"
./mvnw -B -q -pl local-runtime test-compile
./mvnw -B -q -pl local-runtime dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/local-runtime/target/bench-classpath.txt" > /dev/null
# an argument file: the class path is longer than ONNX Runtime accepts on the command line
echo "-cp local-runtime/target/test-classes:local-runtime/target/classes:$(cat local-runtime/target/bench-classpath.txt)" \
    > local-runtime/target/bench.args
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Dbench.seconds="$seconds" @local-runtime/target/bench.args org.mlopsconsole.runtime.bench.ServingGapBenchmark
java -Dbench.rounds=3 @local-runtime/target/bench.args org.mlopsconsole.runtime.bench.AnswerEncodingBenchmark
java -Dbench.seconds="$seconds" -Dbench.rounds="$rounds" -Dbench.concurrency=1,4,16 \
    @local-runtime/target/bench.args org.mlopsconsole.runtime.bench.WrkAgreementBenchmark
echo "# done, load $(cut -d' ' -f1-3 /proc/loadavg)"

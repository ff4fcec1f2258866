#!/usr/bin/env bash
# Throughput of sentence splitting, word tokenizing and part-of-speech tagging on a corpus,
# next to OpenNLP's sentence and token models (see AnalysisThroughput.java).
#   usage: bench/analysis-throughput.sh [CORPUS_DIR] [THREADS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-$root/../shared/corpus/digitalgov/content}
threads=${2:-$(nproc)}
mvn -B -q -o test-compile -pl linter-core -am >/dev/null
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -o dependency:build-classpath -pl linter-core -Dmdep.outputFile="$cp_file" >/dev/null
java -Xmx2g -cp "linter-core/target/classes:linter-core/target/test-classes:$(cat "$cp_file")" \
  org.cxlint.core.analysis.AnalysisThroughput "$corpus" "$threads"

#!/usr/bin/env bash
# Agreement of the syllable fallback alone with CMUdict on held-out headwords.
#   usage: linter-core/scripts/syllable-fallback-eval.sh [ORACLES_DIR]
# Default ORACLES_DIR: ../shared/oracles next to the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
oracles=${1:-$root/../shared/oracles}
mvn -B -q -o test-compile -pl linter-core -am >/dev/null
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -o dependency:build-classpath -pl linter-core -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "linter-core/target/classes:linter-core/target/test-classes:$(cat "$cp_file")" \
  org.cxlint.core.analysis.SyllableFallbackEvaluation "$oracles/cmudict-syllables.tsv"

#!/usr/bin/env bash
# Reproduces every speed figure the README states, side by side with markdownlint-cli2 in one
# run (alternating, medians), on this machine.
#   usage: bench/bench.sh [CORPUS_DIR] [RUNS]
# Default corpus: ../shared/corpus/digitalgov/content (evaluation material next to the clone).
# Needs: a built CLI (bin/cxlint), /usr/bin/time, node+npm for the peer (installed once into
# ~/.cache/cxlint-peers from the npm registry).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-$root/../shared/corpus/digitalgov/content}
runs=${2:-3}
[[ -d $corpus ]] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
[[ -f linter-cli/target/cxlint.jar ]] || { echo "bench: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
peers=${CXLINT_PEERS:-$HOME/.cache/cxlint-peers}
if [[ ! -x $peers/node_modules/.bin/markdownlint-cli2 ]]; then
  mkdir -p "$peers" && (cd "$peers" && npm init -y >/dev/null 2>&1 &&
    npm install --no-audit --no-fund markdownlint-cli2@0.22.1 >/dev/null 2>&1)
fi
mdl=$peers/node_modules/.bin/markdownlint-cli2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=$(find "$corpus" -name '*.md' | wc -l)
echo "corpus: $corpus ($files Markdown files), $runs runs each, medians; $(nproc) cores"

median() { sort -n "$1" | sed -n "$(( ($(wc -l <"$1") + 1) / 2 ))p"; }
# measure NAME FILE_PREFIX command... : appends "wall rss_kb" to $tmp/NAME.times
measure_once() {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || true
  tail -1 "$tmp/t" >>"$tmp/$name.times"
}
report() { # NAME -> prints median wall and rss; sets REPLY to median wall
  local name=$1 w r
  cut -d' ' -f1 "$tmp/$name.times" >"$tmp/w"; cut -d' ' -f2 "$tmp/$name.times" >"$tmp/r"
  w=$(median "$tmp/w"); r=$(median "$tmp/r")
  printf '%-34s wall %7.2f s   peak RSS %5d MB\n' "$name" "$w" "$((r / 1024))"
  REPLY=$w
}

# 1. whole corpus, cxlint vs markdownlint-cli2, alternating
for ((i = 0; i < runs; i++)); do
  measure_once markdownlint-cli2 "$mdl" "$corpus/**/*.md"
  measure_once cxlint-corpus bin/cxlint check "$corpus" --fail-on never
done
report markdownlint-cli2; m=$REPLY
report cxlint-corpus; c=$REPLY
echo "ratio cxlint / markdownlint-cli2: $(echo "scale=2; $c / $m" | bc)"

# 2. one file, the writer's case
for ((i = 0; i < 11; i++)); do
  measure_once cxlint-one-file bin/cxlint check examples/customer-experience-toolkit.md --fail-on never
done
report cxlint-one-file

# 3. growth: the corpus twice over, as two copies
mkdir -p "$tmp/double"
cp -r "$corpus" "$tmp/double/a"; cp -r "$corpus" "$tmp/double/b"
for ((i = 0; i < runs; i++)); do
  measure_once cxlint-corpus-x1 bin/cxlint check "$tmp/double/a" --fail-on never
  measure_once cxlint-corpus-x2 bin/cxlint check "$tmp/double" --fail-on never
done
report cxlint-corpus-x1; one=$REPLY
report cxlint-corpus-x2; two=$REPLY
echo "growth x2 / x1: $(echo "scale=2; $two / $one" | bc)"

# 4. cache: first run fills it, second run over the unchanged corpus reuses it
cache=$tmp/cache
for ((i = 0; i < runs; i++)); do
  rm -f "$cache"
  measure_once cxlint-cache-cold bin/cxlint check "$corpus" --fail-on never --cache --cache-location "$cache"
  measure_once cxlint-cache-warm bin/cxlint check "$corpus" --fail-on never --cache --cache-location "$cache"
done
report cxlint-cache-cold; cold=$REPLY
report cxlint-cache-warm; warm=$REPLY
echo "cache warm / cold: $(echo "scale=2; $warm / $cold" | bc)"

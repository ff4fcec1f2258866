#!/usr/bin/env bash
# What a baseline costs (issue 16): a plain check of the corpus, writing a baseline of it, and a
# check against that baseline, interleaved ROUNDS times in one run so the machine's load hits all
# three alike. Prints each run's wall and CPU (user + system) time, the medians, and the ratios to the plain check
# (the issue asks for at most 1.2). Output goes to /dev/null; the text format is used, as a user
# at a terminal or a CI log would see it.
#
#   bench/baseline.sh [CORPUS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/digitalgov/content}
rounds=${2:-3}
[ -f linter-cli/target/cxlint.jar ] || {
  echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
baseline=$work/cxlint-baseline.json
echo "corpus: $corpus, $(find "$corpus" -type f \( -name '*.md' -o -name '*.html' -o -name '*.htm' -o -name '*.txt' -o -name '*.markdown' \) | wc -l) files; $rounds rounds"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors"

seconds() { # "wall cpu": the command's wall and CPU (user + system) seconds; exit 0 or 1 only
  local status
  set +e
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt"
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "failed ($status): $*" >&2; cat "$work/err.txt" >&2; exit 2
  fi
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time.txt"
}

declare -a plain write check plaincpu writecpu checkcpu
# A first baseline, so the first "check" round has one to read.
bin/cxlint check "$corpus" --baseline-write "$baseline" --fail-on never > /dev/null 2>&1
for r in $(seq 1 "$rounds"); do
  read -r w c < <(seconds bin/cxlint check "$corpus" --fail-on never); plain+=("$w"); plaincpu+=("$c")
  read -r w c < <(seconds bin/cxlint check "$corpus" --baseline-write "$baseline" --fail-on never); write+=("$w"); writecpu+=("$c")
  read -r w c < <(seconds bin/cxlint check "$corpus" --baseline "$baseline" --fail-on never); check+=("$w"); checkcpu+=("$c")
  echo "round $r (wall / cpu s): plain ${plain[-1]} / ${plaincpu[-1]}, baseline-write ${write[-1]} / ${writecpu[-1]}, check --baseline ${check[-1]} / ${checkcpu[-1]} (load $(cut -d' ' -f1 /proc/loadavg))"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
p=$(median "${plain[@]}"); w=$(median "${write[@]}"); c=$(median "${check[@]}")
echo "median wall: plain $p s, baseline-write $w s, check --baseline $c s"
awk -v p="$p" -v w="$w" -v c="$c" 'BEGIN { printf "wall ratio to plain: baseline-write %.2f, check --baseline %.2f (limit 1.20)\n", w / p, c / p }'
p=$(median "${plaincpu[@]}"); w=$(median "${writecpu[@]}"); c=$(median "${checkcpu[@]}")
echo "median cpu: plain $p s, baseline-write $w s, check --baseline $c s"
awk -v p="$p" -v w="$w" -v c="$c" 'BEGIN { printf "cpu ratio to plain: baseline-write %.2f, check --baseline %.2f (limit 1.20)\n", w / p, c / p }'
echo "baseline: $(grep -c '^    {' "$baseline") entries, $(du -h "$baseline" | cut -f1)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

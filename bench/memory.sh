#!/usr/bin/env bash
# Peak memory of a large run, for each streaming output format, and how a run that does run out
# of memory ends (issue 13). The corpus is copied COPIES times into a temporary folder (default 8:
# the digital.gov content 8 times over is 32,352 pages, 240 MB).
#
#   bench/memory.sh [CORPUS] [COPIES]
#
# Prints, per format: peak RSS with the launcher's default heap, then peak RSS, wall time and exit
# status with -Xmx256m; last, the message and exit status of a run given too little heap.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/digitalgov/content}
copies=${2:-8}
[ -x linter-cli/target/cxlint.jar ] || [ -f linter-cli/target/cxlint.jar ] || {
  echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do cp -r "$corpus" "$work/copy$i"; done
echo "corpus: $corpus x $copies = $(find "$work" -type f | wc -l) files, $(du -sh "$work" | cut -f1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# /usr/bin/time -v prints "Command exited with non-zero status N" first when N != 0: read the
# figures by name.
measure() { # label, then the command; prints peak RSS (MB), wall, exit status
  local out=$work/time.txt status
  set +e
  /usr/bin/time -v "$@" > /dev/null 2> "$out"
  status=$?
  set -e
  local rss wall
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$out")
  wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ {print $2}' "$out")
  printf '%-12s peak RSS %5s MB  wall %8s  exit %s\n' "$label" "$rss" "$wall" "$status"
}

for format in text json sarif junit checkstyle github; do
  label="$format" measure bin/cxlint check "$work" --format "$format" --fail-on never
  label="$format -Xmx256m" CXLINT_JAVA_OPTS=-Xmx256m measure \
    env CXLINT_JAVA_OPTS=-Xmx256m bin/cxlint check "$work" --format "$format" --fail-on never
done

echo "too little heap (-Xmx24m), json with metrics:"
set +e
CXLINT_JAVA_OPTS=-Xmx24m bin/cxlint check "$work" --format json --fail-on never \
  > /dev/null 2> "$work/oom.txt"
status=$?
set -e
tail -n 3 "$work/oom.txt"
echo "exit status $status (2 expected)"

#!/usr/bin/env bash
# A/B test of start-up changes: the one-file run of two builds of the CLI jar, interleaved so
# that both see the same machine load, each with its own class-data-sharing archive trained the
# way the build trains it, and run with bin/cxlint's flags for a few files.
#   usage: bench/ab-one-file.sh A.jar B.jar [RUNS] [FILE]
# e.g. build, copy linter-cli/target/cxlint.jar to /tmp/a.jar, change, build, then
#   bench/ab-one-file.sh /tmp/a.jar linter-cli/target/cxlint.jar 15
# Prints each build's median wall time and its sorted times.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[[ $# -ge 2 ]] || { sed -n 2,8p "$0" >&2; exit 2; }
runs=${3:-15}
file=${4:-examples/customer-experience-toolkit.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
names=(A B)
jars=("$1" "$2")
for i in 0 1; do
  mkdir -p "$tmp/${names[$i]}"
  cp "${jars[$i]}" "$tmp/${names[$i]}/cxlint.jar"
  # The archive records the jar's path: train it on the copy.
  java -XX:ArchiveClassesAtExit="$tmp/${names[$i]}/cxlint.jsa" -XX:+UseSerialGC \
    -jar "$tmp/${names[$i]}/cxlint.jar" check examples --no-config --fail-on never \
    --format json >/dev/null 2>&1 || true
done
flags=(-XX:+UseSerialGC -Xss8m -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1
  -Xlog:disable)
for ((r = 0; r < runs; r++)); do
  for n in "${names[@]}"; do
    /usr/bin/time -o "$tmp/t" -f '%e' java "${flags[@]}" -XX:SharedArchiveFile="$tmp/$n/cxlint.jsa" \
      -jar "$tmp/$n/cxlint.jar" check "$file" --fail-on never >/dev/null 2>&1 || true
    echo "$(tail -1 "$tmp/t")" >>"$tmp/$n.times"
  done
done
for i in 0 1; do
  n=${names[$i]}
  sorted=$(sort -n "$tmp/$n.times" | tr '\n' ' ')
  median=$(sort -n "$tmp/$n.times" | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$n ${jars[$i]}: median $median s   ($sorted)"
done

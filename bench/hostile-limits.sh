#!/usr/bin/env bash
# Issue 19: the limits that stop a hostile config or input, timed by hand.
#   usage: bench/hostile-limits.sh [CORPUS_DIR]
# 1. the regex bomb ((a{1000}){1000}){1000} is a config error (exit 2), target < 2 s;
# 2. (?:\w+\W+){1000}X is refused (exit 2), or costs < 2x a run without it;
# 3. 300 MB on standard input is refused (exit 2), target < 5 s.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-$root/../shared/corpus/digitalgov/content}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
printf '# Page\n\nHello there.\n' >"$tmp/a.md"
printf "customRules:\n  - id: n\n    message: x\n    patterns: ['((a{1000}){1000}){1000}']\n" >"$tmp/bomb.yml"
printf "customRules:\n  - id: n\n    message: x\n    patterns: ['(?:\\\\w+\\\\W+){1000}X']\n" >"$tmp/count.yml"
for name in bomb count; do
  /usr/bin/time -f '%e s, peak RSS %M KB' -o "$tmp/t" bin/cxlint check "$tmp/a.md" --config "$tmp/$name.yml" >/dev/null 2>"$tmp/err"
  echo "$name: exit $? in $(tail -1 "$tmp/t"): $(head -c 200 "$tmp/err")"
done
/usr/bin/time -f '%e s, peak RSS %M KB' -o "$tmp/t" bash -c \
  'head -c 300000000 /dev/zero | tr "\0" a | bin/cxlint check - --format json >/dev/null 2>&1; exit ${PIPESTATUS[2]}'
echo "300 MB stdin: exit $? in $(tail -1 "$tmp/t")"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

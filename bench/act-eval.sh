#!/usr/bin/env bash
# Runs every cxlint rule that answers a W3C ACT rule on all of that rule's ACT test cases and
# prints agreement per ACT rule, the overall share, and every disagreement.
#   usage: bench/act-eval.sh [ACT_DIR]     (default: ../shared/oracles/act beside the clone)
# The table is also left in rules/target/act-eval.txt. Exit 1 below 95% agreement.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
act=${1:-$root/../shared/oracles/act}
if [[ ! -f $act/manifest.tsv ]]; then
  echo "act-eval: no ACT test cases at $act (manifest.tsv missing); skipping" >&2
  exit 0
fi
act=$(cd "$act" && pwd)
offline=-o
[[ ${CXLINT_ONLINE:-} == 1 ]] && offline=
mkdir -p "$root/rules/target"
rm -f "$root/rules/target/act-eval.txt"
mvn -B -q $offline test -pl rules -am -Dtest=ActEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcxlint.act="$act" >"$root/rules/target/act-eval.log" 2>&1 || status=$?
if [[ -f rules/target/act-eval.txt ]]; then
  cat rules/target/act-eval.txt
else
  cat "$root/rules/target/act-eval.log" >&2
fi
exit ${status:-0}

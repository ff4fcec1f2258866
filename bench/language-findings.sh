#!/usr/bin/env bash
# Findings by rule and by language on the USA.gov HTML sample (English and Spanish pages), to
# show that no English-only rule reports on Spanish prose and that every Spanish page has its
# Spanish readability in the JSON metrics (issue 17). Exit 1 when either fails.
#   usage: bench/language-findings.sh [CORPUS] [--sample N --seed S]
# CORPUS defaults to ../shared/corpus/usagov-html. Build first: mvn -B -q package -DskipTests
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus/usagov-html}
shift || true
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/bin/cxlint" rules > "$tmp/rules.txt"
# The corpus pages are saved copies: no config of ours applies; metrics on for readability.
"$root/bin/cxlint" check "$corpus" --no-config --format json --fail-on never > "$tmp/report.json"
python3 "$root/bench/language_findings.py" "$tmp/report.json" "$corpus" "$tmp/rules.txt" "$@"

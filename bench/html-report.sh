#!/usr/bin/env bash
# Size and load time of the HTML report for a whole site, in headless Chromium (the index page
# and, when the report is split into parts, the largest part).
#   usage: bench/html-report.sh [CONTENT_DIR] [RUNS]
# Default: ../shared/corpus/digitalgov/content. Needs a built CLI (bin/cxlint), python3,
# Debian's chromium and chromium-driver.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-$root/../shared/corpus/digitalgov/content}
runs=${2:-3}
[[ -d $corpus ]] || { echo "html-report: no content at $corpus" >&2; exit 2; }
out=$root/target/bench
mkdir -p "$out"
start=$(date +%s.%N)
bin/cxlint check "$corpus" --format text --fail-on never \
  --report html="$out/corpus.html" >/dev/null
end=$(date +%s.%N)
echo "files: $(find "$corpus" -type f \( -name '*.md' -o -name '*.html' -o -name '*.txt' \) | wc -l);" \
  "lint + report: $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"
python3 bench/html_report_load.py "$out/corpus.html" "$runs"
# A large run is split into an index and parts (corpus-pages/): measure the largest part too.
if [[ -d $out/corpus-pages ]]; then
  parts=$(find "$out/corpus-pages" -name 'part-*.html' | wc -l)
  largest=$(ls -S "$out"/corpus-pages/part-*.html | head -1)
  echo "split into $parts parts; index $(du -h "$out/corpus.html" | cut -f1), largest part:"
  python3 bench/html_report_load.py "$largest" "$runs"
fi

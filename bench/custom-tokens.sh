#!/usr/bin/env bash
# Issue 19, point 10: a custom rule with 100,000 tokens on a whole corpus, against the same run
# without it. Prints median wall time and peak RSS of each (alternating runs), the ratio, and
# whether the targets hold (<= 1.5x the time, <= 512 MB).
#   usage: bench/custom-tokens.sh [CORPUS_DIR] [RUNS] [TOKENS]
# Default corpus: ../shared/corpus/digitalgov/content. Needs a built CLI and /usr/bin/time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-$root/../shared/corpus/digitalgov/content}
runs=${2:-3}
tokens=${3:-100000}
[[ -d $corpus ]] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
[[ -f linter-cli/target/cxlint.jar ]] || { echo "bench: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The vocabulary: pseudo-words and two-word phrases that rarely occur (most of a real
# vocabulary never matches a given page), plus real jargon that does.
python3 - "$tmp/tokens.yml" "$tokens" <<'PY'
import random, sys
out, n = sys.argv[1], int(sys.argv[2])
r = random.Random(19)
real = ["leverage", "synergy", "going forward", "utilize", "utilization", "in order to",
        "stakeholder", "stakeholders", "robust", "actionable", "best-in-class", "and/or",
        "e-mail", "deliverables", "impactful", "touch base", "circle back", "paradigm",
        "facilitate", "optimize", "U.S.", "end user", "end users", "web site", "on-line"]
def word():
    return "".join(chr(97 + r.randrange(26)) for _ in range(r.randrange(4, 8)))
seen, toks = set(real), list(real)
while len(toks) < n:
    t = word() if r.random() < 0.85 else word() + " " + word()
    if t not in seen:
        seen.add(t); toks.append(t)
r.shuffle(toks)
with open(out, "w") as f:
    f.write("extends: recommended\ncustomRules:\n  - id: vocabulary\n"
            "    message: \"Avoid “%s”.\"\n    severity: info\n    tokens: [" + ", ".join(toks) + "]\n")
PY
printf 'extends: recommended\n' >"$tmp/plain.yml"
echo "corpus: $corpus ($(find "$corpus" -name '*.md' | wc -l) Markdown files); $tokens tokens"\
  "($(wc -c <"$tmp/tokens.yml") bytes of config); $runs runs each; $(nproc) cores;"\
  "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n "$1" | sed -n "$(( ($(wc -l <"$1") + 1) / 2 ))p"; }
for i in $(seq "$runs"); do
  for name in plain tokens; do
    /usr/bin/time -f '%e %M' -o "$tmp/t" bin/cxlint check "$corpus" --config "$tmp/$name.yml" \
      --format json --fail-on never >"$tmp/$name.json" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 2; }
    tail -1 "$tmp/t" >>"$tmp/$name.times"
  done
done
for name in plain tokens; do
  cut -d' ' -f1 "$tmp/$name.times" >"$tmp/w"; cut -d' ' -f2 "$tmp/$name.times" >"$tmp/r"
  printf '%-7s wall %6.2f s   peak RSS %5d MB   (runs: %s)\n' "$name" "$(median "$tmp/w")" \
    "$(( $(median "$tmp/r") / 1024 ))" "$(tr '\n' ' ' <"$tmp/w")"
  eval "${name}_w=$(median "$tmp/w"); ${name}_r=$(median "$tmp/r")"
done
found=$(python3 -c 'import json,sys; print(sum(1 for f in json.load(open(sys.argv[1]))["files"] for x in f["findings"] if x["rule"]=="vocabulary"))' "$tmp/tokens.json")
ratio=$(python3 -c "print(f'{$tokens_w / $plain_w:.2f}')")
echo "vocabulary findings: $found; time ratio tokens/plain: $ratio (target <= 1.5);"\
  "peak RSS with tokens: $((tokens_r / 1024)) MB (target <= 512); load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# One-file start-up of the release archives beside bin/cxlint: the runtime-image archive
# (cxlint-VERSION-linux-x64.tar.gz, its own Java; its first run, the warm-up below, writes its
# static CDS archive of the JDK's, cxlint's and picocli's classes), the plain archive on the
# system Java (the JDK's own CDS archive only), and bin/cxlint (system Java, the build's dynamic
# CDS archive of cxlint's classes). Runs interleaved, so that all see the same machine load; prints each
# one's median wall time of RUNS runs and its sorted times. Target for the image: <= 0.3 s.
#   usage: bench/start-up-image.sh [RUNS] [FILE] [OTHER-IMAGE.tar.gz]
# (defaults: 11, the bundled example). OTHER-IMAGE is a runtime-image archive of another build,
# run beside the rest ("other"), e.g. one built from an earlier commit:
#   git worktree add /tmp/old COMMIT && (cd /tmp/old && mvn -B -q package -DskipTests)
#   bench/start-up-image.sh 21 '' /tmp/old/distribution/target/cxlint-*-linux-x64.tar.gz
# Needs a build: mvn -B package -DskipTests (distribution/target/*.tar.gz).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-11}
file=${2:-examples/customer-experience-toolkit.md}
other=${3:-}
version=$(sed -n 's/^version=//p' linter-core/target/classes/org/cxlint/core/version.properties)
image=distribution/target/cxlint-$version-linux-x64.tar.gz
plain=distribution/target/cxlint-$version.tar.gz
for f in "$image" "$plain" linter-cli/target/cxlint.jar; do
  [[ -f $f ]] || { echo "missing $f: build first (mvn -B package -DskipTests)" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/image" "$tmp/plain"
tar -xzf "$image" -C "$tmp/image"
tar -xzf "$plain" -C "$tmp/plain"
img=$tmp/image/cxlint-$version/bin/cxlint
pln=$tmp/plain/cxlint-$version/bin/cxlint
oth=
if [[ -n $other ]]; then
  [[ -f $other ]] || { echo "no archive $other" >&2; exit 2; }
  mkdir "$tmp/other"
  tar -xzf "$other" -C "$tmp/other"
  oth=$(echo "$tmp"/other/cxlint-*/bin/cxlint)
  [[ -x $oth ]] || { echo "$other holds no cxlint-*/bin/cxlint" >&2; exit 2; }
fi
echo "image unpacked: $(du -sh "$tmp/image/cxlint-$version" | cut -f1)  load average: $(cut -d' ' -f1-3 /proc/loadavg)"

names=(bin/cxlint image plain)
[[ -n $oth ]] && names+=(other)
run() {
  case $1 in
    bin/cxlint) bin/cxlint check "$file" --fail-on never ;;
    image) env -i PATH=/usr/bin:/bin "$img" check "$file" --fail-on never ;;
    plain) "$pln" check "$file" --fail-on never ;;
    other) env -i PATH=/usr/bin:/bin "$oth" check "$file" --fail-on never ;;
  esac
}
for n in "${names[@]}"; do run "$n" >/dev/null 2>&1 || { echo "$n failed" >&2; exit 1; }; done   # warm the file cache; the image writes its archive
# Wall time, and the CPU time of the whole process tree (user + system, from GNU time when
# present): on a loaded machine the wall time mostly measures the others' work; CPU time less so.
timer=()
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f '%U %S' -o "$tmp/cpu")
for ((r = 0; r < runs; r++)); do
  for n in "${names[@]}"; do
    f=$tmp/${n//\//_}
    t0=$(date +%s%N)
    "${timer[@]}" bash -c "$(declare -f run); file='$file' img='$img' pln='$pln' oth='$oth' run '$n'" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 )) >>"$f.ms"
    if [[ -f $tmp/cpu ]]; then
      awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$tmp/cpu" >>"$f.cpu"
      rm -f "$tmp/cpu"
    fi
  done
done
median() { sort -n "$1" | sed -n "$(( (runs + 1) / 2 ))p"; }
for n in "${names[@]}"; do
  f=$tmp/${n//\//_}
  printf '%-11s wall median %5s ms (%s)\n' "$n" "$(median "$f.ms")" "$(sort -n "$f.ms" | tr '\n' ' ')"
  [[ -f $f.cpu ]] && printf '%-11s CPU  median %5s ms (%s)\n' "" "$(median "$f.cpu")" "$(sort -n "$f.cpu" | tr '\n' ' ')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

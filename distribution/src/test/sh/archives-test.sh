#!/bin/sh
# Runs every release archive on the examples and checks that each reports exactly what
# bin/cxlint (the jar of this build) reports, plus the launchers' promises: any directory,
# symbolic links, a clear message when Java is missing or too old, --version.
#
#   sh distribution/src/test/sh/archives-test.sh TARGET VERSION IMAGE_SKIPPED
#
# Run from the project root (the Maven build does so in the integration-test phase).
# The .deb is installed with dpkg and removed with apt-get: only as root and with CI=true or
# CXLINT_TEST_DEB=1 (it changes the system); otherwise that part is skipped with a message.
target=$1 version=$2 image_skipped=${3:-false}
name=cxlint-$version
passed=0 failed=0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cxlint-archives.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

ok() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | head -n 40; }

# same LABEL EXPECTED ACTUAL: the two files are identical
same() {
  if cmp -s "$2" "$3"; then ok "$1"; else diff "$2" "$3" > "$tmp/diff" 2>&1; fail "$1" "$tmp/diff"; fi
}

# same_messages LABEL EXPECTED ACTUAL: the two language-server transcripts hold the same
# messages. Their order may differ: the server publishes a document's diagnostics when its lint
# is done, which may come before or after its answers to the requests that followed the edit
# (as the protocol allows), depending on how fast the run is.
messages() {
  tr -d '\r' < "$1" | awk 'BEGIN { RS = "Content-Length: [0-9]+\n\n" } NF' | LC_ALL=C sort
}
same_messages() {
  messages "$2" > "$3.expected-sorted"
  messages "$3" > "$3.sorted"
  if [ "$(wc -l < "$3.sorted")" -lt 5 ]; then
    fail "$1: fewer than 5 messages" "$3"
  else
    same "$1" "$3.expected-sorted" "$3.sorted"
  fi
}

# run LABEL EXPECTED_STATUS OUTFILE COMMAND...: runs COMMAND, stdout to OUTFILE, stderr to OUTFILE.err
run() {
  label=$1 want=$2 out=$3
  shift 3
  "$@" > "$out" 2> "$out.err"
  got=$?
  if [ "$got" = "$want" ]; then ok "$label (exit $got)"; else fail "$label: exit $got, expected $want" "$out.err"; fi
}

# A PATH with the tools a launcher uses and no java.
nojava=$tmp/nojava-bin
mkdir -p "$nojava"
for t in sh dirname sed readlink ls head cat; do
  p=$(command -v "$t") && ln -s "$p" "$nojava/$t"
done

echo "archives-test: reference findings from bin/cxlint"
bin/cxlint check examples --format json --fail-on never > "$tmp/ref.json" 2> "$tmp/ref.err" \
  || { echo "bin/cxlint failed:"; cat "$tmp/ref.err"; exit 1; }
bin/cxlint check examples --no-color > "$tmp/ref.txt" 2>&1
bin/cxlint check examples/customer-experience-toolkit.md --no-color > "$tmp/ref-one.txt" 2>&1
grep -q '"findings"' "$tmp/ref.json" || { echo "bin/cxlint printed no findings"; exit 1; }
# the language server: the recorded editor session of the build, framed as the protocol wants
LC_ALL=C awk '!/^\/\// && NF { printf "Content-Length: %d\r\n\r\n%s", length($0), $0 }' \
  linter-cli/src/cds/lsp-training.jsonl > "$tmp/lsp.in"
bin/cxlint lsp < "$tmp/lsp.in" > "$tmp/ref-lsp.out" 2> "$tmp/ref-lsp.err"
grep -q publishDiagnostics "$tmp/ref-lsp.out" || { echo "bin/cxlint lsp published no diagnostics"; cat "$tmp/ref-lsp.err"; exit 1; }
commit=unknown
if command -v git > /dev/null 2>&1 && git rev-parse --git-dir > /dev/null 2>&1; then
  commit=$(git rev-parse --short=12 HEAD)
fi

# --- the plain archives: system Java -------------------------------------------------------
echo "archives-test: $name.tar.gz and $name.zip (the Java on the PATH)"
mkdir "$tmp/plain" "$tmp/zip" "$tmp/links"
tar -xzf "$target/$name.tar.gz" -C "$tmp/plain"
plain=$tmp/plain/$name
run "tar.gz: check examples, JSON" 0 "$tmp/plain.json" "$plain/bin/cxlint" check examples --format json --fail-on never
same "tar.gz: the same JSON report as bin/cxlint" "$tmp/ref.json" "$tmp/plain.json"
run "tar.gz: check examples, text, an error finding" 1 "$tmp/plain.txt" "$plain/bin/cxlint" check examples --no-color
same "tar.gz: the same text report as bin/cxlint" "$tmp/ref.txt" "$tmp/plain.txt"
# The system Java may lack the C1 compiler (a Zero build): no C1 flag, only the tier limit.
run "tar.gz: JIT options of a one-file check" 0 "$tmp/plain-jit.txt" env CXLINT_JAVA_OPTS=-XX:+PrintCommandLineFlags "$plain/bin/cxlint" check examples/cx-policy.txt --fail-on never --format json
grep -q -- '-XX:TieredStopAtLevel=1' "$tmp/plain-jit.txt" && ! grep -q -- 'C1MaxInlineSize' "$tmp/plain-jit.txt" \
  && ok "tar.gz: a one-file check stops at the first tier and sets no C1 flag" || fail "tar.gz: JIT options of a one-file check" "$tmp/plain-jit.txt"
for f in LICENSE NOTICE README.md lib/cxlint.jar bin/cxlint.cmd licenses/THIRD-PARTY.md \
    licenses/Apache-2.0.txt licenses/CMUDICT-LICENSE.txt licenses/W3C-LICENSES.md \
    licenses/jsoup-LICENSE.txt licenses/flexmark-LICENSE.txt licenses/opennlp-models-NOTICE.txt \
    examples/customer-experience-toolkit.md; do
  if [ -s "$plain/$f" ]; then ok "tar.gz holds $f"; else fail "tar.gz has no $f"; fi
done
if [ "$(head -n 1 "$plain/bin/cxlint.cmd" | od -c | grep -c '\\r')" = 1 ]; then
  ok "bin/cxlint.cmd has Windows line ends"
else
  fail "bin/cxlint.cmd has no CRLF line ends"
fi

(cd "$tmp/zip" && "${JAVA_HOME:-/usr}/bin/jar" xf "$target/$name.zip" 2>/dev/null || unzip -q "$target/$name.zip")
run "zip: check examples, JSON" 0 "$tmp/zip.json" sh "$tmp/zip/$name/bin/cxlint" check examples --format json --fail-on never
same "zip: the same JSON report as bin/cxlint" "$tmp/ref.json" "$tmp/zip.json"
run "tar.gz: cxlint lsp, a recorded editor session" 0 "$tmp/plain-lsp.out" "$plain/bin/cxlint" lsp < "$tmp/lsp.in"
same_messages "tar.gz: the language server answers as bin/cxlint's" "$tmp/ref-lsp.out" "$tmp/plain-lsp.out"

# symbolic links, from another directory: an absolute link and a chain of relative ones
ln -s "$plain/bin/cxlint" "$tmp/links/cxlint"
mkdir "$tmp/links/a"
ln -s ../cxlint "$tmp/links/a/cx2"
ln -s a/cx2 "$tmp/links/cx3"
cp examples/customer-experience-toolkit.md "$tmp/links/"
(cd examples && "$tmp/links/cxlint" check customer-experience-toolkit.md --no-color > "$tmp/link1.txt" 2>&1)
sed 's#examples/customer-experience-toolkit.md#customer-experience-toolkit.md#' "$tmp/ref-one.txt" > "$tmp/ref-one-here.txt"
same "through a symbolic link, from another directory" "$tmp/ref-one-here.txt" "$tmp/link1.txt"
(cd "$tmp/links" && ./cx3 check customer-experience-toolkit.md --no-color > "$tmp/link2.txt" 2>&1)
same "through a chain of relative symbolic links" "$tmp/ref-one-here.txt" "$tmp/link2.txt"
PATH="$tmp/links:$PATH" run "on the PATH by name (cxlint --version)" 0 "$tmp/v-path.txt" cxlint --version

run "no Java on the PATH, no JAVA_HOME" 2 "$tmp/nojava.txt" env -i "PATH=$nojava" "$nojava/sh" "$plain/bin/cxlint" --version
if grep -q "no Java was found" "$tmp/nojava.txt.err" && grep -q "needs Java 17 or newer" "$tmp/nojava.txt.err"; then
  ok "no Java: the message says so"
else
  fail "no Java: unclear message" "$tmp/nojava.txt.err"
fi
for old in 11.0.2 1.8.0_392; do
  fake=$tmp/java-$old
  mkdir -p "$fake/bin"
  printf 'JAVA_VERSION="%s"\n' "$old" > "$fake/release"
  printf '#!/bin/sh\necho "the launcher must not start a Java it has found too old" >&2\nexit 99\n' > "$fake/bin/java"
  chmod +x "$fake/bin/java"
  major=${old#1.}
  major=${major%%.*}
  run "JAVA_HOME is Java $major" 2 "$tmp/old-$major.txt" env -i "PATH=$nojava" "JAVA_HOME=$fake" "$nojava/sh" "$plain/bin/cxlint" check examples
  if grep -q "is Java $major\." "$tmp/old-$major.txt.err"; then ok "Java $major: the message names the version"; else fail "Java $major: unclear message" "$tmp/old-$major.txt.err"; fi
done
run "JAVA_HOME points nowhere" 2 "$tmp/nohome.txt" env -i "PATH=$nojava" "JAVA_HOME=$tmp/none" "$nojava/sh" "$plain/bin/cxlint" --version
grep -q "there is no $tmp/none/bin/java" "$tmp/nohome.txt.err" && ok "JAVA_HOME points nowhere: the message says so" || fail "JAVA_HOME points nowhere: unclear message" "$tmp/nohome.txt.err"

run "--version" 0 "$tmp/version.txt" "$plain/bin/cxlint" --version
if sed -n 1p "$tmp/version.txt" | grep -qx "cxlint $version" \
    && sed -n 2p "$tmp/version.txt" | grep -qx "commit $commit" \
    && sed -n 3p "$tmp/version.txt" | grep -q '^Java [0-9]'; then
  ok "--version: version, commit $commit, Java runtime"
else
  fail "--version prints version, commit and Java" "$tmp/version.txt"
fi

# --- the runtime image: no Java at all on the PATH ---------------------------------------------
if [ "$image_skipped" = true ] && [ "${CI:-}" = true ]; then
  fail "the runtime image and the .deb were not built, and CI must test them (a Linux x64 JDK with jmods is needed)"
elif [ "$image_skipped" = true ]; then
  echo "archives-test: the runtime image and the .deb were not built (profile linux-x64 inactive or -Dcxlint.dist.skip): not tested"
else
  echo "archives-test: $name-linux-x64.tar.gz (its own Java, env -i PATH=/usr/bin:/bin)"
  mkdir "$tmp/image"
  tar -xzf "$target/$name-linux-x64.tar.gz" -C "$tmp/image"
  img=$tmp/image/$name
  echo "  unpacked size: $(du -sk "$img" | cut -f1) KiB (runtime/ $(du -sk "$img/runtime" | cut -f1) KiB)"
  size=$(du -sb "$img" | cut -f1)
  [ "$size" -le 60000000 ] && ok "image: unpacked, $size bytes (at most 60 MB)" \
    || fail "image: unpacked, $size bytes: more than 60 MB"
  run "image: check examples, JSON (PATH=/usr/bin:/bin)" 0 "$tmp/image.json" env -i PATH=/usr/bin:/bin "$img/bin/cxlint" check examples --format json --fail-on never
  same "image: the same JSON report as bin/cxlint" "$tmp/ref.json" "$tmp/image.json"
  if [ -s "$img/lib/cxlint.jsa" ] && grep -q "$img/lib/cxlint.jar" "$img/lib/cxlint.jsa.key"; then
    ok "image: the first check run wrote the CDS archive of cxlint's classes (lib/cxlint.jsa)"
  else
    fail "image: no lib/cxlint.jsa after the first check run"
  fi
  run "image: check examples, JSON (a PATH without java)" 0 "$tmp/image2.json" env -i "PATH=$nojava" "$nojava/sh" "$img/bin/cxlint" check examples --format json --fail-on never
  same "image, no java on the PATH: the same JSON report" "$tmp/ref.json" "$tmp/image2.json"
  run "image: check examples, text" 1 "$tmp/image.txt" env -i PATH=/usr/bin:/bin "$img/bin/cxlint" check examples --no-color
  same "image: the same text report as bin/cxlint" "$tmp/ref.txt" "$tmp/image.txt"
  run "image: cxlint lsp, a recorded editor session" 0 "$tmp/image-lsp.out" env -i PATH=/usr/bin:/bin "$img/bin/cxlint" lsp < "$tmp/lsp.in"
  same_messages "image: the language server answers as bin/cxlint's" "$tmp/ref-lsp.out" "$tmp/image-lsp.out"
  run "image: --version" 0 "$tmp/image-version.txt" env -i PATH=/usr/bin:/bin "$img/bin/cxlint" --version
  grep -q "^Java .*, $img/runtime\$" "$tmp/image-version.txt" && ok "image: runs its own runtime" || fail "image: not its own runtime" "$tmp/image-version.txt"
  # A writer's few files: the quick compiler tier only, inlining less; a folder or a watch
  # session (which lives on): every tier. -XX:+PrintCommandLineFlags prints the JVM's options.
  run "image: JIT options of a one-file check" 0 "$tmp/image-jit-one.txt" env -i PATH=/usr/bin:/bin CXLINT_JAVA_OPTS=-XX:+PrintCommandLineFlags "$img/bin/cxlint" check examples/cx-policy.txt --fail-on never --format json
  grep -q -- '-XX:TieredStopAtLevel=1' "$tmp/image-jit-one.txt" && grep -q -- '-XX:C1MaxInlineSize=15' "$tmp/image-jit-one.txt" \
    && ok "image: a one-file check stops at the first compiler tier" || fail "image: a one-file check has every tier" "$tmp/image-jit-one.txt"
  run "image: JIT options of a folder check" 0 "$tmp/image-jit-dir.txt" env -i PATH=/usr/bin:/bin CXLINT_JAVA_OPTS=-XX:+PrintCommandLineFlags "$img/bin/cxlint" check examples --fail-on never --format json
  grep -q -- '-XX:TieredStopAtLevel=1' "$tmp/image-jit-dir.txt" \
    && fail "image: a folder check stops at the first compiler tier" "$tmp/image-jit-dir.txt" || ok "image: a folder check keeps every compiler tier"
  run "image: JIT options of a check with a baseline and no path (its --help)" 0 "$tmp/image-jit-base.txt" env -i PATH=/usr/bin:/bin CXLINT_JAVA_OPTS=-XX:+PrintCommandLineFlags "$img/bin/cxlint" check --baseline examples/cx-policy.txt --help
  grep -q -- '-XX:TieredStopAtLevel=1' "$tmp/image-jit-base.txt" \
    && fail "image: an option's value counts as a file to lint" "$tmp/image-jit-base.txt" || ok "image: an option's value does not count as a file to lint"
  run "image: JIT options of a watch session (its --help)" 0 "$tmp/image-jit-watch.txt" env -i PATH=/usr/bin:/bin CXLINT_JAVA_OPTS=-XX:+PrintCommandLineFlags "$img/bin/cxlint" check examples/cx-policy.txt --watch --help
  grep -q -- '-XX:TieredStopAtLevel=1' "$tmp/image-jit-watch.txt" \
    && fail "image: a watch session stops at the first compiler tier" "$tmp/image-jit-watch.txt" || ok "image: a watch session keeps every compiler tier"
  run "image: the CDS archive maps (-Xshare:on)" 0 "$tmp/image-cds.txt" env -i PATH=/usr/bin:/bin CXLINT_JAVA_OPTS="-Xshare:on -Xlog:class+load:file=$tmp/image-classes.txt" "$img/bin/cxlint" check examples/cx-policy.txt --fail-on never
  grep -q "picocli.CommandLine source: shared objects file" "$tmp/image-classes.txt" \
    && grep -q "org.cxlint.cli.Main source: shared objects file" "$tmp/image-classes.txt" \
    && ok "image: cxlint's and picocli's classes come from the archive" \
    || fail "image: cxlint's or picocli's classes are not in the archive" "$tmp/image-classes.txt"
  # moved elsewhere, it still runs, with its CDS archive
  mv "$tmp/image" "$tmp/image-moved"
  moved=$tmp/image-moved/$name
  run "image, moved: check examples, JSON" 0 "$tmp/image-moved.json" env -i PATH=/usr/bin:/bin "$moved/bin/cxlint" check examples --format json --fail-on never
  same "image, moved: the same JSON report as bin/cxlint" "$tmp/ref.json" "$tmp/image-moved.json"
  grep -q "$moved/lib/cxlint.jar" "$moved/lib/cxlint.jsa.key" && ok "image, moved: a new archive for the new folder" || fail "image, moved: the archive was not made again" "$moved/lib/cxlint.jsa.key"
  run "image, moved: the new CDS archive maps (-Xshare:on)" 0 "$tmp/image-moved.txt" env -i PATH=/usr/bin:/bin CXLINT_JAVA_OPTS=-Xshare:on "$moved/bin/cxlint" check examples/cx-policy.txt --fail-on never
  # a damaged archive (cut short, its key left as it was) is not mapped: the run makes a new one
  head -c 1000000 "$moved/lib/cxlint.jsa" > "$tmp/cut.jsa" && cat "$tmp/cut.jsa" > "$moved/lib/cxlint.jsa"
  run "image, damaged archive: check examples, JSON" 0 "$tmp/image-cut.json" env -i PATH=/usr/bin:/bin "$moved/bin/cxlint" check examples --format json --fail-on never
  same "image, damaged archive: the same JSON report as bin/cxlint" "$tmp/ref.json" "$tmp/image-cut.json"
  [ "$(wc -c < "$moved/lib/cxlint.jsa")" -gt 1000000 ] && ok "image, damaged archive: a whole one was written again" \
    || fail "image, damaged archive: not written again"
  run "image, damaged archive: the new archive maps (-Xshare:on)" 0 "$tmp/image-cut2.txt" env -i PATH=/usr/bin:/bin CXLINT_JAVA_OPTS=-Xshare:on "$moved/bin/cxlint" check examples/cx-policy.txt --fail-on never
  chmod a-w "$moved/lib"
  rm -f "$moved/lib/cxlint.jsa.key"
  if [ "$(id -u)" != 0 ]; then
    run "image, read-only lib/: runs without writing an archive" 0 "$tmp/image-ro.json" env -i PATH=/usr/bin:/bin "$moved/bin/cxlint" check examples --format json --fail-on never
    same "image, read-only lib/: the same JSON report" "$tmp/ref.json" "$tmp/image-ro.json"
  fi
  chmod u+w "$moved/lib"
  run "image, CXLINT_NO_CDS_DUMP=1: check examples" 0 "$tmp/image-nodump.json" env -i PATH=/usr/bin:/bin CXLINT_NO_CDS_DUMP=1 "$moved/bin/cxlint" check examples --format json --fail-on never
  [ ! -e "$moved/lib/cxlint.jsa.key" ] && ok "image, CXLINT_NO_CDS_DUMP=1: no archive written" || fail "image, CXLINT_NO_CDS_DUMP=1: an archive was written"

  # --- the .deb ------------------------------------------------------------------------------
  deb=$target/cxlint_${version}_amd64.deb
  if [ "$(id -u)" != 0 ] || { [ "${CI:-}" != true ] && [ "${CXLINT_TEST_DEB:-}" != 1 ]; }; then
    echo "archives-test: the .deb test installs a package: it runs as root with CI=true or CXLINT_TEST_DEB=1; skipped"
  elif [ ! -f "$deb" ]; then
    fail ".deb: $deb was not built (jpackage needs fakeroot and dpkg-deb)"
  elif [ "${CI:-}" != true ] && [ "$(dpkg-query -W -f='${Status}' cxlint 2>/dev/null)" = "install ok installed" ]; then
    fail ".deb: a cxlint package is already installed; remove it first (apt-get remove cxlint)"
  else
    # in CI, a package left by an earlier, interrupted run goes first
    [ "${CI:-}" = true ] && dpkg --purge cxlint > /dev/null 2>&1
    echo "archives-test: cxlint_${version}_amd64.deb (dpkg -i, then apt-get remove)"
    run ".deb: dpkg -i" 0 "$tmp/dpkg.txt" dpkg -i "$deb"
    [ "$(command -v cxlint)" = /usr/bin/cxlint ] && ok ".deb: cxlint is on the PATH as /usr/bin/cxlint" || fail ".deb: cxlint is not on the PATH"
    run ".deb: cxlint check examples, JSON" 0 "$tmp/deb.json" env -i PATH=/usr/bin:/bin cxlint check examples --format json --fail-on never
    same ".deb: the same JSON report as bin/cxlint" "$tmp/ref.json" "$tmp/deb.json"
    run ".deb: cxlint check examples, text" 1 "$tmp/deb.txt" cxlint check examples --no-color
    same ".deb: the same text report as bin/cxlint" "$tmp/ref.txt" "$tmp/deb.txt"
    [ -s /opt/cxlint/lib/app/cxlint.jsa ] && ok ".deb: postinst wrote the CDS archive of cxlint's classes" || fail ".deb: no /opt/cxlint/lib/app/cxlint.jsa"
    run ".deb: the CDS archive maps (-Xshare:on)" 0 "$tmp/deb-cds.txt" env JAVA_TOOL_OPTIONS=-Xshare:on cxlint check examples/cx-policy.txt --fail-on never
    # (the launcher's -Xlog:disable turns off a log asked for in JAVA_TOOL_OPTIONS: ask the
    # installed runtime directly, with the launcher's class path and archive)
    /opt/cxlint/lib/runtime/bin/java -Xshare:on -XX:+UseSerialGC -XX:SharedArchiveFile=/opt/cxlint/lib/app/cxlint.jsa \
      -Xlog:class+load:file="$tmp/deb-classes.txt" -cp /opt/cxlint/lib/app/cxlint.jar org.cxlint.cli.Main \
      check examples/cx-policy.txt --fail-on never > /dev/null 2>&1
    grep -q "picocli.CommandLine source: shared objects file" "$tmp/deb-classes.txt" \
      && grep -q "org.cxlint.cli.Main source: shared objects file" "$tmp/deb-classes.txt" \
      && ok ".deb: cxlint's and picocli's classes come from the archive" \
      || fail ".deb: cxlint's or picocli's classes are not in the archive" "$tmp/deb-classes.txt"
    run ".deb: cxlint lsp, a recorded editor session" 0 "$tmp/deb-lsp.out" cxlint lsp < "$tmp/lsp.in"
    same_messages ".deb: the language server answers as bin/cxlint's" "$tmp/ref-lsp.out" "$tmp/deb-lsp.out"
    run ".deb: cxlint --version" 0 "$tmp/deb-version.txt" cxlint --version
    grep -q "^Java .*, /opt/cxlint/lib/runtime\$" "$tmp/deb-version.txt" && ok ".deb: runs /opt/cxlint/lib/runtime" || fail ".deb: not its own runtime" "$tmp/deb-version.txt"
    run ".deb: apt-get remove" 0 "$tmp/apt.txt" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q cxlint
    status=$(dpkg-query -W -f='${Status}' cxlint 2>/dev/null)
    if [ ! -e /usr/bin/cxlint ] && [ ! -e /opt/cxlint ] && [ "$status" != "install ok installed" ]; then
      ok ".deb: removed: no /usr/bin/cxlint, no /opt/cxlint (package status: $status)"
    else
      fail ".deb: left behind after apt-get remove: $(ls -d /usr/bin/cxlint /opt/cxlint 2>/dev/null) (package status: $status)"
    fi
    dpkg --purge cxlint > /dev/null 2>&1
  fi
fi

echo "archives-test: $passed checks passed, $failed failed"
[ "$failed" = 0 ]

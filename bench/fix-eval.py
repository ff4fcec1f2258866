#!/usr/bin/env python3
"""Measures `cxlint check --fix` on a copy of a corpus (default: the digital.gov content).

Usage: python3 bench/fix-eval.py [CORPUS_DIR] [--runs N] [--skip-timing]
Run from the work tree's root after `mvn -B -q package -DskipTests`.

It copies the corpus to a temporary directory and reports:
  1. every finding --fix fixed is gone from a later `check` (fixed = had a safe fix before),
  2. new findings after the fix, by rule (a finding is (path, rule, line, message); fixes never
     add or remove lines, so lines stay comparable; columns move and are left out),
  3. parse-error findings before and after,
  4. whether a second --fix changes any byte (sha256 of every file),
  5. fixes per rule (from --fix's own summary line and from the finding sets),
  6. wall time of `check` and `check --fix`, each on a fresh copy, alternating, N runs each,
     with the load average (the machine may be shared: the ratio is what counts).
Exit status 1 when an acceptance point fails (0 new findings, all fixed gone, no new parse
error, second pass unchanged), else 0.
"""
import collections, hashlib, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CXLINT = os.path.join(ROOT, "bin", "cxlint")


def cxlint(args, cwd):
    t = time.monotonic()
    p = subprocess.run([CXLINT, "check", "--no-config", *args], cwd=cwd, capture_output=True)
    return p, time.monotonic() - t


def findings(json_bytes):
    d = json.loads(json_bytes)
    out = collections.Counter()
    safe = collections.Counter()
    for f in d["files"]:
        for x in f["findings"]:
            key = (f["path"], x["rule"], x["line"], x["message"])
            out[key] += 1
            if any(fx.get("safe") for fx in x.get("fixes", [])):
                safe[key] += 1
    return out, safe


def shape(key):
    """A finding with its measures and quoted words masked: the same finding after a fix
    changed a number it states ("grade 12.7" -> "grade 12.6") or a word it quotes."""
    path, rule, line, message = key
    m = re.sub(r"“[^”]*”", "“…”", message)
    m = re.sub(r"\d+(?:\.\d+)?", "#", m)
    return (path, rule, line, m)


def digest(root):
    h = {}
    for dp, _, fs in os.walk(root):
        for n in fs:
            p = os.path.join(dp, n)
            with open(p, "rb") as fh:
                h[os.path.relpath(p, root)] = hashlib.sha256(fh.read()).hexdigest()
    return h


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = 3
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
        args = [a for a in args if a != str(runs)]
    corpus = os.path.abspath(args[0] if args else os.path.join(ROOT, "..", "shared", "corpus",
                                                               "digitalgov", "content"))
    work = tempfile.mkdtemp(prefix="cxlint-fix-eval-")
    ok = True
    try:
        copy = os.path.join(work, "content")
        shutil.copytree(corpus, copy, symlinks=True)
        print(f"corpus {corpus} -> {copy}")
        p, _ = cxlint(["content", "--format", "json", "--fail-on", "never"], work)
        before, safe_before = findings(p.stdout)
        d0 = digest(copy)
        p, _ = cxlint(["content", "--fix", "--format", "json", "--fail-on", "never"], work)
        summary = p.stderr.decode().strip().splitlines()[-1] if p.stderr else ""
        print("fix run:", summary)
        m = re.search(r"fixed (\d+) problems?", summary)
        fixed_count = int(m.group(1)) if m else 0
        m = re.search(r"(\d+) fix(?:es)? (?:was|were) held back", summary)
        held = int(m.group(1)) if m else 0
        if p.returncode != 0:
            print("fix run exit", p.returncode); ok = False
        d1 = digest(copy)
        changed = sorted(k for k in d0 if d0[k] != d1.get(k))
        print(f"files changed by --fix: {len(changed)} of {len(d0)}")
        p, _ = cxlint(["content", "--format", "json", "--fail-on", "never"], work)
        after, safe_after = findings(p.stdout)

        gone = before - after
        new = after - before
        fixed_left = collections.Counter({k: min(v, after[k]) for k, v in safe_before.items()
                                          if after[k] > 0})
        print(f"findings before {sum(before.values())}, after {sum(after.values())}")
        print(f"findings with a safe fix before: {sum(safe_before.values())};"
              f" still there after: {sum(fixed_left.values())} (--fix fixed {fixed_count},"
              f" held back {held} that would have made a new finding)")
        fixed_not_gone = sum(fixed_left.values()) - held
        print(f"fixed findings not gone: {fixed_not_gone}")
        by_rule = collections.Counter(k[1] for k in gone.elements())
        print("gone, by rule:", dict(sorted(by_rule.items())))
        # A new key that matches a gone key in shape is the same finding restated (its
        # numbers or quoted words changed with the fix); the rest are new findings.
        gone_shapes = collections.Counter(shape(k) for k in gone.elements())
        restated = collections.Counter()
        really_new = collections.Counter()
        for k in new.elements():
            if gone_shapes[shape(k)] > 0:
                gone_shapes[shape(k)] -= 1
                restated[k] += 1
            else:
                really_new[k] += 1
        print(f"keys after --fix not there before: {sum(new.values())}",
              dict(sorted(collections.Counter(k[1] for k in new.elements()).items())))
        print(f"  of which the same finding restated (numbers / quoted words changed):"
              f" {sum(restated.values())}",
              dict(sorted(collections.Counter(k[1] for k in restated.elements()).items())))
        print(f"NEW findings after --fix: {sum(really_new.values())}",
              dict(sorted(collections.Counter(k[1] for k in really_new.elements()).items())))
        for k in list(really_new)[:40]:
            print("  +", k)
        for k in [k for k in restated if k[1] not in ("readability-grade", "hard-sentence",
                                                      "sentence-length")][:12]:
            print("  restated:", k)
        new = really_new
        for k in list(fixed_left)[:10]:
            print("  still:", k)
        # findings that went without having a safe fix: a fix may resolve more than its own
        gone_unfixed = gone - safe_before
        restated_shapes = collections.Counter(shape(k) for k in restated.elements())
        vanished = collections.Counter()
        for k in gone_unfixed.elements():
            if restated_shapes[shape(k)] > 0:
                restated_shapes[shape(k)] -= 1
            else:
                vanished[k] += 1
        print(f"gone without a safe fix of their own (not restated): {sum(vanished.values())}",
              dict(sorted(collections.Counter(k[1] for k in vanished.elements()).items())))
        for k in list(vanished)[:20]:
            print("  -", k)
        pe_before = sum(v for k, v in before.items() if k[1] == "parse-error")
        pe_after = sum(v for k, v in after.items() if k[1] == "parse-error")
        pe_new = sum(v for k, v in new.items() if k[1] == "parse-error")
        print(f"parse-error findings: before {pe_before}, after {pe_after}, new {pe_new}")
        p, _ = cxlint(["content", "--fix", "--format", "json", "--fail-on", "never"], work)
        d2 = digest(copy)
        second = sorted(k for k in d1 if d1[k] != d2.get(k))
        print(f"second --fix: {len(second)} files changed;",
              p.stderr.decode().strip().splitlines()[-1] if p.stderr else "")
        if (sum(new.values()) or fixed_not_gone != 0 or pe_new or second
                or fixed_count + held != sum(safe_before.values())):
            ok = False

        if "--skip-timing" not in sys.argv:
            times = {"check": [], "fix": []}
            for i in range(runs):
                for mode in ("check", "fix"):
                    fresh = os.path.join(work, f"t-{mode}-{i}")
                    shutil.copytree(corpus, fresh, symlinks=True)
                    extra = ["--fix"] if mode == "fix" else []
                    load = os.getloadavg()[0]
                    _, t = cxlint([os.path.basename(fresh), "--format", "json", "--fail-on",
                                   "never", *extra], work)
                    times[mode].append(t)
                    print(f"  run {i + 1} {mode:5} {t:6.2f} s (load average {load:.1f})")
                    shutil.rmtree(fresh)
            c, f = statistics.median(times["check"]), statistics.median(times["fix"])
            print(f"median check {c:.2f} s, fix {f:.2f} s, ratio {f / c:.2f}"
                  f" (load average now {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("acceptance:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

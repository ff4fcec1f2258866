#!/usr/bin/env python3
"""Draws a random sample of findings from a cxlint JSON report and prints each with its source
context, for a person to judge (precision = correct / judged).

usage: bench/sample-findings.py REPORT.json [--seed N] [--count 60] [--context 3]
                                [--rule RULE ...]

The sample is reproducible: the same report and seed give the same findings in the same order
(findings are taken in report order, then sampled with Python's random.Random(seed)). Paths in
the report are read relative to the working directory, so run it where the report was made.
"""
import argparse
import json
import random
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--context", type=int, default=3, help="lines before and after")
    ap.add_argument("--rule", action="append", help="only these rules (repeatable)")
    args = ap.parse_args()

    report = json.load(open(args.report, encoding="utf-8"))
    findings = []
    for f in report["files"]:
        for x in f["findings"]:
            if not args.rule or x["rule"] in args.rule:
                findings.append((f["path"], x))
    if not findings:
        print("no findings in the report", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    sample = rng.sample(findings, min(args.count, len(findings)))
    print(f"# {len(sample)} of {len(findings)} findings from {args.report}, seed {args.seed}")
    print("# Judge each: correct (a writer should act on it), wrong (false alarm),")
    print("# or debatable. Precision = correct / (correct + wrong + debatable).")
    cache = {}
    for n, (path, x) in enumerate(sample, 1):
        if path not in cache:
            try:
                cache[path] = open(path, encoding="utf-8", errors="replace").read().split("\n")
            except OSError as e:
                cache[path] = [f"(cannot read {path}: {e.strerror})"]
        lines = cache[path]
        print()
        print(f"[{n}] {path}:{x['line']}:{x['column']}  {x['severity']}  {x['rule']}")
        print(f"    {x['message']}")
        if x.get("suggestion"):
            print(f"    → {x['suggestion']}")
        first = max(1, x["line"] - args.context)
        last = min(len(lines), x.get("endLine", x["line"]) + args.context)
        for i in range(first, last + 1):
            text = lines[i - 1]
            if len(text) > 240:
                # Long lines (HTML, tables): show the part around the finding's column.
                col = x["column"] if i == x["line"] else 1
                start = max(0, col - 120)
                text = ("…" if start else "") + text[start:start + 240] + "…"
            mark = ">" if x["line"] <= i <= x.get("endLine", x["line"]) else " "
            print(f"  {mark}{i:5} | {text}")
            if i == x["line"] and len(lines[i - 1]) <= 240:
                width = (x["endColumn"] - x["column"]) if x.get("endLine") == i else 1
                print("         | " + " " * (x["column"] - 1) + "^" * max(1, width))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Compares two cxlint JSON reports finding by finding, on (path, rule, line, column, message,
suggestion), and prints what is gone and what is new, by rule, with examples.

usage: bench/compare-findings.py BEFORE.json AFTER.json [--examples N]

A finding at the same position whose message or suggestion changed counts once as gone and
once as new; the count of those is printed per rule.
"""
import argparse
import collections
import json


def load(path):
    report = json.load(open(path, encoding="utf-8"))
    out = collections.Counter()
    for f in report["files"]:
        for x in f["findings"]:
            out[(f["path"], x["rule"], x["line"], x["column"], x["message"],
                 x.get("suggestion"))] += 1
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--examples", type=int, default=2)
    args = ap.parse_args()
    a, b = load(args.before), load(args.after)
    gone, new = a - b, b - a
    print(f"before {sum(a.values())} findings, after {sum(b.values())}: "
          f"{sum(gone.values())} gone, {sum(new.values())} new")
    moved = {k[:4] for k in gone} & {k[:4] for k in new}
    for rule in sorted({k[1] for k in list(gone) + list(new)}):
        g = sorted(k for k in gone if k[1] == rule)
        n = sorted(k for k in new if k[1] == rule)
        same = sum(1 for p in moved if p[1] == rule)
        print(f"\n{rule}: gone {sum(gone[k] for k in g)}, new {sum(new[k] for k in n)}"
              f" ({same} at the same position with another message or suggestion)")
        for tag, keys in (("gone", g), ("new ", n)):
            for k in keys[:args.examples]:
                print(f"  {tag} {k[0]}:{k[2]}:{k[3]} {k[4][:110]}"
                      + (f" → {k[5]}" if k[5] else ""))


if __name__ == "__main__":
    main()

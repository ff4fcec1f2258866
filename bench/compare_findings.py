#!/usr/bin/env python3
"""Compares two cxlint JSON reports finding by finding on (path, rule, line, column, message,
suggestion) and prints what was added and removed.  usage: compare_findings.py BEFORE AFTER"""
import collections
import json
import sys


def keys(report):
    out = collections.Counter()
    for f in json.load(open(report, encoding="utf-8"))["files"]:
        for x in f.get("findings", []):
            out[(f["path"], x["rule"], x["line"], x["column"], x["message"],
                 x.get("suggestion"))] += 1
    return out


before, after = keys(sys.argv[1]), keys(sys.argv[2])
removed = before - after
added = after - before
print(f"before {sum(before.values())}  after {sum(after.values())}  "
      f"removed {sum(removed.values())}  added {sum(added.values())}")
for k in sorted(removed):
    print("-", *k[:4], k[4][:120])
for k in sorted(added):
    print("+", *k[:4], k[4][:120])
sys.exit(1 if removed or added else 0)

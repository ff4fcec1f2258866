#!/usr/bin/env python3
"""Issue 20's acceptance counts on a JSON report of a Jekyll or Eleventy site.

usage: bench/site-checks.py REPORT.json

Prints the number of required-links and heading-h1 findings on files under _includes or
_layouts, and the number of findings whose position lies inside a {% highlight %}, {% raw %}
or {% comment %} block (read from the files the report names, relative to the working
directory), with the first few of each.
"""
import json
import re
import sys

BLOCK = re.compile(r"\{%-?\s*(highlight|raw|comment)\b.*?%\}.*?\{%-?\s*end\1\s*-?%\}", re.S)


def offsets(text):
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    return starts


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    partial, inside = [], []
    for f in report["files"]:
        path = f["path"]
        parts = path.replace("\\", "/").split("/")
        in_partials = "_includes" in parts or "_layouts" in parts
        blocks = []
        try:
            text = open(path, encoding="utf-8", errors="replace").read()
            blocks = [(m.start(), m.end()) for m in BLOCK.finditer(text)]
            lines = offsets(text)
        except OSError:
            lines = [0]
        for x in f["findings"]:
            if in_partials and x["rule"] in ("required-links", "heading-h1"):
                partial.append((path, x))
            if blocks and x["line"] - 1 < len(lines):
                at = lines[x["line"] - 1] + x["column"] - 1
                if any(a <= at < b for a, b in blocks):
                    inside.append((path, x))
    print(f"required-links or heading-h1 on a file under _includes/_layouts: {len(partial)}")
    for path, x in partial[:5]:
        print(f"  {path}:{x['line']}:{x['column']} {x['rule']}")
    print(f"findings inside a highlight, raw or comment block: {len(inside)}")
    for path, x in inside[:5]:
        print(f"  {path}:{x['line']}:{x['column']} {x['rule']} {x['message'][:80]}")


if __name__ == "__main__":
    main()

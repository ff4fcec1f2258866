#!/usr/bin/env python3
"""Makes a findings-heavy copy of a cxlint HTML report, to load-test the page itself: adds a
finding at every "the" (info), "and" (warning) and "government" (error) in every file's source.
The data block is not covered by the page's Content-Security-Policy hashes, so the copy
stays valid.

usage: bench/html_report_stress.py IN.html OUT.html
"""
import json
import re
import sys

OPEN = '<script type="application/json" id="cxlint-data">'


def main():
    src, dst = sys.argv[1], sys.argv[2]
    html = open(src, encoding="utf-8").read()
    start = html.index(OPEN) + len(OPEN)
    end = html.index("</script>", start)
    data = json.loads(html[start:end])
    words = {"the": 0, "and": 1, "government": 2}
    base = len(data["rules"])
    for word in words:
        data["rules"].append({"id": "stress-" + word, "n": 0, "s": "Load test.",
                              "url": "https://example.com/"})
    table = data.setdefault("t", [])
    message = len(table)
    table.extend(["Stress finding <script>alert(1)</script>", "A suggestion."])
    total = 0
    for f in data["files"]:
        text = f.get("x") or ""
        starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
        line = 0
        found = []
        for m in re.finditer(r"\b(the|and|government)\b", text):
            while line + 1 < len(starts) and starts[line + 1] <= m.start():
                line += 1
            col = m.start() - starts[line] + 1
            i = list(words).index(m.group(1))
            data["rules"][base + i]["n"] += 1
            found.append([base + i, words[m.group(1)], line + 1, col, line + 1,
                          col + len(m.group(1)), m.start(), m.end(),
                          message, message + 1])
        f["f"] = sorted(f["f"] + found, key=lambda x: (x[2], x[3]))
        total += len(found)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = (payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    open(dst, "w", encoding="utf-8").write(html[:start] + payload + html[end:])
    print(f"added {total} findings to {len(data['files'])} files")


if __name__ == "__main__":
    main()

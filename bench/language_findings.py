#!/usr/bin/env python3
"""Counts a cxlint JSON report's findings by rule and by the language of the text they point at.

usage: language_findings.py REPORT.json CORPUS_DIR RULES.txt [--sample N --seed S]

The language of a finding is the innermost element with a lang attribute around its start
(the page's <html lang> when nothing closer says), read from the HTML file itself with Python's
own parser, independently of cxlint. RULES.txt is `cxlint rules` output: rules whose LANGUAGES
column does not list "es" are English-only, and any finding of theirs on Spanish text is a
failure (exit 1). Every Spanish page must carry Spanish readability in its JSON metrics.
"""
import collections
import json
import os
import random
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}


class LangSpans(HTMLParser):
    """Records (start, end, lang) of every element with a lang attribute, as (line, col)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.spans = []
        self.page = None

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        lang = dict(attrs).get("lang")
        self.stack.append((tag, lang, self.getpos()))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, lang, start in self.stack[i:]:
                    if lang:
                        self.spans.append((start, self.getpos(), lang.split("-")[0].lower()))
                    if t == "html":
                        self.page = (lang or "?").split("-")[0].lower()
                del self.stack[i:]
                return

    def close(self):
        super().close()
        end = (10 ** 9, 0)
        for t, lang, start in self.stack:
            if lang:
                self.spans.append((start, end, lang.split("-")[0].lower()))
            if t == "html":
                self.page = (lang or "?").split("-")[0].lower()


def language_at(spans, line, col):
    pos = (line, col - 1)  # HTMLParser columns are 0-based
    best = None
    for start, end, lang in spans:
        if start <= pos < end and (best is None or start >= best[0]):
            best = (start, lang)
    return best[1] if best else "?"


def main():
    args = sys.argv[1:]
    sample, seed = 0, 17
    if "--sample" in args:
        i = args.index("--sample")
        sample = int(args[i + 1])
        del args[i:i + 2]
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    report, corpus, rules_txt = args
    data = json.load(open(report, encoding="utf-8"))
    english_only = set()
    col = header_col(rules_txt)
    in_table = False
    for line in open(rules_txt, encoding="utf-8"):
        if line.startswith("RULE"):
            in_table = True
            continue
        if not line.strip():
            in_table = False
        if in_table:
            langs = line[col:].split("  ")[0].strip()
            if langs != "any" and "es" not in langs.replace(",", " ").split():
                english_only.add(line.split()[0])
    by_rule = collections.Counter()
    by_lang = collections.Counter()
    spanish_findings = []
    failures = []
    pages = collections.Counter()
    no_metrics = []
    for f in data["files"]:
        path = f["path"]
        full = path if os.path.isabs(path) else os.path.join(os.getcwd(), path)
        if not os.path.exists(full):
            full = os.path.join(corpus, os.path.relpath(path, corpus))
        p = LangSpans()
        text = open(full, encoding="utf-8", errors="replace").read()
        p.feed(text)
        p.close()
        page_lang = p.page or "?"
        lines = text.split("\n")
        for x in f.get("findings", []):
            lang = language_at(p.spans, x["line"], x["column"])
            if lang == "?":
                lang = page_lang
            by_rule[(x["rule"], lang)] += 1
            by_lang[lang] += 1
            if lang == "es":
                spanish_findings.append((path, x, lines[x["line"] - 1]))
                if x["rule"] in english_only:
                    failures.append((path, x))
        if page_lang == "es":
            pages["es"] += 1
            m = f.get("metrics") or {}
            if not m.get("spanish") or m["spanish"].get("fernandezHuerta") is None:
                no_metrics.append(path)
        else:
            pages["other"] += 1
    print(f"pages: {dict(pages)}   findings by language: {dict(by_lang)}")
    print(f"English-only rules (from `cxlint rules`): {', '.join(sorted(english_only))}")
    print()
    print(f"{'rule':<22} {'en':>6} {'es':>6} {'other':>6}")
    for rule in sorted({r for r, _ in by_rule}):
        en = by_rule[(rule, "en")]
        es = by_rule[(rule, "es")]
        other = sum(n for (r, l), n in by_rule.items() if r == rule and l not in ("en", "es"))
        print(f"{rule:<22} {en:>6} {es:>6} {other:>6}")
    print()
    print(f"English-only rules reporting on Spanish text: {len(failures)}")
    for path, x in failures[:20]:
        print(f"  {path}:{x['line']}:{x['column']} {x['rule']}: {x['message']}")
    print(f"Spanish pages without Spanish readability in their metrics: {len(no_metrics)}")
    for p_ in no_metrics:
        print(f"  {p_}")
    if sample:
        rnd = random.Random(seed)
        picked = rnd.sample(spanish_findings, min(sample, len(spanish_findings)))
        print()
        print(f"Random sample of {len(picked)} Spanish findings (seed {seed}):")
        for k, (path, x, src) in enumerate(picked, 1):
            col = x["column"] - 1
            snippet = src[max(0, col - 60):col + 120].strip()
            print(f"{k:2}. {path}:{x['line']}:{x['column']} [{x['rule']}] {x['message']}")
            print(f"    … {snippet} …")
    return 1 if failures or no_metrics else 0


def header_col(rules_txt):
    for line in open(rules_txt, encoding="utf-8"):
        if line.startswith("RULE"):
            return line.index("LANGUAGES")
    raise SystemExit("no LANGUAGES column in " + rules_txt)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Opens a cxlint HTML report in headless Chromium (through chromedriver's W3C WebDriver HTTP
API, no extra packages) and prints how long it takes to become usable, how big the DOM is, and
how long filtering and opening the biggest file take.

usage: bench/html_report_load.py REPORT.html [RUNS]

A split report (an index page plus REPORT-pages/part-N.html) is measured page by page: give the
index or a part.
"""
import json
import shutil
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as r:
        return json.loads(r.read())["value"]


def main():
    report = Path(sys.argv[1]).resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    port = free_port()
    driver = subprocess.Popen([os.environ.get("CXLINT_CHROMEDRIVER", "/usr/bin/chromedriver"),
                               f"--port={port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    profile = None
    try:
        for _ in range(100):
            try:
                call(base, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        profile = tempfile.mkdtemp(prefix="cxlint-bench-chromium-")
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": os.environ.get("CXLINT_CHROMIUM", "/usr/bin/chromium"),
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", f"--user-data-dir={profile}"]}}}}
        session = call(base, "POST", "/session", caps)["sessionId"]
        s = f"/session/{session}"
        print(f"report: {report} ({report.stat().st_size / 1e6:.1f} MB)")
        for run in range(runs):
            call(base, "POST", s + "/url", {"url": report.as_uri()})
            m = call(base, "POST", s + "/execute/sync", {"args": [], "script": """
                var nav = performance.getEntriesByType('navigation')[0];
                var ready = performance.getEntriesByName('cxlint-ready')[0];
                return {ready: ready ? ready.startTime : null,
                        domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                        nodes: document.getElementsByTagName('*').length,
                        files: document.querySelectorAll('#file-rows tr').length,
                        status: document.getElementById('list-status').textContent};"""})
            f = call(base, "POST", s + "/execute/sync", {"args": [], "script": """
                function time(fn) { var t = performance.now(); fn(); return performance.now() - t; }
                var sel = document.getElementById('filter-rule');
                var info = document.getElementById('filter-info');
                var out = {};
                var most = 0, mostN = -1;
                for (var k = 1; k < sel.options.length; k++) {
                  var n = +(/\(([\d,]+)\)$/.exec(sel.options[k].text) || [0, '0'])[1].replace(/,/g, '');
                  if (n > mostN) { most = k; mostN = n; }
                }
                out.ruleFilter = time(function () {
                  sel.selectedIndex = most;
                  sel.dispatchEvent(new Event('change')); });
                out.ruleFilterStatus = document.getElementById('list-status').textContent;
                out.allRules = time(function () {
                  sel.selectedIndex = 0; sel.dispatchEvent(new Event('change')); });
                out.severityFilter = time(function () { info.click(); });
                out.severityFilterBack = time(function () { info.click(); });
                out.sortByGrade = time(function () {
                  var s = document.getElementById('sort'); s.value = 'grade';
                  s.dispatchEvent(new Event('change')); });
                return out;"""})
            o = call(base, "POST", s + "/execute/async", {"args": [], "script": """
                var done = arguments[arguments.length - 1];
                var data = JSON.parse(document.getElementById('cxlint-data').textContent);
                if (data.parts) { done(null); return; }  // a split report's index: no sources
                var off = data.o || 0;
                var big = 0;  // the file with the most findings, else the longest
                data.files.forEach(function (f, i) {
                  var b = data.files[big];
                  if (f.f.length > b.f.length || (f.f.length === b.f.length
                      && (f.x || '').length > (b.x || '').length)) { big = i; } });
                var t = performance.now();
                location.hash = '#f-' + (big + off);
                (function poll() {
                  var h = document.getElementById('detail-heading');
                  if (h && h.textContent === data.files[big].p) {
                    requestAnimationFrame(function () {
                      done({openBiggestFile: performance.now() - t, path: data.files[big].p,
                            chars: (data.files[big].x || '').length,
                            findings: data.files[big].f.length,
                            nodes: document.getElementsByTagName('*').length});
                    });
                  } else { setTimeout(poll, 5); }
                })();"""})
            print(f"run {run + 1}: usable after {m['ready']:.0f} ms (DOMContentLoaded "
                  f"{m['domContentLoaded']:.0f} ms, load {m['load']:.0f} ms); "
                  f"{m['nodes']} elements, {m['files']} file rows; {m['status']}")
            print(f"  rule filter {f['ruleFilter']:.1f} ms ({f['ruleFilterStatus']}), all rules "
                  f"{f['allRules']:.1f} ms, severity filter {f['severityFilter']:.1f} ms / "
                  f"{f['severityFilterBack']:.1f} ms, sort by grade {f['sortByGrade']:.1f} ms")
            if o:
                print(f"  open the file with most findings {o['path']} ({o['chars']} chars, "
                      f"{o['findings']} findings): {o['openBiggestFile']:.0f} ms, "
                      f"{o['nodes']} elements")
        call(base, "DELETE", s)
    finally:
        driver.terminate()
        driver.wait()
        if profile:
            shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()

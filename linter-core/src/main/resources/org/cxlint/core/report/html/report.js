/* cxlint HTML report: renders the file list and one file at a time from the embedded data,
   so the page stays small for thousands of files. Linted content only ever reaches the page
   through textContent and createTextNode, never as markup.
   A large report is split: its index page has data.parts (links to the parts) and, per file,
   only counts (c: rule, severity, count, ...) and its part (q); each part has the full data of
   its files, data.o being the number of its first file in the whole report (ids and links use
   that number), data.n the number of files in the report and data.index the link back. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('cxlint-data').textContent);
  // Findings name their message and suggestion by index into the string table data.t.
  data.files.forEach(function (file) {
    (file.f || []).forEach(function (f) {
      f[8] = data.t[f[8]];
      f[9] = f[9] < 0 ? null : data.t[f[9]];
    });
  });
  // A split report's index has no sources: a link to one of its files goes on to its part.
  var linked = /^#f-(\d+)(?:-L\d+)?$/.exec(location.hash);
  if (data.parts && linked && +linked[1] < data.files.length) {
    location.replace(data.parts[data.files[+linked[1]].q] + location.hash);
    return;
  }
  var SEV = ['info', 'warning', 'error'];
  var SEV_LABEL = ['Info', 'Warning', 'Error'];
  var PAGE = 200;
  var LINE_CHUNK = 1000;
  var state = { sev: [true, true, true], rule: -1, query: '', sort: 'severity', shown: PAGE };
  var visible = [];
  var byId = function (id) { return document.getElementById(id); };
  var OFFSET = data.o || 0;
  /** Where file i of this page is shown: here, or (on a split report's index) in its part. */
  function fileHref(i) {
    return (data.parts ? data.parts[data.files[i].q] : '') + '#f-' + (i + OFFSET);
  }
  var fmt = new Intl.NumberFormat('en-US');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function num(v) { return v === null || v === undefined ? '\u2013' : v.toFixed(1); }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }
  function ruleLink(ri) {
    var r = data.rules[ri];
    var url = safeUrl(r.url);
    var code = el('code', null, r.id);
    if (!url) { var span = el('span', 'rule'); span.appendChild(code); return span; }
    var a = el('a', 'rule');
    a.appendChild(code);
    a.href = url;
    a.setAttribute('aria-label', 'Guidance for rule ' + r.id);
    return a;
  }
  function narrowed() { return state.rule >= 0 || !(state.sev[0] && state.sev[1] && state.sev[2]); }
  function findingShown(f) { return state.sev[f[1]] && (state.rule < 0 || f[0] === state.rule); }
  /** Counts per severity of the findings that pass the rule filter. */
  function counts(file) {
    var c = [0, 0, 0];
    if (!file.f) {
      for (var j = 0; j < file.c.length; j += 3) {
        if (state.rule < 0 || file.c[j] === state.rule) { c[file.c[j + 1]] += file.c[j + 2]; }
      }
      return c;
    }
    for (var i = 0; i < file.f.length; i++) {
      var f = file.f[i];
      if (!f[11] && (state.rule < 0 || f[0] === state.rule)) { c[f[1]]++; }
    }
    return c;
  }

  // ---- file list -------------------------------------------------------------------------
  function applyFilters() {
    var q = state.query.toLowerCase();
    var narrow = narrowed();
    visible = [];
    for (var i = 0; i < data.files.length; i++) {
      var file = data.files[i];
      if (q && file.p.toLowerCase().indexOf(q) < 0) { continue; }
      var c = counts(file);
      var shown = (state.sev[0] ? c[0] : 0) + (state.sev[1] ? c[1] : 0) + (state.sev[2] ? c[2] : 0);
      if (narrow && shown === 0) { continue; }
      visible.push({ i: i, c: c });
    }
    var cmp;
    if (state.sort === 'grade') {
      cmp = function (a, b) {
        var ga = data.files[a.i].g, gb = data.files[b.i].g;
        if (ga === gb) { return a.i - b.i; }
        if (ga === null) { return 1; }
        if (gb === null) { return -1; }
        return gb - ga;
      };
    } else if (state.sort === 'path') {
      cmp = function (a, b) { return a.i - b.i; };
    } else {
      cmp = function (a, b) {
        var ea = data.files[a.i].e ? 1 : 0, eb = data.files[b.i].e ? 1 : 0;
        return (eb - ea) || (b.c[2] - a.c[2]) || (b.c[1] - a.c[1]) || (b.c[0] - a.c[0]) || (a.i - b.i);
      };
    }
    visible.sort(cmp);
    renderList();
    if (current >= 0) { renderDetail(current, null); }
  }

  /** The file table is built here, not in the page, so the static page has no empty table. */
  function fileTable() {
    var table = el('table', 'file-list');
    table.appendChild(el('caption', 'sr-only', 'Files and their findings; choose a file to see its source'));
    var hr = el('tr');
    [['File', ''], ['Errors', 'n'], ['Warnings', 'n'], ['Info', 'n'], ['Grade', 'n'], ['Flesch', 'n']]
      .forEach(function (c) { var th = el('th', c[1] || null, c[0]); th.scope = 'col'; hr.appendChild(th); });
    var thead = el('thead');
    thead.appendChild(hr);
    table.appendChild(thead);
    var body = el('tbody');
    body.id = 'file-rows';
    table.appendChild(body);
    byId('file-table').replaceChildren(table);
  }

  function renderList() {
    var body = byId('file-rows');
    var rows = document.createDocumentFragment();
    var n = Math.min(state.shown, visible.length);
    for (var k = 0; k < n; k++) {
      var v = visible[k], file = data.files[v.i];
      var tr = el('tr');
      var th = el('th');
      th.scope = 'row';
      var a = el('a', null, file.p);
      a.href = fileHref(v.i);
      th.appendChild(a);
      if (file.e) { th.appendChild(el('span', 'badge sev-error', 'not linted')); }
      tr.appendChild(th);
      tr.appendChild(el('td', 'n', v.c[2]));
      tr.appendChild(el('td', 'n', v.c[1]));
      tr.appendChild(el('td', 'n', v.c[0]));
      tr.appendChild(el('td', 'n', num(file.g)));
      tr.appendChild(el('td', 'n', num(file.fl)));
      rows.appendChild(tr);
    }
    body.replaceChildren(rows);
    var more = byId('show-more');
    var left = visible.length - n;
    more.hidden = left <= 0;
    more.textContent = 'Show ' + fmt.format(Math.min(PAGE, left)) + ' more files (' + fmt.format(left) + ' not shown)';
    byId('list-status').textContent = 'Showing ' + fmt.format(n) + ' of ' + fmt.format(visible.length)
        + ' matching files (' + (data.n ? fmt.format(data.files.length) + ' in this part, '
        + fmt.format(data.n) + ' in the report' : fmt.format(data.files.length) + ' in all') + ').';
  }

  // ---- one file --------------------------------------------------------------------------
  var current = -1;

  function lineStarts(text) {
    var starts = [0];
    for (var i = 0; i < text.length; i++) {
      var ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) { starts.push(i + 1); }
    }
    return starts;
  }

  function lineEnd(text, starts, l) {
    var end = l + 1 < starts.length ? starts[l + 1] : text.length;
    while (end > starts[l] && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) { end--; }
    return end;
  }

  function findingCard(f, idx) {
    var li = el('li', 'finding sev-' + SEV[f[1]] + (f[11] ? ' baselined' : ''));
    li.id = 'f-' + (idx.file + OFFSET) + '-n' + idx.n;
    var head = el('p', 'finding-head');
    head.appendChild(el('span', 'badge sev-' + SEV[f[1]], SEV_LABEL[f[1]]));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(ruleLink(f[0]));
    head.appendChild(el('span', 'where', ' line ' + f[2] + ', column ' + f[3]
        + (f[4] !== f[2] || f[5] !== f[3] ? ' to line ' + f[4] + ', column ' + f[5] : '')));
    if (f[11]) { head.appendChild(el('span', 'baselined-note', ' (in the baseline)')); }
    li.appendChild(head);
    li.appendChild(el('p', 'message', f[8]));
    if (f[9]) { li.appendChild(el('p', 'suggestion', 'Suggestion: ' + f[9])); }
    (f[10] || []).forEach(function (fx) { li.appendChild(fixCard(fx)); });
    return li;
  }

  /** A fix [title, safe, before, after] as a small before/after under its finding. */
  function fixCard(fx) {
    var box = el('div', 'fix' + (fx[1] ? ' fix-safe' : ''));
    box.appendChild(el('p', 'fix-title', (fx[1] ? 'Fixed by cxlint check --fix: '
        : 'Suggested fix: ') + fx[0]));
    var before = el('pre', 'fix-before');
    before.appendChild(el('span', 'fix-sign', '− '));
    before.appendChild(el('del', null, fx[2]));
    var after = el('pre', 'fix-after');
    after.appendChild(el('span', 'fix-sign', '+ '));
    after.appendChild(el('ins', null, fx[3]));
    box.appendChild(before);
    box.appendChild(after);
    return box;
  }

  /** The line's text with every shown finding's span wrapped in a mark. */
  function lineContent(text, from, to, spans) {
    var code = el('code');
    var cuts = [from, to];
    var k;
    for (k = 0; k < spans.length; k++) {
      var s = spans[k];
      if (s.s > from && s.s < to) { cuts.push(s.s); }
      if (s.e > from && s.e < to) { cuts.push(s.e); }
    }
    cuts.sort(function (a, b) { return a - b; });
    for (k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1];
      if (a === b) { continue; }
      var sev = -1;
      for (var j = 0; j < spans.length; j++) {
        if (spans[j].s <= a && spans[j].e >= b && spans[j].sev > sev) { sev = spans[j].sev; }
      }
      var piece = text.substring(a, b);
      if (sev < 0) {
        code.appendChild(document.createTextNode(piece));
      } else {
        code.appendChild(el('mark', 'sev-' + SEV[sev], piece));
      }
    }
    if (to === from) { code.appendChild(document.createTextNode('\u200b')); }
    return code;
  }

  function renderDetail(index, line) {
    var file = data.files[index];
    var box = byId('detail');
    current = index;
    box.hidden = false;
    var parts = document.createDocumentFragment();
    var h = el('h2', null, file.p);
    h.id = 'detail-heading';
    h.tabIndex = -1;
    parts.appendChild(h);
    var back = el('a', 'back', 'Back to the file list');
    back.href = '#files-heading';
    parts.appendChild(back);
    if (file.e) { parts.appendChild(el('p', 'file-error', 'This file was not linted: ' + file.e)); }
    if (file.g !== null || file.fl !== null) {
      parts.appendChild(el('p', 'readability', 'Reading grade ' + num(file.g) + ' (Flesch\u2013Kincaid), Flesch reading ease '
          + num(file.fl) + ', ' + fmt.format(file.w || 0) + ' words.'));
    }
    if (file.s.length) {
      var t = el('table', 'sections');
      t.appendChild(el('caption', null, 'Readability per section'));
      var hr = el('tr');
      ['Section', 'Starts at line', 'Grade', 'Flesch', 'Words'].forEach(function (c) {
        var th = el('th', null, c); th.scope = 'col'; hr.appendChild(th);
      });
      var thead = el('thead'); thead.appendChild(hr); t.appendChild(thead);
      var tb = el('tbody');
      file.s.forEach(function (s) {
        var tr = el('tr');
        var th = el('th', null, s[0] === null ? '(before the first heading)' : s[0]); th.scope = 'row';
        tr.appendChild(th);
        tr.appendChild(el('td', 'n', s[1]));
        tr.appendChild(el('td', 'n', num(s[2])));
        tr.appendChild(el('td', 'n', num(s[3])));
        tr.appendChild(el('td', 'n', fmt.format(s[4])));
        tb.appendChild(tr);
      });
      t.appendChild(tb);
      parts.appendChild(t);
    }
    var shown = [];
    for (var i = 0; i < file.f.length; i++) { if (findingShown(file.f[i])) { shown.push(i); } }
    parts.appendChild(el('p', 'detail-status', fmt.format(shown.length) + ' of ' + fmt.format(file.f.length)
        + ' findings shown with the current filters.'));
    if (file.fm) {
      parts.appendChild(el('p', 'fm-note', 'Front matter: lines ' + file.fm[0] + ' to ' + file.fm[1]
          + ', shaded in the source below.'));
    }
    if (file.x !== null) {
      var table = el('table', 'source');
      table.appendChild(el('caption', null, 'Source of ' + file.p + ', with findings below the line they start on'));
      var body = el('tbody');
      table.appendChild(body);
      parts.appendChild(table);
      var starts = lineStarts(file.x);
      var byLine = {};
      shown.forEach(function (n) {
        var f = file.f[n];
        (byLine[f[2]] = byLine[f[2]] || []).push(n);
      });
      // Spans sorted by start; each line takes the spans that overlap it in one sweep, so a file
      // with thousands of lines and findings renders in linear time.
      var spans = shown.map(function (n) {
        var f = file.f[n];
        var e = f[7] > f[6] ? f[7] : Math.min(f[6] + 1, file.x.length);
        return { s: f[6], e: Math.max(e, f[6]), sev: f[1] };
      }).sort(function (a, b) { return a.s - b.s; });
      var last = starts.length;
      var until = Math.min(last, Math.max(LINE_CHUNK, (line || 0) + 50));
      var next = 0;
      var active = [];
      var renderLines = function (from, to) {
        var frag = document.createDocumentFragment();
        for (var l = from; l < to; l++) {
          var ls = starts[l], le = lineEnd(file.x, starts, l);
          var lineLimit = l + 1 < last ? starts[l + 1] : file.x.length + 1;
          while (next < spans.length && spans[next].s < lineLimit) { active.push(spans[next++]); }
          active = active.filter(function (sp) { return sp.e > ls || sp.s >= ls; });
          var mine = active.filter(function (sp) { return sp.s < le && sp.e > ls || sp.s === ls && le === ls; });
          var tr = el('tr');
          tr.id = 'f-' + (index + OFFSET) + '-L' + (l + 1);
          if (file.fm && l + 1 >= file.fm[0] && l + 1 <= file.fm[1]) { tr.className = 'fm'; }
          var th = el('th', 'ln', l + 1);
          th.scope = 'row';
          tr.appendChild(th);
          var td = el('td');
          td.appendChild(lineContent(file.x, ls, le, mine));
          tr.appendChild(td);
          frag.appendChild(tr);
          var notes = byLine[l + 1];
          if (notes) {
            var nr = el('tr', 'notes');
            nr.appendChild(el('td'));
            var nd = el('td');
            var ul = el('ul', 'findings');
            notes.forEach(function (n) { ul.appendChild(findingCard(file.f[n], { file: index, n: n })); });
            nd.appendChild(ul);
            nr.appendChild(nd);
            frag.appendChild(nr);
          }
        }
        body.appendChild(frag);
      };
      renderLines(0, until);
      if (until < last) {
        var moreLines = el('button', 'more', 'Show the remaining ' + fmt.format(last - until) + ' lines');
        moreLines.type = 'button';
        moreLines.addEventListener('click', function () {
          renderLines(until, last);
          moreLines.remove();
        });
        parts.appendChild(moreLines);
      }
      // Findings past the end of the text (e.g. a page-level finding) still need a place.
      var orphans = shown.filter(function (n) { return file.f[n][2] > last; });
      if (orphans.length) {
        var ul2 = el('ul', 'findings');
        orphans.forEach(function (n) { ul2.appendChild(findingCard(file.f[n], { file: index, n: n })); });
        parts.appendChild(ul2);
      }
    } else if (file.f.length) {
      var ul3 = el('ul', 'findings');
      shown.forEach(function (n) { ul3.appendChild(findingCard(file.f[n], { file: index, n: n })); });
      parts.appendChild(ul3);
    }
    box.replaceChildren(parts);
  }

  function route(focus) {
    var m = /^#f-(\d+)(?:-L(\d+))?$/.exec(location.hash);
    if (m && data.index && (+m[1] < OFFSET || +m[1] - OFFSET >= data.files.length)
        && +m[1] < data.n) {
      // A file of another part: the index knows which.
      location.replace(data.index + location.hash);
      return;
    }
    if (!m || +m[1] < OFFSET || +m[1] - OFFSET >= data.files.length) { return; }
    var index = +m[1] - OFFSET, line = m[2] ? +m[2] : null;
    if (data.parts) {
      // A split report's index has no sources: a link to a file goes on to its part.
      location.replace(data.parts[data.files[index].q] + location.hash);
      return;
    }
    renderDetail(index, line);
    var target = line ? byId('f-' + m[1] + '-L' + line) : byId('detail-heading');
    if (target) {
      if (line) { target.tabIndex = -1; }
      target.scrollIntoView();
      if (focus) { target.focus(); }
    }
  }

  // ---- controls --------------------------------------------------------------------------
  var ruleSelect = byId('filter-rule');
  data.rules.forEach(function (r, i) {
    var o = el('option', null, r.id + ' (' + fmt.format(r.n) + ')');
    o.value = String(i);
    ruleSelect.appendChild(o);
  });
  ruleSelect.addEventListener('change', function () {
    state.rule = ruleSelect.value === '' ? -1 : +ruleSelect.value;
    state.shown = PAGE;
    applyFilters();
  });
  SEV.forEach(function (s, i) {
    var box = byId('filter-' + s);
    box.addEventListener('change', function () {
      state.sev[i] = box.checked;
      state.shown = PAGE;
      applyFilters();
    });
  });
  var timer = null;
  byId('filter-file').addEventListener('input', function (e) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      state.query = e.target.value.trim();
      state.shown = PAGE;
      applyFilters();
    }, 120);
  });
  byId('sort').addEventListener('change', function (e) {
    state.sort = e.target.value;
    applyFilters();
  });
  byId('show-more').addEventListener('click', function () {
    state.shown += PAGE;
    renderList();
  });
  document.querySelectorAll('[data-rule]').forEach(function (b) {
    b.addEventListener('click', function () {
      ruleSelect.value = b.getAttribute('data-rule');
      ruleSelect.dispatchEvent(new Event('change'));
      byId('files-heading').focus();
    });
  });
  // Filters apply as they change; Enter in the search box must not submit (or navigate).
  byId('controls').addEventListener('submit', function (e) { e.preventDefault(); });
  byId('controls').hidden = false;
  fileTable();
  byId('noscript-note').remove();
  window.addEventListener('hashchange', function () { route(true); });
  applyFilters();
  route(false);
  document.documentElement.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) { performance.mark('cxlint-ready'); }
}());

/* pa-review trainer workbench: live indicator check with highlights, level ladder with a
   challenge reader, gallery of good/weak examples (plus the trainer's own, kept in
   localStorage only), workshop mode. Thai first; the language button switches to English.
   Nothing typed here is stored on the server. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("trainer-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var STORE = "pa-review.trainer.examples.v1";
  // whose statement an example is (check-text's classroom_type); saved, exported and imported with it
  var CLASSROOM_TYPES = ["general", "early_childhood", "special_education", "vocational", "non_formal"];
  var DEBOUNCE_MS = 150;
  var LEVELS = {};
  D.levels.forEach(function (l) { LEVELS[l.id] = l; });
  var RULES = {};
  D.rules.forEach(function (r) { RULES[r.id] = r; });
  var RANKS = {};
  D.ranks.forEach(function (r) { RANKS[r.id] = r; });
  var state = { lang: "th" };

  var el = window.PaDom.el, pair = window.PaDom.pair;  // static/dom.js
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function status(node, th, en, isError) {
    clear(node);
    node.className = "status" + (isError ? " error" : "");
    if (th) { node.appendChild(el("span", "th", th)); node.appendChild(el("span", "en", en)); }
  }

  /* ---- language and workshop mode ---- */
  $("lang").addEventListener("click", function () {
    state.lang = state.lang === "th" ? "en" : "th";
    document.body.classList.remove("lang-th", "lang-en");
    document.body.classList.add("lang-" + state.lang);
    document.documentElement.lang = state.lang;
    $("lang").textContent = state.lang === "th" ? "English" : "ภาษาไทย";
  });
  function setWorkshop(on) {
    document.body.classList.toggle("workshop", on);
    document.documentElement.classList.toggle("workshop", on);
    $("workshop").setAttribute("aria-pressed", on ? "true" : "false");
    var url = new URL(window.location.href);
    if (on) url.searchParams.set("mode", "workshop"); else url.searchParams.delete("mode");
    window.history.replaceState(null, "", url.toString());
  }
  $("workshop").addEventListener("click", function () {
    setWorkshop(!document.body.classList.contains("workshop"));
  });

  /* ---- tabs ---- */
  var TABS = ["check", "ladder", "gallery"];
  function showTab(name) {
    TABS.forEach(function (t) {
      $("tab-" + t).setAttribute("aria-selected", t === name ? "true" : "false");
      $("panel-" + t).hidden = t !== name;
    });
    if (name === "ladder" && !ladderLoaded) loadLadder();
    if (name === "gallery" && !galleryLoaded) loadGallery();
    if (window.location.hash !== "#" + name) window.history.replaceState(null, "", "#" + name);
  }
  TABS.forEach(function (t, i) {
    var tab = $("tab-" + t);
    tab.addEventListener("click", function () { showTab(t); });
    tab.addEventListener("keydown", function (ev) {  // arrow keys move between tabs
      var step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      var next = TABS[(i + step + TABS.length) % TABS.length];
      showTab(next);
      $("tab-" + next).focus();
    });
  });

  /* ---- text with highlighted spans: segments at every boundary, innermost span decides ---- */
  function marked(text, spans, titleOf) {
    var frag = document.createDocumentFragment();
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (c, i, a) { return c >= 0 && c <= text.length && a.indexOf(c) === i; })
      .sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1], piece = text.slice(a, b);
      var cover = spans.filter(function (s) { return s.start <= a && b <= s.end; });
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      cover.sort(function (x, y) { return (x.end - x.start) - (y.end - y.start); });
      var inner = cover[0];
      var m = el("mark", "hl k-" + inner.kind + (inner.sub ? " s-" + inner.sub : ""), piece);
      cover.slice(1).forEach(function (s) { m.classList.add("also-" + s.kind); });
      m.dataset.kinds = cover.map(function (s) { return s.kind; }).join(" ");
      if (titleOf) m.title = cover.map(titleOf).join(" · ");
      frag.appendChild(m);
    }
    return frag;
  }
  var KIND_NAMES = {
    subject: ["ผู้ถูกวัด", "subject"], quantity: ["ค่าเป้าหมาย", "quantity"], criterion: ["เกณฑ์", "criterion"],
    change: ["คำบอกการเปลี่ยนแปลง", "change word"], baseline: ["ฐานเทียบ", "baseline"],
    process: ["กระบวนการ/การเข้าร่วม", "process/participation"], placeholder: ["ช่องว่างแม่แบบ", "placeholder"],
    level: ["หลักฐานระดับ", "level evidence"], "new": ["คำที่เพิ่มขึ้น", "added words"],
    issue: ["จุดที่เป็นปัญหา", "what the finding points at"]
  };
  function kindTitle(s) {
    var k = KIND_NAMES[s.kind] || [s.kind, s.kind];
    var sub = s.sub || s.level;
    if (s.kind === "level" && sub && LEVELS[sub]) return LEVELS[sub].th + " / " + LEVELS[sub].en;
    if (s.kind === "issue" && RULES[sub]) return RULES[sub].title_th + " / " + RULES[sub].title_en;
    return k[0] + " / " + k[1] + (sub ? " (" + sub + ")" : "");
  }

  /* ---- findings as cards: rule title, messages, why, rewrite ---- */
  function findingCards(findings, rules, compact) {
    var box = document.createDocumentFragment();
    findings.forEach(function (f) {
      var sev = D.severities[f.severity] || [f.severity, f.severity];
      var r = (rules && rules[f.rule]) || RULES[f.rule] || {};
      var card = el("div", "finding " + f.severity);
      card.dataset.rule = f.rule;
      var head = el("div", "fhead");
      head.appendChild(pair("span", sev[0], sev[1], "badge " + f.severity));
      head.appendChild(pair("strong", r.title_th || f.rule, r.title_en || f.rule, "ftitle"));
      head.appendChild(el("span", "rule", f.rule));
      card.appendChild(head);
      card.appendChild(el("p", "msg th", f.message_th));
      card.appendChild(el("p", "msg msg2 en-always", f.message_en));
      if (r.why_th && compact) {  // the gallery: the reason on demand, the list stays short
        var more = el("details", "why");
        more.appendChild(pair("summary", "ทำไม", "Why"));
        more.appendChild(pair("span", r.why_th, r.why_en));
        card.appendChild(more);
      } else if (r.why_th) {
        var why = el("p", "why");
        why.appendChild(pair("b", "ทำไม: ", "Why: "));
        why.appendChild(pair("span", r.why_th, r.why_en));
        card.appendChild(why);
      }
      if (f.suggestion_th) card.appendChild(el("p", "suggest", f.suggestion_th));
      if (f.suggestion_en) card.appendChild(el("p", "suggest", f.suggestion_en));
      box.appendChild(card);
    });
    return box;
  }

  /* ---- POST /api/v1/trainer/analyse with cancellation of stale requests ---- */
  function analyser(onResult, onError) {
    var timer = null, seq = 0, ctrl = null;
    function run(body) {
      var mine = ++seq;
      if (ctrl) ctrl.abort();
      ctrl = typeof AbortController !== "undefined" ? new AbortController() : null;
      fetch("/api/v1/trainer/analyse", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body), signal: ctrl ? ctrl.signal : undefined
      }).then(function (r) {
        return r.json().catch(function () { return null; }).then(function (data) {
          if (mine !== seq) return;  // a newer keystroke already asked
          if (!r.ok) { onError(data, r.status); return; }
          onResult(data, body);
        });
      }).catch(function (e) { if (e && e.name === "AbortError") return; if (mine === seq) onError(null, 0); });
    }
    return {
      schedule: function (body) {
        clearTimeout(timer);
        if (!body) { seq++; if (ctrl) ctrl.abort(); return false; }
        timer = setTimeout(function () { run(body); }, DEBOUNCE_MS);
        return true;
      },
      now: run
    };
  }
  function apiMessage(data, code) {
    var e = data && data.error;
    if (e) return [e.message_th, e.message_en];
    return ["ติดต่อเซิร์ฟเวอร์ไม่ได้ (" + code + ")", "Could not reach the server (" + code + ")."];
  }

  /* ---- live check ---- */
  var check = analyser(function (data, body) {
    var text = body.text;
    clear($("marked")).appendChild(marked(text, data.highlights, kindTitle));
    var box = clear($("check-findings"));
    box.appendChild(findingCards(data.findings, data.rules));
    if (!data.findings.length) {
      if (body.as === "outcome") status($("check-status"), "ไม่พบปัญหา: ผลลัพธ์บอกสิ่งที่เกิดกับผู้เรียน", "No problem found: the outcome says what changes in learners.");
      else status($("check-status"), "ไม่พบปัญหา: วัดผู้เรียน มีค่าเป้าหมายและเกณฑ์", "No problem found: it measures learners with a target and a criterion.");
      $("check-status").classList.add("ok");
    } else {
      status($("check-status"), "พบ " + data.findings.length + " ประเด็น", data.findings.length + " finding(s)");
    }
    // the teacher's own statement rewritten: in English when it was written in English
    var rw = data.suggestion_en || data.suggestion_th;
    $("check-rewrite").hidden = !rw;
    $("rewrite-text").textContent = rw || "";
  }, function (data, code) {
    var m = apiMessage(data, code);
    status($("check-status"), m[0], m[1], true);
  });
  function checkBody() {
    var text = $("text").value;
    if (!text.trim()) return null;
    return { text: text.slice(0, 10000), as: $("as").value, area: parseInt($("area").value, 10), rank: $("rank").value || null,
             classroom_type: $("classroom-type").value || null };
  }
  function scheduleCheck() {
    if (!check.schedule(checkBody())) {
      clear($("marked")); clear($("check-findings")); $("check-rewrite").hidden = true;
      status($("check-status"), "", "");
    }
  }
  $("text").addEventListener("input", scheduleCheck);
  ["as", "area", "rank", "classroom-type"].forEach(function (id) { $(id).addEventListener("change", scheduleCheck); });
  Array.prototype.forEach.call(document.querySelectorAll("#starters .starter"), function (b) {
    b.addEventListener("click", function () {
      $("as").value = b.dataset.as; $("area").value = b.dataset.area;
      $("text").value = b.textContent;
      scheduleCheck();
    });
  });
  $("use-rewrite").addEventListener("click", function () {
    $("text").value = $("rewrite-text").textContent;
    scheduleCheck();
    $("text").focus();
  });

  /* ---- ladder ---- */
  var ladderLoaded = false, ladderData = null;
  function loadLadder() {
    ladderLoaded = true;
    var key = $("ladder-item").value;
    fetch("/api/v1/trainer/ladder/" + encodeURIComponent(key)).then(function (r) { return r.json(); })
      .then(function (data) { ladderData = data; drawLadder(data); markReading(); })
      .catch(function () { ladderLoaded = false; });
  }
  function drawLadder(data) {
    var scale = clear($("ladder-scale"));
    data.levels.forEach(function (lv) {
      var li = el("li", "step-level s-" + lv.id + (lv.ranks.indexOf("assistant") >= 0 ? " not-filing" : ""));
      li.dataset.level = lv.id;
      li.appendChild(el("b", null, lv.th));
      li.appendChild(el("small", null, lv.en));
      scale.appendChild(li);
    });
    var box = clear($("ladder"));
    data.steps.forEach(function (s) {
      var col = el("article", "rung s-" + s.level);
      col.dataset.rank = s.rank;
      col.dataset.level = s.level;
      var h = el("header", "rung-head");
      h.appendChild(el("b", "rung-rank", s.rank_th));
      h.appendChild(el("span", "rung-band", s.salary_band));
      h.appendChild(pair("span", s.level_th, s.level_en, "rung-level"));
      col.appendChild(h);
      var p = el("p", "rung-text");
      p.appendChild(marked(s.text, s.marks.map(function (m) {
        return { start: m.start, end: m.end, kind: m.kind, sub: m.level, level: m.level };
      }), kindTitle));
      col.appendChild(p);
      box.appendChild(col);
    });
    $("ladder-source").textContent = (state.lang === "th" ? "ที่มา: " : "Source: ") + data.source;
  }
  $("ladder-item").addEventListener("change", loadLadder);

  /* ---- challenge reader ---- */
  var lastReading = null;
  var reader = analyser(function (data, body) {
    lastReading = data.reading;
    $("reading").hidden = false;
    status($("challenge-status"), "", "");
    var rd = data.reading || {};
    var lv = LEVELS[rd.level] || { th: "—", en: "—" };
    clear($("reading-level")).appendChild(pair("span", "อ่านได้ระดับ: " + lv.th, "Reads as: " + lv.en));
    $("reading-score").textContent = rd.score != null ? Math.round(rd.score * 100) + "%" : "";
    var v = clear($("reading-verdict"));
    var exp = LEVELS[rd.expected];
    if (rd.verdict && exp) {
      var words = { below: ["ต่ำกว่าระดับที่คาดหวัง (" + exp.th + ")", "below the expected level (" + exp.en + ")"],
                    at: ["ตามระดับที่คาดหวัง", "at the expected level"],
                    above: ["สูงกว่าระดับที่คาดหวัง (" + exp.th + ")", "above the expected level (" + exp.en + ")"] }[rd.verdict];
      v.appendChild(pair("span", words[0], words[1], "verdict " + rd.verdict));
    }
    var bars = clear($("reading-bars"));
    D.levels.forEach(function (l) {
      var p = (rd.probabilities || {})[l.id] || 0;
      var row = el("div", "bar" + (l.id === rd.level ? " best" : ""));
      row.dataset.level = l.id;
      row.appendChild(pair("span", l.th, l.en, "bar-name"));
      var track = el("span", "bar-track"), fill = el("span", "bar-fill s-" + l.id);
      fill.style.width = Math.max(1, Math.round(p * 100)) + "%";
      track.appendChild(fill);
      row.appendChild(track);
      row.appendChild(el("span", "bar-p", Math.round(p * 100) + "%"));
      bars.appendChild(row);
    });
    clear($("reading-marked")).appendChild(marked(body.text, data.highlights, kindTitle));
    clear($("challenge-findings")).appendChild(findingCards(data.findings, data.rules));
    markReading();
  }, function (data, code) {
    var m = apiMessage(data, code);
    status($("challenge-status"), m[0], m[1], true);
  });
  function markReading() {
    var lvl = lastReading && lastReading.level;
    Array.prototype.forEach.call(document.querySelectorAll(".rung, .step-level"), function (n) {
      n.classList.toggle("reads-here", !!lvl && n.dataset.level === lvl);
    });
  }
  function scheduleReading() {
    var text = $("challenge").value;
    if (!reader.schedule(text.trim() ? { text: text.slice(0, 10000), as: "challenge", area: 1, rank: $("challenge-rank").value || null,
                                         classroom_type: $("challenge-classroom-type").value || null } : null)) {
      $("reading").hidden = true; lastReading = null; markReading();
    }
  }
  $("challenge").addEventListener("input", scheduleReading);
  $("challenge-rank").addEventListener("change", scheduleReading);
  $("challenge-classroom-type").addEventListener("change", scheduleReading);

  /* ---- gallery: the seeds' examples (findings computed by the server) and mine (localStorage) ---- */
  var galleryLoaded = false, seedExamples = [], mine = [];
  function loadMine() {
    try { mine = JSON.parse(window.localStorage.getItem(STORE) || "[]"); } catch (e) { mine = []; }
    if (!Array.isArray(mine)) mine = [];
    mine = mine.filter(validExample).map(normalExample);
  }
  function saveMine() {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(mine.map(function (x) {
        return { id: x.id, as: x.as, area: x.area, rank: x.rank, classroom_type: x.classroom_type, text: x.text, note: x.note || "" };
      })));
    } catch (e) {
      status($("mine-status"), "บันทึกในเบราว์เซอร์ไม่ได้", "Could not save in this browser.", true);
    }
  }
  function validExample(x) { return x && typeof x.text === "string" && x.text.trim().length > 0; }
  function normalExample(x) {
    var as = ["indicator", "outcome", "challenge"].indexOf(x.as) >= 0 ? x.as : "indicator";
    var area = [1, 2, 3].indexOf(parseInt(x.area, 10)) >= 0 ? parseInt(x.area, 10) : 1;
    var rank = D.ranks.some(function (r) { return r.id === x.rank; }) ? x.rank : null;
    var classroom = CLASSROOM_TYPES.indexOf(x.classroom_type) >= 0 ? x.classroom_type : null;
    return { id: x.id || ("mine-" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6)),
             as: as, area: area, rank: rank, classroom_type: classroom, text: String(x.text).slice(0, 10000), note: x.note ? String(x.note).slice(0, 300) : "",
             origin: "mine", findings: null };
  }
  function analyseMine(x) {
    return fetch("/api/v1/trainer/analyse", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: x.text, as: x.as, area: x.area, rank: x.rank, classroom_type: x.classroom_type || null }) })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        x.findings = data.findings; x.highlights = data.highlights; x.rules = data.rules;
        x.suggestion_th = data.suggestion_th; x.suggestion_en = data.suggestion_en; x.reading = data.reading;
        x.verdict = data.findings.length ? "weak" : "good";
      });
  }
  function loadGallery() {
    galleryLoaded = true;
    status($("gallery-count"), "กำลังโหลด…", "Loading…");
    loadMine();
    fetch("/api/v1/trainer/gallery").then(function (r) { return r.json(); }).then(function (data) {
      seedExamples = data.examples.map(function (x) { x.origin = "seed"; return x; });
      drawGallery();
      return Promise.all(mine.map(analyseMine));
    }).then(drawGallery).catch(function () { galleryLoaded = false; });
  }
  function drawGallery() {
    var rule = $("gallery-rule").value, verdict = $("gallery-verdict").value, origin = $("gallery-origin").value;
    var box = clear($("gallery"));
    var all = mine.concat(seedExamples);
    var shown = all.filter(function (x) {
      if (origin && x.origin !== origin) return false;
      if (verdict && x.verdict !== verdict) return false;
      if (rule && !(x.findings || []).some(function (f) { return f.rule === rule; })) return false;
      return true;
    });
    shown.forEach(function (x) { box.appendChild(exampleCard(x)); });
    status($("gallery-count"), "แสดง " + shown.length + " จาก " + all.length + " ตัวอย่าง", shown.length + " of " + all.length + " examples");
  }
  function exampleCard(x) {
    var card = el("article", "card example " + (x.verdict || "pending"));
    card.dataset.id = x.id;
    card.dataset.origin = x.origin;
    var head = el("div", "fhead");
    if (x.verdict) head.appendChild(pair("span", x.verdict === "good" ? "ดี" : "ควรปรับ", x.verdict === "good" ? "good" : "weak", "badge " + (x.verdict === "good" ? "good" : "warning")));
    var kind = { indicator: ["ตัวชี้วัด", "indicator"], outcome: ["ผลลัพธ์", "outcome"], challenge: ["ประเด็นท้าทาย", "challenge"] }[x.as];
    var rank = x.as === "challenge" ? RANKS[x.rank] : null;  // Part 2 has no area; say the rank
    var rankName = rank ? rank.th + (rank.salary_band !== rank.th ? " (" + rank.salary_band + ")" : "") : "";
    if (x.as === "challenge") {
      head.appendChild(pair("span", kind[0] + (rank ? " · สำหรับ " + rankName : ""),
                            kind[1] + (rank ? " · for " + rank.id.replace(/_/g, " ") + " (" + rankName + ")" : ""), "where"));
    } else {
      head.appendChild(pair("span", kind[0] + " · ด้านที่ " + x.area, kind[1] + " · area " + x.area, "where"));
    }
    if (x.origin === "mine") {
      head.appendChild(pair("span", "ของฉัน", "mine", "mine-tag"));
      var del = pair("button", "ลบ", "Delete", "del");
      del.type = "button";
      del.addEventListener("click", function () {
        mine = mine.filter(function (m) { return m.id !== x.id; });
        saveMine(); drawGallery();
      });
      head.appendChild(del);
    }
    card.appendChild(head);
    var p = el("p", "example-text");
    if (x.highlights) p.appendChild(marked(x.text, x.highlights, kindTitle)); else p.textContent = x.text;
    card.appendChild(p);
    if (x.reading && x.reading.level && LEVELS[x.reading.level]) {
      var l = LEVELS[x.reading.level];
      card.appendChild(pair("p", "อ่านได้ระดับ " + l.th + " (" + Math.round(x.reading.score * 100) + "%)",
                            "Reads as " + l.en + " (" + Math.round(x.reading.score * 100) + "%)", "reading-line"));
    }
    if (x.note_th || x.note) card.appendChild(pair("p", x.note_th || x.note, x.note_en || x.note, "note"));
    if (x.findings) card.appendChild(findingCards(x.findings, x.rules, true));
    if (x.rewrite) {
      var rw = el("p", "rewrite-line");
      rw.appendChild(pair("b", "ปรับเป็น: ", "Rewrite: "));
      rw.appendChild(el("span", null, x.rewrite));
      card.appendChild(rw);
    }
    var tools = el("div", "example-tools");
    var tryIt = pair("button", "ลองในช่องตรวจสด", "Try in live check", "try");
    tryIt.type = "button";
    tryIt.addEventListener("click", function () {
      if (x.as === "challenge") {
        showTab("ladder");
        $("challenge").value = x.text;
        if (x.rank) $("challenge-rank").value = x.rank;
        $("challenge-classroom-type").value = x.classroom_type || "";
        scheduleReading();
      } else {
        $("as").value = x.as; $("area").value = String(x.area);
        if (x.rank) $("rank").value = x.rank;
        $("classroom-type").value = x.classroom_type || "";
        $("text").value = x.text;
        showTab("check");
        scheduleCheck();
      }
    });
    tools.appendChild(tryIt);
    if (x.source) tools.appendChild(el("span", "source", x.source));
    card.appendChild(tools);
    return card;
  }
  ["gallery-rule", "gallery-verdict", "gallery-origin"].forEach(function (id) { $(id).addEventListener("change", drawGallery); });

  $("add-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var x = normalExample({ text: $("add-text").value, as: $("add-as").value, area: $("add-area").value,
                            rank: $("add-rank").value, classroom_type: $("add-classroom-type").value,
                            note: $("add-note").value });
    if (!validExample(x)) return;
    mine.unshift(x);
    saveMine();
    $("add-text").value = ""; $("add-note").value = "";
    status($("mine-status"), "เพิ่มแล้ว", "Added.");
    analyseMine(x).then(drawGallery);
    drawGallery();
  });

  /* ---- export / import ---- */
  function download(name, type, content) {
    var a = el("a");
    a.href = URL.createObjectURL(new Blob([content], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  var CSV_COLS = ["id", "as", "area", "rank", "classroom_type", "text", "note"];
  function csvCell(v) {
    var s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function toCsv(rows) {
    return "\ufeff" + [CSV_COLS.join(",")].concat(rows.map(function (x) {
      return CSV_COLS.map(function (c) { return csvCell(x[c]); }).join(",");
    })).join("\r\n") + "\r\n";
  }
  function parseCsv(text) {
    text = text.replace(/^\ufeff/, "");
    var rows = [], row = [], cell = "", q = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (q) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
        else if (c === '"') q = false;
        else cell += c;
      } else if (c === '"') q = true;
      else if (c === ",") { row.push(cell); cell = ""; }
      else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        row.push(cell); rows.push(row); row = []; cell = "";
      } else cell += c;
    }
    if (cell || row.length) { row.push(cell); rows.push(row); }
    var head = rows.shift() || [];
    return rows.filter(function (r) { return r.some(function (c) { return c.trim(); }); }).map(function (r) {
      var o = {};
      head.forEach(function (h, k) { o[h.trim()] = r[k]; });
      return o;
    });
  }
  function exportRows() {
    return mine.map(function (x) { return { id: x.id, as: x.as, area: x.area, rank: x.rank, classroom_type: x.classroom_type, text: x.text, note: x.note || "" }; });
  }
  $("export-json").addEventListener("click", function () {
    download("pa-review-examples.json", "application/json",
             JSON.stringify({ schema: "pa-review-trainer-examples/1", examples: exportRows() }, null, 2));
  });
  $("export-csv").addEventListener("click", function () {
    download("pa-review-examples.csv", "text/csv;charset=utf-8", toCsv(exportRows()));
  });
  $("import-file").addEventListener("change", function () {
    var f = this.files && this.files[0];
    if (!f) return;
    var input = this;
    f.text().then(function (text) {
      var rows;
      if (/\.csv$/i.test(f.name) || (f.type || "").indexOf("csv") >= 0) rows = parseCsv(text);
      else { var j = JSON.parse(text); rows = Array.isArray(j) ? j : (j.examples || []); }
      var known = {};
      mine.forEach(function (m) { known[m.id] = true; });
      var added = rows.filter(validExample).map(normalExample).filter(function (x) { return !known[x.id]; });
      mine = added.concat(mine);
      saveMine();
      status($("mine-status"), "นำเข้า " + added.length + " ตัวอย่าง", "Imported " + added.length + " example(s).");
      drawGallery();
      return Promise.all(added.map(analyseMine)).then(drawGallery);
    }).catch(function () {
      status($("mine-status"), "อ่านไฟล์ไม่ได้ ใช้ไฟล์ JSON หรือ CSV ที่ส่งออกจากหน้านี้", "Could not read the file: use a JSON or CSV exported from this page.", true);
    }).then(function () { input.value = ""; });
  });

  /* ---- start ---- */
  var start = (window.location.hash || "").replace("#", "");
  showTab(TABS.indexOf(start) >= 0 ? start : "check");
})();

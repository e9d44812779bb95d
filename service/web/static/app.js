/* pa-review page: upload one DOCX/PDF, show the findings grouped by part and area, download the
   commented DOCX (or the HTML report for a PDF). Thai first; the button switches to English.
   The file stays in this page's memory; the server keeps nothing. */
(function () {
  "use strict";
  var L = JSON.parse(document.getElementById("labels").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var state = { file: null, report: null, lang: "th" };

  var el = window.PaDom.el, pair = window.PaDom.pair;  // static/dom.js

  /* ---- language switch ---- */
  function setLang(lang) {
    state.lang = lang;
    document.body.className = "lang-" + lang;
    document.documentElement.lang = lang;
    $("lang").textContent = lang === "th" ? "English" : "ภาษาไทย";
    try { localStorage.setItem("pa-review-lang", lang); } catch (e) { /* private mode */ }
  }
  $("lang").addEventListener("click", function () { setLang(state.lang === "th" ? "en" : "th"); });
  try { if (localStorage.getItem("pa-review-lang") === "en") setLang("en"); } catch (e) { /* ignore */ }

  /* ---- status line ---- */
  function status(th, en, isError, busy) {
    var s = $("status");
    s.innerHTML = "";
    s.className = "status" + (isError ? " error" : "") + (busy ? " busy" : "");
    if (th) { s.appendChild(el("span", "th", th)); s.appendChild(el("span", "en", en)); }
  }
  function apiError(body, fallbackStatus) {
    var e = body && body.error;
    if (e) return { th: e.message_th, en: e.message_en };
    return { th: "เกิดข้อผิดพลาด (" + fallbackStatus + ") กรุณาลองใหม่", en: "Error (" + fallbackStatus + "): please try again." };
  }

  /* ---- picking and dropping a file ---- */
  window.PaDom.dropZone($("drop"), $("file"), function (files) {
    if (files.length) review(files[0]);
  });
  $("rank").addEventListener("change", function () { if (state.file) review(state.file); });

  function formFor(file) {
    var form = new FormData();
    form.append("file", file, file.name);
    var rank = $("rank").value;
    if (rank) form.append("rank", rank);
    return form;
  }

  function review(file) {
    state.file = file;
    state.report = null;
    $("result").hidden = true;
    // Over the server's limit: say so now, in the server's words, rather than after the upload.
    var maxBytes = Number($("review-form").dataset.maxBytes) || 0;
    if (maxBytes && file.size > maxBytes) {
      var mb = String(Number((maxBytes / 1048576).toFixed(2)));
      status("ไฟล์มีขนาดใหญ่เกิน " + mb + " MB ที่ระบบรับได้", "The file is larger than the " + mb + " MB limit.", true);
      return;
    }
    status("กำลังตรวจ " + file.name + " …", "Checking " + file.name + " …", false, true);
    fetch("/api/v1/reviews", { method: "POST", body: formFor(file) })
      .then(function (r) {
        return r.json().catch(function () { return null; }).then(function (body) {
          if (!r.ok) { var m = apiError(body, r.status); status(m.th, m.en, true); return; }
          state.report = body;
          status("", "");
          show(body);
        });
      })
      .catch(function () { status("เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ กรุณาลองใหม่", "Could not reach the server: please try again.", true); });
  }

  /* ---- rendering ---- */
  function levelName(id) { var l = L.levels[id]; return l ? l : [id, id]; }

  function fieldText(doc, loc) {
    if (!doc || !loc.field) return null;
    var v = null;
    if (loc.part === "part1" && loc.area) {
      var a = (doc.part1.areas || []).filter(function (x) { return x.area === loc.area; })[0];
      v = a ? a[loc.field] : null;
    } else if (loc.part === "part2" && doc.part2) { v = doc.part2[loc.field]; }
    else if (loc.part === "header") { v = doc.header[loc.field]; }
    if (Array.isArray(v)) v = (loc.index !== null && loc.index !== undefined) ? v[loc.index] : null;
    return typeof v === "string" ? v : null;
  }

  function excerptBlock(doc, f) {
    if (!f.excerpt) return null;
    var box = el("div", "excerpt");
    var ctx = fieldText(doc, f.location);
    var at = ctx ? ctx.indexOf(f.excerpt) : -1;
    if (at < 0) { ctx = f.excerpt; at = 0; }
    box.appendChild(document.createTextNode(ctx.slice(0, at)));
    box.appendChild(el("mark", null, f.excerpt));
    box.appendChild(document.createTextNode(ctx.slice(at + f.excerpt.length)));
    return box;
  }

  // As service/render/common.py location_label: a Part 1 finding that names its item (the
  // uncovered item, or the item of its row in a one-row-per-item table) says which item.
  function whereLabel(loc, details) {
    var fl = L.fields[loc.field] || [loc.field || "", loc.field || ""];
    var th = fl[0], en = fl[1];
    var item = loc.part === "part1" && details && details.item ? L.items[String(details.item)] : null;
    if (item) {
      th += " ข้อ " + details.item + " " + item[0];
      en = (en ? en + ", " : "") + "item " + details.item + " " + item[1];
    } else if (loc.index !== null && loc.index !== undefined) {
      th += " ข้อ " + (loc.index + 1); en += " #" + (loc.index + 1);
    }
    return [th.trim(), en.trim()];
  }

  function findingCard(doc, f) {
    var card = el("article", "finding " + f.severity);
    card.dataset.severity = f.severity;
    var head = el("div");
    var sev = L.severities[f.severity];
    var badge = pair("span", sev[0], sev[1], "badge " + f.severity);
    head.appendChild(badge);
    var w = whereLabel(f.location, f.details);
    if (w[0]) head.appendChild(pair("span", w[0], w[1], "where"));
    head.appendChild(el("span", "rule", f.rule));
    card.appendChild(head);
    card.appendChild(pair("div", f.message_th, f.message_en, "msg"));
    // The other language underneath, smaller: teachers share the page with English readers.
    card.appendChild(pair("div", f.message_en, f.message_th, "msg2"));
    var ex = excerptBlock(doc, f);
    if (ex) card.appendChild(ex);
    if (f.suggestion_th) card.appendChild(suggestBlock(f.suggestion_th, "ข้อเสนอแนะ: ", "Suggested wording: "));
    // a statement written in English is also rewritten in English
    if (f.suggestion_en) card.appendChild(suggestBlock(f.suggestion_en, "ข้อเสนอแนะ (อังกฤษ): ", "Suggested wording (English): "));
    return card;
  }

  function suggestBlock(text, th, en) {
    var s = el("div", "suggest");
    s.appendChild(el("span", "th", th));
    s.appendChild(el("span", "en", en));
    s.appendChild(document.createTextNode(text));
    var copy = pair("button", "คัดลอก", "Copy", "copy");
    copy.type = "button";
    copy.addEventListener("click", function () { copyText(text, copy); });
    s.appendChild(copy);
    return s;
  }

  // Copy a suggested wording; the Clipboard API needs HTTPS or localhost, a school LAN may be http.
  function copyText(text, button) {
    function done() { button.classList.add("done"); button.lastChild.textContent = "Copied"; button.firstChild.textContent = "คัดลอกแล้ว"; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text) && done(); });
    } else if (fallbackCopy(text)) { done(); }
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }

  /* ---- severity filter ---- */
  function applyFilter() {
    var list = $("findings");
    Array.prototype.forEach.call($("filter").querySelectorAll("input"), function (box) {
      list.classList.toggle("hide-" + box.value, !box.checked);
    });
    Array.prototype.forEach.call(list.querySelectorAll(".group"), function (g) {
      var shown = Array.prototype.some.call(g.querySelectorAll(".finding"), function (c) {
        return !list.classList.contains("hide-" + c.dataset.severity);
      });
      g.classList.toggle("empty", !shown);
    });
  }
  $("filter").addEventListener("change", applyFilter);

  function groupsOf(report) {
    var order = L.part_order || Object.keys(L.parts), out = [], byKey = {};  // the form's order
    report.findings.forEach(function (f) {
      var part = f.location.part, area = part === "part1" ? f.location.area : null;
      var key = area ? part + "." + area : part;
      if (!byKey[key]) {
        var t = L.parts[part] || [part, part];
        var th = t[0], en = t[1];
        if (area && L.areas[String(area)]) { th += " · " + L.areas[String(area)][0]; en += " · " + L.areas[String(area)][1]; }
        byKey[key] = { key: key, part: part, th: th, en: en, findings: [] };
        out.push(byKey[key]);
      }
      byKey[key].findings.push(f);
    });
    out.sort(function (a, b) {
      return (order.indexOf(a.part) - order.indexOf(b.part)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
    return out;
  }

  function committee(report) {
    var box = $("committee");
    box.innerHTML = "";
    var doc = report.document;
    var gated = report.findings.some(function (f) { return (L.gate_rules || []).indexOf(f.rule) >= 0; });
    if (!doc || gated) { box.hidden = true; return; }  // content not judged: no coverage to show
    box.hidden = false;
    box.appendChild(pair("h2", "สรุปสำหรับคณะกรรมการ", "Committee summary"));
    var stated = {}, uncovered = {};
    (doc.part1.areas || []).forEach(function (a) {
      Object.keys(a.items || {}).forEach(function (c) { if ((a.items[c] || []).length) stated[c] = true; });
    });
    report.findings.forEach(function (f) {
      if (f.rule === "part1.item-uncovered" && f.details && f.details.item) uncovered[f.details.item] = true;
    });
    if (report.expected_level) {
      var exp = levelName(report.expected_level);
      var p = el("div", "level");
      p.appendChild(pair("span", "ระดับที่คาดหวังตามวิทยฐานะ: ", "Expected practice level for the rank: "));
      p.appendChild(pair("b", exp[0], exp[1]));
      var below = report.findings.filter(function (f) { return f.rule === "challenge.level-below-expected"; })[0];
      p.appendChild(el("br"));
      if (below && below.details && below.details.detected) {
        var det = levelName(below.details.detected);
        p.appendChild(pair("span", "ระดับที่พบในประเด็นท้าทาย: ", "Level the challenge shows: "));
        p.appendChild(pair("span", det[0] + " (ต่ำกว่าที่คาดหวัง)", det[1] + " (below the expected level)", "bad"));
      } else if (doc.part2) {
        p.appendChild(pair("span", "ประเด็นท้าทายไม่ต่ำกว่าระดับที่คาดหวัง", "The challenge is not below the expected level", "good"));
      } else {
        p.appendChild(pair("span", "ไม่พบประเด็นท้าทาย (ส่วนที่ 2)", "No challenge (Part 2) found", "bad"));
      }
      box.appendChild(p);
    }
    var codes = Object.keys(L.items), covered = 0;
    var grid = el("div", "items");
    codes.forEach(function (code) {
      var ok = !!stated[code] && !uncovered[code];
      if (ok) covered++;
      var it = el("div", "item " + (ok ? "ok" : "no"));
      it.title = ok ? "ครอบคลุม / covered" : "ยังไม่ครอบคลุม / not covered";
      it.appendChild(el("b", null, (ok ? "✓ " : "✗ ") + code));
      it.appendChild(pair("span", L.items[code][0], L.items[code][1]));
      grid.appendChild(it);
    });
    box.appendChild(pair("p", "งานครอบคลุมตัวชี้วัด PA 2/ส " + covered + " จาก 15 ข้อ", covered + " of the 15 PA 2/ส items are covered by a task"));
    box.appendChild(grid);
  }

  function show(report) {
    $("result").hidden = false;
    $("result-file").textContent = report.file;
    var s = report.summary, sum = $("summary");
    sum.innerHTML = "";
    [["error", s.errors], ["warning", s.warnings], ["info", s.infos]].forEach(function (x) {
      var w = L.severities[x[0]];  // the one set of severity words (service/render/common.py)
      sum.appendChild(pair("span", w[0] + " " + x[1], w[1] + " " + x[1], "n " + x[0]));
    });
    var isDocx = /\.docx$/i.test(state.file.name) || /wordprocessingml/.test(state.file.type);
    $("dl-docx").hidden = !isDocx;
    $("pdf-note").hidden = isDocx;
    committee(report);
    var list = $("findings");
    list.innerHTML = "";
    if (!report.document && !report.findings.length) {
      list.appendChild(pair("p", "ไฟล์นี้ไม่ใช่แบบ PA1", "This file is not a PA1.", "card"));
    }
    groupsOf(report).forEach(function (g) {
      var sec = el("section", "group card");
      sec.dataset.group = g.key;
      sec.appendChild(pair("h3", g.th, g.en));
      g.findings.forEach(function (f) { sec.appendChild(findingCard(report.document, f)); });
      list.appendChild(sec);
    });
    if (!report.findings.length) list.appendChild(pair("p", "ไม่พบข้อที่ต้องแก้ไข", "No findings.", "card none"));
    applyFilter();
    var top = $("result").getBoundingClientRect().top;
    if (top > window.innerHeight * 0.6 && $("result").scrollIntoView) $("result").scrollIntoView({ block: "start" });
  }

  /* ---- downloads ---- */
  function filenameFrom(r, fallback) {
    var cd = r.headers.get("Content-Disposition") || "";
    var m = /filename\*=UTF-8''([^;]+)/i.exec(cd);
    return m ? decodeURIComponent(m[1]) : fallback;
  }
  function save(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function download(url, init, fallbackName) {
    status("กำลังเตรียมไฟล์ …", "Preparing the file …", false, true);
    return fetch(url, init).then(function (r) {
      if (!r.ok) return r.json().catch(function () { return null; }).then(function (b) {
        var m = apiError(b, r.status); status(m.th, m.en, true);
      });
      return r.blob().then(function (b) { save(b, filenameFrom(r, fallbackName)); status("", ""); });
    }).catch(function () { status("ดาวน์โหลดไม่สำเร็จ", "Download failed.", true); });
  }
  $("dl-docx").addEventListener("click", function () {
    if (!state.file) return;
    download("/api/v1/annotate", { method: "POST", body: formFor(state.file) },
      state.file.name.replace(/\.docx$/i, "") + "-ผลการตรวจ.docx");
  });
  $("dl-html").addEventListener("click", function () {
    if (!state.report) return;
    download("/api/v1/reports/html", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(state.report)
    }, state.report.file.replace(/\.[^.]+$/, "") + "-ผลการตรวจ.html");
  });
})();

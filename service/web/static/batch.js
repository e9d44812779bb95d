/* pa-review page, supervisors' part: upload many files or a zip as one batch, follow its
   progress, see a table of files, download the XLSX/CSV. The batch token travels only in the
   Authorization header (never in a URL) and is kept in this tab's sessionStorage so a reload
   does not lose the batch. Thai first; the page's language button switches the spans. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  if (!$("batch")) return;

  var POLL_MS = 1500;
  var STATES = {
    queued: ["รอตรวจ", "queued"], running: ["กำลังตรวจ", "reviewing"],
    done: ["ตรวจแล้ว", "done"], failed: ["อ่านไม่ได้", "unreadable"],
    uploading: ["กำลังรับไฟล์", "uploading"]
  };
  var current = null; // {id, token}
  var timer = null;
  var offline = false;  // the last poll could not reach the server
  var picked = [];

  var el = window.PaDom.el, pair = window.PaDom.pair;  // static/dom.js
  var RULES = {};  // rule id -> [title_th, title_en], from the page's labels
  var MUST_FIX = ["ต้องแก้ไข", "Must fix"];  // the error severity's words (labels.severities)
  try {
    var labels = JSON.parse($("labels").textContent);
    RULES = labels.rules || {};
    if (labels.severities && labels.severities.error) MUST_FIX = labels.severities.error;
  } catch (e) { /* ids only */ }
  function say(th, en, isError) {
    var s = $("batch-status");
    s.textContent = "";
    s.className = "status" + (isError ? " error" : "");
    if (th) { s.appendChild(el("span", "th", th)); s.appendChild(el("span", "en", en)); }
  }
  function apiError(body, code) {
    var e = body && body.error;
    if (e) return { th: e.message_th, en: e.message_en };
    return { th: "เกิดข้อผิดพลาด (" + code + ") กรุณาลองใหม่", en: "Error (" + code + "): please try again." };
  }
  function mb(n) { return (n / 1048576).toFixed(1); }

  /* ---- choosing files ---- */
  function choose(files) {
    picked = Array.prototype.filter.call(files, function (f) { return /\.(docx|pdf|zip)$/i.test(f.name); });
    var total = picked.reduce(function (s, f) { return s + f.size; }, 0);
    var p = $("batch-picked");
    p.textContent = "";
    if (picked.length) {
      p.appendChild(el("span", "th", "เลือกแล้ว " + picked.length + " ไฟล์ (" + mb(total) + " MB)"));
      p.appendChild(el("span", "en", picked.length + " file(s) chosen (" + mb(total) + " MB)"));
    } else if (files.length) {
      p.appendChild(el("span", "th", "รับเฉพาะไฟล์ .docx .pdf หรือ .zip"));
      p.appendChild(el("span", "en", "Only .docx, .pdf or .zip files are accepted."));
    }
    // Name what was left out (a teacher's .doc, a photo): it must not vanish without a word.
    var left = Array.prototype.filter.call(files, function (f) { return picked.indexOf(f) < 0; })
      .map(function (f) { return f.name; });
    if (picked.length && left.length) {
      var names = left.slice(0, 10).join(", ") + (left.length > 10 ? " …" : "");
      p.appendChild(el("br"));
      p.appendChild(el("span", "th", "ไม่รวม " + left.length + " ไฟล์ที่ไม่ใช่ .docx .pdf หรือ .zip: " + names +
        " (ไฟล์ .doc ให้เปิดแล้วบันทึกเป็น .docx หรือ PDF ก่อน)"));
      p.appendChild(el("span", "en", "Left out " + left.length + " file(s) that are not .docx, .pdf or .zip: " +
        names + " (open a .doc and Save As .docx or PDF first)."));
    }
    $("batch-go").disabled = picked.length === 0;
  }
  window.PaDom.dropZone($("batch-drop"), $("batch-files"), choose);

  /* ---- sending ---- */
  $("batch-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (!picked.length) return;
    var form = new FormData();
    picked.forEach(function (f) { form.append("files", f, f.name); });
    if ($("batch-rank").value) form.append("rank", $("batch-rank").value);
    if ($("batch-keep").checked) form.append("keep", "1");
    $("batch-go").disabled = true;
    say("กำลังอัปโหลด " + picked.length + " ไฟล์…", "Uploading " + picked.length + " file(s)…");
    fetch("/api/v1/batches", { method: "POST", body: form })
      .then(function (r) { return r.json().catch(function () { return null; }).then(function (b) { return [r, b]; }); })
      .then(function (rb) {
        var r = rb[0], body = rb[1];
        $("batch-go").disabled = false;
        if (!r.ok || !body || !body.id) { var m = apiError(body, r.status); say(m.th, m.en, true); return; }
        say("รับไฟล์แล้ว กำลังตรวจ", "Files received: reviewing.");
        follow({ id: body.id, token: body.token });
      })
      .catch(function () {
        $("batch-go").disabled = false;
        say("อัปโหลดไม่สำเร็จ กรุณาตรวจสอบการเชื่อมต่อแล้วลองใหม่", "The upload failed: check the connection and try again.", true);
      });
  });

  $("batch-open-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    follow({ id: $("batch-open-id").value.trim(), token: $("batch-open-token").value.trim() });
  });

  /* ---- following a batch ---- */
  function follow(batch) {
    current = batch;
    try { sessionStorage.setItem("pa-review-batch", JSON.stringify(batch)); } catch (e) { /* private mode */ }
    $("batch-id").textContent = batch.id;
    $("batch-token").textContent = batch.token;
    $("batch-run").hidden = false;
    $("batch-table").querySelector("tbody").textContent = "";
    poll();
  }
  function auth() { return { Authorization: "Bearer " + current.token }; }

  function poll() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!current) return;
    var mine = current;
    fetch("/api/v1/batches/" + encodeURIComponent(mine.id), { headers: auth(), cache: "no-store" })
      .then(function (r) { return r.json().catch(function () { return null; }).then(function (b) { return [r, b]; }); })
      .then(function (rb) {
        if (mine !== current) return;
        var r = rb[0], body = rb[1];
        if (!r.ok) {
          var m = apiError(body, r.status); say(m.th, m.en, true);
          if (r.status === 404 || r.status === 401) {
            try { sessionStorage.removeItem("pa-review-batch"); } catch (e) { /* ignore */ }
            $("batch-run").hidden = true;
            current = null;
          } else { timer = setTimeout(poll, POLL_MS * 2); }
          return;
        }
        render(body);
        if (body.state === "done") say("ตรวจครบทุกไฟล์แล้ว", "Every file has been reviewed.");
        else {
          if (offline) say("เชื่อมต่อได้แล้ว กำลังตรวจ", "Connected again: reviewing.");
          timer = setTimeout(poll, POLL_MS);
        }
        offline = false;
      })
      .catch(function () {
        if (mine !== current) return;
        // The server restarting or the network down: the batch is kept on the server; say so.
        offline = true;
        say("เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ กำลังเชื่อมต่อใหม่… (ไฟล์ที่ส่งแล้วยังอยู่ครบ)",
            "Cannot reach the server: reconnecting… (the files sent are kept)", true);
        timer = setTimeout(poll, POLL_MS * 2);
      });
  }

  function render(s) {
    $("batch-progress").max = Math.max(1, s.total);
    $("batch-progress").value = s.done;
    var failed = s.files.filter(function (f) { return f.state === "failed"; }).length;
    var withErrors = s.files.filter(function (f) { return f.summary && f.summary.errors > 0; }).length;
    var count = $("batch-count");
    count.textContent = "";
    count.appendChild(el("span", "th", "ตรวจแล้ว " + s.done + " จาก " + s.total + " ไฟล์ · มีข้อ" + MUST_FIX[0] + " " + withErrors + " ไฟล์ · อ่านไม่ได้ " + failed));
    count.appendChild(el("span", "en", s.done + " of " + s.total + " files reviewed · " + withErrors + " with “" + MUST_FIX[1] + "” findings · " + failed + " unreadable"));

    var body = $("batch-table").querySelector("tbody");
    var rows = document.createDocumentFragment();
    s.files.forEach(function (f) {
      var tr = el("tr");
      tr.appendChild(el("td", null, f.name));
      var st = STATES[f.state] || [f.state, f.state];
      var state = pair("td", st[0], st[1], "state-" + f.state);
      if (f.retry) {
        // the first try ran out of time and the file was reviewed once more (files[].retry)
        var again = pair("span", "ลองใหม่แล้ว", "retried", "retried");
        again.title = "ลองตรวจใหม่ 1 ครั้ง หลังจาก: " + (f.retry.message_th || "") +
          " / Retried once after: " + (f.retry.message_en || "");
        state.appendChild(again);
      }
      tr.appendChild(state);
      ["errors", "warnings", "infos"].forEach(function (k, i) {
        var n = f.summary ? f.summary[k] : null;
        var cls = "num" + (n ? " " + ["error", "warning", "info"][i] : "");
        tr.appendChild(el("td", cls, n === null || n === undefined ? "" : String(n)));
      });
      var last = el("td", "rules");
      if (f.error) {
        last.appendChild(el("span", "th", f.error.message_th));
        last.appendChild(el("span", "en", f.error.message_en));
      } else {
        (f.top_rules || []).forEach(function (rule) {
          var t = RULES[rule];  // the rule's Thai/English title, its id as the tooltip
          var chip = t ? pair("span", t[0], t[1], "rule-title") : el("code", null, rule);
          chip.title = rule;
          last.appendChild(chip);
        });
      }
      tr.appendChild(last);
      rows.appendChild(tr);
    });
    body.textContent = "";
    body.appendChild(rows);
  }

  /* ---- downloads: fetch with the token, hand the browser a blob ---- */
  function download(path, filename) {
    if (!current) return;
    fetch("/api/v1/batches/" + encodeURIComponent(current.id) + path, { headers: auth(), cache: "no-store" })
      .then(function (r) {
        if (!r.ok) return r.json().catch(function () { return null; }).then(function (b) {
          var m = apiError(b, r.status); say(m.th, m.en, true);
        });
        return r.blob().then(function (blob) {
          var a = el("a");
          a.href = URL.createObjectURL(blob);
          a.download = filename;
          document.body.appendChild(a);
          a.click();
          setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        });
      })
      .catch(function () { say("ดาวน์โหลดไม่สำเร็จ กรุณาลองใหม่", "The download failed: please try again.", true); });
  }
  $("batch-xlsx").addEventListener("click", function () { download("/report.xlsx", "pa-review-" + current.id + ".xlsx"); });
  $("batch-csv").addEventListener("click", function () { download("/report.csv", "pa-review-" + current.id + ".csv"); });
  $("batch-csv-findings").addEventListener("click", function () {
    download("/report.csv?sheet=findings", "pa-review-" + current.id + "-findings.csv");
  });

  /* ---- a reload keeps following the batch of this tab ---- */
  try {
    var saved = JSON.parse(sessionStorage.getItem("pa-review-batch") || "null");
    if (saved && saved.id && saved.token) follow(saved);
  } catch (e) { /* ignore */ }
})();

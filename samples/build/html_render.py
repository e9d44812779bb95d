"""A spec → the same PA1 as an HTML page, printed to PDF by headless Chromium.

Teachers also fill PA1s in Google Docs or web forms and print them from the browser; this
is that producer. The text is the DOCX's text (same lists, labels, digits); the tables use
colspan/rowspan where the DOCX uses gridSpan/vMerge. Font: "TH Sarabun New", 16pt.
"""

from __future__ import annotations

from html import escape
from typing import Any

from samples.build.common import (AREA_SCOPES, AREA_TITLES, CLASSROOM_LABELS, COLUMN_HEADS,
                                  ITEM_TITLES, LEVEL_PHRASES, PART1_TASKS_INTRO, PART1_TITLE,
                                  PART2_HEADS, PART2_TITLE, TICKS, WORKLOAD_LABELS, Digits,
                                  item_code_text, list_label, signature_lines, task_codes)
from samples.build.docx_render import _fmt

CSS = """
@page { size: A4; margin: 18mm 20mm; }
body { font-family: "TH Sarabun New"; font-size: 16pt; line-height: 1.15; }
p { margin: 0; }
.c { text-align: center; } .b { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
td, th { border: 1px solid #000; vertical-align: top; padding: 2pt 4pt; font-weight: normal; }
table.plain td { border: none; }
.ind { padding-left: 1.2em; } .ind2 { padding-left: 2.4em; }
"""


class HtmlWriter:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.layout = spec["layout"]
        self.d = Digits(spec["digits"])
        self.out: list[str] = []

    def p(self, text: str, cls: str = "") -> str:
        return f'<p class="{cls}">{escape(text)}</p>' if cls else f"<p>{escape(text)}</p>"

    def lst(self, items: list[str], style: str | None = None, codes: dict[int, str] | None = None,
            start: int = 1) -> str:
        style = style or self.layout.get("numbering", "1.")
        if style == "word":
            style = "1."  # the browser producer types its numbers
        codes = codes or {}
        cs = self.layout.get("item_codes", "plain")
        out = []
        for i, text in enumerate(items):
            if i in codes:
                out.append(self.p(f"{self.d.list(item_code_text(codes[i], cs))} {text}"))
            elif style == "none":
                out.append(self.p(text))
            else:
                out.append(self.p(f"{self.d.list(list_label(style, start + i))} {text}"))
        return "".join(out)

    def header(self) -> None:
        w, d = self.spec["written"], self.d
        h = self.spec["document"]["header"]
        fy = w.get("fiscal_year", _fmt(h["fiscal_year"]))
        o = self.out
        o.append(self.p(w.get("form_title", "แบบข้อตกลงในการพัฒนางาน (PA 1/ส)"), "c b"))
        o.append(self.p(f"สำหรับข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งครู {w['rank_line']}", "c b"))
        o.append(self.p("(ทุกสังกัด)", "c b"))
        o.append(self.p(d.form(f"ปีงบประมาณ พ.ศ. {fy}"), "c b"))
        if w.get("period"):
            o.append(self.p(f"ระหว่างวันที่ {w['period']}", "c b"))
        o.append(self.p("ผู้จัดทำข้อตกลง", "b"))
        name = f"{w['title']}{w['first']}"
        band = d.form(w["salary_band"]) if w.get("band_thai_digits") else w["salary_band"]
        salary = d.form(w.get("salary", "........"))
        if self.layout.get("header") == "table":
            rows = [("ชื่อ-สกุล", f"{name} {w['surname']}"), ("ตำแหน่ง", f"ครู  วิทยฐานะ {w['rank']}"),
                    ("สถานศึกษา", h["school"] or "........"), ("สังกัด", h["affiliation"] or "........"),
                    ("รับเงินเดือนในอันดับ", f"{band}  อัตราเงินเดือน {salary} บาท")]
            o.append('<table class="plain">' + "".join(
                f"<tr><td style='width:25%'>{escape(a)}</td><td>{escape(b)}</td></tr>" for a, b in rows)
                + "</table>")
        else:
            if self.layout.get("name_style") == "joined":
                o.append(self.p(f"ชื่อ-สกุล {name} {w['surname']}  ตำแหน่ง ครู  วิทยฐานะ {w['rank']}"))
            else:
                o.append(self.p(f"ชื่อ {name}  นามสกุล {w['surname']}  ตำแหน่ง ครู  วิทยฐานะ {w['rank']}"))
            o.append(self.p(f"สถานศึกษา {h['school'] or '........'}  สังกัด {h['affiliation'] or '........'}"))
            o.append(self.p(f"รับเงินเดือนในอันดับ {band}  อัตราเงินเดือน {salary} บาท"))
        o.append(self.p("ประเภทห้องเรียนที่จัดการเรียนรู้ (สามารถระบุได้มากกว่า 1 ประเภทห้องเรียน)"))
        on, off = TICKS[self.layout.get("ticks", "boxes")]
        for key, label in CLASSROOM_LABELS:
            o.append(self.p(f"{on if key in h['classroom_types'] else off} {label}", "ind"))
        o.append(self.p(f"ข้าพเจ้าขอแสดงเจตจำนงในการจัดทำข้อตกลงในการพัฒนางานตำแหน่งครู {w['rank_line']} "
                        "ซึ่งเป็นตำแหน่ง/วิทยฐานะที่ดำรงอยู่ในปัจจุบันกับผู้อำนวยการสถานศึกษา ไว้ดังต่อไปนี้"))

    def workload(self) -> None:
        w, d = self.spec["written"], self.d
        wl = self.spec["document"]["workload"]
        o = self.out
        o.append(self.p(d.form(PART1_TITLE), "b"))
        o.append(self.p(d.form("1. ภาระงาน จะมีภาระงานเป็นไปตามที่ ก.ค.ศ. กำหนด ดังนี้")))
        hours = {k: d.form(_fmt(wl[k])) for k, _ in WORKLOAD_LABELS}
        total = w.get("total")
        if self.layout.get("workload") == "table":
            rows = "<tr><td class='c b'>ภาระงาน</td><td class='c b'>จำนวนชั่วโมง/สัปดาห์</td></tr>"
            for key, label in WORKLOAD_LABELS:
                cell = self.p(d.form(label))
                if key == "teaching":
                    cell += "".join(self.p("   " + s) for s in w.get("subjects", []))
                rows += f"<tr><td>{cell}</td><td class='c'>{escape(hours[key])}</td></tr>"
            if total is not None:
                rows += f"<tr><td>{escape('รวมทั้งสิ้น')}</td><td class='c'>{escape(d.form(total))}</td></tr>"
            o.append(f"<table>{rows}</table>")
        else:
            for key, label in WORKLOAD_LABELS:
                if key == "teaching":
                    o.append(self.p(f"{d.form(label)} รวมจำนวน {hours[key]} ชั่วโมง/สัปดาห์ ดังนี้", "ind"))
                    o.extend(self.p(s, "ind2") for s in w.get("subjects", []))
                else:
                    o.append(self.p(f"{d.form(label)} จำนวน {hours[key]} ชั่วโมง/สัปดาห์", "ind"))
            if total is not None:
                o.append(self.p(f"รวมทั้งสิ้น {d.form(total)} ชั่วโมง/สัปดาห์", "ind"))

    def area_label(self, n: int, scope: bool = True) -> str:
        return self.p(self.d.form(f"{n}. {AREA_TITLES[n]}")) + (self.p(AREA_SCOPES[n]) if scope else "")

    def head(self) -> str:
        return "<tr>" + "".join(f"<td class='c b'>{escape(h)}</td>" for h in COLUMN_HEADS) + "</tr>"

    def part1(self) -> None:
        o = self.out
        o.append(self.p(self.d.form(PART1_TASKS_INTRO)))
        areas = {a["area"]: a for a in self.spec["document"]["part1"]["areas"]}
        empty = {"tasks": [], "outcomes": [], "indicators": [], "items": {}}
        kind = self.layout["part1"]
        if kind == "area-rows":
            rows = self.head()
            for n in (1, 2, 3):
                if n not in areas and not self.layout.get("empty_area_rows"):
                    continue
                a = areas.get(n, empty)
                rows += (f"<tr><td style='width:23%'>{self.area_label(n)}</td><td>{self.lst(a['tasks'], codes=task_codes(a))}</td>"
                         f"<td>{self.lst(a['outcomes'])}</td><td>{self.lst(a['indicators'])}</td></tr>")
            o.append(f"<table>{rows}</table>")
        elif kind == "item-rows":
            rows = self.head()
            for n in (1, 2, 3):
                a = areas.get(n, empty)
                rows += f"<tr><td colspan='4' class='b'>{escape(self.d.form(f'ด้านที่ {n} {AREA_TITLES[n]}'))}</td></tr>"
                cur = [0, 0, 0]
                for code, nt, no, ni in self.layout["rows"][str(n)]:
                    rows += (f"<tr><td style='width:23%'>{self.p(self.d.form(code) + ' ' + ITEM_TITLES[code])}</td>"
                             f"<td>{self.lst(a['tasks'][cur[0]:cur[0] + nt])}</td>"
                             f"<td>{self.lst(a['outcomes'][cur[1]:cur[1] + no])}</td>"
                             f"<td>{self.lst(a['indicators'][cur[2]:cur[2] + ni])}</td></tr>")
                    cur = [cur[0] + nt, cur[1] + no, cur[2] + ni]
            o.append(f"<table>{rows}</table>")
        elif kind == "semester-columns":
            h = COLUMN_HEADS
            rows = (f"<tr><td rowspan='2' class='c b'>{escape(h[0])}</td><td colspan='2' class='c b'>งาน (Tasks)</td>"
                    f"<td rowspan='2' class='c b'>{escape(h[2])}</td><td rowspan='2' class='c b'>{escape(h[3])}</td></tr>"
                    f"<tr><td class='c b'>{escape(self.d.form('ภาคเรียนที่ 1'))}</td>"
                    f"<td class='c b'>{escape(self.d.form('ภาคเรียนที่ 2'))}</td></tr>")
            for n in (1, 2, 3):
                a = areas.get(n, empty)
                k = self.layout["semester_split"][str(n)]
                rows += (f"<tr><td>{self.area_label(n, scope=False)}</td><td>{self.lst(a['tasks'][:k])}</td>"
                         f"<td>{self.lst(a['tasks'][k:])}</td><td>{self.lst(a['outcomes'])}</td>"
                         f"<td>{self.lst(a['indicators'])}</td></tr>")
            o.append(f"<table>{rows}</table>")
        elif kind == "paragraphs":
            for n in (1, 2, 3):
                if n not in areas:
                    continue
                a = areas[n]
                o.append(self.p(self.d.form(f"ด้านที่ {n} {AREA_TITLES[n]}"), "b"))
                for field, head in (("tasks", "งาน (Tasks)"), ("outcomes", "ผลลัพธ์ (Outcomes)"),
                                    ("indicators", "ตัวชี้วัด (Indicators)")):
                    o.append(self.p(head, "b ind"))
                    o.append(self.lst(a[field], codes=task_codes(a) if field == "tasks" else None))
        elif kind == "merged":
            rows = self.head()
            nested_area = self.layout.get("nested_area")
            for n in (1, 2, 3):
                a = areas.get(n, empty)
                groups = self.layout["rows"][str(n)]
                cur = [0, 0, 0]
                codes = task_codes(a)
                for gi, (_c, nt, no, ni) in enumerate(groups):
                    label = (f"<td rowspan='{len(groups)}' style='width:23%'>{self.area_label(n)}</td>"
                             if gi == 0 else "")
                    tasks = a["tasks"][cur[0]:cur[0] + nt]
                    if n == nested_area:
                        tcell = "<table>" + "".join(
                            f"<tr><td>{self.p(self.d.list(list_label('1.', cur[0] + k + 1)) + ' ' + t)}</td></tr>"
                            for k, t in enumerate(tasks)) + "</table>"
                    else:
                        tcell = self.lst(tasks, codes={i - cur[0]: c for i, c in codes.items()
                                                       if cur[0] <= i < cur[0] + nt})
                    rows += (f"<tr>{label}<td>{tcell}</td><td>{self.lst(a['outcomes'][cur[1]:cur[1] + no])}</td>"
                             f"<td>{self.lst(a['indicators'][cur[2]:cur[2] + ni])}</td></tr>")
                    cur = [cur[0] + nt, cur[1] + no, cur[2] + ni]
            o.append(f"<table>{rows}</table>")
        else:
            raise ValueError(kind)

    def part2(self) -> None:
        p2 = self.spec["document"]["part2"]
        if p2 is None:
            return
        w, d, o = self.spec["written"], self.d, self.out
        o.append(self.p(d.form(PART2_TITLE), "b"))
        if self.layout.get("part2_preamble"):
            rank = self.spec["document"]["header"]["rank"]
            o.append(self.p("ประเด็นที่ท้าทายในการพัฒนาผลลัพธ์การเรียนรู้ของผู้เรียนของผู้จัดทำข้อตกลง ซึ่งปัจจุบัน"
                            f"ดำรงตำแหน่งครู {w['rank_line']} ต้องแสดงให้เห็นถึงระดับการปฏิบัติที่คาดหวัง คือ "
                            f"{LEVEL_PHRASES.get(rank, '')} การจัดการเรียนรู้และพัฒนาคุณภาพการเรียนรู้ของผู้เรียน "
                            "(ทั้งนี้ ประเด็นท้าทายอาจจะแสดงให้เห็นถึงระดับการปฏิบัติที่คาดหวังในวิทยฐานะที่สูงกว่าได้)"))
        o.append(self.p(f"ประเด็นท้าทาย เรื่อง {p2['title'] or '....................................'}", "b"))
        o.append(self.p(d.form(PART2_HEADS["problem"]), "b"))
        o.extend(self.p(line, "ind") for line in (p2["problem"] or "").split("\n") if line)
        o.append(self.p(d.form(PART2_HEADS["method"]), "b"))
        o.append(self.lst(p2["method"], style=self.layout.get("method_numbering")))
        o.append(self.p(d.form(PART2_HEADS["results"]), "b"))
        o.append(self.p(d.form(PART2_HEADS["quantitative"]), "b ind"))
        o.append(self.lst(p2["quantitative"], style=self.layout.get("result_numbering", "-")))
        o.append(self.p(d.form(PART2_HEADS["qualitative"]), "b ind"))
        o.append(self.lst(p2["qualitative"], style=self.layout.get("result_numbering", "-")))

    def build(self) -> str:
        self.header()
        self.workload()
        self.part1()
        self.part2()
        self.out.append("<p>&nbsp;</p>")
        self.out.extend(self.p(line, "c") for line in signature_lines(self.spec))
        return ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>PA1</title>'
                f"<style>{CSS}</style></head><body>{''.join(self.out)}</body></html>\n")


def render_html(spec: dict[str, Any]) -> str:
    return HtmlWriter(spec).build()

"""A spec → a PA1 DOCX with python-docx, using the Word structures real PA1 files use.

Layouts (spec["layout"]["part1"]):
- "area-rows": the official 4-column table, one row per area, lists inside the cells;
- "item-rows": one row per item 1.1–3.3 under full-width (gridSpan) area heading rows;
- "semester-columns": the Tasks column split into ภาคเรียนที่ 1 / 2 under a merged header;
- "paragraphs": no table, sub-headings and numbered paragraphs;
- "merged": the area label cell merged vertically (vMerge) over one row per task group, and
  one cell holding a nested table.
Lists are typed ("1.", "1)", "(1)", "-") or real Word numbering (numbering.xml, one w:num per
list so each cell restarts at 1). The font is set for the complex script (w:cs, w:szCs), as
Thai text in Word uses it.
"""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import datetime, timezone
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from samples.build.common import (AREA_SCOPES, AREA_TITLES, CLASSROOM_LABELS, COLUMN_HEADS,
                                  ITEM_TITLES, LEVEL_PHRASES, PART1_TASKS_INTRO, PART1_TITLE,
                                  PART2_HEADS, PART2_TITLE, TICKS, WORKLOAD_LABELS, Digits,
                                  item_code_text, list_label, signature_lines, task_codes)

FIXED_TIME = datetime(2023, 5, 1, 9, 0, 0, tzinfo=timezone.utc)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _fmt(value: float | int | None) -> str:
    if value is None:
        return "........"
    return str(int(value)) if float(value).is_integer() else str(value)


class DocxWriter:
    def __init__(self, spec: dict[str, Any], font: str) -> None:
        self.spec = spec
        self.layout = spec["layout"]
        self.font = font
        self.d = Digits(spec["digits"])
        self.doc = Document()
        self._setup()
        self._next_num = 100

    # ---- basics -------------------------------------------------------------------------
    def _setup(self) -> None:
        # TH Sarabun* at 16pt as real PA1s; the TLWG fonts are much larger per point, so
        # teachers who use them pick 14pt.
        half_points = 32 if "Sarabun" in self.font else 28
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
        for name in ("Normal", "List Paragraph", "Table Grid"):
            try:
                style = self.doc.styles[name]
            except KeyError:
                continue
            rpr = style.element.get_or_add_rPr()
            for old in rpr.findall(qn("w:rFonts")) + rpr.findall(qn("w:sz")) + rpr.findall(qn("w:szCs")) + rpr.findall(qn("w:lang")):
                rpr.remove(old)
            rpr.append(parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{self.font}" w:hAnsi="{self.font}" '
                                 f'w:eastAsia="{self.font}" w:cs="{self.font}"/>'))
            rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{half_points}"/>'))
            rpr.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="{half_points}"/>'))
            rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="en-US" w:bidi="th-TH"/>'))
        normal = self.doc.styles["Normal"].paragraph_format
        normal.space_after = Pt(0)
        normal.space_before = Pt(0)
        normal.line_spacing = 1.0
        core = self.doc.core_properties
        core.author = "pa-review samples"
        core.title = "PA1 sample"
        core.created = core.modified = FIXED_TIME.replace(tzinfo=None)
        core.last_modified_by = "pa-review samples"
        core.revision = 1

    def para(self, text: str = "", *, bold: bool = False, center: bool = False, container=None,
             indent_cm: float = 0.0):
        target = container if container is not None else self.doc
        p = target.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            if bold:
                run._r.get_or_add_rPr().append(parse_xml(f'<w:bCs {nsdecls("w")}/>'))
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent_cm:
            p.paragraph_format.left_indent = Cm(indent_cm)
        return p

    def _new_num(self) -> int:
        """A fresh w:num over one decimal abstractNum, so the list restarts at 1."""
        numbering = self.doc.part.numbering_part.element
        if numbering.find(qn("w:abstractNum")) is None or not getattr(self, "_abs", None):
            fmt = self.layout.get("word_numbering", "%1.")
            absn = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
                '<w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{fmt}"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
                '</w:abstractNum>')
            first_num = numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(absn)
            else:
                numbering.append(absn)
            self._abs = True
        self._next_num += 1
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{self._next_num}"><w:abstractNumId w:val="90"/>'
                        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        numbering.append(num)
        return self._next_num

    def add_list(self, items: list[str], container=None, *, style: str | None = None,
                 codes: dict[int, str] | None = None) -> None:
        """A list: typed numbering, Word numbering, or item codes in front of some entries."""
        style = style or self.layout.get("numbering", "1.")
        codes = codes or {}
        code_style = self.layout.get("item_codes", "plain")
        num_id = self._new_num() if style == "word" and not codes else None
        for i, text in enumerate(items):
            if i in codes:
                p = self.para(f"{self.d.list(item_code_text(codes[i], code_style))} {text}", container=container)
            elif num_id is not None:
                p = self.para(text, container=container)
                ppr = p._p.get_or_add_pPr()
                ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                        f'<w:numId w:val="{num_id}"/></w:numPr>'))
            elif style == "none":
                p = self.para(text, container=container)
            else:
                label = self.d.list(list_label(style, i + 1))
                self.para(f"{label} {text}", container=container)

    @staticmethod
    def _clear(cell) -> None:
        """python-docx cells start with one empty paragraph; remove it before filling."""
        for p in list(cell._tc.findall(qn("w:p"))):
            cell._tc.remove(p)

    def _fill(self, cell, items: list[str], codes: dict[int, str] | None = None) -> None:
        self._clear(cell)
        if items:
            self.add_list(items, cell, codes=codes)
        cell._tc.append(parse_xml(f'<w:p {nsdecls("w")}/>')) if not cell._tc.findall(qn("w:p")) else None

    def _cell_text(self, cell, lines: list[str], bold: bool = False, center: bool = False) -> None:
        self._clear(cell)
        for line in lines:
            self.para(line, container=cell, bold=bold, center=center)

    def _table(self, rows: int, cols: int, widths: list[float], borders: bool = True):
        t = self.doc.add_table(rows=rows, cols=cols)
        if borders:
            t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
        return t

    # ---- header -------------------------------------------------------------------------
    def header(self) -> None:
        s, w, d = self.spec, self.spec["written"], self.d
        h = s["document"]["header"]
        title = w.get("form_title", "แบบข้อตกลงในการพัฒนางาน (PA 1/ส)")
        rank_line = f"สำหรับข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งครู {w['rank_line']}"
        fy = w.get("fiscal_year", _fmt(h["fiscal_year"]))
        top = [title, rank_line, "(ทุกสังกัด)", d.form(f"ปีงบประมาณ พ.ศ. {fy}")]
        if w.get("period"):
            top.append(f"ระหว่างวันที่ {w['period']}")
        mode = self.layout.get("header", "lines")
        if mode == "sdt-textbox":
            self._textbox(top[:3])
            for line in top[3:]:
                self.para(line, bold=True, center=True)
        else:
            for line in top:
                self.para(line, bold=True, center=True)
        self.para("ผู้จัดทำข้อตกลง", bold=True)
        name = f"{w['title']}{w['first']}"
        band = d.form(w["salary_band"]) if w.get("band_thai_digits") else w["salary_band"]
        salary = d.form(w.get("salary", "........"))
        if mode == "table":
            rows = [("ชื่อ-สกุล", f"{name} {w['surname']}"), ("ตำแหน่ง", f"ครู  วิทยฐานะ {w['rank']}"),
                    ("สถานศึกษา", h["school"] or "........"), ("สังกัด", h["affiliation"] or "........"),
                    ("รับเงินเดือนในอันดับ", f"{band}  อัตราเงินเดือน {salary} บาท")]
            t = self._table(len(rows), 2, [4.0, 13.0], borders=False)
            for r, (label, value) in zip(t.rows, rows):
                self._cell_text(r.cells[0], [label])
                self._cell_text(r.cells[1], [value])
        elif mode == "sdt-textbox":
            p = self.para("ชื่อ ")
            self._sdt(p, "name", name)
            p.add_run("  นามสกุล ")
            self._sdt(p, "surname", w["surname"])
            p.add_run("  ตำแหน่ง ครู  วิทยฐานะ ")
            self._sdt(p, "rank", w["rank"])
            p = self.para("สถานศึกษา ")
            self._sdt(p, "school", h["school"] or "")
            p.add_run("  สังกัด ")
            self._sdt(p, "affiliation", h["affiliation"] or "")
            p = self.para("รับเงินเดือนในอันดับ ")
            self._sdt(p, "band", band)
            p.add_run(f"  อัตราเงินเดือน {salary} บาท")
        else:
            if self.layout.get("name_style") == "joined":
                self.para(f"ชื่อ-สกุล {name} {w['surname']}  ตำแหน่ง ครู  วิทยฐานะ {w['rank']}")
            else:
                self.para(f"ชื่อ {name}  นามสกุล {w['surname']}  ตำแหน่ง ครู  วิทยฐานะ {w['rank']}")
            self.para(f"สถานศึกษา {h['school'] or '........'}  สังกัด {h['affiliation'] or '........'}")
            self.para(f"รับเงินเดือนในอันดับ {band}  อัตราเงินเดือน {salary} บาท")
        self.para("ประเภทห้องเรียนที่จัดการเรียนรู้ (สามารถระบุได้มากกว่า 1 ประเภทห้องเรียน)")
        on, off = TICKS[self.layout.get("ticks", "boxes")]
        for key, label in CLASSROOM_LABELS:
            self.para(f"{on if key in h['classroom_types'] else off} {label}", indent_cm=1.0)
        self.para(f"ข้าพเจ้าขอแสดงเจตจำนงในการจัดทำข้อตกลงในการพัฒนางานตำแหน่งครู {w['rank_line']} "
                  "ซึ่งเป็นตำแหน่ง/วิทยฐานะที่ดำรงอยู่ในปัจจุบันกับผู้อำนวยการสถานศึกษา ไว้ดังต่อไปนี้")

    def _sdt(self, paragraph, tag: str, value: str) -> None:
        sdt = parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
            f'<w:id w:val="{abs(hash(tag)) % 100000 if False else len(tag) * 1000 + 7}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve"></w:t></w:r></w:sdtContent></w:sdt>')
        sdt.find(".//" + qn("w:t")).text = value
        paragraph._p.append(sdt)

    def _textbox(self, lines: list[str]) -> None:
        """The form title inside a VML text box (w:pict/v:shape/v:textbox/w:txbxContent)."""
        paras = "".join(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr>'
            f'<w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>' for line in lines)
        xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
               'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:pict>'
               '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
               '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               '<v:shape id="TitleBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
               'style="width:453pt;height:96pt;mso-fit-shape-to-text:t" strokeweight="1pt">'
               f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        self.doc.element.body.append(parse_xml(xml))
        # keep sectPr last
        body = self.doc.element.body
        sect = body.find(qn("w:sectPr"))
        if sect is not None:
            body.remove(sect)
            body.append(sect)

    # ---- workload -----------------------------------------------------------------------
    def workload(self) -> None:
        s, w, d = self.spec, self.spec["written"], self.d
        wl = s["document"]["workload"]
        self.para(d.form(PART1_TITLE), bold=True)
        self.para(d.form("1. ภาระงาน จะมีภาระงานเป็นไปตามที่ ก.ค.ศ. กำหนด ดังนี้"))
        hours = {k: d.form(_fmt(wl[k])) for k, _ in WORKLOAD_LABELS}
        total_written = w.get("total")  # the total as written, or None
        if self.layout.get("workload") == "table":
            rows = [(d.form(label), hours[key]) for key, label in WORKLOAD_LABELS]
            if total_written is not None:
                rows.append(("รวมทั้งสิ้น", d.form(total_written)))
            t = self._table(len(rows) + 1, 2, [13.0, 4.0])
            self._cell_text(t.rows[0].cells[0], ["ภาระงาน"], bold=True, center=True)
            self._cell_text(t.rows[0].cells[1], ["จำนวนชั่วโมง/สัปดาห์"], bold=True, center=True)
            for r, (label, value) in zip(t.rows[1:], rows):
                if label.startswith(("1.1", "๑.๑")) and w.get("subjects"):
                    self._cell_text(r.cells[0], [label] + [f"   {x}" for x in w["subjects"]])
                else:
                    self._cell_text(r.cells[0], [label])
                self._cell_text(r.cells[1], [value], center=True)
        else:
            for key, label in WORKLOAD_LABELS:
                if key == "teaching":
                    self.para(f"{d.form(label)} รวมจำนวน {hours[key]} ชั่วโมง/สัปดาห์ ดังนี้", indent_cm=0.8)
                    for subj in w.get("subjects", []):
                        self.para(subj, indent_cm=1.6)
                else:
                    self.para(f"{d.form(label)} จำนวน {hours[key]} ชั่วโมง/สัปดาห์", indent_cm=0.8)
            if total_written is not None:
                self.para(f"รวมทั้งสิ้น {d.form(total_written)} ชั่วโมง/สัปดาห์", indent_cm=0.8)

    # ---- part 1 -------------------------------------------------------------------------
    def part1(self) -> None:
        self.para(self.d.form(PART1_TASKS_INTRO))
        areas = {a["area"]: a for a in self.spec["document"]["part1"]["areas"]}
        kind = self.layout["part1"]
        getattr(self, "_part1_" + kind.replace("-", "_"))(areas)

    def _area_label(self, n: int, scope: bool = True) -> list[str]:
        lines = [self.d.form(f"{n}. {AREA_TITLES[n]}")]
        if scope:
            lines.append(AREA_SCOPES[n])
        return lines

    def _head_row(self, t) -> None:
        for c, text in zip(t.rows[0].cells, COLUMN_HEADS):
            self._cell_text(c, [text], bold=True, center=True)

    def _part1_area_rows(self, areas: dict[int, dict]) -> None:
        numbers = [n for n in (1, 2, 3) if n in areas or self.layout.get("empty_area_rows")]
        t = self._table(len(numbers) + 1, 4, [4.0, 4.6, 4.2, 4.2])
        self._head_row(t)
        for row, n in zip(t.rows[1:], numbers):
            a = areas.get(n, {"tasks": [], "outcomes": [], "indicators": []})
            self._cell_text(row.cells[0], self._area_label(n))
            self._fill(row.cells[1], a["tasks"], task_codes(a))
            self._fill(row.cells[2], a["outcomes"])
            self._fill(row.cells[3], a["indicators"])

    def _rows_of(self, n: int, a: dict) -> list[list]:
        return self.layout["rows"][str(n)]

    def _part1_item_rows(self, areas: dict[int, dict]) -> None:
        body: list[tuple[str, Any]] = []
        for n in (1, 2, 3):
            body.append(("heading", n))
            for spec_row in self.layout["rows"][str(n)]:
                body.append(("item", (n, spec_row)))
        t = self._table(len(body) + 1, 4, [4.0, 4.6, 4.2, 4.2])
        self._head_row(t)
        cursors: dict[int, list[int]] = {n: [0, 0, 0] for n in (1, 2, 3)}
        for row, (kind, val) in zip(t.rows[1:], body):
            if kind == "heading":
                merged = row.cells[0].merge(row.cells[3])
                self._cell_text(merged, [self.d.form(f"ด้านที่ {val} {AREA_TITLES[val]}")], bold=True)
                continue
            n, (code, nt, no, ni) = val
            a = areas.get(n, {"tasks": [], "outcomes": [], "indicators": []})
            cur = cursors[n]
            self._cell_text(row.cells[0], [f"{self.d.form(code)} {ITEM_TITLES[code]}"])
            self._fill(row.cells[1], a["tasks"][cur[0]:cur[0] + nt])
            self._fill(row.cells[2], a["outcomes"][cur[1]:cur[1] + no])
            self._fill(row.cells[3], a["indicators"][cur[2]:cur[2] + ni])
            cur[0] += nt
            cur[1] += no
            cur[2] += ni

    def _part1_semester_columns(self, areas: dict[int, dict]) -> None:
        t = self._table(2 + 3, 5, [3.6, 3.5, 3.5, 3.2, 3.2])
        h1, h2 = t.rows[0].cells, t.rows[1].cells
        for col, text in ((0, COLUMN_HEADS[0]), (3, COLUMN_HEADS[2]), (4, COLUMN_HEADS[3])):
            merged = h1[col].merge(h2[col])
            self._cell_text(merged, [text], bold=True, center=True)
        tasks_head = h1[1].merge(h1[2])
        self._cell_text(tasks_head, ["งาน (Tasks)"], bold=True, center=True)
        self._cell_text(t.rows[1].cells[1], [self.d.form("ภาคเรียนที่ 1")], bold=True, center=True)
        self._cell_text(t.rows[1].cells[2], [self.d.form("ภาคเรียนที่ 2")], bold=True, center=True)
        for row, n in zip(t.rows[2:], (1, 2, 3)):
            a = areas.get(n, {"tasks": [], "outcomes": [], "indicators": []})
            k = self.layout["semester_split"][str(n)]
            self._cell_text(row.cells[0], self._area_label(n, scope=False))
            self._fill(row.cells[1], a["tasks"][:k])
            self._fill(row.cells[2], a["tasks"][k:])
            self._fill(row.cells[3], a["outcomes"])
            self._fill(row.cells[4], a["indicators"])

    def _part1_paragraphs(self, areas: dict[int, dict]) -> None:
        heads = (("tasks", "งาน (Tasks)"), ("outcomes", "ผลลัพธ์ (Outcomes)"),
                 ("indicators", "ตัวชี้วัด (Indicators)"))
        for n in (1, 2, 3):
            if n not in areas:
                continue
            a = areas[n]
            self.para(self.d.form(f"ด้านที่ {n} {AREA_TITLES[n]}"), bold=True)
            for field, head in heads:
                self.para(head, bold=True, indent_cm=0.5)
                self.add_list(a[field], codes=task_codes(a) if field == "tasks" else None)

    def _part1_merged(self, areas: dict[int, dict]) -> None:
        """Area label vMerged over its groups' rows; area `nested_area`'s tasks in a nested table."""
        groups = {n: self.layout["rows"][str(n)] for n in (1, 2, 3)}
        total = sum(len(g) for g in groups.values())
        t = self._table(total + 1, 4, [4.0, 4.6, 4.2, 4.2])
        self._head_row(t)
        r = 1
        nested_area = self.layout.get("nested_area")
        for n in (1, 2, 3):
            a = areas.get(n, {"tasks": [], "outcomes": [], "indicators": []})
            g = groups[n]
            first, last = t.rows[r].cells[0], t.rows[r + len(g) - 1].cells[0]
            label = first.merge(last) if len(g) > 1 else first
            self._cell_text(label, self._area_label(n))
            cur = [0, 0, 0]
            for spec_row in g:
                _code, nt, no, ni = spec_row
                cells = t.rows[r].cells
                tasks = a["tasks"][cur[0]:cur[0] + nt]
                if n == nested_area:
                    self._clear(cells[1])
                    inner = cells[1].add_table(rows=len(tasks), cols=1)
                    inner.style = self.doc.styles["Table Grid"]
                    for k, (ir, text) in enumerate(zip(inner.rows, tasks)):
                        self._cell_text(ir.cells[0], [f"{self.d.list(list_label('1.', cur[0] + k + 1))} {text}"])
                    cells[1]._tc.append(parse_xml(f'<w:p {nsdecls("w")}/>'))
                else:
                    self._fill(cells[1], tasks, {i - cur[0]: c for i, c in task_codes(a).items()
                                                 if cur[0] <= i < cur[0] + nt})
                self._fill(cells[2], a["outcomes"][cur[1]:cur[1] + no])
                self._fill(cells[3], a["indicators"][cur[2]:cur[2] + ni])
                cur = [cur[0] + nt, cur[1] + no, cur[2] + ni]
                r += 1

    # ---- part 2 -------------------------------------------------------------------------
    def part2(self) -> None:
        p2 = self.spec["document"]["part2"]
        if p2 is None:
            return
        w, d = self.spec["written"], self.d
        self.para(d.form(PART2_TITLE), bold=True)
        if self.layout.get("part2_preamble"):
            rank = self.spec["document"]["header"]["rank"]
            self.para("ประเด็นที่ท้าทายในการพัฒนาผลลัพธ์การเรียนรู้ของผู้เรียนของผู้จัดทำข้อตกลง ซึ่งปัจจุบัน"
                      f"ดำรงตำแหน่งครู {w['rank_line']} ต้องแสดงให้เห็นถึงระดับการปฏิบัติที่คาดหวัง คือ "
                      f"{LEVEL_PHRASES.get(rank, '')} การจัดการเรียนรู้และพัฒนาคุณภาพการเรียนรู้ของผู้เรียน "
                      "(ทั้งนี้ ประเด็นท้าทายอาจจะแสดงให้เห็นถึงระดับการปฏิบัติที่คาดหวังในวิทยฐานะที่สูงกว่าได้)")
        self.para(f"ประเด็นท้าทาย เรื่อง {p2['title'] or '....................................'}", bold=True)
        self.para(d.form(PART2_HEADS["problem"]), bold=True)
        for line in (p2["problem"] or "").split("\n"):
            if line:
                self.para(line, indent_cm=1.0)
        self.para(d.form(PART2_HEADS["method"]), bold=True)
        self.add_list(p2["method"], style=self.layout.get("method_numbering"))
        self.para(d.form(PART2_HEADS["results"]), bold=True)
        self.para(d.form(PART2_HEADS["quantitative"]), bold=True, indent_cm=0.5)
        self.add_list(p2["quantitative"], style=self.layout.get("result_numbering", "-"))
        self.para(d.form(PART2_HEADS["qualitative"]), bold=True, indent_cm=0.5)
        self.add_list(p2["qualitative"], style=self.layout.get("result_numbering", "-"))

    def build(self) -> bytes:
        self.header()
        self.workload()
        self.part1()
        self.part2()
        self.para("")
        for line in signature_lines(self.spec):
            self.para(line, center=True)
        buf = io.BytesIO()
        self.doc.save(buf)
        return normalize_zip(buf.getvalue())


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a DOCX zip with fixed timestamps and order, so rebuilds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2023, 5, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def render_docx(spec: dict[str, Any], font: str = "TH SarabunPSK") -> bytes:
    return DocxWriter(copy.deepcopy(spec), font).build()

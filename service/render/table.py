"""A batch as a spreadsheet: XLSX (two sheets) or CSV (UTF-8 with BOM, so Excel shows Thai).

Sheet 1 "ไฟล์ (Files)": one row per file.  Sheet 2 "ข้อสังเกต (Findings)": one row per finding.
A file's top problems are named by the rules' Thai titles (ids in brackets), a finding's part
and field in the form's words (ส่วนที่ 1, ตัวชี้วัด).  Headers are Thai with English in brackets;
the header row is frozen and filtered.  Text that a spreadsheet would run as a formula is
written as text: typed as a string in XLSX, prefixed with an apostrophe in CSV (`=…`, `+…`,
`-…`, `@…`).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Literal

from models.rubric import ranks
from models.rubric.catalog import rules as rule_catalogue
from service.render.common import FIELDS, ITEMS, SEVERITY_WORDS
from service.storage import FileRow

STATE_TH = {"queued": "รอตรวจ", "running": "กำลังตรวจ", "done": "ตรวจแล้ว", "failed": "อ่านไม่ได้"}

FILE_COLUMNS = [
    ("file", "ไฟล์ (File)"),
    ("state", "สถานะ (State)"),
    ("name", "ชื่อครู (Teacher)"),
    ("rank", "วิทยฐานะ (Rank)"),
    ("school", "โรงเรียน (School)"),
    # the severity words of the page and the reports (service/render/common.py SEVERITIES)
    ("errors", "{} ({})".format(*SEVERITY_WORDS["error"])),
    ("warnings", "{} ({})".format(*SEVERITY_WORDS["warning"])),
    ("infos", "{} ({})".format(*SEVERITY_WORDS["info"])),
    ("top", "ปัญหาหลัก (Top problems)"),
    ("reason", "เหตุที่อ่านไม่ได้ (Error reason)"),
    # a file whose review ran out of time once and was reviewed again (service/batch.py); the
    # last column, so the columns before it keep their places
    ("retry", "ลองใหม่ (Retried)"),
]
FINDING_COLUMNS = [
    ("file", "ไฟล์ (File)"),
    ("rule", "กฎ (Rule)"),
    ("severity", "ระดับ (Severity)"),
    ("part", "ส่วน (Part)"),
    ("area", "ด้าน (Area)"),
    ("field", "ช่อง (Field)"),
    ("index", "ลำดับ (Index)"),
    ("item", "ข้อ PA 2/ส (Item)"),
    ("excerpt", "ข้อความ (Excerpt)"),
    ("message_th", "ข้อสังเกต (Message, Thai)"),
    ("message_en", "Message (English)"),
    ("suggestion_th", "ข้อเสนอแนะ (Suggestion)"),
    # last: the columns before it keep their places
    ("suggestion_en", "Suggested wording (English)"),
]
# "ต้องแก้ไข (error)": the words people read, the JSON value to filter on
SEVERITY_TH = {value: f"{th} ({value})" for value, (th, _) in SEVERITY_WORDS.items()}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# Where a finding sits, in the form's own words (the report JSON's keys are for programs).
PART_TH = {"document": "เอกสาร", "header": "ส่วนหัว", "workload": "ภาระงาน", "part1": "ส่วนที่ 1",
           "part2": "ส่วนที่ 2"}
MAX_WIDTH = 60
WRAP_FROM = 40  # columns this wide wrap their text


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    rows: list[list[Any]]


def _rank_label(rank_id: str | None) -> str:
    if not rank_id:
        return ""
    for rank in ranks().values():
        if rank.id.value == rank_id:
            return rank.th
    return rank_id


def _top_problems(findings: list[dict[str, Any]], n: int = 3) -> str:
    count = Counter(f["rule"] for f in findings)
    worst = {}
    for f in findings:
        worst[f["rule"]] = min(worst.get(f["rule"], 9), SEVERITY_ORDER.get(f["severity"], 9))
    rules = sorted(count, key=lambda r: (worst[r], -count[r], r))[:n]
    return "; ".join(f"{_rule_title(r)}{f' ×{count[r]}' if count[r] > 1 else ''} ({r})"
                     for r in rules)


def _rule_title(rule_id: str) -> str:
    """The rule's Thai title from the catalogue (the id itself for a rule it does not know)."""
    entry = rule_catalogue().get(rule_id)
    return entry.title_th if entry is not None else rule_id


def _item(loc: dict[str, Any], details: Any) -> str:
    """"1.5 วัดและประเมินผล" for a Part 1 finding that names its item (`details.item`: the
    uncovered item, or the item of its row in a one-row-per-item table), else empty."""
    code = str((details or {}).get("item") or "") if isinstance(details, dict) else ""
    if loc.get("part") != "part1" or code not in ITEMS:
        return ""
    return f"{code} {ITEMS[code][0]}"


def _retried(retry: dict[str, str] | None) -> str:
    """"ลองใหม่ 1 ครั้ง หลังจาก: <why> / Retried once after: <why>" for a file reviewed a second
    time after a timeout (files[].retry), empty otherwise (so a filter on the column finds them)."""
    if not retry:
        return ""
    th, en = retry.get("message_th") or "", retry.get("message_en") or ""
    return (f"ลองใหม่ 1 ครั้ง หลังจาก: {th} / Retried once after: {en}" if th or en
            else "ลองใหม่ 1 ครั้ง / Retried once")


def file_rows(files: Iterable[FileRow]) -> Table:
    rows = []
    for f in files:
        report = f.report or {}
        header = ((report.get("document") or {}).get("header") or {})
        summary = report.get("summary") or {}
        reason = ""
        if f.error:
            reason = f"{f.error.get('code', '')}: {f.error.get('message_th', '')} / " \
                     f"{f.error.get('message_en', '')}"
        rows.append([
            f.name, STATE_TH.get(f.state, f.state), header.get("name") or "",
            _rank_label(header.get("rank")), header.get("school") or "",
            summary.get("errors", "") if f.report else "",
            summary.get("warnings", "") if f.report else "",
            summary.get("infos", "") if f.report else "",
            _top_problems(report.get("findings") or []), reason, _retried(f.retry),
        ])
    return Table("ไฟล์ (Files)", [h for _, h in FILE_COLUMNS], rows)


def finding_rows(files: Iterable[FileRow]) -> Table:
    rows = []
    for f in files:
        for finding in (f.report or {}).get("findings") or []:
            loc = finding.get("location") or {}
            rows.append([
                f.name, finding.get("rule", ""), SEVERITY_TH.get(finding.get("severity"), ""),
                PART_TH.get(loc.get("part") or "", loc.get("part") or ""),
                loc.get("area") if loc.get("area") is not None else "",
                FIELDS.get(loc.get("field") or "", (loc.get("field") or "",))[0],
                loc.get("index") + 1 if isinstance(loc.get("index"), int) else "",
                _item(loc, finding.get("details")),
                finding.get("excerpt") or "", finding.get("message_th") or "",
                finding.get("message_en") or "", finding.get("suggestion_th") or "",
                finding.get("suggestion_en") or "",
            ])
    return Table("ข้อสังเกต (Findings)", [h for _, h in FINDING_COLUMNS], rows)


# -- width and safety ------------------------------------------------------------------------


# Marks that take no column of their own: Thai vowels above/below and tone marks, Lao likewise,
# general combining marks, zero-width characters.
_ZERO_WIDTH = re.compile("[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc"
                         "\u0ec8-\u0ecd\u200b-\u200f\u2060\ufeff]")


def display_width(text: str) -> int:
    """Columns a string takes: Thai vowel and tone marks above or below a consonant take none."""
    return len(_ZERO_WIDTH.sub("", text))


def _neutralise(value: Any) -> Any:
    """Text starting like a formula is prefixed with ' so no spreadsheet evaluates it."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# XML 1.0 (so an .xlsx cell) cannot hold C0 control characters other than tab, LF and CR; a zip
# entry's name or a damaged file's text may carry them, and openpyxl refuses the whole workbook.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(value: Any) -> Any:
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


# -- writers -----------------------------------------------------------------------------------


def write_xlsx(files: list[FileRow], out: io.BufferedIOBase | Any) -> None:
    """Two sheets to a path or binary stream."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    wrapped = NamedStyle("wrapped", alignment=Alignment(wrap_text=True, vertical="top"))
    workbook.add_named_style(wrapped)  # one style shared by every wrapped cell (fast, small file)
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE7F0")
    for table in (file_rows(files), finding_rows(files)):
        sheet = workbook.create_sheet(table.title[:31])
        sheet.append(table.headers)
        for number, row in enumerate(table.rows, start=2):
            row = [_xml_safe(v) for v in row]
            sheet.append(row)
            for column, value in enumerate(row, start=1):
                if isinstance(value, str) and value.startswith("="):
                    sheet.cell(number, column).data_type = "s"  # a teacher's "=…" stays text
        widths = [display_width(h) for h in table.headers]
        for row in table.rows:
            for i, value in enumerate(row):
                if isinstance(value, str) and len(value) > MAX_WIDTH:
                    widths[i] = MAX_WIDTH  # will wrap at the cap anyway
                elif value is not None and value != "":
                    widths[i] = max(widths[i], display_width(str(value)))
        for i, width in enumerate(widths, start=1):
            letter = get_column_letter(i)
            # Thai glyphs in Excel's default font are wider than Latin ones: add a fifth.
            sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(8, width * 1.2 + 2))
            if width > WRAP_FROM:
                for cell in sheet[letter][1:]:
                    cell.style = "wrapped"
        for cell in sheet[1]:
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{len(table.rows) + 1}"
    workbook.save(out)


def write_csv(files: list[FileRow], out: io.TextIOBase | Any,
              sheet: Literal["files", "findings"] = "files") -> None:
    """One sheet as CSV to a text stream opened with newline="" (the BOM is written here)."""
    table = file_rows(files) if sheet == "files" else finding_rows(files)
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_neutralise(v) for v in row])


def xlsx_bytes(files: list[FileRow]) -> bytes:
    buffer = io.BytesIO()
    write_xlsx(files, buffer)
    return buffer.getvalue()


def csv_bytes(files: list[FileRow], sheet: Literal["files", "findings"] = "files") -> bytes:
    buffer = io.StringIO(newline="")
    write_csv(files, buffer, sheet)
    return buffer.getvalue().encode("utf-8")

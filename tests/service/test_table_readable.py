"""The batch spreadsheet reads in Thai for a supervisor: the top problems of a file are named
in words (with the rule id kept for filtering), and where a finding sits is said in the form's
own terms (ส่วนที่ 1, ตัวชี้วัด), not as JSON keys (part1, indicators)."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from models.rubric.catalog import rule
from service.render.table import csv_bytes, xlsx_bytes
from service.storage import FileRow


def _finding(rule_id: str, severity: str, part: str, field: str | None = None,
             area: int | None = None, index: int | None = None) -> dict:
    return {"rule": rule_id, "severity": severity, "message_th": "ข้อความ", "message_en": "Text.",
            "location": {"part": part, "area": area, "field": field, "index": index},
            "excerpt": "", "suggestion_th": None, "details": {}}


def _row() -> FileRow:
    findings = [_finding("indicator.no-target", "warning", "part1", "indicators", 1, 1),
                _finding("indicator.no-target", "warning", "part1", "indicators", 2, 0),
                _finding("workload.total-below-minimum", "error", "workload", "total"),
                _finding("challenge.method-no-timeline", "warning", "part2", "method")]
    report = {"file": "ครูก.docx", "document": {"header": {"name": "นางสาวสมศรี ใจดี"}},
              "findings": findings, "summary": {"errors": 1, "warnings": 3, "infos": 0}}
    return FileRow("b", 0, "ครูก.docx", "s", 1, "done", 1, report, None)


def test_top_problems_are_named_in_thai_with_their_rule_ids():
    files, _ = load_workbook(io.BytesIO(xlsx_bytes([_row()]))).worksheets
    top = files["I"][1].value
    first, second, third = top.split("; ")
    assert first.startswith(rule("workload.total-below-minimum").title_th)  # errors first
    assert "(workload.total-below-minimum)" in first
    assert second.startswith(rule("indicator.no-target").title_th) and "×2" in second
    assert "(indicator.no-target)" in second
    assert third.startswith(rule("challenge.method-no-timeline").title_th)


def test_findings_say_where_in_the_form_s_words():
    _, found = load_workbook(io.BytesIO(xlsx_bytes([_row()]))).worksheets
    where = [(r[1], r[3], r[4], r[5], r[6]) for r in found.iter_rows(min_row=2, values_only=True)]
    assert ("indicator.no-target", "ส่วนที่ 1", 1, "ตัวชี้วัด", 2) in where
    assert ("workload.total-below-minimum", "ภาระงาน", None, "รวม", None) in where
    assert ("challenge.method-no-timeline", "ส่วนที่ 2", None, "วิธีการดำเนินการ", None) in where
    rows = list(csv.reader(io.StringIO(csv_bytes([_row()], "findings").decode("utf-8-sig"))))
    assert rows[1][3:6] == ["ส่วนที่ 1", "1", "ตัวชี้วัด"]

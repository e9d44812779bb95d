"""QA round 5: findings in a one-row-per-item table name their item everywhere; one set of severity
words everywhere; `check --format html` with several files is one HTML document."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

from models.document import Pa1Document
from models.findings import Finding, Location, Severity
from service.annotate import comment_text
from service.render.common import SEVERITIES, location_label
from service.render.html import Unreadable, render_html, render_html_many
from service.render.table import finding_rows, file_rows
from service.render.text import render_text
from service.report import Report, Summary
from service.row_items import with_row_items
from service.storage import FileRow

STATIC = Path(__file__).resolve().parents[2] / "service" / "web"


def _row(report: Report) -> FileRow:
    return FileRow(batch_id="b", seq=0, name=report.file, sha256=report.sha256, size=1,
                   state="done", attempts=1, report=report.to_json(), error=None)


def _item_rows_document() -> Pa1Document:
    """Area 1 as a one-row-per-item table: row 3 is item 1.1, row 4 holds two tasks of item 1.3
    (so the fifth indicator is item 1.5's, not "ข้อ 5"), row 6 item 1.5, row 7 item 1.6."""
    tasks = ["ปรับหลักสูตร", "จัดกิจกรรม ก", "จัดกิจกรรม ข", "วัดและประเมินผล", "วิจัยในชั้นเรียน"]
    rows = [3, 4, 4, 6, 7]
    sources = {f"part1.1.tasks.{i}": {"kind": "cell", "table": 1, "row": r, "cell": 1}
               for i, r in enumerate(rows)}
    for field, cell in (("outcomes", 2), ("indicators", 3)):
        for i, r in enumerate([3, 4, 6, 7]):
            sources[f"part1.1.{field}.{i}"] = {"kind": "cell", "table": 1, "row": r, "cell": cell}
    return Pa1Document.model_validate({
        "part1": {"areas": [{"area": 1, "tasks": tasks, "outcomes": ["ก", "ข", "ค", "ง"],
                             "indicators": ["ร้อยละ", "ร้อยละ", "ร้อยละของนักเรียน", "ร้อยละ"],
                             "items": {"1.1": [0], "1.3": [1, 2], "1.5": [3], "1.6": [4]}}]},
        "sources": sources, "layout": "item-rows"})


def _finding(field: str = "indicators", index: int | None = 2, details: dict | None = None,
             severity: Severity = Severity.WARNING) -> Finding:
    return Finding(rule="indicator.no-target", severity=severity, message_th="ไม่มีเป้าหมาย",
                   message_en="No target", location=Location(part="part1", area=1, field=field,
                                                             index=index),
                   excerpt="ร้อยละของนักเรียน", details=details or {})


def test_item_rows_findings_carry_their_rows_item():
    doc = _item_rows_document()
    found = with_row_items(doc, [
        _finding(index=2), _finding(field="tasks", index=2),
        _finding(field="indicators", index=None, details={"row": 7, "outcomes": [3]}),
        _finding(field="tasks", index=None, details={"item": "1.4"}),  # item-uncovered keeps its own
    ])
    assert [f.details.get("item") for f in found] == ["1.5", "1.3", "1.6", "1.4"]
    # another layout: list positions stay list positions
    other = doc.model_copy(update={"layout": "area-rows"})
    assert "item" not in with_row_items(other, [_finding()])[0].details


def test_every_renderer_names_the_item_not_the_list_position():
    doc = _item_rows_document()
    f = with_row_items(doc, [_finding(index=2)])[0]
    assert location_label(f.location, f.details) == (
        "ตัวชี้วัด ข้อ 1.5 วัดและประเมินผล", "indicators, item 1.5 measurement and evaluation")
    report = Report(file="pa1.docx", sha256="0" * 64, document=doc, findings=[f],
                    summary=Summary.of([f]))
    for out in (render_text(report), render_html(report), comment_text(f)):
        assert "ตัวชี้วัด ข้อ 1.5 วัดและประเมินผล" in out
        assert "ตัวชี้วัด ข้อ 3" not in out
    row = finding_rows([_row(report)]).rows[0]
    assert "1.5 วัดและประเมินผล" in row
    # the page script builds the same label from details.item and the page's item names
    assert "details.item" in (STATIC / "static" / "app.js").read_text(encoding="utf-8")


_OTHER_WORDS = ("ข้อผิดพลาด", "คำเตือน")  # the spreadsheet's old words for error / warning


def test_one_set_of_severity_words_everywhere():
    words = {s: SEVERITIES[s] for s in Severity}
    findings = [_finding(severity=s) for s in Severity]
    report = Report(file="pa1.docx", sha256="0" * 64, document=None, findings=findings,
                    summary=Summary.of(findings))
    text, page = render_text(report), render_html(report)
    files = [_row(report)]
    sheet = " ".join(file_rows(files).headers) + " " + " ".join(
        str(v) for r in finding_rows(files).rows for v in r)
    for s, (th, en) in words.items():
        for out in (text, page, sheet, comment_text(_finding(severity=s))):
            assert th in out, (s, th)
        assert th in comment_text(_finding(severity=s)) and en in comment_text(_finding(severity=s))
    for out in (text, page, sheet):
        assert not any(w in out for w in _OTHER_WORDS), out[:200]
    # no page, template or script spells the severities its own way
    for path in list((STATIC / "templates").glob("*.html")) + list((STATIC / "static").glob("*.js")):
        source = path.read_text(encoding="utf-8").replace("เกิดข้อผิดพลาด", "")  # HTTP errors
        assert not any(w in source for w in _OTHER_WORDS), path.name
        assert "ควรแก้ไข" not in source, path.name  # comes from labels.severities


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.starts: list[str] = []
        self.ids: list[str] = []
        self.doctypes = 0

    def handle_decl(self, decl: str) -> None:
        self.doctypes += decl.lower().startswith("doctype")

    def handle_starttag(self, tag, attrs) -> None:
        self.starts.append(tag)
        self.ids += [v for k, v in attrs if k == "id"]


def test_several_files_make_one_html_document():
    a = Report(file="a.docx", sha256="a" * 64, document=None, findings=[_finding()],
               summary=Summary.of([_finding()]))
    b = Report(file="b.pdf", sha256="b" * 64, document=None)
    page = render_html_many([a, Unreadable("c.docx", "corrupt", "ไฟล์เสีย", "The file is damaged."), b])
    tags = _Tags()
    tags.feed(page)
    assert tags.doctypes == 1
    assert [tags.starts.count(t) for t in ("html", "head", "body", "title")] == [1, 1, 1, 1]
    assert tags.starts.count("section") == 3 and len(tags.ids) == len(set(tags.ids))
    assert page.index("a.docx") < page.index("c.docx") < page.index("b.pdf")
    assert "ไฟล์เสีย" in page and "The file is damaged." in page
    assert re.search(r'<a href="#file-2">c\.docx</a>', page)


def test_row_missing_outcome_or_indicator_names_the_rows_item():
    """A row of the item-rows table with a task and no outcome, or an outcome and no indicator:
    the message says which item's row (ข้อ 1.3), not only the area."""
    from models.checks import part1
    from models.checks.context import CheckContext

    ctx = CheckContext(rank=None, expected_level=None)
    data = _item_rows_document().model_dump(mode="json")
    data["sources"] = _item_rows_document().sources
    area = data["part1"]["areas"][0]
    area["outcomes"] = ["ก", "", "ค", "ง"]  # row 4 (item 1.3): tasks, no outcome
    area["indicators"] = ["ร้อยละ", "", "", "ร้อยละ"]  # row 6 (item 1.5): outcome, no indicator
    doc = Pa1Document.model_validate({**data, "layout": "item-rows"})
    [no_outcome] = list(part1.outcome_missing(doc, ctx))
    assert no_outcome.details["item"] == "1.3"
    assert no_outcome.message_th.startswith("ด้านที่ 1 ข้อ 1.3 มีงาน")
    assert no_outcome.message_en.startswith("Area 1, item 1.3, has tasks")
    [no_indicator] = list(part1.indicator_missing(doc, ctx))
    assert no_indicator.details["item"] == "1.5"
    assert no_indicator.message_th.startswith("ด้านที่ 1 ข้อ 1.5 มีผลลัพธ์")
    # with_row_items keeps the engine's item
    assert with_row_items(doc, [no_indicator])[0].details["item"] == "1.5"
    # another layout: the area alone, as before
    flat = Pa1Document.model_validate({"part1": {"areas": [{"area": 2, "tasks": ["ก"]}]}})
    [f] = list(part1.outcome_missing(flat, ctx))
    assert f.message_th.startswith("ด้านที่ 2 มีงาน") and "item" not in f.details

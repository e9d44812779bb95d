"""Reports for people: text and HTML, Thai first, grouped by part and area; odd reports render."""

from __future__ import annotations

import service_fakes as fakes
from models.findings import Finding, Location, Severity
from service.render.common import committee, groups
from service.render.html import render_html
from service.render.text import render_text
from service.report import Report, Summary


def _report(findings, document=None, expected=None) -> Report:
    findings = sorted(findings, key=Finding.sort_key)
    return Report(file="pa1.docx", sha256="ab" * 32, document=document, expected_level=expected,
                  findings=findings, summary=Summary.of(findings))


def test_groups_follow_parts_then_areas():
    report = _report(fakes.findings(), fakes.document(), "solve")
    assert [g.key for g in groups(report)] == ["header", "part1.1", "part1.2", "part2"]
    assert groups(report)[1].title_th.startswith("ส่วนที่ 1") and "ด้านที่ 1" in groups(report)[1].title_th


def test_committee_items_and_levels():
    below = Finding(rule="challenge.level-below-expected", severity=Severity.WARNING, message_th="ต่ำ",
                    message_en="low", location=Location(part="part2", field="title"),
                    details={"expected": "solve", "detected": "apply"})
    board = committee(_report(fakes.findings() + [below], fakes.document(), "solve"))
    covered = {code for code, _, _, ok in board.items if ok}
    assert covered == {"1.1", "1.2", "2.1", "3.2"} and len(board.items) == 15
    assert board.expected_level[1] == "Solve the Problem" and board.detected_level[0] == "ปรับประยุกต์"
    assert board.level_ok is False


def test_not_a_pa1_and_no_findings_render():
    not_pa1 = Finding(rule="document.not-pa1", severity=Severity.ERROR, message_th="ไม่ใช่แบบ PA1",
                      message_en="Not a PA1", location=Location(part="document"))
    for report in (_report([not_pa1]), _report([]), _report([], fakes.document(), "solve")):
        text, html = render_text(report), render_html(report)
        assert "pa1.docx" in text and "<!doctype html>" in html
    assert "ไม่พบข้อที่ต้องแก้ไข" in render_text(_report([], fakes.document()))


def test_html_escapes_document_text():
    evil = Finding(rule="indicator.no-target", severity=Severity.WARNING, message_th="<script>x</script>",
                   message_en="m", location=Location(part="part1", area=1, field="indicators", index=0),
                   excerpt="<img src=x onerror=alert(1)>")
    html = render_html(_report([evil], fakes.document()))
    assert "<script>x" not in html and "<img src=x" not in html and "&lt;script&gt;" in html


def test_thai_before_english_in_text():
    text = render_text(_report(fakes.findings(), fakes.document(), "solve"))
    assert text.index("ตัวชี้วัดไม่มีค่าเป้าหมาย") < text.index("The indicator has no numeric target.")
    assert "« ร้อยละของนักเรียน »" in text


def test_english_rewrite_shown_where_there_is_one():
    """A finding on a statement written in English carries its English rewrite: the text and HTML
    reports show it under the Thai suggestion; a finding without one shows no English line."""
    loc = Location(part="part1", area=1, field="indicators", index=0)
    english = Finding(rule="indicator.no-target", severity=Severity.WARNING, message_th="ก",
                      message_en="m", location=loc, excerpt="Percentage of students who read",
                      suggestion_en="…% of students read at a good level or above")
    text = render_text(_report([english], fakes.document()))
    html = render_html(_report([english], fakes.document()))
    for out in (text, html):
        assert "Suggested wording (English): …% of students read at a good level or above" in out
    assert "Suggested wording (English)" not in render_text(_report(fakes.findings(), fakes.document()))

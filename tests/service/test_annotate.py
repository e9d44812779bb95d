"""The commented DOCX: every finding a Word comment, anchored on the right text, text unchanged.

The comments are read back after a headless LibreOffice conversion (an independent reader of the
DOCX), not only from our own XML.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

import service_fakes as fakes
from conftest import require_tool, soffice_profile
from models.thai.normalize import normalize
from service import pipeline
from service.annotate import annotate_docx, comment_text
from service.report import Report


@pytest.fixture
def annotated(monkeypatch) -> tuple[bytes, bytes, Report]:
    fakes.install(monkeypatch)
    data = fakes.build_docx()
    report = pipeline.review(data, "pa1.docx")
    return data, annotate_docx(data, report), report


def _texts(data: bytes) -> list[str]:
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out += [c.text for c in row.cells]
    return out


def test_teacher_text_is_unchanged(annotated):
    original, commented, _ = annotated
    assert _texts(commented) == _texts(original)


def test_every_finding_is_a_comment_in_our_package(annotated):
    _, commented, report = annotated
    comments = list(docx.Document(io.BytesIO(commented)).comments)
    assert len(comments) == len(report.findings) == 4
    texts = sorted(c.text for c in comments)
    assert texts == sorted(comment_text(f) for f in report.findings)
    for c in comments:
        assert c.author == "pa-review"


def test_comment_text_thai_first_then_english_then_suggestion():
    f = fakes.findings()[0]
    lines = comment_text(f).split("\n")
    assert f.message_th in lines[0] and f.message_en in lines[1]
    assert lines[2] == f"ข้อเสนอแนะ: {f.suggestion_th}"


def _anchors_via_libreoffice(commented: bytes, tmp_path) -> dict[str, str]:
    """{rule id: anchored text} after LibreOffice converted the DOCX to flat ODT."""
    soffice = require_tool("soffice")
    src = tmp_path / "commented.docx"
    src.write_bytes(commented)
    subprocess.run([soffice, "--headless", soffice_profile(),
                    "--convert-to", "fodt", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=120)
    xml = (tmp_path / "commented.fodt").read_text(encoding="utf-8")
    anchors = {}
    for m in re.finditer(r'<office:annotation office:name="([^"]+)"[^>]*>(.*?)</office:annotation>', xml, re.S):
        name, body = m.group(1), m.group(2)
        rule = re.search(r"\(([a-z0-9]+\.[a-z0-9-]+)\)</text:p>", body).group(1)
        end = xml.index(f'<office:annotation-end office:name="{name}"/>', m.end())
        anchored = re.sub(r"<[^>]+>", "", xml[m.end():end])
        anchors[rule] = html.unescape(re.sub(r"\s+", " ", anchored)).strip()
    return anchors


@pytest.fixture
def annotated_real_reader(monkeypatch) -> tuple[bytes, bytes, Report]:
    """The real DOCX reader (its SourceRefs), with the known findings in place of the checks."""
    pytest.importorskip("extractors.docx")
    monkeypatch.setattr(pipeline, "_run_checks", fakes.fake_checks)
    data = fakes.build_docx()
    report = pipeline.review(data, "pa1.docx")
    assert report.document is not None and report.document.sources
    return data, annotate_docx(data, report), report


@pytest.mark.libreoffice
@pytest.mark.parametrize("which", ["annotated", "annotated_real_reader"])
def test_comments_survive_libreoffice_and_sit_on_the_right_text(which, request, tmp_path):
    _, commented, report = request.getfixturevalue(which)
    anchors = _anchors_via_libreoffice(commented, tmp_path)
    assert set(anchors) == {f.rule for f in report.findings}
    # An indicator: the runs that hold the excerpt, in the indicator's own cell line.
    assert fakes.EXCERPT in anchors["indicator.no-target"]
    assert anchors["indicator.no-target"] == fakes.INDICATORS_1[1]
    # An uncovered item in area 2: the area's row label.
    assert anchors["part1.item-uncovered"].startswith("2. ด้านการส่งเสริม")
    # A missing Part 2 section: the challenge's title.
    assert fakes.CHALLENGE in anchors["challenge.section-missing"]
    # A missing header field: the header (its heading, the form's title, when the reader records
    # it; else the first header field written).
    assert anchors["header.missing-field"] in (fakes.TITLE, f"ชื่อ {fakes.NAME}")


def test_without_sources_comments_go_to_the_nearest_heading(monkeypatch):
    """A document with no sources at all (a reader that recorded none) still gets every comment."""
    fakes.install(monkeypatch)
    data = fakes.build_docx()
    report = pipeline.review(data, "pa1.docx")
    bare = report.model_copy(update={"document": report.document.model_copy(update={"sources": {}})})
    out = annotate_docx(data, bare)
    d = docx.Document(io.BytesIO(out))
    assert len(list(d.comments)) == len(report.findings)
    # The indicator's excerpt is still found by its text; the rest go to the nearest heading.
    assert "commentRangeStart" in d.paragraphs[3]._p.xml  # "ส่วนที่ 1" heading: the uncovered item
    assert "commentRangeStart" in d.paragraphs[4]._p.xml  # the Part 2 heading: the missing section
    assert "commentRangeStart" in d.paragraphs[0]._p.xml  # the form's title: the header field


SAMPLE_DOCX = sorted((Path(__file__).resolve().parents[2] / "samples" / "documents").glob("*.docx"))


def anchored_texts(data: bytes) -> tuple[list[str], dict[str, str]]:
    """(comment ids in order, {comment id: the document text inside its range})."""
    d = docx.Document(io.BytesIO(data))
    active: set[str] = set()
    texts: dict[str, str] = {}
    for el in d.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            active.add(el.get(qn("w:id")))
            texts.setdefault(el.get(qn("w:id")), "")
        elif el.tag == qn("w:commentRangeEnd"):
            active.discard(el.get(qn("w:id")))
        elif el.tag == qn("w:t"):
            for cid in active:
                texts[cid] += el.text or ""
    return sorted((str(c.comment_id) for c in d.comments), key=int), texts


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", normalize(text))


@pytest.mark.skipif(not SAMPLE_DOCX, reason="no sample DOCX in samples/documents")
@pytest.mark.parametrize("path", SAMPLE_DOCX, ids=lambda p: p.name)
def test_real_samples_every_excerpt_sits_inside_its_comment(path):
    """The real readers and checks on the project's sample PA1s: one comment per finding, the
    teacher's text unchanged, and every finding with an excerpt anchored on runs holding it."""
    data = path.read_bytes()
    report = pipeline.review(data, path.name)
    out = annotate_docx(data, report)
    assert _texts(out) == _texts(data)
    ids, texts = anchored_texts(out)
    assert len(ids) == len(report.findings)
    for finding, cid in zip(report.findings, ids):  # comments are added in report order
        assert texts.get(cid, "").strip() or not finding.excerpt, finding.rule
        if finding.excerpt:
            assert _squash(finding.excerpt) in _squash(texts[cid]), (finding.rule, finding.location)


def test_uncovered_item_in_an_item_rows_table_sits_on_its_row():
    """One row per item (Thai digits in the labels): an item no task addresses is commented on
    its own row label, not on the area."""
    from models.document import Area, Part1, SourceRef
    from models.findings import Finding, Location, Severity

    d = docx.Document()
    d.add_paragraph("ส่วนที่ 1")
    table = d.add_table(rows=4, cols=2)
    for row, (label, task) in enumerate([("ด้านที่ 1 ด้านการจัดการเรียนรู้", ""),
                                         ("๑.๑ สร้างและหรือพัฒนาหลักสูตร", "วิเคราะห์หลักสูตร"),
                                         ("๑.๑๐ ไม่ใช่ข้อนี้", ""),
                                         ("๑.๓ จัดกิจกรรมการเรียนรู้", "")]):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = task
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    document = fakes.document().model_copy(update={
        "part1": Part1(areas=[Area(area=1, tasks=["วิเคราะห์หลักสูตร"], items={"1.1": [0]})]),
        "sources": {"part1.1": SourceRef(kind="cell", table=0, row=0, cell=0),
                    "part1.1.tasks.0": SourceRef(kind="cell", table=0, row=1, cell=1, line=0)}})
    finding = Finding(rule="part1.item-uncovered", severity=Severity.WARNING, message_th="ไม่มีงานข้อ 1.3",
                      message_en="No task for 1.3", location=Location(part="part1", area=1, field="tasks"),
                      details={"item": "1.3"})
    report = Report(file="x.docx", sha256="0" * 64, document=document, findings=[finding])
    ids, texts = anchored_texts(annotate_docx(data, report))
    assert texts[ids[0]] == "๑.๓ จัดกิจกรรมการเรียนรู้"

"""The teacher's own DOCX back, with every finding as a Word comment on the text it is about.

Anchors come from `Pa1Document.sources` (SourceRef: body paragraph index, or top-level table /
row / real `<w:tc>` / line).  A finding about something absent anchors on the nearest heading
(the Part 1 area row, the Part 2 heading…) or the first paragraph.  The teacher's text is never
changed: comments only add range markers around existing runs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from models.document import Pa1Document, SourceRef, field_key
from models.findings import Finding
from models.thai.normalize import normalize, to_arabic_digits
from service.render.common import SEVERITIES, location_label
from service.report import Report

AUTHOR = "pa-review"
INITIALS = "PA"

SEVERITY_LABEL = SEVERITIES  # the words of the page and every report (service/render/common.py)

# Labels a header field is written after, for a header field that is absent or blank.
_FIELD_LABELS = {
    "name": ("ชื่อ",), "position": ("ตำแหน่ง",), "rank": ("วิทยฐานะ",),
    "salary_band": ("อันดับ", "คศ"), "school": ("สถานศึกษา", "โรงเรียน"), "affiliation": ("สังกัด",),
    "fiscal_year": ("ปีงบประมาณ",), "period": ("ระหว่างวันที่", "ตั้งแต่วันที่", "ระยะเวลา"),
    "classroom_types": ("ประเภทห้องเรียน", "ห้องเรียน"),
}
_PART1_STARTS = ("ส่วนที่ 1", "ส่วนที่ ๑")

# Headings a finding about something absent falls back to, by part (searched in body order).
_HEADINGS = {
    "part1": ("ส่วนที่ 1", "ส่วนที่ ๑", "งานที่จะปฏิบัติตามมาตรฐานตำแหน่ง"),
    "part2": ("ประเด็นท้าทาย", "ส่วนที่ 2", "ส่วนที่ ๒"),
    "workload": ("ภาระงาน", "ชั่วโมงสอน"),
    "header": ("ข้อตกลงในการพัฒนางาน", "ชื่อ"),
}


def comment_text(finding: Finding) -> str:
    """Thai first, then English, then the suggested wording.

    A finding that names its PA 2/ส item (the item of its row in a one-row-per-item table, an
    uncovered item) says which, as the page does: "[ต้องแก้ไข · ตัวชี้วัด ข้อ 1.5 วัดและประเมินผล]".
    """
    th, en = SEVERITY_LABEL[finding.severity]
    if finding.details.get("item"):
        where_th, where_en = location_label(finding.location, finding.details)
        th, en = f"{th} · {where_th}", f"{en} · {where_en}"
    lines = [f"[{th}] {finding.message_th}", f"[{en}] {finding.message_en}"]
    if finding.suggestion_th:
        lines.append(f"ข้อเสนอแนะ: {finding.suggestion_th}")
    if finding.suggestion_en:
        lines.append(f"Suggested wording (English): {finding.suggestion_en}")
    lines.append(f"({finding.rule})")
    return "\n".join(lines)


@dataclass
class Anchor:
    paragraph: Paragraph
    excerpt: str = ""  # the part of the excerpt written in `paragraph`
    end: Paragraph | None = None  # an excerpt over several paragraphs ends here
    end_excerpt: str = ""


class _Body:
    """Addressing a python-docx document the way SourceRef counts."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.paragraphs = document.paragraphs  # body-level <w:p>, tables excluded
        self.tables = document.tables  # top-level <w:tbl>

    def cell(self, ref: SourceRef) -> _Cell | None:
        try:
            table: Table = self.tables[ref.table]
            tc = table.rows[ref.row]._tr.tc_lst[ref.cell]
        except (IndexError, TypeError):
            return None
        cell = _Cell(tc, table)
        path = ref.nested
        while len(path) >= 3:  # (table, row, cell) triples into nested tables
            try:
                inner = cell.tables[path[0]]
                cell = _Cell(inner.rows[path[1]]._tr.tc_lst[path[2]], inner)
            except (IndexError, TypeError):
                break
            path = path[3:]
        return cell

    def resolve(self, ref: SourceRef, excerpt: str) -> Paragraph | None:
        located = self._locate(ref, excerpt)
        if located is not None:
            return located
        if ref.kind == "paragraph" and ref.paragraph is not None:
            if 0 <= ref.paragraph < len(self.paragraphs):
                return self.paragraphs[ref.paragraph]
            return None
        if ref.kind != "cell":
            return None
        cell = self.cell(ref)
        if cell is None:
            return None
        direct = cell.paragraphs
        line = ref.line or 0
        if 0 <= line < len(direct) and (not excerpt or _contains(direct[line].text, excerpt)):
            return direct[line]
        every = list(_cell_paragraphs(cell))
        if excerpt:
            hit = next((p for p in every if _contains(p.text, excerpt)), None)
            if hit is not None:
                return hit
        if 0 <= line < len(every):
            return every[line]
        return next((p for p in every if p.text.strip()), every[0] if every else None)

    def _locate(self, ref: SourceRef, excerpt: str) -> Paragraph | None:
        """The DOCX reader's own SourceRef → element mapping (content controls included)."""
        try:
            from extractors.docx_walk import locate

            element = locate(self.document.element.body, ref)
        except Exception:  # noqa: BLE001 - the reader's helper missing or changed: use our own
            return None
        parent = self.document._body
        if element is None:
            return None
        if element.tag == qn("w:p"):
            paragraph = Paragraph(element, parent)
            if not excerpt or _contains(paragraph.text, excerpt):
                return paragraph
            cell = element.getparent()
            if cell is None or cell.tag != qn("w:tc"):
                return None
            element = cell
        if element.tag != qn("w:tc"):
            return None
        every = list(_cell_paragraphs(_Cell(element, parent)))
        if excerpt:
            return next((p for p in every if _contains(p.text, excerpt)), None)
        return next((p for p in every if p.text.strip()), every[0] if every else None)

    def all_paragraphs(self) -> Iterator[Paragraph]:
        """Body order, including paragraphs inside tables."""
        for block in self.document.iter_inner_content():
            if isinstance(block, Paragraph):
                yield block
            else:
                for row in block.rows:
                    for tc in row._tr.tc_lst:
                        yield from _cell_paragraphs(_Cell(tc, block))

    def row_first_cell(self, ref: SourceRef) -> Paragraph | None:
        """The first non-empty paragraph of the row's first cell (the area/item label column)."""
        if ref.kind != "cell":
            return None
        label = self.cell(SourceRef(kind="cell", table=ref.table, row=ref.row, cell=0))
        if label is None:
            return None
        paragraphs = list(_cell_paragraphs(label))
        return next((p for p in paragraphs if p.text.strip()), paragraphs[0] if paragraphs else None)


def _cell_paragraphs(cell: _Cell) -> Iterator[Paragraph]:
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block
        else:
            for row in block.rows:
                for tc in row._tr.tc_lst:
                    yield from _cell_paragraphs(_Cell(tc, block))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).strip()


def _contains(text: str, excerpt: str) -> bool:
    return bool(excerpt) and (excerpt in text or _norm(excerpt) in _norm(text))


def _source(document: Pa1Document, finding: Finding) -> SourceRef | None:
    loc = finding.location
    keys = [field_key(loc.part, loc.field, loc.area, loc.index)]
    # A list finding with no index (Part 2's method…) sits on the list's first entry; in Part 1 it is
    # about the area as a whole (an uncovered item, no outcome), so it goes to the area row instead.
    if loc.field and loc.index is None and loc.part != "part1":
        keys.append(field_key(loc.part, loc.field, loc.area, 0))
    if (loc.part == "part1" and loc.area is not None and loc.index is None and not finding.excerpt
            and not finding.details.get("item")):  # an item's own row label comes first (step 3)
        keys.append(field_key("part1", None, loc.area))  # the area's label cell, when recorded
    for key in keys:
        if key in document.sources:
            return document.sources[key]
    return None


def _sources_under(document: Pa1Document, prefix: str) -> list[SourceRef]:
    return [ref for key, ref in document.sources.items() if key == prefix or key.startswith(prefix + ".")]


def _lines(excerpt: str) -> list[str]:
    return [line.strip() for line in excerpt.split("\n") if line.strip()]


def find_anchor(body: _Body, document: Pa1Document | None, finding: Finding) -> Anchor | None:
    """Where a finding's comment goes; an excerpt over several paragraphs spans them all."""
    anchor = _find_start(body, document, finding)
    lines = _lines(finding.excerpt)
    if anchor is None or len(lines) < 2:
        return anchor
    anchor.excerpt = lines[0]
    following = body.all_paragraphs()
    for paragraph in following:
        if paragraph._p is anchor.paragraph._p:
            break
    for _, paragraph in zip(range(200), following):
        if _contains(paragraph.text, lines[-1]):
            anchor.end, anchor.end_excerpt = paragraph, lines[-1]
            break
    return anchor


def _find_start(body: _Body, document: Pa1Document | None, finding: Finding) -> Anchor | None:
    loc = finding.location
    lines = _lines(finding.excerpt)
    excerpt = lines[0] if lines else ""
    sources = document.sources if document is not None else {}
    # 1. The exact place the reader recorded.
    if document is not None:
        ref = _source(document, finding)
        if ref is not None:
            paragraph = body.resolve(ref, excerpt)
            if paragraph is not None:
                return Anchor(paragraph, excerpt)
    # 2. The excerpt, wherever it is written.
    if excerpt:
        hit = next((p for p in body.all_paragraphs() if _contains(p.text, excerpt)), None)
        if hit is not None:
            return Anchor(hit, excerpt)
    # 3. Something absent: the nearest heading.
    if loc.part == "part1" and sources:
        item = str(finding.details.get("item") or "")
        area_refs = _sources_under(document, f"part1.{loc.area}") if loc.area else []
        table_refs = area_refs or _sources_under(document, "part1")
        if item:
            tables = {r.table for r in table_refs if r.kind == "cell"}
            for paragraph in _table_paragraphs(body, tables):
                if re.match(rf"\s*\(?{re.escape(item)}(?![0-9])", to_arabic_digits(paragraph.text)):
                    return Anchor(paragraph)
        if area_refs:
            ref = min(area_refs, key=lambda r: (r.table or 0, r.row or 0, r.paragraph or 0))
            paragraph = body.row_first_cell(ref) or body.resolve(ref, "")
            if paragraph is not None:
                return Anchor(paragraph)
        if loc.area:
            tables = {r.table for r in table_refs if r.kind == "cell"}
            for paragraph in _table_paragraphs(body, tables):
                if re.match(rf"\s*(ด้านที่\s*)?{loc.area}\s*[.)]?\s*ด้าน", paragraph.text):
                    return Anchor(paragraph)
    if loc.part == "header" and loc.field in _FIELD_LABELS:
        for paragraph in body.all_paragraphs():
            if any(h in paragraph.text for h in _PART1_STARTS):
                break
            if any(label in paragraph.text for label in _FIELD_LABELS[loc.field]):
                return Anchor(paragraph)
    if loc.part in ("part2", "header", "workload") and sources:
        refs = _sources_under(document, loc.part)
        title = sources.get("part2.title") if loc.part == "part2" else None
        for ref in ([title] if title else []) + sorted(refs, key=_order):
            paragraph = body.resolve(ref, "")
            if paragraph is not None:
                return Anchor(paragraph)
    heading_ref = sources.get(loc.part)  # the heading the part starts at, when the reader recorded it
    if heading_ref is not None:
        paragraph = body.resolve(heading_ref, "")
        if paragraph is not None:
            return Anchor(paragraph)
    for heading in _HEADINGS.get(loc.part, ()):
        hit = next((p for p in body.all_paragraphs() if heading in p.text), None)
        if hit is not None:
            return Anchor(hit)
    # 4. The first paragraph with text.
    first = next((p for p in body.all_paragraphs() if p.text.strip()), None)
    if first is None:
        first = next(iter(body.all_paragraphs()), None)
    return Anchor(first) if first is not None else None


def _order(ref: SourceRef) -> tuple:
    return (ref.paragraph if ref.paragraph is not None else 10**6, ref.table or 0, ref.row or 0,
            ref.cell or 0, ref.line or 0)


def _table_paragraphs(body: _Body, tables: set[int | None]) -> Iterator[Paragraph]:
    for index in sorted(t for t in tables if t is not None):
        if 0 <= index < len(body.tables):
            for row in body.tables[index].rows:
                for tc in row._tr.tc_lst:
                    yield from _cell_paragraphs(_Cell(tc, body.tables[index]))


def anchor_runs(paragraph: Paragraph, excerpt: str) -> list[Run]:
    """The runs of `paragraph` that cover `excerpt` (all its runs when it cannot be located)."""
    runs = [r for r in paragraph.runs]
    if not runs:
        return [paragraph.add_run("")]  # an empty run: a place to hang the comment, no text added
    if excerpt:
        texts = [r.text for r in runs]
        joined = "".join(texts)
        start = joined.find(excerpt)
        if start >= 0:
            end = start + len(excerpt)
            chosen, pos = [], 0
            for run, text in zip(runs, texts):
                if pos < end and pos + len(text) > start:
                    chosen.append(run)
                pos += len(text)
            if chosen:
                return chosen
    with_text = [r for r in runs if r.text.strip()]
    return with_text or runs


_W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


def remove_own_comments(document: DocxDocument, author: str = AUTHOR) -> int:
    """Take out the comments an earlier review wrote (by `author`), with their range markers and
    reference runs, so a reviewed file uploaded again carries this review's comments only. Comments
    by anyone else stay. Returns how many were removed."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        comments = document.part.part_related_by(RT.COMMENTS).element
    except KeyError:
        return 0
    ids, para_ids = set(), set()
    for comment in comments.findall(qn("w:comment")):
        if comment.get(qn("w:author")) == author:
            ids.add(comment.get(qn("w:id")))
            para_ids.update(p.get(_W14_PARA_ID) for p in comment.iter(qn("w:p")))
            comments.remove(comment)
    if not ids:
        return 0
    body = document.element.body
    for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        for mark in list(body.iter(qn(tag))):
            if mark.get(qn("w:id")) not in ids:
                continue
            parent = mark.getparent()
            parent.remove(mark)
            if (tag == "w:commentReference" and parent.tag == qn("w:r")
                    and all(child.tag == qn("w:rPr") for child in parent)):
                parent.getparent().remove(parent)  # the reference's own run, now empty
    _drop_comment_extensions(document, para_ids - {None})
    return len(ids)


def _drop_comment_extensions(document: DocxDocument, para_ids: set[str]) -> None:
    """Word's commentsExtended part (reply threads, done state) keyed by the comments' paraIds."""
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype != _COMMENTS_EXTENDED:
            continue
        part = rel.target_part
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        for entry in list(root.iter(_W15 + "commentEx")):
            if entry.get(_W15 + "paraId") in para_ids:
                root.remove(entry)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True)


def annotate_docx(data: bytes, report: Report, *, author: str = AUTHOR,
                  initials: str = INITIALS) -> bytes:
    """The DOCX `data` with `report.findings` as Word comments. Raises ValueError on a non-DOCX.
    Comments an earlier review left (same author) are replaced, not doubled."""
    document = docx.Document(io.BytesIO(data))
    remove_own_comments(document, author)
    body = _Body(document)
    for finding in report.findings:
        anchor = find_anchor(body, report.document, finding)
        if anchor is None:
            continue
        runs = anchor_runs(anchor.paragraph, anchor.excerpt)
        if anchor.end is not None:
            runs = [runs[0], anchor_runs(anchor.end, anchor.end_excerpt)[-1]]
        document.add_comment(runs, text=comment_text(finding), author=author, initials=initials)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()

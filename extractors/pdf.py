"""PDF → RawDocument: ActualText-aware glyphs, find_tables() grids, Thai repair, cross-check.

One pdfminer parse per page (ReaderPage) serves both the text and the table geometry;
pypdfium2 gives the second reading (`cross_check_text`) and per-box checks that lower a
paragraph's confidence when the two readings disagree. See ../shared/THAI-PDF.md.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any, Callable

import pdfplumber
import pypdfium2 as pdfium

from extractors.budget import Budget
from extractors.errors import UnreadableFile
from extractors.pdf_actualtext import ReaderPage, glyphs
from extractors.pdf_cells import LIST_MARKER, Para
from extractors.pdf_crosscheck import CrossCheck
from extractors.pdf_layout import layout_page, text_frame
from extractors.pdf_tables import GridTable, continues, open_ends, regrid
from extractors.raw import Cell, Paragraph, RawDocument, Row, Table
from extractors.sniff import Limits
from models.document import SourceRef
from models.thai.normalize import normalize
from models.thai.quality import reading_disagreement

_WS = re.compile(r"\s+")
_ROW_START = re.compile(r"\s*(?:[0-9๐-๙]|\(|[-•▪●])")  # how a new row's first text starts
CUT_TOLERANCE = 2.0  # points: a table part ending this close to the frame bottom was cut
_THAI_END = re.compile("[\u0e01-\u0e5b]$")
_THAI_START = re.compile("[\u0e01-\u0e5b]")
_PUA_OR_THAI = re.compile("[\ue000-\uf8ff\u0e00-\u0e7f]+")
DISAGREE = 0.02  # trigram disagreement with pypdfium2's reading of a box that lowers confidence
DAMAGED_CONFIDENCE = 0.6  # text with damaged glyph mapping and no ActualText
PUA_CONFIDENCE = 0.85  # PUA glyph variants mapped back by table (usually right)


def _err(code: str, th: str, en: str, status: int = 422) -> UnreadableFile:
    return UnreadableFile(code, th, en, status=status)


def _corrupt() -> UnreadableFile:
    return _err("corrupt", "ไฟล์ PDF เสียหรือไม่สมบูรณ์ ระบบเปิดอ่านไม่ได้",
                "The PDF is damaged or incomplete and cannot be opened.")


def _scanned() -> UnreadableFile:
    return _err("scanned",
                "PDF นี้ไม่มีข้อความให้อ่าน (น่าจะเป็นภาพสแกน) ระบบยังไม่รองรับการอ่านภาพด้วย OCR "
                "กรุณาส่งไฟล์ DOCX หรือ PDF ที่บันทึกจากโปรแกรมพิมพ์เอกสาร",
                "This PDF has no text layer (it looks scanned). OCR is not supported yet: "
                "please upload the DOCX, or a PDF saved from the word processor.")


@dataclass
class _Stats:
    glyphs: int = 0
    actual: int = 0
    damaged: int = 0
    pua: int = 0
    repaired: int = 0
    images: int = 0
    continued: int = 0
    pages_text: list[str] = field(default_factory=list)


def _open_pdfium(data: bytes, limits: Limits) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise _err("encrypted", "ไฟล์ PDF ถูกตั้งรหัสผ่านไว้ กรุณาเอารหัสผ่านออกแล้วอัปโหลดใหม่",
                       "The PDF is password-protected: remove the password and upload it "
                       "again.") from None
        raise _corrupt() from None
    pages = len(doc)
    if pages == 0:
        doc.close()
        raise _corrupt()
    if pages > limits.max_pages:
        doc.close()
        raise _err("too-many-pages",
                   f"ไฟล์มี {pages} หน้า เกินกว่า {limits.max_pages} หน้าที่ระบบรับได้",
                   f"The PDF has {pages} pages, more than the {limits.max_pages} allowed.", 413)
    return doc


def read_pdf(data: bytes, *, limits: Limits, budget: Budget,
             repair: Callable[[str], str] = normalize) -> RawDocument:
    """Read a PDF. `repair` is the Thai repair pass (benchmarks pass `str` to measure without)."""
    doc = _open_pdfium(data, limits)
    try:
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
            plumber_pages = pdf.pages
        except Exception:
            raise _corrupt() from None
        try:
            return _read(pdf, plumber_pages, doc, budget, repair)
        finally:
            pdf.close()
    finally:
        doc.close()


def _read(pdf: Any, plumber_pages: list[Any], doc: pdfium.PdfDocument, budget: Budget,
          repair: Callable[[str], str]) -> RawDocument:
    stats = _Stats()
    parsed = []  # per page: glyphs, table cell boxes, synthetic rules, height
    for index, base in enumerate(plumber_pages):
        budget.check()
        page = ReaderPage(pdf, base.page_obj, page_number=base.page_number,
                          initial_doctop=base.initial_doctop)
        try:
            page_glyphs = glyphs(page)
            synthetic = open_ends(page.edges, float(page.height))
            tables = page.find_tables({"explicit_horizontal_lines": synthetic} if synthetic
                                      else None)
            stats.images += len(page.objects.get("image", []))
        except Exception:
            raise _corrupt() from None
        _count(page_glyphs, stats)
        parsed.append((page_glyphs, [t.cells for t in tables], synthetic, float(page.height)))
        page.close()
    frame = text_frame([(g, cells) for g, cells, _, _ in parsed])
    pages: list[list[Para | GridTable]] = []
    for index, (page_glyphs, cells, synthetic, height) in enumerate(parsed):
        budget.check()
        laid = layout_page(index, page_glyphs, cells, synthetic, frame)
        cross = CrossCheck(doc[index].get_textpage(), height)
        _repair_page(laid.blocks, cross, stats, repair)
        stats.pages_text.append(cross.text)
        pages.append(laid.blocks)
    if stats.glyphs == 0 or (stats.images and stats.glyphs < 20 * len(plumber_pages)
                             and not any(t.strip() for t in stats.pages_text)):
        raise _scanned()
    return RawDocument(format="pdf", blocks=_blocks(_stitch(pages, stats)),
                       pages=len(plumber_pages), cross_check_text="\n".join(stats.pages_text),
                       notes=_notes(pdf, stats))


def _stitch(pages: list[list[Para | GridTable]], stats: _Stats) -> list[Paragraph | GridTable]:
    """Pages → one block list; a table that goes on at the top of the next page with the same
    columns is one table (page numbers in between are ignored)."""
    contents = [[b for b in blocks if not _furniture(b)] for blocks in pages]
    # The lowest thing on any page: where the text frame ends. A table part that reaches it
    # was cut by the page (LibreOffice draws a rule at the cut, unlike Chromium).
    frame_bottom = max((b.bbox[3] for content in contents for b in content), default=0.0)
    items: list[Paragraph | GridTable] = []
    last_table: GridTable | None = None  # the table the previous page ended with
    last_part: GridTable | None = None  # … as drawn on that page
    for index, (blocks, content) in enumerate(zip(pages, contents)):
        home: GridTable | None = None  # where the page's last table went
        for block in blocks:
            if not isinstance(block, GridTable):
                items.append(_paragraph(block, index))
                continue
            if (last_table is not None and last_part is not None and block is content[0]
                    and continues(last_table, block)):
                cut = last_part.bbox[3] >= frame_bottom - CUT_TOLERANCE
                _append_rows(last_table, block, cut)
                stats.continued += 1
                home = last_table
            else:
                items.append(block)
                home = block
        ends_with_table = bool(content) and isinstance(content[-1], GridTable)
        last_table = home if ends_with_table else None
        last_part = content[-1] if ends_with_table else None  # type: ignore[assignment]
    return items


_PAGE_NUMBER = re.compile(r"^[-–—\s(]*(?:หน้า|page)?\s*[0-9๐-๙]+\s*(?:/\s*[0-9๐-๙]+)?[-–—\s)]*$",
                          re.IGNORECASE)


def _furniture(block: Para | GridTable) -> bool:
    """A page number: ignored when deciding whether a table continues on the next page."""
    return isinstance(block, Para) and bool(_PAGE_NUMBER.match(block.text))


def _append_rows(table: GridTable, continuation: GridTable, cut: bool) -> None:
    """Rows of a table's next part: without a header row the producer repeated, and a row the
    page cut joined back into one. `cut`: the previous part reached the bottom of the frame."""
    if len(continuation.xs) != len(table.xs):
        regrid(table, table.xs + continuation.xs)
        regrid(continuation, table.xs)
    rows = continuation.rows
    if rows and table.rows and _row_text(rows[0]) == _row_text(table.rows[0]):
        rows = rows[1:]
    if rows and table.rows and ((table.open_bottom and continuation.open_top)
                                or (cut and _goes_on(table.rows[-1], rows[0]))):
        rest = _join_row(_bottom_cells(table), rows[0])
        rows = ([rest] if rest else []) + rows[1:]
    table.rows.extend(rows)
    table.pages.append(continuation.page)
    table.open_bottom = continuation.open_bottom


def _goes_on(last: list[Any], first: list[Any]) -> bool:
    """Does a table part's first row read as the rest of the previous part's last row? Yes when
    a column written above is empty here, or when its first text starts mid-sentence (not
    with a number or a list marker)."""
    above = {c.grid_col: bool(c.paras) for c in last}
    if any(not c.paras and above.get(c.grid_col) for c in first):
        return True
    texts = [c.paras[0].text for c in first if c.paras]
    return bool(texts) and not _ROW_START.match(texts[0])


def _bottom_cells(table: GridTable) -> list[Any]:
    """The cells that reach a table's last row: its own, and cells merged down into it."""
    last = len(table.rows) - 1
    return [cell for r, row in enumerate(table.rows) for cell in row
            if r + cell.row_span - 1 >= last]


def _join_row(row: list[Any], rest: list[Any]) -> list[Any]:
    """The second part of a row cut by the page goes into the cells of the same columns.
    Cells of the second part under a wider cell of the first (the sub-columns of a merged
    header) are a row of their own, returned; the cells above them then span two rows."""
    own_row = []
    for part in rest:
        cell = next((c for c in row if c.grid_col == part.grid_col
                     and c.grid_span == part.grid_span), None)
        if cell is None:
            own_row.append(part)
            continue
        paras = part.paras
        if cell.paras and paras and not LIST_MARKER.match(paras[0].text):
            last, first = cell.paras[-1], paras[0]  # one paragraph cut by the page
            glue = "" if _THAI_END.search(last.text) and _THAI_START.match(first.text) else " "
            cell.paras[-1] = Para(last.text + glue + first.text, last.bbox,
                                  last.glyphs + first.glyphs,
                                  min(last.confidence, first.confidence), last.bold)
            paras = paras[1:]
        cell.paras.extend(paras)
    if own_row:
        covered = {c.grid_col for c in own_row}
        for cell in row:
            if not any(cell.grid_col <= col < cell.grid_col + cell.grid_span for col in covered):
                cell.row_span += 1
    return own_row


def _row_text(row: list[Any]) -> list[str]:
    return [_WS.sub("", "".join(p.text for p in cell.paras)) for cell in row]


def _count(page_glyphs: list[Any], stats: _Stats) -> None:
    for g in page_glyphs:
        if g.text.strip() or not g.actual:
            stats.glyphs += 1
        stats.actual += g.actual
        stats.damaged += g.damaged
        stats.pua += sum(0xE000 <= ord(ch) <= 0xF8FF for ch in g.text)


def _repair_page(blocks: list[Para | GridTable], cross: CrossCheck, stats: _Stats,
                 repair: Callable[[str], str]) -> None:
    """Repair every text of the page, then set each paragraph's confidence against pdfium."""
    paras: list[tuple[list[Para], int]] = []  # (the list holding it, its index there)
    for n, block in enumerate(blocks):
        if isinstance(block, GridTable):
            paras += [(cell.paras, i) for row in block.rows for cell in row
                      for i in range(len(cell.paras))]
        else:
            paras.append((blocks, n))  # type: ignore[arg-type]
    fixed = []
    for holder, i in paras:
        para = holder[i]
        text = repair(para.text)
        stats.repaired += text != para.text
        fixed.append(text)
    cross.settle("\n".join(fixed))
    for (holder, i), text in zip(paras, fixed):
        para = holder[i]
        holder[i] = Para(text, para.bbox, para.glyphs, _confidence(para, text, cross), para.bold)


def _confidence(para: Para, text: str, cross: CrossCheck) -> float:
    """Lower for damaged glyph mapping without ActualText, and when pdfium reads the box
    differently."""
    confidence = 1.0
    raw = [g for g in para.glyphs if not g.actual]
    if any(g.damaged for g in raw):
        pua_only = all(not g.damaged or _PUA_OR_THAI.fullmatch(g.text) for g in raw)
        confidence = PUA_CONFIDENCE if pua_only else DAMAGED_CONFIDENCE
    a, b = _WS.sub("", text), _WS.sub("", cross.box_text(para.bbox))
    if a != b:
        disagreement = reading_disagreement(a, b)
        if disagreement > DISAGREE:
            confidence = min(confidence, max(0.3, 1.0 - 2 * disagreement))
    return confidence


def _paragraph(para: Para, page: int, kind: str = "page", **where: int) -> Paragraph:
    ref = SourceRef(kind=kind, page=page, bbox=_round(para.bbox), **where)  # type: ignore[arg-type]
    return Paragraph(text=para.text, ref=ref, confidence=para.confidence, bold=para.bold)


def _round(bbox: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    return (round(bbox[0], 2), round(bbox[1], 2), round(bbox[2], 2), round(bbox[3], 2))


def _blocks(items: list[Paragraph | GridTable]) -> list[Paragraph | Table]:
    out: list[Paragraph | Table] = []
    t_index = 0
    for item in items:
        if isinstance(item, Paragraph):
            out.append(item)
            continue
        rows = []
        for r, row in enumerate(item.rows):
            cells = []
            for c, cell in enumerate(row):
                page = cell.page
                ref = SourceRef(kind="cell", page=page, bbox=_round(cell.bbox), table=t_index,
                                row=r, cell=c)
                blocks = [_paragraph(p, page, "cell", table=t_index, row=r, cell=c)
                          for p in cell.paras if p.text]
                cells.append(Cell(blocks=blocks, ref=ref, grid_col=cell.grid_col,
                                  grid_span=cell.grid_span, row_span=cell.row_span))
            rows.append(Row(cells=cells))
        ref = SourceRef(kind="page", page=item.page, bbox=_round(item.bbox), table=t_index)
        out.append(Table(rows=rows, ref=ref, n_cols=item.n_cols))
        t_index += 1
    return out


def _notes(pdf: Any, stats: _Stats) -> list[str]:
    meta = pdf.metadata or {}
    notes = []
    for key in ("Producer", "Creator"):
        value = meta.get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1", "replace")
        if value:
            notes.append(f"{key.lower()}: {str(value)[:80]}")
    notes.append(f"glyphs: {stats.glyphs}, actualtext: {stats.actual}, "
                 f"damaged-mapping: {stats.damaged}, pua: {stats.pua}")
    if stats.repaired:
        notes.append(f"thai-repair: {stats.repaired} paragraphs")
    if stats.continued:
        notes.append(f"tables-continued-across-pages: {stats.continued}")
    return notes

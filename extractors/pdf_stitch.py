"""Pages → one block list: tables continued across pages become one table.

A table at the top of a page whose column lines match the table that ended the previous page
goes on from it. Where the page cut a row, the row is joined back: Chromium leaves the rules
open at the cut (pdf_tables.open_ends marks the parts), LibreOffice draws them, so there a
part that reaches the bottom of the text frame and a next part that starts mid-row (an empty
column that had text, or text that does not start with a number or a list marker) are joined.

A paragraph of the body text that the page cut goes on the same way: the last paragraph of a
page and the first of the next are one when a tagged PDF's structure tree puts them in one
paragraph element (Chromium), or, untagged, when the first line on the next page reads as the
next line of the paragraph (pdf_cells.starts_paragraph as if it were drawn one line below:
no list marker, no bold switch, no first-line indent, and the last line was full).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extractors.pdf_cells import (DEFAULT_PITCH, DRAWN_SPACE_GAP, LIST_MARKER, Line, Para,
                                   _tag, build_lines, cut_space, respace, starts_paragraph,
                                   typical_pitch)
from extractors.pdf_struct import same_paragraph
from extractors.pdf_tables import GridTable, continues, regrid

_WS = re.compile(r"\s+")
_ROW_START = re.compile(r"\s*(?:[0-9๐-๙]|\(|[-•▪●])")  # how a new row's first text starts
CUT_TOLERANCE = 2.0  # points: a table part ending this close to the frame bottom was cut


@dataclass
class Stitched:
    blocks: list[tuple[int, Para | GridTable]]  # (page, block) in reading order
    continued: int = 0  # table parts joined to the table on the page before
    continued_paragraphs: int = 0  # body paragraphs joined to the page before's last one


def stitch(pages: list[list[Para | GridTable]], frame: tuple[float, float] | None = None,
           space: float | None = None) -> Stitched:
    """Pages → one block list; a table that goes on at the top of the next page with the same
    columns is one table (page numbers in between are ignored). `frame`: the document's text
    frame (left, right) and `space`: its producer's wrapped space (pdf_cells.wrapped_space), to
    tell a body paragraph cut by the page; without a frame only tagged PDFs join them."""
    contents = [[b for b in blocks if not _furniture(b)] for blocks in pages]
    # The lowest thing on any page: where the text frame ends. A table part that reaches it
    # was cut by the page (LibreOffice draws a rule at the cut, unlike Chromium).
    frame_bottom = max((b.bbox[3] for content in contents for b in content), default=0.0)
    out = Stitched([])
    last_table: GridTable | None = None  # the table the previous page ended with
    last_part: GridTable | None = None  # … as drawn on that page
    last_para: int | None = None  # out.blocks index of the previous page's last paragraph
    for index, (blocks, content) in enumerate(zip(pages, contents)):
        home: GridTable | None = None  # where the page's last table went
        for block in blocks:
            if not isinstance(block, GridTable):
                if (last_para is not None and content and block is content[0]
                        and _para_goes_on(out.blocks[last_para][1], block, frame, space)):
                    page, before = out.blocks[last_para]
                    out.blocks[last_para] = (page, _join_paras(before, block))  # type: ignore[arg-type]
                    out.continued_paragraphs += 1
                    continue
                out.blocks.append((index, block))
                continue
            if (last_table is not None and last_part is not None and block is content[0]
                    and continues(last_table, block)):
                cut = last_part.bbox[3] >= frame_bottom - CUT_TOLERANCE
                _append_rows(last_table, block, cut)
                out.continued += 1
                home = last_table
            else:
                out.blocks.append((index, block))
                home = block
        ends_with_table = bool(content) and isinstance(content[-1], GridTable)
        last_table = home if ends_with_table else None
        last_part = content[-1] if ends_with_table else None  # type: ignore[assignment]
        last_para = None
        if content and not ends_with_table:
            last = content[-1]
            last_para = next((i for i in range(len(out.blocks) - 1, -1, -1)
                              if out.blocks[i][1] is last), None)
    return out


def _para_goes_on(before: Para, after: Para, frame: tuple[float, float] | None,
                  space: float | None) -> bool:
    """Is `after` (the first paragraph of a page) the rest of `before` (the last of the page
    before), cut by the page? The structure tree says so where the PDF is tagged; else the
    lines: `after`'s first line starts no further right than a next line of `before` would, and
    does not start a paragraph after `before`'s last one when drawn one usual line pitch below
    it."""
    if not before.glyphs or not after.glyphs or not before.text or not after.text:
        return False
    a_lines, b_lines = build_lines(before.glyphs), build_lines(after.glyphs)
    if not a_lines or not b_lines:
        return False
    tagged = same_paragraph(_tag(a_lines[-1].clusters[::-1]), _tag(b_lines[0].clusters))
    if tagged is not None:
        return tagged
    if frame is None:
        return False
    if space is not None:
        a_lines, b_lines = respace(a_lines, DRAWN_SPACE_GAP), respace(b_lines, DRAWN_SPACE_GAP)
    prev, line = a_lines[-1], b_lines[0]
    if line.x0 > prev.x0 + (2 if LIST_MARKER.match(prev.text) else 1) * line.size:
        return False  # more indented than a next line (a hanging one's) would be: a centred
        # signature, a heading (starts_paragraph lets a list item's lines start further right)
    pitch = typical_pitch([*a_lines, *b_lines]) or DEFAULT_PITCH * line.size
    below = Line(line.clusters, line.text, line.trailing_space, line.x0, prev.top + pitch,
                 line.x1, prev.top + pitch + (line.bottom - line.top), line.size, line.bold)
    left, right = frame
    return not starts_paragraph(prev, below, min(left, prev.x0, line.x0),
                                max(right, prev.x1), pitch, None, space)


def _join_paras(before: Para, after: Para) -> Para:
    glue = " " if cut_space(before, after) else ""
    return Para(before.text + glue + after.text, before.bbox, before.glyphs + after.glyphs,
                min(before.confidence, after.confidence), before.bold and after.bold)


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
            glue = " " if not (last.text and first.text) or cut_space(last, first) else ""
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

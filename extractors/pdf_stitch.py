"""Pages → one block list: tables continued across pages become one table.

A table at the top of a page whose column lines match the table that ended the previous page
goes on from it. Where the page cut a row, the row is joined back: Chromium leaves the rules
open at the cut (pdf_tables.open_ends marks the parts), LibreOffice draws them, so there a
part that reaches the bottom of the text frame and a next part that starts mid-row (an empty
column that had text, or text that does not start with a number or a list marker) are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extractors.pdf_cells import LIST_MARKER, Para, cut_space
from extractors.pdf_tables import GridTable, continues, regrid

_WS = re.compile(r"\s+")
_ROW_START = re.compile(r"\s*(?:[0-9๐-๙]|\(|[-•▪●])")  # how a new row's first text starts
CUT_TOLERANCE = 2.0  # points: a table part ending this close to the frame bottom was cut


@dataclass
class Stitched:
    blocks: list[tuple[int, Para | GridTable]]  # (page, block) in reading order
    continued: int = 0  # table parts joined to the table on the page before


def stitch(pages: list[list[Para | GridTable]]) -> Stitched:
    """Pages → one block list; a table that goes on at the top of the next page with the same
    columns is one table (page numbers in between are ignored)."""
    contents = [[b for b in blocks if not _furniture(b)] for blocks in pages]
    # The lowest thing on any page: where the text frame ends. A table part that reaches it
    # was cut by the page (LibreOffice draws a rule at the cut, unlike Chromium).
    frame_bottom = max((b.bbox[3] for content in contents for b in content), default=0.0)
    out = Stitched([])
    last_table: GridTable | None = None  # the table the previous page ended with
    last_part: GridTable | None = None  # … as drawn on that page
    for index, (blocks, content) in enumerate(zip(pages, contents)):
        home: GridTable | None = None  # where the page's last table went
        for block in blocks:
            if not isinstance(block, GridTable):
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
    return out


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

"""One page → its paragraphs and tables in reading order (top to bottom).

Glyphs whose centre falls in a table cell belong to that cell; the rest is body text, split
into paragraphs against the body's right edge. Cells use the body's usual line pitch.
A glyph that continues a cell's line (drawn right after the previous glyph of that line, on
its baseline, with no gap wider than a space) stays in that cell even when the producer drew
it past the cell's border: LibreOffice lets a nested table's text run over its column line,
and the neighbouring cell must not receive the end of a word that started in another cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from extractors.pdf_actualtext import Glyph
from extractors.pdf_cells import (DRAWN_SPACE_GAP, Line, Para, build_lines, drawn_space,
                                  paragraphs, respace, typical_pitch)
from extractors.pdf_tables import BBox, GridCell, GridTable, grid, mark_open


@dataclass
class PageLayout:
    page: int
    blocks: list[Union[Para, GridTable]]


def _text_edge(box: BBox, lines: list[Line]) -> float | None:
    """A cell's right text edge: its right side less the padding its text keeps on the left."""
    if not lines:
        return None
    padding = max(min(line.x0 for line in lines) - box[0], 0.0)
    return max(box[2] - padding, max(line.x1 for line in lines))


LINE_GAP = 0.35  # × font size: the widest gap (a space) between two glyphs of one line
BASELINE = 0.1  # × font size: glyphs whose bottoms differ by less share a baseline


def continues_line(prev: Glyph, g: Glyph) -> bool:
    """Is `g` (drawn right after `prev`) the next glyph of `prev`'s line?"""
    size = max(g.size, prev.size)
    return (abs(g.bottom - prev.bottom) <= BASELINE * size
            and abs(g.size - prev.size) <= BASELINE * size
            and g.x0 >= prev.x0 and g.x0 - prev.x1 <= LINE_GAP * size)


def text_frame(pages: list[tuple[list[Glyph], list[list[BBox]]]]) -> tuple[float, float] | None:
    """The leftmost and rightmost extent of text outside tables, over every page."""
    xs0, xs1 = [], []
    for glyphs, table_cells in pages:
        boxes = [(min(c[0] for c in cells), min(c[1] for c in cells),
                  max(c[2] for c in cells), max(c[3] for c in cells))
                 for cells in table_cells if cells]
        for g in glyphs:
            if not g.text.strip():
                continue
            x, y = (g.x0 + g.x1) / 2, g.mid_y
            if not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes):
                xs0.append(g.x0)
                xs1.append(g.x1)
    return (min(xs0), max(xs1)) if xs0 else None


def _innermost_first(cells: list[tuple[BBox, GridCell]]) -> list[tuple[BBox, GridCell]]:
    """A table's cells in the order a glyph looks for its home: where one cell lies inside
    another (a nested table: find_tables() reports the outer cell and the inner ones), the
    inner cell comes first, so that its text is not taken by the cell around it."""
    def nested(box: BBox) -> bool:
        return any(o != box and o[0] <= box[0] + 0.5 and o[1] <= box[1] + 0.5
                   and box[2] <= o[2] + 0.5 and box[3] <= o[3] + 0.5 for o, _ in cells)
    if not any(nested(box) for box, _ in cells):
        return cells
    return sorted(cells, key=lambda bc: (bc[0][2] - bc[0][0]) * (bc[0][3] - bc[0][1]))


def layout_page(page: int, glyphs: list[Glyph], table_cells: list[list[BBox]],
                synthetic: list[dict] | None = None,
                frame: tuple[float, float] | None = None,
                space: float | None = None) -> PageLayout:
    """`table_cells`: the cell boxes of each table find_tables() found on the page;
    `synthetic`: the lines added where the page cut a table (pdf_tables.open_ends);
    `frame`: the document's text frame (left, right), so that a page of centred lines
    is not taken for a narrow column; `space`: the width of the space glyph the document's
    producer draws where a line wraps (pdf_cells.wrapped_space), if known."""
    tables = [grid(page, cells) for cells in table_cells if cells]
    for table in tables:
        mark_open(table, synthetic or [])
    body: list[Glyph] = []
    in_cell: dict[int, list[Glyph]] = {}  # id(GridCell) → its glyphs, in stream order
    boxes = [(t.bbox, _innermost_first([(c.bbox, c) for row in t.rows for c in row]))
             for t in tables]
    prev: Glyph | None = None
    prev_home: GridCell | None = None
    for g in glyphs:
        home = None
        x, y = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        for (tx0, ttop, tx1, tbottom), cells in boxes:  # each table's outer box first
            if tx0 <= x <= tx1 and ttop <= y <= tbottom:
                home = next((c for (x0, top, x1, bottom), c in cells
                             if x0 <= x <= x1 and top <= y <= bottom), None)
                if home is not None:
                    break
        if (prev_home is not None and home is not prev_home and prev is not None
                and continues_line(prev, g)):
            home = prev_home  # the line started in prev_home: it keeps its overrun
        prev, prev_home = g, home
        if home is None:
            body.append(g)
        else:
            in_cell.setdefault(id(home), []).append(g)
    body_lines = build_lines(body)
    pitch = typical_pitch(body_lines)
    cell_lines = [(cell, build_lines(in_cell.get(id(cell), [])))
                  for table in tables for row in table.rows for cell in row]
    if space is None:
        space = drawn_space([*body_lines, *(line for _, lines in cell_lines for line in lines)])
    if space is not None:
        body_lines = respace(body_lines, DRAWN_SPACE_GAP)
        cell_lines = [(cell, respace(lines, DRAWN_SPACE_GAP)) for cell, lines in cell_lines]
    for cell, lines in cell_lines:
        cell.paras = paragraphs(lines, right=_text_edge(cell.bbox, lines), pitch=pitch,
                                space=space, cell=True)
    left, right = frame if frame is not None else (None, None)
    blocks: list[Union[Para, GridTable]] = [
        *paragraphs(body_lines, right=right, pitch=pitch, left=left, space=space), *tables]
    blocks.sort(key=lambda b: b.bbox[1])
    return PageLayout(page, blocks)

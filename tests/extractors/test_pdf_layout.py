"""Glyphs to cells: a line that runs past its cell's border keeps its overrun (synthetic pages)."""

from __future__ import annotations

from extractors.pdf_actualtext import Glyph
from extractors.pdf_layout import continues_line, layout_page
from extractors.pdf_tables import GridTable

SIZE = 14.0
CELLS = [[(0.0, 0.0, 100.0, 60.0), (100.0, 0.0, 200.0, 60.0)]]  # one row, two cells


def _run(text: str, x0: float, top: float, widths: dict[str, float], start: int) -> list[Glyph]:
    """Glyphs of `text` drawn left to right from x0 (marks have no width)."""
    out, x = [], x0
    for i, ch in enumerate(text):
        w = widths.get(ch, 8.0)
        out.append(Glyph(ch, x, top, x + w, top + SIZE, SIZE, stream=start + i))
        x += w
    return out


def _cells(glyphs: list[Glyph]) -> list[list[str]]:
    for n, g in enumerate(glyphs):
        g.stream = n
    table = next(b for b in layout_page(0, glyphs, CELLS).blocks if isinstance(b, GridTable))
    return [[p.text for p in cell.paras] for cell in table.rows[0]]


MARKS = {"ู": 0.0, "ั": 0.0}


def test_overrun_of_a_line_stays_in_the_cell_it_started_in() -> None:
    # "ครู" starts inside the left cell; ร and its mark are drawn past the border at x=100
    # (ร's centre is at 102.7), and the right cell's own text starts at 103 (drawn later).
    left = _run("PLC ครู", 62.0, 10.0, {" ": 4.7, **MARKS}, 0)
    right = _run("2. นัก", 103.0, 9.0, {" ": 4.7, **MARKS}, 100)
    assert left[-2].x0 < 100 < (left[-2].x0 + left[-2].x1) / 2  # ร crosses the border
    assert _cells(left + right) == [["PLC ครู"], ["2. นัก"]]


def test_next_cell_on_the_same_baseline_keeps_its_own_text() -> None:
    # Single-line cells drawn one after the other on one baseline: the padding between them
    # is wider than a space, so the right cell's text is not taken for an overrun.
    left = _run("ครู", 70.0, 10.0, MARKS, 0)
    right = _run("เคมี", 105.0, 10.0, {"ี": 0.0}, 10)
    assert _cells(left + right) == [["ครู"], ["เคมี"]]


def test_a_line_below_does_not_continue_the_line_above() -> None:
    above = Glyph("ก", 90.0, 10.0, 98.0, 24.0, SIZE)
    assert continues_line(above, Glyph("ข", 98.0, 10.0, 106.0, 24.0, SIZE))
    assert continues_line(above, Glyph(" ", 98.0, 10.0, 102.0, 24.0, SIZE))
    assert not continues_line(above, Glyph("ข", 98.0, 27.0, 106.0, 41.0, SIZE))  # next line
    assert not continues_line(above, Glyph("ข", 110.0, 10.0, 118.0, 24.0, SIZE))  # a gap
    assert not continues_line(above, Glyph("ข", 20.0, 10.0, 28.0, 24.0, SIZE))  # backwards
    assert not continues_line(above, Glyph("ข", 98.0, 12.0, 104.0, 22.0, 10.0))  # another size


def test_text_of_a_nested_table_goes_to_the_inner_cell() -> None:
    # find_tables() reports the outer cell and the nested table's cells inside it; the outer
    # cell comes first in reading order, but the inner cell is the text's home.
    outer, inner = (0.0, 0.0, 100.0, 100.0), (10.0, 0.0, 100.0, 40.0)
    below = (10.0, 40.0, 100.0, 100.0)
    glyphs = _run("งาน", 20.0, 10.0, {}, 0) + _run("ผล", 20.0, 60.0, {}, 10)
    for n, g in enumerate(glyphs):
        g.stream = n
    table = next(b for b in layout_page(0, glyphs, [[outer, inner, below]]).blocks
                 if isinstance(b, GridTable))
    text = {c.bbox: [p.text for p in c.paras] for row in table.rows for c in row}
    assert text == {outer: [], inner: ["งาน"], below: ["ผล"]}

"""Table grids from pdfplumber's find_tables() cell boxes, and tables continued across pages.

Chromium splits a table row across pages without drawing the border where the page cuts it
(the cell's side rules run off the page), so find_tables() would not see the row at all.
`open_ends()` finds where two or more vertical rules stop with no horizontal rule there and
closes them with a synthetic line (passed to find_tables() as an explicit line, so the page is
still searched once); a table whose first or last row was closed that way is marked open
there, and `merge_continued()` joins a row split by the page back into one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.pdf_cells import Para

BBox = tuple[float, float, float, float]
SNAP = 1.5  # points: two cell edges this close are one grid line
CONTINUED = 2.0  # points: column lines of two tables this close are the same columns


@dataclass
class GridCell:
    bbox: BBox
    grid_col: int
    grid_span: int
    row_span: int
    page: int
    paras: list[Para] = field(default_factory=list)


@dataclass
class GridTable:
    page: int
    bbox: BBox
    xs: list[float]  # column lines, left to right
    rows: list[list[GridCell]]
    pages: list[int] = field(default_factory=list)  # every page it spans (continuations)
    open_top: bool = False  # its top rule is synthetic: the page cut a row
    open_bottom: bool = False

    @property
    def n_cols(self) -> int:
        return max(len(self.xs) - 1, 1)


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= SNAP:
            continue
        out.append(v)
    return out


def _index(lines: list[float], v: float) -> int:
    return min(range(len(lines)), key=lambda i: abs(lines[i] - v))


def grid(page: int, cells: list[BBox]) -> GridTable:
    """Cell boxes → rows of cells with grid column, column span and row span."""
    xs = _snap([c[0] for c in cells] + [c[2] for c in cells])
    ys = _snap([c[1] for c in cells] + [c[3] for c in cells])
    by_row: dict[int, list[GridCell]] = {}
    for box in cells:
        col, end = _index(xs, box[0]), _index(xs, box[2])
        row, row_end = _index(ys, box[1]), _index(ys, box[3])
        by_row.setdefault(row, []).append(
            GridCell(box, col, max(end - col, 1), max(row_end - row, 1), page))
    rows = [sorted(by_row[r], key=lambda c: c.bbox[0]) for r in sorted(by_row)]
    bbox = (min(c[0] for c in cells), min(c[1] for c in cells),
            max(c[2] for c in cells), max(c[3] for c in cells))
    return GridTable(page, bbox, xs, rows, pages=[page])


def continues(previous: GridTable, table: GridTable) -> bool:
    """True when `table` has the column lines of `previous` (a table split by a page): the same
    outer sides, and the lines of one a subset of the other's (a header row with merged cells
    may end on one page and its sub-columns start on the next)."""
    a, b = previous.xs, table.xs
    if abs(a[0] - b[0]) > CONTINUED or abs(a[-1] - b[-1]) > CONTINUED:
        return False
    fewer, more = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(abs(x - y) <= CONTINUED for y in more) for x in fewer)


def regrid(table: GridTable, xs: list[float]) -> None:
    """Grid columns of every cell against new column lines (after joining two parts)."""
    table.xs = _snap(xs)
    for row in table.rows:
        for cell in row:
            cell.grid_col = _index(table.xs, cell.bbox[0])
            cell.grid_span = max(_index(table.xs, cell.bbox[2]) - cell.grid_col, 1)


def open_ends(edges: list[dict], height: float) -> list[dict]:
    """Synthetic horizontal lines where ≥ 2 vertical rules end with no horizontal rule."""
    verticals = sorted((e for e in edges if e["orientation"] == "v" and e["height"] >= 3),
                       key=lambda e: (round(e["x0"]), e["top"]))
    horizontals = [e for e in edges if e["orientation"] == "h" and e["width"] >= 3]
    # Vertical rules drawn in pieces (one per row) are one rule: join touching pieces.
    rules: list[list[float]] = []  # [x, top, bottom]
    for e in verticals:
        last = rules[-1] if rules else None
        if last and abs(last[0] - e["x0"]) <= SNAP and e["top"] <= last[2] + SNAP:
            last[2] = max(last[2], e["bottom"])
        else:
            rules.append([e["x0"], e["top"], e["bottom"]])
    ends: dict[float, list[float]] = {}
    for x, top, bottom in rules:
        for y in (max(top, 0.0), min(bottom, height)):
            key = next((k for k in ends if abs(k - y) <= SNAP), y)
            ends.setdefault(key, []).append(x)
    lines = []
    for y, xs in ends.items():
        if len(xs) < 2:
            continue
        x0, x1 = min(xs), max(xs)
        if _covered(x0, x1, [(h["x0"], h["x1"]) for h in horizontals
                             if abs(h["top"] - y) <= SNAP]):
            continue
        lines.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
                      "width": x1 - x0, "height": 0.0})
    return lines


def _covered(x0: float, x1: float, pieces: list[tuple[float, float]]) -> bool:
    """Do the horizontal pieces, joined, run from x0 to x1?"""
    reach = x0
    for a, b in sorted(pieces):
        if a > reach + SNAP:
            break
        reach = max(reach, b)
    return reach >= x1 - SNAP


def mark_open(table: GridTable, synthetic: list[dict]) -> None:
    ys = [line["top"] for line in synthetic]
    table.open_top = any(abs(table.bbox[1] - y) <= SNAP for y in ys)
    table.open_bottom = any(abs(table.bbox[3] - y) <= SNAP for y in ys)

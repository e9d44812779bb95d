"""Table grids from pdfplumber's find_tables() cell boxes, and tables continued across pages."""

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
    """True when `table` has the same column lines as `previous` (a table split by a page)."""
    return (len(previous.xs) == len(table.xs)
            and all(abs(a - b) <= CONTINUED for a, b in zip(previous.xs, table.xs)))

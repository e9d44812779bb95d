"""In the one-row-per-item layout, the PA 2/ส item (1.1–3.3) each Part 1 finding's row carries.

A reader of "ตัวชี้วัด ข้อ 5" in a table whose rows are items 1.1, 1.2, … takes it for item 1.5;
the fifth indicator may be item 1.6's.  The row's item is known from the layout: the area's
`items` map item codes to task indexes, and `sources` place every task, outcome and indicator in
a (table, row).  The finding then carries `details.item` (additive: `part1.item-uncovered`
already names its item there), so every renderer (text, HTML, the page, the spreadsheet, Word
comments) can name the item from the report JSON alone.
"""

from __future__ import annotations

from models.document import Pa1Document, field_key
from models.findings import Finding

_FIELDS = ("tasks", "outcomes", "indicators")


def _row_of(document: Pa1Document, area: int, field: str, index: int) -> tuple[int | None, int] | None:
    ref = document.sources.get(field_key("part1", field, area, index))
    if ref is None or ref.row is None:
        return None
    return ref.table, ref.row


def row_item_map(document: Pa1Document) -> dict[tuple[int, tuple[int | None, int]], str]:
    """(area, (table, row)) → item code, for the rows whose task the layout tied to one item."""
    out: dict[tuple[int, tuple[int | None, int]], str] = {}
    for area in document.part1.areas:
        for code, indexes in area.items.items():
            for i in indexes:
                row = _row_of(document, area.area, "tasks", i)
                if row is not None:
                    out.setdefault((area.area, row), code)
    return out


def _finding_row(document: Pa1Document, finding: Finding) -> tuple[int | None, int] | None:
    loc = finding.location
    if loc.area is None:
        return None
    if loc.field in _FIELDS and loc.index is not None:
        return _row_of(document, loc.area, loc.field, loc.index)
    # a row-level finding (no outcome in this row): the row's entries it lists in details
    for field in _FIELDS:
        listed = finding.details.get(field)
        if isinstance(listed, list) and listed and isinstance(listed[0], int):
            return _row_of(document, loc.area, field, listed[0])
    return None


def with_row_items(document: Pa1Document | None, findings: list[Finding]) -> list[Finding]:
    """`findings` with `details.item` set on each Part 1 finding whose row carries an item."""
    if document is None or document.layout != "item-rows":
        return findings
    rows = row_item_map(document)
    if not rows:
        return findings
    out = []
    for f in findings:
        if f.location.part == "part1" and "item" not in f.details:
            row = _finding_row(document, f)
            code = rows.get((f.location.area, row)) if row is not None else None
            if code is not None:
                f = f.model_copy(update={"details": {**f.details, "item": code}})
        out.append(f)
    return out

"""Walk a document's text fields with their contract locations (one spelling for every family)."""

from __future__ import annotations

from typing import Iterator

from models.document import Pa1Document, field_key
from models.findings import Location


def text_fields(doc: Pa1Document) -> Iterator[tuple[Location, str]]:
    """(location, text) for every non-empty string of Part 1 and Part 2, in document order."""
    for area in doc.part1.areas:
        for name in ("tasks", "outcomes", "indicators"):
            for i, s in enumerate(getattr(area, name)):
                if s and s.strip():
                    yield Location(part="part1", area=area.area, field=name, index=i), s
    ch = doc.part2
    if ch is not None:
        for name in ("title", "problem"):
            s = getattr(ch, name)
            if s and s.strip():
                yield Location(part="part2", field=name), s
        for name in ("method", "quantitative", "qualitative"):
            for i, s in enumerate(getattr(ch, name)):
                if s and s.strip():
                    yield Location(part="part2", field=name, index=i), s


def row_details(doc: Pa1Document, loc: Location) -> dict:
    """`{"row": n}` for a finding about a row of a one-row-per-item layout, else `{}`."""
    if doc.layout != "item-rows":
        return {}
    ref = doc.sources.get(field_key(loc.part, loc.field, loc.area, loc.index))
    return {"row": ref.row} if ref is not None and ref.row is not None else {}

"""challenge.*: Part 2 (ประเด็นท้าทาย). One function per rule; `check(doc, ctx)` runs them all."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from models.document import Pa1Document
from models.findings import Finding, Location

SECTIONS = ("title", "problem", "method", "quantitative", "qualitative")


def _loc(field: str | None = None, index: int | None = None) -> Location:
    return Location(part="part2", field=field, index=index)


def missing(doc: Pa1Document, ctx: Any) -> Iterator[Finding]:
    """challenge.missing: there is no Part 2."""
    if doc.part2 is None:
        yield ctx.finding("challenge.missing", _loc())


def section_missing(doc: Pa1Document, ctx: Any) -> Iterator[Finding]:
    """challenge.section-missing: title, problem, method, quantitative or qualitative absent."""
    ch = doc.part2
    if ch is None:
        return
    for section in SECTIONS:
        value = getattr(ch, section)
        empty = not (value or "").strip() if isinstance(value, str) or value is None \
            else not any(x.strip() for x in value)
        if empty:
            yield ctx.finding("challenge.section-missing", _loc(section),
                              details={"section": section}, section=section)


def check(doc: Pa1Document, ctx: Any) -> Iterable[Finding]:
    yield from missing(doc, ctx)
    yield from section_missing(doc, ctx)

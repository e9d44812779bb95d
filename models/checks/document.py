"""document.*: the gates (not a PA1, text too damaged) and placeholders left anywhere."""

from __future__ import annotations

from typing import Iterator

from models.checks import suggest
from models.checks.context import CheckContext
from models.checks.fields import row_details, text_fields
from models.document import Pa1Document
from models.findings import Finding, Location


def check(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    yield from placeholder_left(doc, ctx)


def not_pa1(ctx: CheckContext) -> Finding:
    return ctx.finding("document.not-pa1", Location(part="document"))


def low_text_quality(ctx: CheckContext) -> Finding:
    q = ctx.quality
    details = {}
    if q is not None:
        details = {"damage": round(q.damage, 4), "problems": dict(q.problems)}
        if q.disagreement is not None:
            details["disagreement"] = round(q.disagreement, 4)
    return ctx.finding("document.low-text-quality", Location(part="document"), details=details)


def placeholder_left(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """Template/AI placeholders (….., xx, [ระบุ], โปรดระบุ) left anywhere; the header fields
    header.missing-field judges (name, rank, school, fiscal year) are left to it."""
    from models.checks.header import REQUIRED

    h = doc.header
    header = [(Location(part="header", field=f), getattr(h, f)) for f in ("position", "affiliation")
              if f not in REQUIRED and getattr(h, f)]
    learner = suggest.learner_of(doc)  # เด็ก in early childhood
    for loc, text in [*header, *text_fields(doc)]:
        hits = ctx.text(text).placeholders
        if hits:
            h = hits[0]
            yield ctx.finding("document.placeholder-left", loc, text,
                              placeholder=h.text, learner=learner,
                              details={**row_details(doc, loc),
                                       "placeholders": [x.text for x in hits]})

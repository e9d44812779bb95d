"""workload.*: hours per week against ว 21/2564's minimums (models/rubric/workload.toml).

The minimum follows the ticked classroom types; with several, the lowest applies (never tell a
teacher to teach more than the rule asks).  Vocational and non-formal classrooms have no minimum
in the seeds: a teacher who ticks only those gets no below-minimum finding (we do not guess), and
with no classroom type ticked, only subject lines that show basic-education classes (course codes,
ป./ม.) select the general minimum; otherwise there is nothing to compare against
(header.no-classroom-type says so).
"""

from __future__ import annotations

import re
from typing import Iterator

from models.checks.context import CheckContext
from models.document import Pa1Document
from models.findings import Finding, Location
from models.rubric import WorkloadMinimum, workload_minimums

ITEMS = ("teaching", "support", "quality", "policy")
_ITEM_TH = {"teaching": " ข้อ 1.1 ชั่วโมงสอนตามตารางสอน", "total": ""}
_ITEM_EN = {"teaching": " for item 1.1, teaching hours per timetable", "total": ""}


def check(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    yield from missing(doc, ctx)
    yield from teaching_below_minimum(doc, ctx)
    yield from total_below_minimum(doc, ctx)
    yield from sum_mismatch(doc, ctx)


def minimum_for(doc: Pa1Document) -> WorkloadMinimum | None:
    """The applicable minimum: the lowest among the ticked classroom types that have one.  With
    no type ticked, primary/secondary teaching shown by the subject lines under 1.1 (basic
    education course codes such as ท12101, or ป./ม. classes) selects the general minimum."""
    types = {t.value for t in doc.header.classroom_types} or inferred_types(doc)
    rows = [m for m in workload_minimums().values()
            if types & set(m.classroom_types) and m.teaching is not None]
    return min(rows, key=lambda m: (m.teaching, m.total)) if rows else None


_BASIC_EDUCATION = re.compile(
    r"[ก-ฮ]\s?[1-3๑-๓][0-9๐-๙]{4}|(?:^|\s|\()(?:ป|ม)\.\s?[1-6๑-๖]|ประถมศึกษาปีที่|มัธยมศึกษาปีที่")


def inferred_types(doc: Pa1Document) -> set[str]:
    """Classroom types read from the subject lines when no box is ticked (never a guess from the
    school's name: a primary school may also run kindergarten classes)."""
    if any(_BASIC_EDUCATION.search(s) for s in doc.workload.subjects):
        return {"general"}
    return set()


def missing(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    w = doc.workload
    if all(getattr(w, f) is None for f in (*ITEMS, "total")):
        yield ctx.finding("workload.missing", Location(part="workload"),
                          field_th="", field_en="")
    elif w.teaching is None:
        yield ctx.finding("workload.missing", Location(part="workload", field="teaching"),
                          details={"field": "teaching"}, field_th=_ITEM_TH["teaching"],
                          field_en=_ITEM_EN["teaching"])


def _below(ctx: CheckContext, doc: Pa1Document, field: str) -> Iterator[Finding]:
    value = getattr(doc.workload, field)
    m = minimum_for(doc)
    if value is None or m is None:
        return
    minimum = getattr(m, field)
    if minimum is not None and value < minimum:
        yield ctx.finding(f"workload.{field}-below-minimum", Location(part="workload", field=field),
                          details={"value": value, "minimum": minimum, "school_type": m.school_type,
                                   "source": m.source,
                                   **({} if doc.header.classroom_types
                                      else {"classroom_types_inferred_from": "subjects"})},
                          **{field: value}, minimum=minimum, school_type_th=m.th,
                          school_type_en=m.en)


def teaching_below_minimum(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    yield from _below(ctx, doc, "teaching")


def total_below_minimum(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    yield from _below(ctx, doc, "total")


def sum_mismatch(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """A written total that differs from 1.1–1.4 (all four given, or their sum already exceeds it)."""
    w = doc.workload
    stated = w.stated_total if w.stated_total is not None else w.total
    given = [getattr(w, f) for f in ITEMS if getattr(w, f) is not None]
    if stated is None or len(given) < 2:
        return
    total = sum(given)
    if abs(total - stated) < 0.01 or (len(given) < len(ITEMS) and total < stated):
        return
    yield ctx.finding("workload.sum-mismatch", Location(part="workload", field="total"),
                      details={"stated": stated, "sum": total}, stated=stated, sum=total)

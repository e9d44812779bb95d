"""workload.*: hours per week against ว 21/2564's minimums (models/rubric/workload.toml).

The minimum follows the ticked classroom types; with several, the lowest applies (never tell a
teacher to teach more than the rule asks).  Vocational and non-formal classrooms have no minimum
in the seeds: a teacher who ticks only those gets no below-minimum finding (we do not guess), and
with no classroom type ticked, the school type is read from the document (the committee knows the
school): the institution (วิทยาลัย…, กศน., ศูนย์การศึกษาพิเศษ, ศึกษาสงเคราะห์), else the classes
taught (ชั้นอนุบาลปีที่, ป./ม., course codes) in the subject lines or the text, else a secondary
service area.  header.no-classroom-type still says the box is blank.
"""

from __future__ import annotations

import re
import weakref
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
    no type ticked, the school type the document itself shows (`inferred_school_types`): the
    committee knows the school, so the form's blank box does not hide the rule."""
    ticked = {t.value for t in doc.header.classroom_types}
    if ticked:
        rows = [m for m in workload_minimums().values()
                if ticked & set(m.classroom_types) and m.teaching is not None]
    else:
        found = inferred_school_types(doc)[0]
        rows = [m for m in workload_minimums().values()
                if m.school_type in found and m.teaching is not None]
    return min(rows, key=lambda m: (m.teaching, m.total)) if rows else None


# The institution itself (school and affiliation lines): decisive when it names a kind of school
# with its own rule (workload.toml rows): a vocational college, a กศน. centre, a special education
# centre, a welfare school.
_INSTITUTION = (
    ("vocational", re.compile(r"วิทยาลัย|อาชีวศึกษา|สถาบันการอาชีวศึกษา")),
    ("non_formal", re.compile(r"กศน|การศึกษานอกระบบ|ส่งเสริมการเรียนรู้")),
    ("special_disability", re.compile(r"ศูนย์การศึกษาพิเศษ|โรงเรียนโสตศึกษา|โรงเรียนสอนคนตาบอด"
                                      r"|โรงเรียนปัญญานุกูล|โรงเรียนพระตำหนักสวนกุหลาบ")),
    ("special_welfare", re.compile(r"ศึกษาสงเคราะห์|ราชประชานุเคราะห์")),
)
# Classes taught, as the subject lines, Part 1 and Part 2 name them.
_EARLY_CHILDHOOD = re.compile(
    r"อนุบาล\s*(?:ปีที่\s*)?[1-3๑-๓]|ชั้นอนุบาล|(?:^|[\s(])อ\.\s?[1-3๑-๓](?![\d๐-๙])"
    r"|หลักสูตรการศึกษาปฐมวัย|เด็กปฐมวัย|ระดับปฐมวัย|แผนการจัดประสบการณ์")
_BASIC_EDUCATION = re.compile(
    r"[ก-ฮ]\s?[1-3๑-๓][0-9๐-๙]{4}|(?:^|\s|\()(?:ป|ม)\.\s?[1-6๑-๖]|ประถมศึกษาปีที่|มัธยมศึกษาปีที่")
_SECONDARY_AREA = re.compile(r"เขตพื้นที่การศึกษามัธยมศึกษา")


def _content(doc: Pa1Document) -> list[str]:
    from models.checks.fields import text_fields
    return list(doc.workload.subjects) + [s for _, s in text_fields(doc)]


# The last document read and what it shows: one review asks up to eight times (the learners'
# word of every suggestion, the classroom-type box, the minimums), ~0.15 ms each; the document
# is frozen, so its identity is its content.  A weak reference: the cache keeps no document alive.
_LAST: tuple[weakref.ref[Pa1Document], tuple[frozenset[str], str | None]] | None = None


def inferred_school_types(doc: Pa1Document) -> tuple[frozenset[str], str | None]:
    """(workload.toml school types, where from) read from the document when no box is ticked,
    once per document (_LAST)."""
    global _LAST
    last = _LAST
    if last is not None and last[0]() is doc:
        return last[1]
    found = _school_types(doc)
    _LAST = (weakref.ref(doc), found)
    return found


def _school_types(doc: Pa1Document) -> tuple[frozenset[str], str | None]:
    """(workload.toml school types, where from) read from the document when no box is ticked.

    The institution decides when it names a kind of school with its own rule; otherwise the
    classes taught (ชั้นอนุบาลปีที่ ๓, ป.4, ท12101 …: early childhood and/or general, the lower
    minimum applying when both show); a secondary education service area (สพม.) means a
    secondary school.  A primary school's name alone says nothing: it may run kindergarten
    classes (โรงเรียนอนุบาล… is often a primary school)."""
    institution = f"{doc.header.school or ''} {doc.header.affiliation or ''}"
    for school_type, rx in _INSTITUTION:
        if rx.search(institution):
            return frozenset({school_type}), "school"
    subjects = list(doc.workload.subjects)
    where = "subjects"
    found: set[str] = set()
    for texts, origin in ((subjects, "subjects"), (_content(doc), "content")):
        if any(_EARLY_CHILDHOOD.search(s) for s in texts):
            found.add("early_childhood")
        if any(_BASIC_EDUCATION.search(s) for s in texts):
            found.add("general")
        if found:
            where = origin
            break
    if not found and _SECONDARY_AREA.search(doc.header.affiliation or ""):
        found, where = {"general"}, "school"
    return frozenset(found), (where if found else None)


def inferred_types(doc: Pa1Document) -> set[str]:
    """Classroom types (contract ids) the document shows when no box is ticked."""
    found = inferred_school_types(doc)[0]
    return {"special_education" if t.startswith("special_") else t for t in found}


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
                                      else {"classroom_types_inferred_from":
                                            inferred_school_types(doc)[1]})},
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

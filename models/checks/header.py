"""header.*: who made the agreement, for which rank, school and appraisal round."""

from __future__ import annotations

import re
from typing import Iterator

from models.checks.context import CheckContext
from models.document import Pa1Document
from models.findings import Finding, Location
from models.checks.workload import inferred_types
from models.rubric import classroom_boxes, rank_for_salary_band, ranks

# The header fields the contract requires (name, rank, school, fiscal year), Thai / English names.
REQUIRED = {
    "name": ("ชื่อ-นามสกุลผู้จัดทำข้อตกลง", "teacher's name"),
    "rank": ("วิทยฐานะ", "academic rank (วิทยฐานะ)"),
    "school": ("ชื่อสถานศึกษา", "school"),
    "fiscal_year": ("ปีงบประมาณ", "fiscal year (ปีงบประมาณ)"),
}
_THAI_MONTHS = ("", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
                "พ.ย.", "ธ.ค.")
_TITLE_ONLY = re.compile(r"^\s*(?:นาย|นาง|นางสาว|น\.ส\.|ว่าที่\s*ร\.?\s*ต\.?\s*(?:หญิง)?|ว่าที่ร้อยตรี(?:หญิง)?)\s*$")


def check(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    yield from missing_field(doc, ctx)
    yield from rank_salary_mismatch(doc, ctx)
    yield from period_mismatch(doc, ctx)
    yield from no_classroom_type(doc, ctx)


def missing_field(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    h = doc.header
    for field, (th, en) in REQUIRED.items():
        value = getattr(h, field)
        excerpt = ""
        if isinstance(value, str):
            if value.strip() and not _is_placeholder(ctx, value):
                continue
            excerpt = value if value.strip() else ""
        elif value is not None:
            continue
        yield ctx.finding("header.missing-field", Location(part="header", field=field), excerpt,
                          details={"field": field}, field_th=th, field_en=en)


def _is_placeholder(ctx: CheckContext, value: str) -> bool:
    """Dots, `โปรดระบุ`, `[ระบุ]`, or a title with no name left in a header value."""
    stripped = re.sub(r"[.\s…_\-]+", "", value)
    return not stripped or bool(ctx.text(value).placeholders) or bool(_TITLE_ONLY.match(value))


def rank_salary_mismatch(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    h = doc.header
    if h.rank is None or not h.salary_band:
        return
    rank = ranks()[h.rank]
    if rank.salary_band == h.salary_band:
        return
    other = rank_for_salary_band(h.salary_band)
    # both ways to agree: the rank's own band, or the rank of the band written
    suggestion = f"วิทยฐานะ {rank.th} รับเงินเดือนในอันดับ {rank.salary_band}"
    if other is not None:
        suggestion += (f" หรือถ้าอันดับ {h.salary_band} ถูกต้อง วิทยฐานะคือ "
                       f"{ranks()[other].th}")
    yield ctx.finding("header.rank-salary-mismatch", Location(part="header", field="salary_band"),
                      h.salary_band, suggestion_th=suggestion,
                      details={"rank": h.rank.value, "salary_band": h.salary_band,
                               "expected_band": rank.salary_band},
                      rank_th=rank.th, rank_en=h.rank.value, expected_band=rank.salary_band,
                      salary_band=h.salary_band)


def period_for_fiscal_year_be(year: int) -> tuple[str, str]:
    """Fiscal year 2566 (BE) → ("2565-10-01", "2566-09-30")."""
    return f"{year - 1}-10-01", f"{year}-09-30"


def thai_date(iso_be: str | None) -> str:
    """"2565-10-01" → "1 ต.ค. 2565" (as written when the shape is unexpected)."""
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", iso_be or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return iso_be or "(ไม่ระบุ)"
    return f"{int(m.group(3))} {_THAI_MONTHS[int(m.group(2))]} {m.group(1)}"


def period_mismatch(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    h = doc.header
    if h.fiscal_year is None or h.period is None or (h.period.start is None and h.period.end is None):
        return
    start, end = period_for_fiscal_year_be(h.fiscal_year)
    if h.period.start in (None, start) and h.period.end in (None, end):
        return
    yield ctx.finding("header.period-mismatch", Location(part="header", field="period"),
                      details={"expected": {"start": start, "end": end},
                               "written": {"start": h.period.start, "end": h.period.end}},
                      fiscal_year=h.fiscal_year, previous_year=h.fiscal_year - 1,
                      expected_start=thai_date(start), expected_end=thai_date(end),
                      start=thai_date(h.period.start), end=thai_date(h.period.end))


def no_classroom_type(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """The blank box; the suggestion ticks the boxes of the classes the document shows (อนุบาล →
    ห้องเรียนปฐมวัย), else the general one."""
    if doc.header.classroom_types:
        return
    shown = inferred_types(doc)
    boxes = classroom_boxes()
    ids = [t for t in boxes if t in shown] or ["general"]
    yield ctx.finding("header.no-classroom-type", Location(part="header", field="classroom_types"),
                      details={"shown": ids} if shown else None,
                      boxes=" ☑ ".join(boxes[t] for t in ids))

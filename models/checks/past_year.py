"""Rows copied from a past PA1: a task dated wholly to a year before the agreement's own.

Teachers copy last year's PA1 and leave rows dated to a past year ("จัดทำวิจัยในชั้นเรียน ปีการศึกษา
2565 เรื่อง…" in a PA for ปีงบประมาณ 2569, "อบรมออนไลน์… (ปีการศึกษา 2564)", "ส่งรายงานวิจัยในชั้นเรียน
ที่ทำไว้เมื่อปีการศึกษา ๒๕๖๕").  Such a row is last year's work: it addresses no item of this
agreement (part1.covered_items reads it as a blank row) and the teacher is told
(part1.task-past-year).  Product decision, round 13: samples/README.md, "Rows copied from a past PA1".

The agreement's year is its fiscal year (Buddhist Era), which starts on 1 October of the year
before (models.checks.header.period_for_fiscal_year_be).  So an academic year equal to the fiscal
year or one less is current, an earlier one past; a fiscal year before the agreement's is past.

A year is read where it dates work: ปีการศึกษา 2565, ปีงบประมาณ 2565, ภาคเรียนที่ 1/2565 (Thai or
Arabic digits; a two-digit year is 25xx), or an explicit "done back then" (ที่ทำไว้เมื่อ…,
ที่ทำเสร็จเมื่อ…).  Not where the year names something the row uses:
- a baseline or starting point: data of that year analysed or compared ("วิเคราะห์ผล O-NET
  ปีการศึกษา 2566…", "เทียบกับผลปี 2567", "ใช้ของปีการศึกษา 2566 ปรับ…"), or work carried on from it
  ("ต่อเนื่องจากปีการศึกษา 2566"): this year's work.  The ten spent rows that analyse a past year's
  results (task_sets6, 7, 8, 19, 21, 24, 28, 30) were labelled so;
- an edition: a curriculum, manual or plan named by its year ("หลักสูตร ว15101 ปีการศึกษา 2565",
  "คู่มือ… ฉบับปีการศึกษา 2568"; task_sets26 tj004 was labelled as covering 1.1);
- plain years ("ปี 2566", "พ.ศ. 2560", "ประจำปี ๒๕๖๘") and order numbers ("คำสั่ง…ที่ 15/2567"),
  which name awards, editions, orders and baselines far more often than the work's date.
Relative words (ปีที่แล้ว, ปีก่อน, ปีที่ผ่านมา) are not read: the 77 spent task-set rows of 28 writers
that use them name last year's data analysed or compared, and every one is labelled with an item.

When the agreement states no year (no header fiscal year or period; a task-list sample whose
setting names no ปีงบประมาณ), the least it can be stands for it: no PA1 is older than fiscal
2565, the first round of ว 9/2564 (in force from 1 ต.ค. 2564, pa-w9-2564-training-slides.txt:1300,
:887), and no row is dated after its agreement, so the latest year the document names is a floor
too.  A row is past only if it is past against that floor: two academic years or more before the
latest year named (uh052's "(ปีการศึกษา 2564)" in a list that names no other year stays current;
so do task_sets26 tj054 "ID Plan ปีงบประมาณ 2566" and tj004, labelled as covering their items).
An explicit "done back then" is past whatever the year (ud028).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from models.document import Area, Header
from models.thai.normalize import normalize, to_arabic_digits

FIRST_PA_YEAR = 2565  # ว 9/2564's first round: fiscal 2565 (1 ต.ค. 2564 – 30 ก.ย. 2565)

_YEAR = r"(?P<y>25\d\d|[5-9]\d)(?![,.]?\d)(?:\s*[-–]\s*(?P<y2>25\d\d|[5-9]\d)(?![,.]?\d))?"
_BE = r"(?:พ\.?\s*ศ\.?\s*)?"
# English rows name the same academic year (samples/README.md, round 14: English text is judged as
# its Thai rendering): "academic year 2565" is ปีการศึกษา 2565, and a Common Era year ("AY 2023",
# "academic year 2023") is read in the Buddhist Era (+543).  Spent English rows so dated, all
# labelled []: task_sets41 un013/un025/un051 ("…, academic year 2565"), task_sets44 uq012 ("in AY
# 2023 (ปีการศึกษา 2566)").
_CE_YEAR = r"(?P<ce>20[0-9]\d)(?![,.]?\d)"
_FORMS = (
    ("academic", re.compile(rf"ปี\s*การศึกษา\s*{_BE}{_YEAR}")),
    ("fiscal", re.compile(rf"ปี\s*งบ(?:ประมาณ)?\s*{_BE}{_YEAR}")),
    ("academic", re.compile(rf"ภาค\s*(?:เรียน|การศึกษา)\s*(?:ที่)?\s*[12]\s*/\s*{_YEAR}")),
    ("academic", re.compile(rf"(?i:\bacademic\s+year|(?<![A-Za-z])AY)\s*(?:{_YEAR}|{_CE_YEAR})")),
)
CE_TO_BE = 543
# Work said to be done already when the agreement was written: "ที่ทำไว้เมื่อปีการศึกษา ๒๕๖๕".
_DONE_THEN = re.compile(r"(?:ทำ|เขียน|สร้าง|พัฒนา)(?:ไว้|เสร็จ|แล้ว)+\s*(?:ตั้งแต่|เมื่อ)\s*$")
# What makes a year a baseline or starting point: data of that year, a comparison, or work
# carried on from it, in the clause before the year …
_DATA = re.compile(
    r"ผล(?!งาน|ิต)|คะแนน|ข้อสอบ|แบบทดสอบ|สถิติ|ข้อมูล|สารสนเทศ|แฟ้ม|รุ่นพี่|รุ่นที่|"
    r"(?i:o-?net|n-?net|v-?net|a-?level|tgat|tpat|pisa)|(?<![A-Za-z])(?:NT|RT)(?![A-Za-z])|"
    r"เทียบ|ต่อเนื่อง|ต่อยอด|ขยายผล|สืบเนื่อง|ย้อนหลัง|ใช้ของ|(?:ปรับ|ปรับปรุง|พัฒนา)(?:ต่อ)?จาก|เดิม")
# Not data the row itself makes or reports, which is the work dated ("จัดทำข้อมูลนักเรียนรายบุคคล ชั้น
# ป.4 ปีการศึกษา 2566", "รายงานผลการเยี่ยมบ้าน ปีการศึกษา 2566"): all 4 spent rows so dated to a past
# year, of four writers, are labelled [] (task_sets39 ul046, task_sets40 um009, task_sets42 uo051,
# task_sets44 uq052), while the same rows of the current year keep their item (task_sets36 ui048,
# task_sets43 up043: 2.1).
_PRODUCT = re.compile(r"จัดทำ\s*(?:ข้อมูล|สารสนเทศ)+|รายงานผล")
# … or right after it ("…ปีการศึกษา 2565 มาต่อยอด", "…ปีการศึกษา 2566 เป็นฐาน").
_USED_AFTER = re.compile(r"[^,;]{0,25}?(?:เป็นฐาน|เป็นข้อมูล|เป็นต้นแบบ|มา(?:วิเคราะห์|เทียบ|ใช้|ปรับ|"
                         r"ต่อยอด|พัฒนา|ขยายผล|เป็น))")
# An edition: the year names the curriculum, manual or version ("หลักสูตร ว15101 ปีการศึกษา 2565",
# "ฉบับปีการศึกษา 2568").
_EDITION = re.compile(r"(?:ฉบับ(?:ปรับปรุง)?\s*(?:ปี|ประจำ)?\s*|หลักสูตร[^,;]{0,25}?)$")
# Clauses: a baseline word counts only in the year's own clause.
_CLAUSE_BREAK = re.compile(r"[,;\n]|\s(?:และ|แล้ว|จากนั้น|พร้อม)|จึง")


@dataclass(frozen=True)
class Mention:
    """One year a task names where it could date the work."""
    year: int  # Buddhist Era; for a range, its last year
    kind: str  # "academic" | "fiscal"
    text: str  # as matched ("ปีการศึกษา 2565"), Arabic digits
    dates_work: bool  # False: a baseline, starting point or edition
    done_then: bool  # an explicit "done back then" (ที่ทำไว้เมื่อ…) leads to it


@dataclass(frozen=True)
class PastYear:
    """A task dated wholly to a past year: the year named and the agreement's year."""
    year: int  # the past year named (BE)
    kind: str  # "academic" | "fiscal"
    evidence: str  # the words that date it ("ปีการศึกษา 2565", Arabic digits)
    agreement_year: int | None  # the agreement's fiscal year, when known


def _be(value: str) -> int:
    n = int(value)
    return 2500 + n if n < 100 else n


@lru_cache(maxsize=4096)  # covered_items and the finding read the same tasks
def mentions(task: str) -> tuple[Mention, ...]:
    """The years `task` names as academic or fiscal years, in order."""
    t = to_arabic_digits(normalize(task or ""))
    out: list[tuple[int, Mention]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _FORMS:
        for m in pattern.finditer(t):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
                continue  # read once
            taken.append(m.span())
            ce = m.groupdict().get("ce")
            year = int(ce) + CE_TO_BE if ce else _be(m.group("y2") or m.group("y"))
            before = t[:m.start()]
            breaks = list(_CLAUSE_BREAK.finditer(before))
            clause = before[breaks[-1].end():] if breaks else before
            done = _DONE_THEN.search(clause) is not None
            baseline = (bool(_DATA.search(_PRODUCT.sub(" ", clause)))
                        or bool(_USED_AFTER.match(t, m.end())))
            edition = bool(_EDITION.search(clause))
            out.append((m.start(), Mention(year, kind, m.group(0), not (baseline or edition),
                                           done and not baseline)))
    return tuple(x for _, x in sorted(out, key=lambda p: p[0]))


def _past(m: Mention, year: int) -> bool:
    return m.year < year - 1 if m.kind == "academic" else m.year < year


def latest_year(texts: Iterable[str]) -> int | None:
    """The latest year the texts name (a floor of their agreement's fiscal year: no row is dated
    after its agreement)."""
    years = [m.year for t in texts for m in mentions(t)]
    return max(years) if years else None


def agreement_year(header: Header | None) -> int | None:
    """The agreement's fiscal year (BE): the header's, else its period's end."""
    if header is None:
        return None
    if header.fiscal_year:
        return header.fiscal_year
    period = header.period
    for value in (period.end, period.start) if period else ():
        m = re.match(r"^(\d{4})-(\d{2})", value or "")
        if m:  # 1 ต.ค. 2568 – 30 ก.ย. 2569 is fiscal 2569
            return int(m.group(1)) + (1 if int(m.group(2)) >= 10 else 0)
    return None


def reference_year(year: int | None, texts: Iterable[str] = ()) -> int:
    """The year a row is judged against: the agreement's, or when unknown the least it can be
    (FIRST_PA_YEAR, or the latest year `texts` name)."""
    if year is not None:
        return year
    return max(FIRST_PA_YEAR, latest_year(texts) or 0)


def past_year(task: str, year: int | None, *, reference: int | None = None) -> PastYear | None:
    """Is `task` dated wholly to a year before the agreement's (`year`, its fiscal year; None when
    unknown)?  `reference`: the year to judge against when `year` is unknown (reference_year over
    the document's texts; default: over this task alone)."""
    found = mentions(task)
    if not found:
        return None
    ref = year if year is not None else (reference or reference_year(None, [task]))
    dating = [m for m in found if m.dates_work]
    if not dating:
        return None
    past = [m for m in dating if m.done_then or _past(m, ref)]
    if not past or len(past) < len(dating):
        return None  # no past date, or a current one beside it: this year's work
    first = past[0]
    return PastYear(first.year, first.kind, first.text, year)


def past_rows(tasks: list[str], year: int | None, reference: int | None = None
              ) -> dict[int, PastYear]:
    """Index → PastYear of the tasks dated wholly to a past year."""
    if reference is None and year is None:
        reference = reference_year(None, tasks)
    out = {}
    for i, t in enumerate(tasks):
        if t and t.strip():
            p = past_year(t, year, reference=reference)
            if p is not None:
                out[i] = p
    return out


def without_past_rows(area: Area, year: int | None, reference: int | None = None) -> Area:
    """`area` with its past rows blanked (last year's work addresses no item); itself if none."""
    return area.blank_tasks(past_rows(list(area.tasks), year, reference))


_SETTING_YEAR = re.compile(r"ปีงบ(?:ประมาณ)?\s*(?:พ\.?\s*ศ\.?\s*)?(25\d\d)(?!\d)")


def setting_year(setting: str) -> int | None:
    """A task-list sample's `ปีงบประมาณ 25xx` (Thai or Arabic digits): it plays the header's
    fiscal year (benchmarks.evaluate_coverage)."""
    m = _SETTING_YEAR.search(to_arabic_digits(setting or ""))
    return int(m.group(1)) if m else None

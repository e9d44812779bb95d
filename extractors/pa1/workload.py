"""Workload hours 1.1–1.4 (ภาระงาน), the subject lines under 1.1 and the stated total."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.pa1.lists import strip_numbering
from extractors.pa1.sections import Line
from extractors.raw import Paragraph
from models.document import Workload
from models.thai.normalize import to_arabic_digits

_NUM = r"\d+(?:\.\d+)?"
_HOURS = re.compile(rf"({_NUM})\s*(?:ชั่วโมง|ชม\.?|คาบ)")
_BLANK = re.compile(r"(?:จำนวน|รวม)\s*(?:\.{2,}|…+|_{2,})")
_AFTER_COUNT = re.compile(rf"(?:จำนวน|รวม)\s*({_NUM})(?!\s*[./]\s*\d)")
_FIELDS = [
    ("teaching", re.compile(r"^1\.1(?!\d)|ชั่วโมงสอน|ตามตารางสอน|^(?:ภาระ)?งานสอน")),
    ("support", re.compile(r"^1\.2(?!\d)|ส่งเสริมและสนับสนุน")),
    ("quality", re.compile(r"^1\.3(?!\d)|พัฒนาคุณภาพการจัดการศึกษา|คุณภาพการศึกษาของสถานศึกษา")),
    ("policy", re.compile(r"^1\.4(?!\d)|ตอบสนองนโยบาย|นโยบายและจุดเน้น")),
]
_TOTAL = re.compile(r"^(?:รวม\s*ทั้งสิ้น|รวม\s*ทั้งหมด|รวมภาระงาน|รวม(?!จำนวน)|ภาระงานรวม|ชั่วโมงรวม)")
_SUBJECT_HINT = re.compile(r"รายวิชา|วิชา|[ก-ฮ]{1,2}\s?\d{5}|\d{5}-\d{4}|ชั้น|ป\.\s?\d|ม\.\s?\d")
_END = re.compile(r"^(?:2\.?)?งานที่จะปฏิบัติ|^ด้านที่|^ส่วนที่")
# The stated total run on after a field's own hours ("… ๑ ชั่วโมง/สัปดาห์รวมทั้งสิ้น ๒๔ ชั่วโมง"):
# a PDF cannot show whether a line ended its paragraph or wrapped between two Thai words, so
# the total paragraph may come joined to the 1.4 line above it.
_TOTAL_AFTER = re.compile(rf"(?:รวม\s*ทั้งสิ้น|รวม\s*ทั้งหมด|รวมภาระงาน|ภาระงานรวม|ชั่วโมงรวม"
                          rf"|รวม(?=\s*{_NUM}\s*(?:ชั่วโมง|ชม)))")


@dataclass
class WorkloadResult:
    workload: Workload
    sources: dict[str, Paragraph]
    confidence: dict[str, float]


def hours_in(text: str, *, skip_code: bool = True) -> float | None:
    """Hours written in a line: "จำนวน 18 ชั่วโมง/สัปดาห์" → 18; a table row "1.2 งาน…  4" → 4."""
    t = to_arabic_digits(text)
    if skip_code:
        t = re.sub(r"^\s*\(?1\s*\.\s*[1-4]\)?(?!\d)", " ", t)
    m = _HOURS.search(t) or _AFTER_COUNT.search(t)
    blank = _BLANK.search(t)
    if blank and (m is None or blank.start() < m.start()):
        return None  # "รวมจำนวน ........ ชั่วโมง": left blank, whatever numbers follow on the line
    if m:
        return float(m.group(1))
    # not a part of a code: "20000-1204 ภาษาอังกฤษ…" (vocational subject codes)
    nums = re.findall(rf"(?<![\d.ก-ฮ-])({_NUM})(?![\d.-])", t)
    return float(nums[-1]) if nums else None


def _clean_number(value: float | None) -> float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def split_total(line: Line) -> list[Line]:
    """`line`, or the line and the stated total written after its hours on the same line
    ("๑.๔ … จำนวน ๑ ชั่วโมง/สัปดาห์รวมทั้งสิ้น ๒๔ ชั่วโมง/สัปดาห์" → the 1.4 line, the total).
    Only a support/quality/policy line is split, and only after its own hours."""
    key = to_arabic_digits(line.text)
    if line.in_table or not any(p.search(key[:60]) for n, p in _FIELDS if n != "teaching"):
        return [line]
    hours = _HOURS.search(key)
    if hours is None:
        return [line]
    total = _TOTAL_AFTER.search(key, hours.end())
    if total is None or hours_in(key[total.start():], skip_code=False) is None:
        return [line]
    cut = total.start()
    spans = [(s, min(e, cut), p) for s, e, p in line.spans if s < cut]
    head = Line(line.text[:cut].rstrip(), spans, line.block, line.in_table, line.lead)
    source = line.paragraph_at(cut)
    tail_text = line.text[cut:]
    tail = Line(tail_text, [(0, len(tail_text), source)] if source is not None else [],
                line.block, line.in_table, lead=False)
    return [head, tail]


def parse_workload(lines: list[Line]) -> WorkloadResult:
    lines = [part for line in lines for part in split_total(line)]
    values: dict[str, float | None] = {}
    sources: dict[str, Paragraph] = {}
    conf: dict[str, float] = {}
    subjects: list[tuple[str, Paragraph]] = []
    current: str | None = None
    for line in lines:
        key = to_arabic_digits(line.text.strip())
        if _END.match(re.sub(r"\s+", "", key)):
            break
        stripped, _ = strip_numbering(key)
        field = None
        for name, pattern in _FIELDS:
            if pattern.search(key[:60]) and (pattern.match(key) or name not in values):
                field = name
                break
        if field is None and _TOTAL.match(stripped) and ("ชั่วโมง" in key or re.search(r"\d", key)):
            field = "total"
        if field == "total" and current == "teaching" and values.get("teaching") is None:
            field = "teaching"  # "รวม 18 ชั่วโมง" closing the subject lines under a bare 1.1
            values.pop("teaching", None)
        if field is not None:
            if field in values and field != "total":
                # a subject line under 1.1 mentioning "ชั่วโมงสอน" again is not the field
                if current == "teaching" and field == "teaching" and not re.match(r"^1\.1", key):
                    subjects.append((line.text, line.first))
                continue
            h = hours_in(key)
            src = line.first
            if line.in_table and len(line.spans) > 1:
                # a workload table: the hours are the row's last cell ("๑๕"), whatever the
                # first cell says about its subjects
                s0, s1, _ = line.spans[-1]
                last = to_arabic_digits(line.text[s0:s1]).strip()
                if re.fullmatch(_NUM, last):
                    h = float(last)
                    src = line.spans[-1][2]  # the cell the hours were read from
            values[field] = h
            current = field
            p = src
            if p is not None:
                sources[field] = p
                conf[field] = line.confidence if h is not None else min(line.confidence, 0.9)
            continue
        if current == "teaching" and (_SUBJECT_HINT.search(key) or hours_in(key) is not None):
            subjects.append((line.text, line.first))
    total = values.get("total")
    parts = [values.get(k) for k in ("teaching", "support", "quality", "policy")]
    computed = sum(p for p in parts if p is not None) if any(p is not None for p in parts) else None
    subj_texts = [strip_numbering(t)[0] for t, _ in subjects]
    for i, (_, p) in enumerate(subjects):
        if p is not None:
            sources[f"subjects.{i}"] = p
    if total is None and computed is not None:
        conf["total"] = min(conf.get(k, 1.0) for k in ("teaching", "support", "quality", "policy")
                            if k in conf)
        if "teaching" in sources:
            sources["total"] = sources["teaching"]
    wl = Workload(
        teaching=_clean_number(values.get("teaching")),
        support=_clean_number(values.get("support")),
        quality=_clean_number(values.get("quality")),
        policy=_clean_number(values.get("policy")),
        total=_clean_number(total if total is not None else computed),
        stated_total=_clean_number(total),
        subjects=subj_texts,
    )
    return WorkloadResult(wl, sources, conf)

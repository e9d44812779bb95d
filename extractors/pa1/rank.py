"""Rank (วิทยฐานะ) and salary band (อันดับ คศ.) as a header writes them → RankId / "คศ.N"."""

from __future__ import annotations

import re

from models.document import RankId
from models.rubric import rank_for_salary_band, ranks
from models.thai.normalize import to_arabic_digits

_BAND = re.compile(r"ค\s*\.?\s*ศ\s*\.?\s*([0-9๐-๙])")


def salary_band(text: str | None) -> str | None:
    """`"ค.ศ. ๒"`, `"คศ 2"`, `"คศ.2"` → `"คศ.2"`; `"ครูผู้ช่วย"` → `"ครูผู้ช่วย"`."""
    if not text:
        return None
    m = _BAND.search(text)
    if m:
        return f"คศ.{to_arabic_digits(m.group(1))}"
    if "ครูผู้ช่วย" in text:
        return "ครูผู้ช่วย"
    return None


def _aliases() -> list[tuple[str, RankId]]:
    pairs = [(alias, rank.id) for rank in ranks().values() for alias in rank.aliases
             if alias not in ("-", "ครู", "ไม่มี")]
    return sorted(pairs, key=lambda p: -len(p[0]))


def rank_from_value(value: str | None) -> RankId | None:
    """The rank named by a วิทยฐานะ value or a position: "ครูชำนาญการพิเศษ", "ชพ.", "-", "ครู".

    "ไม่มีวิทยฐานะ", "ไม่มี", "-" and "ครู" alone mean `teacher`; None when nothing is named.
    """
    if value is None:
        return None
    v = re.sub(r"\s+", "", value)
    v = v.removeprefix("วิทยฐานะ")
    if not v:
        return None
    if v.strip("-–—") == "" or v in ("ไม่มี", "ครู", "ครู(ไม่มีวิทยฐานะ)", "ครูไม่มีวิทยฐานะ"):
        return RankId.TEACHER
    for alias, rank_id in _aliases():
        a = alias.replace(" ", "")
        if len(a) > 5 and a in v:  # abbreviations (ชพ.) are matched below, as whole words
            return rank_id
    if re.search(r"(?<![ก-๙])(ชชพ|ชช|ชพ|ชก)(?![ก-ฮ])", v):
        return {"ชชพ": RankId.SENIOR_EXPERT, "ชช": RankId.EXPERT, "ชพ": RankId.SENIOR_PROFESSIONAL,
                "ชก": RankId.PROFESSIONAL}[re.search(r"(ชชพ|ชช|ชพ|ชก)", v).group(1)]
    if "ไม่มีวิทยฐานะ" in v or v.startswith("ครู") and len(v) <= 4:
        return RankId.TEACHER
    return None


# "ตำแหน่งครู วิทยฐานะครูชำนาญการ" in the title line, the เจตจำนง sentence or the Part 2 intro.
_STATED = re.compile(r"ตำแหน่ง\s*(ครูผู้ช่วย|ครู)\s*(?:\(?\s*(ไม่มีวิทยฐานะ)\s*\)?|วิทยฐานะ\s*([^\s/(]*))?")


def rank_from_sentence(text: str) -> RankId | None:
    """Rank stated in running text: "…ตำแหน่งครู วิทยฐานะชำนาญการ ซึ่งเป็นตำแหน่ง/วิทยฐานะที่…"."""
    compact = re.sub(r"\s+", " ", text)
    for m in _STATED.finditer(compact):
        if m.group(1) == "ครูผู้ช่วย":
            return RankId.ASSISTANT
        if m.group(2):
            return RankId.TEACHER
        value = m.group(3)
        if value is not None:
            value = re.split(r"ซึ่ง|ที่ดำรง|ไว้|กับ|ต้อง", value)[0]
            found = rank_from_value(value) if value and not value.startswith(".") else None
            if found:
                return found
    return None


def rank_from_band(band: str | None) -> RankId | None:
    if band == "ครูผู้ช่วย":
        return RankId.ASSISTANT
    return rank_for_salary_band(band) if band else None

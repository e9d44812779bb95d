"""Quantities in Thai indicator text: ร้อยละ 80, 80%, ๘๐, ร้อยละ 70 ขึ้นไป, ไม่น้อยกว่า, ทุกคน,
จำนวน 2 ชิ้นงาน, ค่าเฉลี่ย 3.51, ระดับ 3 ขึ้นไป, คะแนนเฉลี่ยเพิ่มขึ้นร้อยละ 10.

Thai digits are read through `to_arabic_digits`, which keeps every character in place, so each
span points into the text as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from models.thai.normalize import to_arabic_digits

# "none": a zero count of learners ("ไม่มีนักเรียน…", "ไม่มีผู้ออกกลางคัน"), read by
# models.thai.analysis from the token structure (value 0).
Kind = Literal["percent", "count", "mean", "level", "all", "none", "number"]
Comparator = Literal[">=", ">", "<=", "<", "="]

NUM = r"-?\d+(?:,\d{3})*(?:\.\d+)?"
_GAP = r"[ \t]*"

# Comparators written before a number ("ไม่น้อยกว่าร้อยละ 80") or after it ("ร้อยละ 80 ขึ้นไป").
_BEFORE = [
    (">=", "ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|ตั้งแต่|มากกว่าหรือเท่ากับ"),
    ("<=", "ไม่เกิน|ไม่มากกว่า|ไม่สูงกว่า|น้อยกว่าหรือเท่ากับ"),
    (">", "มากกว่า|สูงกว่า|เกินกว่า|เกิน"),
    ("<", "น้อยกว่า|ต่ำกว่า"),
]
_AFTER = [(">=", "ขึ้นไป|ขึ้น ไป|หรือมากกว่า|หรือสูงกว่า"), ("<=", "ลงมา|หรือน้อยกว่า|หรือต่ำกว่า")]
# A rate may sit between the comparator and its number: "อย่างน้อยคนละ 2 เครื่อง",
# "ไม่น้อยกว่าเดือนละ 500 บาท", "ไม่เกินวันละ 2 ชั่วโมง" (กลุ่มละ, สัปดาห์ละ, ครั้งละ …).
_RATE = r"(?:[\u0e01-\u0e4e]{1,10}ละ)?"
_BEFORE_RE = [(c, re.compile(rf"(?:{p}){_GAP}{_RATE}{_GAP}(?:ร้อยละ|คะแนน|ค่าเฉลี่ย)?{_GAP}$"))
              for c, p in _BEFORE]
_AFTER_RE = [(c, re.compile(rf"{_GAP}(?:{p})")) for c, p in _AFTER]
# A number right after a change word is an amount of change ("เพิ่มขึ้นร้อยละ 10").
_CHANGE_RE = re.compile(
    rf"(?:เพิ่มขึ้น|สูงขึ้น|ดีขึ้น|ลดลง|พัฒนาขึ้น|สูงเกิน|มากขึ้น|พัฒนาการ|ต่างกัน|ความก้าวหน้า)"
    rf"(?:{_GAP}(?:จากเดิม|อย่างน้อย|ไม่น้อยกว่า|ไม่ต่ำกว่า|มากกว่า|เฉลี่ย|โดยเฉลี่ย|คิดเป็น))*"
    # a rate per learner may stand before the amount: "อ่านถูกเพิ่มขึ้นจากเดิมอย่างน้อยคนละ 5 คำ"
    # (challenges3 cy012 q1, clean: a baseline and an amount)
    rf"{_GAP}(?:คนละ|ห้องละ|กลุ่มละ)?{_GAP}(?:ร้อยละ)?{_GAP}$")
# A number right after เกณฑ์ is the criterion's threshold, not the target share.
# `ไม่ผ่าน` is not: "นักเรียนที่สอบไม่ผ่านร้อยละ 80 สอบแก้ตัวผ่านเกณฑ์ร้อยละ 60" names the group
# and its share.
_CRITERION_RE = re.compile(
    rf"(?:เกณฑ์|(?<!ไม่)ผ่าน|ได้คะแนน|คะแนน){_GAP}(?:ที่กำหนด)?{_GAP}(?:ร้อยละ)?{_GAP}$")

# "ไม่น้อยกว่าร้อยละ 70 ของคะแนนเต็ม": a share of the points is each learner's bar, not a share of
# learners.
# The same for a share of the items each learner is set (objectives, goals, words, test items,
# skills): "บรรลุจุดประสงค์…ตามแผน IEP ไม่น้อยกว่าร้อยละ ๗๐ ของจุดประสงค์" (statements14 s14131, clean),
# "…ได้ถูกต้องไม่น้อยกว่าร้อยละ 70 ของคำทดสอบ", "…ร้อยละ 70 ของเป้าหมาย".  Spent results and
# indicators so written: 35 rows of 25 files, none labelled no-criterion or no-target; changed:
# s14131 only (the others read a bar elsewhere or state their share apart).


# ---- English (samples/README.md, round 14: English text is judged by the same rules as Thai): the
# same readings from lexicon/english_frames.txt, matched case-insensitively on word boundaries.
def _en_alt(*sections: str) -> str:
    from models.rubric import english_pattern  # imported late: models.rubric reads models.document

    return english_pattern(*sections)


@lru_cache(maxsize=1)
def _english() -> dict[str, object]:
    from models.rubric import lexicon, phrase_pattern

    change = phrase_pattern(w for w in lexicon("vague_change") if w.isascii())
    i = re.IGNORECASE
    return {
        "before": [(c, re.compile(rf"(?<![A-Za-z]){_en_alt(sec)}\s*$", i))
                   for c, sec in ((">=", "at-least"), ("<=", "at-most"), (">", "above"))],
        "after": [(c, re.compile(rf"\s*{_en_alt(sec)}(?![A-Za-z])", i))
                  for c, sec in ((">=", "or-above"), ("<=", "or-below"))],
        # the figure a score reaches: "score 70% or higher", "get 3 out of 4" (as ได้คะแนน…)
        "score": re.compile(rf"(?<![A-Za-z]){_en_alt('score')}\s*(?:{_en_alt('at-least')}\s*)?$", i),
        "out_of": re.compile(rf"\s*(?:{_en_alt('or-above')}\s*)?{_en_alt('out-of')}\s*\d", i),
        # "increase by 10%", "improve their reading scores by at least 10%", "rise from 55% to 75%"
        "change": re.compile(rf"(?<![A-Za-z]){change}(?:\s+[A-Za-z'’-]+){{0,4}}?\s*{_en_alt('change-by')}\s*$", i),
        # "all students", "All Grade 3 (EP) students", "every student" (a class may stand between)
        "all": re.compile(rf"(?<![A-Za-z]){_en_alt('all')}\s+(?:[A-Za-z0-9.()/'’-]+\s+){{0,3}}?"
                          rf"{_en_alt('count-people')}(?![A-Za-z])", i),
        # "No student drops out", "none of the students…" (not "no more than 5 students")
        "none": re.compile(rf"(?<![A-Za-z]){_en_alt('none')}\s+(?:(?!more|fewer|less|than)[A-Za-z.()/'’-]+\s+){{0,3}}?"
                           rf"{_en_alt('count-people')}(?![A-Za-z])", i),
        "mean": re.compile(rf"(?<![A-Za-z]){_en_alt('mean')}(?![A-Za-z])[^\d%]{{0,40}}$", i),
        # a share of the required time is the attendance bar, as ร้อยละ 80 ของเวลาเรียน (_CLASS_TIME)
        "class_time": re.compile(rf"\s*of\s+(?:the\s+)?(?:total\s+)?{_en_alt('required-time')}(?![A-Za-z])", i),
        "level": re.compile(rf"(?<![A-Za-z]){_en_alt('level')}\s*(?:{_en_alt('at-least')}\s*)?"
                            rf"(?P<n>[0-5](?:\.\d+)?)(?![\d,])", i),
        "class": re.compile(rf"(?<![A-Za-z]){_en_alt('class', 'grade-any', 'grade-primary', 'grade-secondary', 'grade-kindergarten')}"
                            r"\s*[./]?\s*$", i),
        "things": re.compile(rf"(?P<n>{NUM})\s*(?:[A-Za-z-]+\s+){{0,2}}?(?P<unit>{_en_alt('count-things')})(?![A-Za-z])", i),
        # "80 percent of students", as "80 เปอร์เซ็นต์" (read before a count of people: not 80 people)
        "percent": re.compile(rf"(?<![\d.])(?P<n>{NUM})\s*{_en_alt('percent')}(?![A-Za-z])", i),
        "people": re.compile(rf"(?P<n>{NUM})\s*(?:[A-Za-z.()0-9/-]+\s+){{0,3}}?(?P<unit>{_en_alt('count-people')})(?![A-Za-z])", i),
    }


_ASCII_LETTER = re.compile(r"[A-Za-z]{2}")


# ---- Numbers written in words (lexicon/number_words.txt): "ยี่สิบห้าคน", "ร้อยละแปดสิบ", "สองในสาม
# ของห้อง", "Twenty-five students", "two-thirds of the class".  `spell_out` writes each one's digits
# over the words, right-aligned and padded with spaces to the words' length, so every span still
# points into the text as written and the patterns above read it as they read digits; `quantities`
# then widens a reading's span over the words.  A Thai run is read only where a figure stands: before
# a unit word (_COUNT_UNITS), after ร้อยละ or a bound, or as a fraction of the group (N ใน M ของ/คน,
# as analysis._WORDED_SHARE): Thai words hold these syllables (สามารถ, สี่เหลี่ยม, ห้าม, ความสัมพันธ์,
# "ร้อยเรื่องเมืองเก่า").  A lone one (หนึ่ง, one: "one-to-one", "หนึ่งห้อง") and a lone multiplier
# (ร้อย, hundred) are left, as are runs whose digits would not fit in the words.
@lru_cache(maxsize=1)
def _number_words() -> dict[str, object]:
    from models.rubric import lexicon_sections

    values: dict[str, int] = {}
    denominators: dict[str, int] = {}
    for section, words in lexicon_sections("number_words").items():
        for w in words:
            if section == "half":
                continue
            if section.startswith("/"):
                denominators[w.lower()] = int(section[1:])
            else:
                values[w.lower()] = int(section)
    th = sorted((w for w in values if not w.isascii()), key=len, reverse=True)
    en = sorted((w for w in values if w.isascii()), key=len, reverse=True)
    # ร้อย of ร้อยละ (per cent) is no hundred
    th_word = "(?:" + "|".join("ร้อย(?!ละ)" if w == "ร้อย" else re.escape(w) for w in th) + ")"
    en_word = r"\b(?:" + "|".join(en) + r")\b"
    den = r"\b(?:" + "|".join(sorted(denominators, key=len, reverse=True)) + r")\b"
    th_run = rf"{th_word}+"
    en_run = rf"{en_word}(?:(?:[ \t]+|-)(?:and[ \t]+)?{en_word})*"
    units = _UNIT_ALT
    return {
        "values": values, "denominators": denominators,
        "gate": re.compile("|".join([th_word, en_word]), re.IGNORECASE),
        "th_fraction": re.compile(rf"(?P<a>{th_run}){_GAP}ใน{_GAP}(?P<b>{th_run})(?={_GAP}(?:ของ|คน))"),
        "th": re.compile(rf"(?P<a>{th_run})(?={_GAP}(?:{units}))"
                         rf"|(?<=ร้อยละ)(?P<p>{_GAP}{th_run})"
                         rf"|(?:{'|'.join(p for _, p in _BEFORE)}){_GAP}(?P<c>{th_run})"),
        "en_fraction": re.compile(rf"(?P<a>{en_run})[ \t-]+(?P<b>{den})", re.IGNORECASE),
        "en": re.compile(rf"(?P<a>{en_run})(?!-[A-Za-z])", re.IGNORECASE),
        "half": re.compile("|".join(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])"
                                    for w in lexicon_sections("number_words")["half"]), re.IGNORECASE),
        "th_token": re.compile(th_word),
        "en_token": re.compile(en_word, re.IGNORECASE),
    }


def _word_value(words: list[str], values: dict[str, int]) -> int | None:
    """The number a run of number words writes: digits, each multiplied by the place word after
    it (สาม|ร้อย ยี่|สิบ ห้า = 325; twenty five = 25; one hundred twenty = 120)."""
    total, cur = 0, 0
    for w in words:
        v = values[w.lower()]
        if v >= 100:
            total += (cur or 1) * v
            cur = 0
        elif v == 10 and not words[0].isascii():
            total += (cur or 1) * 10  # Thai สิบ is a place (ยี่สิบ, สามสิบ); English ten a digit
            cur = 0
        else:
            cur += v
    return total + cur


def spell_out(t: str) -> tuple[str, list[tuple[int, int]]]:
    """`t` with its numbers written in words replaced by their digits, in place (same length), and
    the spans of the words replaced."""
    nw = _number_words()
    if not nw["gate"].search(t) and not nw["half"].search(t):  # type: ignore[union-attr]
        return t, []
    values: dict[str, int] = nw["values"]  # type: ignore[assignment]
    out = list(t)
    regions: list[tuple[int, int]] = []

    def tokens(run: str, thai: bool) -> list[str]:
        rx = nw["th_token" if thai else "en_token"]
        return [m.group(0).lower() for m in rx.finditer(run)]  # type: ignore[union-attr]

    def put(start: int, end: int, figure: str) -> None:
        if len(figure) > end - start or any(s < end and start < e for s, e in regions):
            return
        out[start:end] = " " * (end - start - len(figure)) + figure
        regions.append((start, end))

    def fraction(m: re.Match, thai: bool) -> None:
        a = _word_value(tokens(m.group("a"), thai), values)
        b = _word_value(tokens(m.group("b"), True), values) if thai \
            else nw["denominators"].get(m.group("b").lower())  # type: ignore[union-attr]
        if a and b and a < b:
            put(m.start(), m.end(), f"{round(100 * a / b, 1):g}%")

    for m in nw["half"].finditer(t):  # type: ignore[union-attr]
        # an amount of change only ("ลดลงอย่างน้อยครึ่งหนึ่ง", "decrease by at least half")
        before = t[max(0, m.start() - 60):m.start()]
        if _CHANGE_RE.search(before) or (_ASCII_LETTER.search(before) and _english()["change"].search(before)):  # type: ignore[union-attr]
            put(m.start(), m.end(), "50%")
    for m in nw["th_fraction"].finditer(t):  # type: ignore[union-attr]
        fraction(m, True)
    for m in nw["en_fraction"].finditer(t):  # type: ignore[union-attr]
        fraction(m, False)
    for m in nw["th"].finditer(t):  # type: ignore[union-attr]
        g = next(x for x in ("a", "p", "c") if m.group(x) is not None)
        start, end = m.span(g)
        run = m.group(g)
        start += len(run) - len(run.lstrip(" \t"))
        words = tokens(run, True)
        value = _word_value(words, values)
        lone = len(words) == 1 and (value == 1 or value >= 100)
        if value and not (lone and g != "p"):
            put(start, end, str(value))
    for m in nw["en"].finditer(t):  # type: ignore[union-attr]
        words = tokens(m.group("a"), False)
        value = _word_value(words, values)
        if value and not (len(words) == 1 and (value == 1 or value >= 100)):
            put(m.start(), m.end(), str(value))
    return "".join(out), regions

# … and of the work each learner is set ("ส่งงานคณิตศาสตร์ไม่น้อยกว่าร้อยละ 80 ของงานที่มอบหมาย":
# challenges28 c28-023 [0], clean: the group is its 8 learners, the share their bar).
_OF_SCORE = re.compile(r"\s*ของ\s*(?:คะแนน|จุดประสงค์|เป้าหมาย|คำ|ข้อ|ทักษะ|งาน(?:ที่|ทั้งหมด))")
# "มีเวลาเรียนไม่น้อยกว่าร้อยละ 80": a share of class time is each learner's bar (the required
# เวลาเรียน), not a share of learners.  Spent rows so written, all writers: 9 of 7 files; 8 state
# the share elsewhere (ร้อยละ 95 …, ทุกคน, ทั้ง 31 คน) and are read as before; the one with none
# (statements13 s13092) is labelled no-target, not no-criterion, as a pass mark with no share is
# (statements13 s13033; statements7/8 decision).  Not a rate (อัตราการมาเรียน…): its figure is
# the group's (analysis._RATE_BOUND).
_CLASS_TIME = re.compile(rf"(?<!อัตราการมา)เวลาเรียน\S{{0,20}}?{_GAP}(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย){_GAP}(?:ร้อยละ)?{_GAP}$")
# "ทำกิจกรรม กพช. ครบ 200 ชั่วโมง": a count to complete is each learner's bar, not how many learners.
_IN_FULL = re.compile(r"ครบ\s*(?:ทั้ง)?\s*$")
# "มีพัฒนาการทั้ง 4 ด้าน": a count after ทั้ง names the scope of a trait (all of its parts), neither
# how many learners nor a bar (statements3 u018 labels it no-target).  Not `ทั้ง 30 คน` (all of the
# learners) and not `ครบทั้ง 4 ด้าน` (a bar to complete, _IN_FULL).
_SCOPE = re.compile(r"(?<!ครบ)ทั้ง\s*(?:หมด)?\s*$")
# "บรรเลงได้ 4 คอร์ดขึ้นไป": a bare number, its own unit word and a comparator after it is a bar
# like "อย่างน้อย 3 ชนิด" (labelling guideline; statements3 u083), whatever the unit.
# "บวกลบจำนวนที่มีผลลัพธ์ไม่เกิน 100", "จำนวนนับไม่เกิน 1,000", "ทศนิยมไม่เกิน 2 ตำแหน่ง": a bound
# on the numbers in the content taught (the curriculum's own wording), not a bar on the result
# (statements4 s4137: "ไม่เกิน 100 names the content"; s4100 "ตัวเลข 1–20").  Not a bare จำนวน:
# "จำนวนไม่น้อยกว่า 30 คน" counts learners.
_CONTENT_BOUND = re.compile(r"(?:จำนวนนับ|ผลลัพธ์|ผลบวก|ผลต่าง|ผลคูณ|ผลหาร|ตัวเลข|ทศนิยม|ตัวส่วน|ตัวตั้ง|ตัวประกอบ)"
                            r"(?:ที่มีค่า|ที่)?[ \t]*$")
_UNIT_THEN_AFTER = re.compile(r"[ \t]*[\u0e01-\u0e4eA-Za-z]{1,12}?[ \t]*(?:ขึ้นไป|ขึ้น ไป|หรือมากกว่า)")

_COUNT_UNITS = ("คน", "ชิ้นงาน", "ชิ้น", "เรื่อง", "ครั้ง", "ชั่วโมง", "แผน", "หน่วย", "ห้อง",
                "กิจกรรม", "ชุด", "รายวิชา", "วิชา", "เล่ม", "ราย", "คะแนน", "ภาคเรียน", "สัปดาห์",
                "วัน", "เดือน", "โครงการ", "ผลงาน", "นวัตกรรม", "แห่ง", "ครอบครัว", "หลัง", "ทักษะ",
                "ระบบ", "ฉบับ", "คลิป", "เครื่อง", "รายการ", "เกม", "บทเรียน", "ใบงาน", "แอปพลิเคชัน",
                "มุม", "ด้าน", "ชนิด", "ประเภท", "ท่า", "เพลง", "บท",
                # a model the teacher makes, counted: "ได้นวัตกรรม… ๑ รูปแบบ" (statements4 s4182:
                # not-learner only, the figure is there)
                "รูปแบบ")
_UNIT_ALT = "|".join(sorted(_COUNT_UNITS, key=len, reverse=True))

_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    ("percent", re.compile(rf"ร้อยละ{_GAP}(?P<n>{NUM})")),
    ("percent", re.compile(rf"(?P<n>{NUM}){_GAP}(?:%|เปอร์เซ็นต์|เปอร์เซ็นต)")),
    ("mean", re.compile(
        rf"(?:ค่าเฉลี่ย|คะแนนเฉลี่ย|เฉลี่ย){_GAP}(?:(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|มากกว่า|สูงกว่า|อย่างน้อย"
        rf"|ตั้งแต่|เท่ากับ|อยู่ที่){_GAP})?(?P<n>{NUM})")),
    ("level", re.compile(
        rf"(?:ระดับ(?:คุณภาพ|ผลการเรียน|คะแนน)?|เกรด|ผลการเรียน){_GAP}(?:(?:ไม่ต่ำกว่า|ตั้งแต่){_GAP})?"
        rf"(?P<n>[0-5](?:\.\d+)?)(?![\d,])")),
    # `ทุกราย` (every case) is all learners; `ทุกรายวิชา`, `ทุกรายการ` are every subject or item.
    ("all", re.compile(r"ทุกคน|ครบทุกคน|ทุกราย(?!วิชา|การ|ละเอียด|งาน|ชื่อ)|ทุกกลุ่ม|ทุกหมู่")),
    # A material's efficiency E1/E2 ("ประสิทธิภาพตามเกณฑ์ 80/80") is its level.
    ("level", re.compile(rf"(?:เกณฑ์|ประสิทธิภาพ|E1\s*/\s*E2){_GAP}(?P<n>[5-9]\d(?:\.\d+)?)\s*/\s*[5-9]\d(?![\d])")),
    ("count", re.compile(rf"(?:จำนวน{_GAP})?(?P<n>{NUM}){_GAP}(?P<unit>{_UNIT_ALT})")),
    ("count", re.compile(rf"จำนวน{_GAP}(?P<n>{NUM})")),
    ("number", re.compile(rf"(?<![\d.])(?P<n>{NUM})(?![\d])")),
]


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: Kind
    span: tuple[int, int]  # into the text as written
    text: str  # the text at span
    unit: str | None = None  # "คน", "ชิ้นงาน", "%" …
    comparator: Comparator | None = None
    change: bool = False  # an amount of change ("เพิ่มขึ้นร้อยละ 10"), not a level
    threshold: bool = False  # a criterion's threshold ("ผ่านเกณฑ์ร้อยละ 70")

    @property
    def is_target(self) -> bool:
        """A measurable target: a share, a count, a mean, a numeric level, 'all' or 'none'."""
        return self.kind != "number"


# The kinds of _PATTERNS whose matches hold no digit; every other pattern's does (NUM, [0-5], [5-9]\d),
# so a text without a digit (\d: any decimal digit, as in the patterns) skips them.
_WITHOUT_DIGITS = frozenset({"all"})
_A_DIGIT = re.compile(r"\d")


def quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in `text`, left to right; overlapping readings keep the most specific."""
    t, worded = spell_out(to_arabic_digits(text))
    taken: list[tuple[int, int]] = []
    found: list[Quantity] = []
    digits = _A_DIGIT.search(t) is not None
    for pattern_kind, pattern in _PATTERNS:
        if not digits and pattern_kind not in _WITHOUT_DIGITS:
            continue
        for m in pattern.finditer(t):
            # each match starts from its pattern's kind: a reading changed below ("ทั้ง 2 ห้อง", a
            # content bound) is that match's alone (it used to carry over to every later match of the
            # pattern: "ทั้ง 2 ห้อง รวม 52 คน … พบว่านักเรียน 31 คน" read both counts as bare numbers,
            # challenges12 c12-017's problem lost its evidence)
            kind: Kind = pattern_kind
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind == "number" and _is_code(t, start, end):
                continue
            if kind == "count" and start and t[start - 1] in "./":
                # "ปวช.1 แผนกวิชา…", "ม.3/2 ห้อง…": a grade or class code read into a unit word
                # (statements3 u037 read "1 แผน" as a count of plans: no-criterion was missed)
                continue
            value = 100.0 if kind == "all" else float(m.group("n").replace(",", ""))
            unit = m.groupdict().get("unit") or ("%" if kind == "percent" else None)
            end = _extend_after(t, end)
            comparator = _comparator(t, start, end, m.end())
            before = t[max(0, start - 40):start]
            # a share is never the content's bound: "มีคะแนนความเข้าใจจำนวนนับไม่ต่ำกว่าร้อยละ 60" is
            # the score's bar (challenges22 c22-028 [0], clean; the one spent row so written)
            if comparator and kind != "percent" and _content_bound(t, start):
                kind, comparator, unit = "number", None, None
            if kind == "number" and comparator is None:
                unit_after = _UNIT_THEN_AFTER.match(t, end)
                if unit_after:
                    end, comparator = unit_after.end(), ">="
            if kind == "count" and unit != "คน" and _SCOPE.search(before):
                kind = "number"  # the scope of a trait, "ทั้ง 4 ด้าน"
            found.append(Quantity(
                value=value, kind=kind, span=(start, end), text=text[start:end], unit=unit,
                comparator=comparator,
                change=bool(_CHANGE_RE.search(before)) and kind != "all",
                threshold=(bool(_CRITERION_RE.search(before)) and kind in ("percent", "count", "mean"))
                or (kind == "percent" and bool(_OF_SCORE.match(t, end) or _CLASS_TIME.search(before)))
                or (kind == "count" and unit != "คน" and bool(_IN_FULL.search(before))),
            ))
            taken.append((start, end))
    if _ASCII_LETTER.search(t):
        found = _english_quantities(t, text, found, taken)
    found.sort(key=lambda q: q.span)
    if worded:  # a reading of words spelt out covers the words (spell_out)
        found = [_widen(q, text, worded) for q in found]
    return tuple(_first_share(found))


def _widen(q: Quantity, text: str, regions: list[tuple[int, int]]) -> Quantity:
    start, end = q.span
    for s, e in regions:
        if s < end and start < e:
            start, end = min(start, s), max(end, e)
    return q if (start, end) == q.span else replace(q, span=(start, end), text=text[start:end])


def _english_quantities(t: str, text: str, found: list[Quantity],
                        taken: list[tuple[int, int]]) -> list[Quantity]:
    """The English readings: the whole group (`all students`), a numbered level (`level 3 or
    above`), learners counted (`24 of 30 students`); then each quantity's comparator (`at least
    80%`, `3 or higher`), a score's figure as its bar (`score 70% or higher`, `3 out of 4`) and a
    change's amount (`increase by 10%`)."""
    en = _english()
    extra: list[Quantity] = []
    for kind, rx in (("percent", en["percent"]), ("all", en["all"]), ("none", en["none"]), ("level", en["level"]),
                     ("count", en["people"]), ("count", en["things"])):
        for m in rx.finditer(t):  # type: ignore[union-attr]
            start, end = m.span()
            if kind == "count" and en["class"].search(t, 0, m.start("n")):  # type: ignore[union-attr]
                continue  # "Grade 8 (EP) students": the class, not a count
            # a bare number read inside becomes this reading ("level 3", "24 of 30 students")
            if any(q.span[0] < end and start < q.span[1] and q.kind != "number" for q in found + extra):
                continue
            found = [q for q in found if not (q.span[0] < end and start < q.span[1])]
            value = 100.0 if kind == "all" else 0.0 if kind == "none" else float(m.group("n").replace(",", ""))
            unit = "คน" if kind == "none" or rx is en["people"] else m.group("unit").lower() \
                if kind == "count" else "%" if kind == "percent" else None
            extra.append(Quantity(value=value, kind=kind, span=(start, end), text=text[start:end],
                                  unit=unit))
            taken.append((start, end))
    out: list[Quantity] = []
    for q in sorted(found + extra, key=lambda q: q.span):
        start, end = q.span
        before = t[max(0, start - 40):start]
        comparator = q.comparator
        if comparator is None:
            for c, rx in en["after"]:  # type: ignore[union-attr]
                m = rx.match(t, end)
                if m:
                    comparator, end = c, m.end()
                    break
        if comparator is None:
            for c, rx in en["before"]:  # type: ignore[union-attr]
                if rx.search(before):
                    comparator = c
                    break
        change = q.change or (q.kind != "all" and bool(en["change"].search(t[max(0, start - 80):start])))  # type: ignore[union-attr]
        threshold = q.threshold
        if not threshold and q.kind in ("percent", "number", "count") and en["score"].search(before) \
                and (q.kind == "percent" or comparator or en["out_of"].match(t, q.span[1])):  # type: ignore[union-attr]
            threshold = True
        if not threshold and q.kind == "percent" and en["class_time"].match(t, q.span[1]):  # type: ignore[union-attr]
            threshold = True
        kind = q.kind
        if kind in ("percent", "number") and not change and en["mean"].search(before) and not any(  # type: ignore[union-attr]
                p.kind in ("percent", "all", "count", "none") and p.span[1] <= start for p in out):
            kind, threshold = "mean", False  # "an average score of 3.5 or higher": the group's mean
        out.append(replace(q, kind=kind, span=(start, end), text=text[start:end], comparator=comparator,
                           change=change, threshold=threshold))
    return out


def _first_share(found: list[Quantity]) -> list[Quantity]:
    """With two or more shares and every one read as a criterion's threshold, the first is the
    target's share: "ผู้ที่ผ่านการอบรมร้อยละ 80 มีคะแนนผ่านเกณฑ์ร้อยละ 70"."""
    shares = [i for i, q in enumerate(found) if q.kind == "percent" and not q.change]
    if len(shares) >= 2 and all(found[i].threshold for i in shares):
        i = shares[0]
        found[i] = replace(found[i], threshold=False)
    return found


def _extend_after(t: str, end: int) -> int:
    for _, rx in _AFTER_RE:
        m = rx.match(t, end)
        if m:
            return m.end()
    return end


def _comparator(t: str, start: int, end: int, number_end: int) -> Comparator | None:
    if end > number_end:
        tail = t[number_end:end]
        for c, rx in _AFTER_RE:
            if rx.match(tail):
                return c  # type: ignore[return-value]
    before = t[max(0, start - 25):start]
    inside = t[start:number_end]
    for c, rx in _BEFORE_RE:
        if rx.search(before) or rx.search(_strip_number(inside)):
            return c  # type: ignore[return-value]
    return None


def _content_bound(t: str, start: int) -> bool:
    """The comparator before the number bounds the content (`_CONTENT_BOUND`)."""
    before = t[max(0, start - 40):start]
    for _, rx in _BEFORE_RE:
        m = rx.search(before)
        if m:
            return bool(_CONTENT_BOUND.search(before[:m.start()]))
    return False


def _strip_number(s: str) -> str:
    return re.sub(rf"{NUM}\s*$", "", s)


def _is_code(t: str, start: int, end: int) -> bool:
    """Digits inside a code (ค14101, ป.4, 1.1 item numbers, E1/E2) are not quantities."""
    prev = t[start - 1] if start else ""
    nxt = t[end] if end < len(t) else ""
    return bool(re.match(r"[A-Za-z/.\u0e01-\u0e2e]", prev) or nxt == "/" or re.match(r"[A-Za-z]", nxt))

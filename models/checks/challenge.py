"""challenge.*: Part 2, the challenge (ประเด็นท้าทาย). One function per rule.

Locations are `part2` with the section as `field` (title, problem, method, quantitative,
qualitative); a finding about one entry of a list section carries its `index`.  Words and
numbers come from `ctx.text()` (ThaiText); patterns here only read dates, grades and time
words, which the analysis does not name.  The practice level comes from the classifier
(`models.classifiers.practice_level`) and fires only above its stored threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from models.checks import suggest, suggest_en
from models.checks.context import CheckContext
from models.document import Challenge, LevelId, Pa1Document
from models.findings import Finding, Location
from models.rubric import english_pattern, lexicon, lexicon_sections
from models.thai.analysis import ORG_NOUN
from models.thai.normalize import to_arabic_digits

SECTIONS = ("title", "problem", "method", "quantitative", "qualitative")
SECTION_NAMES: dict[str, tuple[str, str]] = {
    "title": ("ชื่อเรื่องของประเด็นท้าทาย", "title"),
    "problem": ("สภาพปัญหาการจัดการเรียนรู้และคุณภาพการเรียนรู้ของผู้เรียน", "problem statement"),
    "method": ("วิธีการดำเนินการให้บรรลุผล", "method"),
    "quantitative": ("ผลลัพธ์การพัฒนาที่คาดหวัง เชิงปริมาณ", "quantitative expected result"),
    "qualitative": ("ผลลัพธ์การพัฒนาที่คาดหวัง เชิงคุณภาพ", "qualitative expected result"),
}


def _loc(field: str | None = None, index: int | None = None) -> Location:
    return Location(part="part2", field=field, index=index)


def _items(values: list[str]) -> list[tuple[int, str]]:
    return [(i, s) for i, s in enumerate(values) if s and s.strip()]


# A section holding only the form's leftover dots or a dash ("......", "-") says nothing: it is
# missing (challenges29 c29-011, c29-033; challenges30 c30-012, c30-030, c30-044: every such
# section in the labels is challenge.section-missing, and a dotted problem is not also
# problem-no-evidence).
_WRITTEN = re.compile(r"[\u0e01-\u0e2eA-Za-z0-9๐-๙]")


def _filled(s: str | None) -> bool:
    return bool(s and _WRITTEN.search(s))


def _present(ch: Challenge, section: str) -> bool:
    value = getattr(ch, section)
    if isinstance(value, list):
        return any(_filled(s) for s in value)
    return _filled(value)


# ---------------------------------------------------------------- patterns

_MONTHS = ("มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
           "|พฤศจิกายน|ธันวาคม")
_MONTH_ABBR = r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.?"
TIMELINE = re.compile(
    rf"{_MONTHS}|(?<![\u0e01-\u0e2e]){_MONTH_ABBR}|(?<!ทุก)(?<!ต่อ)(?<!ต่อ )ภาค(?:เรียน|การศึกษา)(?!ละ)|(?<!ทุก)(?<!ราย)(?<!ต่อ)(?<!ต่อ )สัปดาห์(?!ละ)"
    r"|ปีการศึกษา|ปีงบประมาณ"
    # "รายสัปดาห์" is a frequency like "ทุกสัปดาห์" (challenges.md: frequencies are no time frame), and
    # so are "ทุกภาคเรียน" and "ภาคเรียนละ 1 ครั้ง" (challenges4 cz042 "ประชุม…ทุกภาคเรียน"; every
    # writer's guideline lists ทุก-/-ละ frequencies as no period: challenges.md, challenges2_relabel.md,
    # challenges3_relabel.md, final_sets.md; "ภาคเรียนที่ 1/2568", "ตลอดภาคเรียนที่ 1/2568" stay periods;
    # an unnamed "ตลอดภาคเรียน" does not, _TERM_END)
    # "N ครั้งต่อภาคเรียน" / "ต่อสัปดาห์" and "สัปดาห์ละ 3 วัน" are frequencies too (challenges5.md
    # Timeline: "2 ครั้งต่อภาคเรียน" cv043, "สัปดาห์ละ ๓ วัน" cv013; challenges.md "frequencies do not")
    # (not "ระยะเวลา": a duration measured, "บันทึก…ระยะเวลาการทำงานต่อเนื่อง", or a span, "ระยะเวลา 6
    # สัปดาห์" (_SPAN), names no period: challenges14 c14-022, labelled no-timeline; the 3 other spent
    # methods naming it also name a month or a term)
    r"|ไตรมาส|ตลอดปี|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"
    r"|(?<!ละ)(?<!ละ )(?<!\d)\d+\s*(?:วัน|เดือน)(?![\u0e01-\u0e2e])"
    r"|เดือนที่")  # English periods: _english_timeline (a frequency such as "every week" is none)

EVALUATION = re.compile(
    r"วัด(?:และ)?ประเมิน|ประเมินผล|ประเมิน(?:ทักษะ|ความสามารถ|พัฒนาการ|การ|ความก้าวหน้า|ผู้เรียน|นักเรียน|เด็ก"
    r"|ความพึงพอใจ|คุณลักษณะ|พฤติกรรม|สมรรถนะ|ด้วย)|แบบทดสอบ|ทดสอบ(?:ก่อน|หลัง|วัด)|สอบ(?:หลัง|ก่อน)เรียน"
    r"|หลังเรียน|เปรียบเทียบ|วิเคราะห์ผล|เก็บรวบรวมข้อมูล|เก็บข้อมูล|ติดตามผล|วัดผล|post-?test|pre-?test"
    r"|แบบสังเกต|แบบประเมิน|ตรวจผลงาน|ประเมิน$"
    # a test of the learners (a baseline test is screened out by _BASELINE), learners' work
    # assessed against criteria, a result set against an earlier one ("เทียบกับภาคเรียนที่ 1"), or
    # errors counted (challenges.md: evaluation phrased as "นับจำนวนรายการที่บันทึกผิดเทียบกับ…")
    r"|ทดสอบ(?!ก่อน)|ประเมิน(?:งาน|ชิ้นงาน|ผลงาน|เรียงความ|โครงงาน|การ|\S{0,20}?ด้วย(?:เกณฑ์|แบบ|รูบริก))"
    r"|(?<!เปรียบ)เทียบ(?:กับ|ผล)|นับ\S{0,30}(?:ผิด|ถูก|ผ่าน|สำเร็จ)"
    # … or the learners counted by what they did or became ("สรุปจำนวนนักเรียนออกกลางคัน…": challenges24
    # c24-030, labelled as evaluating; "นับจำนวนนักเรียนที่ยังมีแนวคิดคลาดเคลื่อน", 10 spent steps of 8 files,
    # all in methods labelled as evaluating); not the teachers' use counted (c21-032, "จำนวนครั้งที่ครู…")
    r"|(?:สรุป|นับ|รวบรวม)\s*จำนวน\s*(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)"
    # any trait of the learners assessed ("ประเมินความฉลาดทางดิจิทัลของนักเรียน"), a measuring
    # scale (แบบวัด), or a pre/post measurement (ก่อนและหลัง…) evaluates the result
    r"|ประเมิน\S{0,40}?(?:ของ)?(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)|แบบวัด|ก่อน\S{0,6}และ\s*หลัง"
    # phrasings a writer uses without ประเมินผล (challenges3.md: cy007/cy020 evaluate with an observation
    # record or a rubric, cy012 with a count): assessing after the activities ("ประเมินหลังจัด
    # กิจกรรม"), watching the learners with a record form, checking work against a rubric, timing
    # or weighing the learners, recording their scores or the frequency of a behaviour
    r"|ประเมิน\s*(?:หลัง|ซ้ำ|อีกครั้ง|เมื่อสิ้น|ปลาย)"
    # … and a trait assessed again, named between ("ประเมินสมรรถภาพทางกายตามเกณฑ์กรมอนามัยซ้ำ":
    # challenges22 c22-037, labelled as evaluating)
    r"|ประเมิน\S{0,40}?(?:ซ้ำ|อีกครั้ง)"
    # … and a behaviour watched with a record form, the learners implied ("สังเกตการล้างมือหน้าอ่าง
    # ด้วยแบบตรวจสอบรายการ 7 ขั้นตอน": challenges10 c10-007, labelled as evaluating; the one spent step)
    r"|สังเกต\S{0,40}?(?:ด้วย|โดยใช้)\s*แบบ\s*(?:ตรวจสอบรายการ|บันทึก|สังเกต|ประเมิน)|สังเกต\S{0,40}?(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)\S{0,20}?(?:ด้วย|โดยใช้)"
    # (not the learners' own log: "ให้นักเรียนบันทึกอาหาร…ในแบบบันทึกพฤติกรรมสุขภาพ", heldout-m1-health)
    r"|แบบบันทึก\s*(?:การ)?\s*(?:สังเกต|คะแนน)|ตรวจ\S{0,30}?(?:ด้วย|ตาม|โดยใช้)\s*(?:เกณฑ์|รูบริก|แบบ)"
    r"|รูบริก|rubric|เกณฑ์การให้คะแนน|จับเวลา|ชั่งน้ำหนัก|วัดส่วนสูง|บันทึก\s*(?:คะแนน|ความถี่|จำนวนครั้ง)"
    # the learners' work checked or screened again ("ตรวจการเขียนตัวเลข 1 – 9 ซ้ำ 3 รอบ", challenges7
    # cw025; "คัดกรองนักเรียนซ้ำด้วยแบบคัดกรองของ สพฐ."): a repeated check measures the result as a
    # repeated test does (challenges7.md Evaluation: "screening again"; the two spent steps it newly
    # reads, cw025 and cu042 "คัดกรองนักเรียนซ้ำ…", are both in records labelled as evaluating)
    r"|(?:ตรวจ|คัดกรอง)[^\n]{0,40}?ซ้ำ"
    # errors counted ("นับข้อผิดพลาด…", "บันทึกจำนวนข้อผิดพลาดต่อคน"; challenges7.md: "error and
    # behaviour counts" are evaluation; cv012 and cw042, both labelled as evaluating)
    r"|(?:นับ|(?<!ใบ)(?<!แบบ)บันทึก)(?:จำนวน)?\s*ข้อผิดพลาด"
    # the learners assessed against their goals or a standard ("ประเมินตามเป้าหมาย IEP",
    # "ประเมินตามเป้าหมายใน IIP / IEP เมื่อสิ้นภาคเรียน"): spent sets, 8 steps of writers ch, cz, cw, cy
    # so phrased, all in records labelled as evaluating (challenges9 cy024, cy044 read only this way)
    r"|ประเมิน(?:ผล)?\s*ตาม\s*(?:เป้าหมาย|แผน|เกณฑ์|มาตรฐาน)"
    # the learners screened again at the year's or term's end (challenges12 c12-035, c12-041; _AFTER)
    r"|คัดกรอง[^\n]{0,60}?(?:ปลาย(?:ปี|ภาค)|(?:เมื่อ)?สิ้น(?:สุด)?(?:ปี|ภาค))", re.IGNORECASE)
# Evaluating the material (experts, IOC) is not evaluating the result in learners.
_MATERIAL_CHECK = re.compile(r"ผู้เชี่ยวชาญ|ผู้ทรงคุณวุฒิ|IOC|ความเหมาะสมของ|ตรวจสอบคุณภาพ(?:สื่อ|เครื่องมือ)?"
                             r"|หาประสิทธิภาพ|E1\s*/\s*E2")

# Target group: a grade, a class, a number of learners.
_GRADE = re.compile(
    r"(?:ชั้น)?(?P<lvl>ประถมศึกษาปีที่|มัธยมศึกษาปีที่|อนุบาลปีที่|อนุบาล|ป\.|ม\.|อ\.|ปวช\.?|ปวส\.?)"
    r"\s*(?P<n>\d{1,2})(?:\s*/\s*\d{1,2})?"
    r"(?:\s*[-–—]\s*(?:ชั้น)?(?:ประถมศึกษาปีที่|มัธยมศึกษาปีที่|อนุบาลปีที่|ป\.|ม\.|อ\.)?\s*(?P<to>\d{1,2})(?![\d/]))?")
_GRADE_MAP = {"ประถมศึกษาปีที่": "ป.", "ป.": "ป.", "มัธยมศึกษาปีที่": "ม.", "ม.": "ม.",
              "อนุบาลปีที่": "อ.", "อนุบาล": "อ.", "อ.": "อ.", "ปวช.": "ปวช.", "ปวช": "ปวช.",
              "ปวส.": "ปวส.", "ปวส": "ปวส."}
_GROUP_WORDS = re.compile(
    r"\d+\s*คน|ชั้นเด็กเล็ก|ศูนย์พัฒนาเด็กเล็ก|ระดับชั้น\s*(?:ประถม|มัธยม|ปวช|ปวส|อนุบาล)"
    r"|ประถมศึกษาตอน(?:ต้น|ปลาย)|มัธยมศึกษาตอน(?:ต้น|ปลาย)|ทุกระดับชั้น|ปวช|ปวส")

# An assessment named beside a count of learners ("จากการประเมิน… มีเด็ก 8 คน ที่ยัง…ไม่ได้",
# "จากการทดสอบ… อ่านได้…เพียง 6 คน") is data on the current state (challenges2, final_sets.md).
# "12 คน ใน 35 คน" is N of M learners as "จาก 35 คน" is.
_RESULT_WORDS = re.compile(r"พบว่า|ผลการ|คะแนน|ไม่ผ่าน|ต่ำกว่า|ผ่านเกณฑ์|ร้อยละ|ค่าเฉลี่ย|เฉลี่ย|(?:จาก|ใน)\s*\d+\s*คน"
                           r"|(?:จาก)?(?:การ)?(?:ประเมิน|ทดสอบ|คัดกรอง|สอบ|สำรวจ)|เพียง\s*\d+\s*คน"
                           # a diagnostic test is an assessment ("จากแบบวินิจฉัยความเข้าใจคลาดเคลื่อน… 18 คน":
                           # challenges4 cz018; of the 7 spent problems naming วินิจฉัย, the 6 labelled as
                           # giving evidence all count learners or give figures, cy038 counts nobody)
                           r"|วินิจฉัย")
_NUMBERED = frozenset({"percent", "mean", "level"})
# The learners' works counted next to an assessment are data too, as learners counted are
# ("โครงงาน…จำนวน 22 โครงงาน ได้ระดับดีขึ้นไปตามเกณฑ์ประเมินโครงงานเพียง 6 โครงงาน": challenges8.md
# Evidence, cx8-28; the quantity reader leaves these numbers without a unit).  Every spent problem
# counting works so is labelled as giving evidence (8 of 8).  Not a year ("ปีการศึกษา 2568 ชิ้นงาน…").
_WORKS_COUNT = re.compile(r"(?<![0-9.,/])(?!25[0-9]{2}(?![0-9]))[0-9]+\s*(?:โครงงาน|ชิ้นงาน|ผลงาน|ชิ้น|ทีม)")


def grades(text: str) -> set[str]:
    """Normalised grades mentioned in `text`: 'ชั้นประถมศึกษาปีที่ 4/2' → {'ป.4'}."""
    t = to_arabic_digits(text or "")
    out = _english_grades(t) if _LATIN.search(t) else set()
    for m in _GRADE.finditer(t):
        prev = t[m.start() - 1] if m.start() else ""
        if m.group("lvl") in ("ป.", "ม.", "อ.") and prev and "\u0e01" <= prev <= "\u0e2e":
            continue  # "ทป.1", a code, not a grade
        prefix, first = _GRADE_MAP[m.group("lvl")], int(m.group("n"))
        last = int(m.group("to")) if m.group("to") else first
        if not first <= last <= first + 6:
            last = first  # "ม.2/1 - 2/3" or a stray number: the first grade only
        out.update(f"{prefix}{g}" for g in range(first, last + 1))
    return out


# Numbers of teachers, experts or parents are not a target group (challenges.md no-target-group:
# "Do not count: numbers of teachers or schools", ch047 "ครูศิลปะอีก 3 คน").
_NOT_LEARNERS_COUNT = re.compile(
    r"(?:ครู|ผู้เชี่ยวชาญ|ผู้ทรงคุณวุฒิ|ผู้ปกครอง|ผู้บริหาร|ศึกษานิเทศก์|วิทยากร)"
    # the teachers' description may hold spaces ("อบรมครู กศน.ตำบลในเครือข่าย 30 คน", challenges2
    # cx039: "30 is the number of teachers"), and may be long ("ครูวิทยาการคำนวณของโรงเรียนเครือข่าย
    # 6 คน": challenges5 cv040, "6 teachers counted" is no group)
    r"(?:(?!นักเรียน|ผู้เรียน|เด็ก|นักศึกษา|นักกีฬา)[^\n]){0,50}?\s*(?:อีก\s*)?\d+\s*(?:คน|ท่าน)"
    # … and the same people counted again, no learner named between ("ครูผู้สอนวิทยาการคำนวณ 7 คน มี 4 คน
    # ที่ไม่ได้จบสาขาคอมพิวเตอร์", "ครู 36 คน จัดกิจกรรมเชิงรุกได้ระดับดีขึ้นไป 12 คน": challenges11 c11-037,
    # challenges17 c17-031, both labelled no-target-group)
    r"(?:(?:(?!นักเรียน|ผู้เรียน|เด็ก|นักศึกษา|นักกีฬา|ห้อง|ชั้น)[^\n]){0,40}?\s*\d+\s*(?:คน|ท่าน))*")


def has_target_group(text: str) -> bool:
    t = _NOT_LEARNERS_COUNT.sub(" ", to_arabic_digits(text or ""))
    return bool(grades(t) or _GROUP_WORDS.search(t)
                or (_LATIN.search(t) is not None and _english()["learners"].search(t) is not None))


# ---------------------------------------------------------------- English
# Part 2 written in English is judged by the same rules as Thai (samples/README.md, round 14): the
# time frame, the target group and the evaluation steps in English, from lexicon/english_frames.txt.

@cache
def _english() -> dict[str, re.Pattern[str]]:
    i = re.IGNORECASE
    months = "(?:" + "|".join(re.escape(w) for w in sorted(
        lexicon_sections("english_frames")["months"], key=len, reverse=True)) + ")"
    return {
        # "(May 2025)", "June - August 2025", "Semester 1/2025", "Weeks 1-4", "first semester";
        # not a frequency ("every week", "once a week", "per semester") nor a bare span ("for 8 weeks")
        "timeline": re.compile(
            rf"(?<![A-Za-z]){months}(?![A-Za-z])"
            rf"|(?<![A-Za-z])(?P<period>(?i:{english_pattern('period')}))\s*\d"
            rf"|(?<![A-Za-z])(?i:{english_pattern('period-named')})(?![A-Za-z])"
            r"|\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b"),
        # "Grade 7", "Grade 7/1", "P.4", "Year 5", "M.2", "Kindergarten 2", "31 students"
        "frequency": re.compile(rf"(?<![A-Za-z]){english_pattern('frequency', 'all')}\s+$", i),
        "grade": re.compile(
            rf"(?<![A-Za-z])(?:(?P<any>{english_pattern('grade-any')})|(?P<p>{english_pattern('grade-primary')})|(?P<m>{english_pattern('grade-secondary')})"
            rf"|(?P<k>{english_pattern('grade-kindergarten')}))\s*(?P<n>\d{{1,2}})(?![\d])(?:\s*/\s*\d{{1,2}})?", i),
        "learners": re.compile(rf"(?<![\d.])\d+\s*(?:[A-Za-z0-9.()/-]+\s+){{0,3}}?{english_pattern('count-people')}(?![A-Za-z])", i),
        "evaluation": re.compile(rf"(?<![A-Za-z]){english_pattern('evaluation', 'compare')}(?![A-Za-z])", i),
        "baseline": re.compile(rf"(?<![A-Za-z]){english_pattern('evaluation-baseline')}(?![A-Za-z])", i),
        "after": re.compile(rf"(?<![A-Za-z]){english_pattern('evaluation-after', 'compare')}(?![A-Za-z])", i),
        "material": re.compile(rf"(?<![A-Za-z]){english_pattern('material-check')}(?![A-Za-z])", i),
        "learners_near": re.compile(rf"(?<![A-Za-z]){english_pattern('count-people', 'after-lessons')}(?![A-Za-z])", i),
        "significance": re.compile(rf"(?<![A-Za-z]){english_pattern('significance')}(?![A-Za-z])", i),
        # _RATED_LEVEL: an opinion at a top band of its rating scale ("Students' satisfaction with the model
        # is at a high level", "rated at the 'highly appropriate' level by 5 experts"): the band is the
        # scale's mean, the group's figure
        "rated_level": re.compile(
            rf"(?<![A-Za-z]){english_pattern('rated-opinion')}(?![A-Za-z])[^\n]{{0,60}}?[\"'“‘]?"
            rf"(?:high|very high|{english_pattern('rated-top')})[\"'”’]?\s+levels?(?![A-Za-z])", i),
        "mean": re.compile(rf"(?<![A-Za-z]){english_pattern('mean')}(?![A-Za-z])", i),
        # a bound on the result's own figure, as _THING_COUNT's ไม่น้อยกว่า / อย่างน้อย / ไม่เกิน N: "at
        # least 3 schools", "no less than 3.50", "no more than 40", "at least three workshops"; not a
        # span of time ("at least 2 weeks", "at least one semester": the figure is still missing)
        "bound": re.compile(
            rf"(?<![A-Za-z]){english_pattern('at-least', 'at-most')}\s+"
            rf"(?:\d[\d,]*(?:\.\d+)?(?![\d,]|\.\d)|{english_pattern('number-words')}(?![A-Za-z]))"
            # ("year" is [grade-any]'s phrase: one phrase a file)
            rf"(?!\s*(?:[-–]\s*\d[\d,]*(?:\.\d+)?\s*)?(?:{english_pattern('period', 'span')}|year)(?![A-Za-z]))"
            # … or after it, as ไม่เกิน N: "falls from 7.3 to 3 or fewer", "5 or less" (not a level, "level 2
            # or below", a criterion)
            rf"|(?<![A-Za-z\d.])(?<!level )\d[\d,]*(?:\.\d+)?\s+{english_pattern('or-below')}(?![A-Za-z])", i),
    }


_LATIN = re.compile(r"[A-Za-z]{3}")
_THAI = re.compile(r"[\u0e01-\u0e4e]")


def _english_grades(t: str) -> set[str]:
    """`grades` for English names: Grade/Year 1-6 → ป., 7-12 → ม.; P./Prathom → ป.; M./Mattayom → ม.;
    K./Kindergarten → อ."""
    out = set()
    for m in _english()["grade"].finditer(t):
        n = int(m.group("n"))
        if m.group("any"):
            if 1 <= n <= 6:
                out.add(f"ป.{n}")
            elif 7 <= n <= 12:
                out.add(f"ม.{n - 6}")
        elif m.group("p") and 1 <= n <= 6:
            out.add(f"ป.{n}")
        elif m.group("m") and 1 <= n <= 6:
            out.add(f"ม.{n}")
        elif m.group("k") and 1 <= n <= 3:
            out.add(f"อ.{n}")
    return out


def _english_timeline(t: str) -> bool:
    """A month, a numbered or named period or a date in English; "every week 2…" is no period."""
    en = _english()
    return any(not (m.group("period") and en["frequency"].search(t, 0, m.start()))
               for m in en["timeline"].finditer(t))


def _english_evaluates(t: str) -> bool:
    """`_evaluates` for an English step: a measurement of the learners' result, not a baseline
    only ("Give a pre-test", unless measured again after) nor a check of the material by experts."""
    en = _english()
    if en["baseline"].search(t) and not en["after"].search(t):
        return False
    baselines = [b.span() for b in en["baseline"].finditer(t)]
    for m in en["evaluation"].finditer(t):
        if any(a <= m.start() < b for a, b in baselines):
            continue  # "test" inside "pre-test"
        around = t[max(0, m.start() - 40):m.end() + 60]
        if not en["material"].search(around) or en["learners_near"].search(around):
            return True
    return False


# ---------------------------------------------------------------- rules

def missing(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.missing: there is no Part 2."""
    if doc.part2 is None:
        yield ctx.finding("challenge.missing", _loc(), learner=_learner(doc))


def section_missing(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.section-missing: title, problem, method, quantitative or qualitative absent."""
    ch = doc.part2
    if ch is None:
        return
    learner = _learner(doc)
    english = ("part2", None) in ctx.english
    for section in SECTIONS:
        if not _present(ch, section):
            th, en = SECTION_NAMES[section]
            yield ctx.finding("challenge.section-missing", _loc(section),
                              suggestion_th=suggest.section_example(section, learner),
                              suggestion_en=suggest_en.section_example(
                                  section, suggest_en.learner_words(learner)) if english else None,
                              details={"section": section}, section_th=th, section_en=en)


def level_below_expected(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.level-below-expected: the level the title and method show (what the teacher will
    do; the problem's data are not practice, but a method aimed at a problem the problem section
    diagnosed with data counts for solve) is below the rank's expected level, with P(below)
    above the classifier's stored threshold.  Anchored on the title (the challenge as a whole)."""
    ch = doc.part2
    expected = ctx.expected_level
    if ch is None or expected is None or not ch.method:
        return
    expected = LevelId(expected)
    if expected == LevelId.EXECUTE:
        return  # nothing is below the lowest level
    from models.classifiers.practice_level import below_expected
    from models.rubric import levels

    text = "\n".join(x for x in [ch.title or "", *ch.method] if x.strip())
    verdict = below_expected(text, expected, ch.problem)
    if verdict is None:
        return
    detected = verdict.label
    lv = levels()
    if (ch.title or "").strip():
        loc, excerpt = _loc("title"), ch.title
    else:
        loc, excerpt = _loc("method"), ""
    yield ctx.finding(
        "challenge.level-below-expected", loc, excerpt,
        suggestion_th=suggest.level_advice(expected.value, lv[expected].th, ch.title),
        suggestion_en=suggest_en.level_advice(expected.value, lv[expected].en, ch.title)
        if ("part2", None) in ctx.english else None,
        details={"expected": expected.value, "detected": detected.value,
                 "evidence": list(verdict.evidence), "score": round(verdict.score, 3)},
        detected_th=lv[detected].th, detected_en=lv[detected].en,
        expected_th=lv[expected].th, expected_en=lv[expected].en)


# A figure stated after its measure: "คะแนนเฉลี่ยวิชาวิทยาศาสตร์ของนักเรียน ม.๑ ปีการศึกษา ๒๕๖๗ เท่ากับ
# ๔๒.๕๐", "ผลการประเมิน… อยู่ที่ร้อยละ 35" (the quantity reader wants the number right after เฉลี่ย).
_FIGURE_AFTER = re.compile(r"(?:คะแนน|ผล(?:การ)?|ค่าเฉลี่ย|เฉลี่ย)[^\n]{0,60}?(?:เท่ากับ|อยู่ที่|คิดเป็น|เพียง|ได้)\s*(?:ร้อยละ\s*)?[0-9๐-๙]")


# The size of the groups the teacher forms ("จัดกลุ่มคละความสามารถ 4 คน", "กลุ่มละ 5 คน") counts
# nobody in the current state (challenges6 cu003: "ส่วนใหญ่ / หลายคน / ระดับต่ำ: no figure"; the one
# spent problem counting learners so; learners counted *in* a group, "อยู่ในกลุ่มอ่านไม่คล่อง 13 คน",
# stay evidence).
_GROUP_SIZE = re.compile(r"(?:(?:จัด|แบ่ง)กลุ่ม\S{0,20}|กลุ่มละ)\s*$")


def problem_has_evidence(text: str, ctx: CheckContext) -> bool:
    """The problem gives data about the current situation: a percentage, a mean, a level, or a
    count of learners next to an assessment result."""
    tt = ctx.text(text)
    if any(q.kind in _NUMBERED for q in tt.quantities) or _FIGURE_AFTER.search(tt.normal):
        return True
    counts = [q for q in tt.quantities if q.kind == "count" and q.unit in ("คน", "คะแนน", "ราย")
              and not _GROUP_SIZE.search(tt.normal, 0, q.span[0])]
    arabic = to_arabic_digits(tt.normal)
    if (counts or _WORKS_COUNT.search(arabic)) and _RESULT_WORDS.search(arabic):
        return True
    # … in English: learners counted beside a test, an assessment or a screening ("In the Term 1/2570
    # Dolch pre-primer test, 11 of 30 Grade 2 MEP students read fewer than 20 of 40 sight words":
    # challenges26 c26-020, labelled as giving evidence)
    if counts and _LATIN.search(arabic) and (_english()["evaluation"].search(arabic)
                                             or _english()["baseline"].search(arabic)):
        return True
    if _N_OF_M_FIGURE.search(arabic) or _FIGURE_EN.search(arabic):
        return True
    return _recorded_count(arabic)


# A result stated as N of M ("บรรลุเป้าหมาย IEP ด้านการสื่อสาร 8 จาก 18 เป้าหมาย", "อ่านถูก 12 ใน 20 คำ") is a
# figure of the current state.  Spent problems with such a figure, all writers: 56 of 20 files, none
# labelled problem-no-evidence; changed: challenges22 c22-033 only (the others give figures elsewhere).
# Not a year ("1 ใน 2567").
_N_OF_M_FIGURE = re.compile(r"(?<![0-9.,/])[0-9]+\s*(?:ใน|จาก)\s*(?!25[0-9]{2}(?![0-9]))[0-9]+(?![0-9.,/])\s*[\u0e01-\u0e4e]")


# … in English: "19 of the 30 P.1 MEP students", "412 of the 560 M.4–M.6 students" (challenges27
# c27-035, challenges30 c30-036) and a mean stated with its figure ("read a mean of 21 correct letter
# sounds per minute", c30-015): all labelled as giving evidence.  Not a year ("1 of 2025").
_FIGURE_EN = re.compile(
    r"(?<![0-9.,/])[0-9]+\s+(?:out\s+)?of\s+(?:the\s+|all\s+|our\s+|my\s+)?(?!(?:19|20|25)[0-9]{2}(?![0-9]))[0-9]+(?![0-9.,/])"
    r"|\b(?:mean|average)(?:\s+(?:score|scores|mark|marks))?\s+(?:of\s+|was\s+|were\s+|is\s+|=\s*|:\s*)?[0-9]", re.I)


# Learners, incidents or groups counted from a record, an observation or a check of their work
# ("จากแบบบันทึกพัฒนาการ… มี 6 คน ที่ยัง…", "จากการสังเกต… 17 ครั้ง", "จากการตรวจรายงาน… มีเพียง 5 กลุ่ม"):
# lexicon/problem_evidence.txt, with the counts.  Not a year, not the size of groups formed.
@cache
def _recorded_count_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon_sections("problem_evidence")
    sources = re.compile("|".join(re.escape(p) for p in words["sources"]))
    units = "|".join(re.escape(p) for p in words["units"])
    return sources, re.compile(rf"(?<![0-9.,/])(?!25[0-9]{{2}}(?![0-9]))[0-9]+\s*(?:{units})")


def _recorded_count(arabic: str) -> bool:
    sources, count = _recorded_count_patterns()
    return bool(sources.search(arabic)) and any(
        not _GROUP_SIZE.search(arabic, 0, m.start()) for m in count.finditer(arabic))


def problem_no_evidence(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.problem-no-evidence: no numbers, scores or assessment results in the problem."""
    ch = doc.part2
    if ch is None or not _present(ch, "problem"):
        return
    if not problem_has_evidence(ch.problem, ctx):
        yield ctx.finding("challenge.problem-no-evidence", _loc("problem"), ch.problem,
                          learner=_learner(doc))


# A step that measures the starting point (baseline, screening, diagnosis) does not evaluate the
# result, unless it also compares or looks after the intervention.
# Grouping learners by a test's result ("แบ่งกลุ่มนักเรียนตามข้อบกพร่องจากการทดสอบ") uses the
# baseline (challenges.md: "a pre-test or screening alone" is no evaluation, ch042).
# A diagnostic test ("วิเคราะห์ผลการทดสอบวินิจฉัยมโนทัศน์…รายข้อ") and a test at the start of the term
# measure the starting point too (heldout5-m5: "step 1 analyses the baseline test … no step tests
# the concept afterwards"; guideline: "a baseline assessment alone does not count").
# A diagnosis is the baseline when it diagnoses the learners (a diagnostic test, วินิจฉัยปัญหา/ข้อบกพร่อง);
# diagnosing as the learners' own skill assessed ("ประเมินทักษะการวินิจฉัยของนักศึกษา… จับเวลาการ
# วินิจฉัย": vocational fault diagnosis, challenges3 cy038, the method evaluates) is no baseline.
# Errors counted or recorded at a step ("นับข้อผิดพลาดด้านโครงสร้างประโยค", "บันทึกจำนวนข้อผิดพลาดต่อคน")
# measure the result; only errors analysed or classified ("วิเคราะห์ข้อผิดพลาด…", "จัดกลุ่มตามลักษณะ
# ข้อผิดพลาด") diagnose the start (samples/README.md guideline and challenges7.md: "error and behaviour
# counts" are evaluation).  Spent sets: every step that counts or records errors without another
# baseline word sits in a record labelled as evaluating (cv012, cw042: 2 of 2).
# A foundation test ("วิเคราะห์ผลการทดสอบพื้นฐานรายข้อ", "ทดสอบความรู้พื้นฐาน") is the starting
# point too (challenges9 cy033: "the results name a post-test the method never gives"); not basic
# words tested ("ทดสอบการอ่านคำพื้นฐาน…หลังฝึก": the word list, and it comes after the work).
_BASELINE = re.compile(r"เส้นฐาน|(?:ทดสอบ|ประเมิน)\s*(?:ความรู้)?\s*พื้นฐาน|ก่อน(?:เรียน|การ|ดำเนินการ|ใช้)|ข้อมูลพื้นฐาน|คัดกรอง|สภาพปัญหา|จุดอ่อน"
                       r"|(?<!นับ)(?<!นับจำนวน)(?<!บันทึกจำนวน)ข้อผิดพลาด"
                       # (not the learners' own fault-finding skill tested: "ทดสอบสมรรถนะการวิเคราะห์ข้อบกพร่อง
                       # แบบจับเวลา", challenges11 c11-020, as cy038's ทักษะการวินิจฉัย below)
                       r"|(?<!สมรรถนะการวิเคราะห์)(?<!ทักษะการวิเคราะห์)(?<!ความสามารถในการวิเคราะห์)ข้อบกพร่อง|จุดบกพร่อง|(?:แบ่ง|จัด)กลุ่ม\S{0,20}ตาม|วิเคราะห์ผู้เรียน|สาเหตุ"
                       r"|(?:ทดสอบ|แบบ|เพื่อ(?:การ)?)\s*วินิจฉัย|(?<!ทักษะการ)(?<!ความสามารถในการ)วินิจฉัย\s*(?:ปัญหา|ข้อ|จุด|สาเหตุ|ผู้เรียน|นักเรียน|เด็ก|มโนทัศน์|ความ)"
                       # an entry assessment, as ต้นปี ("วิเคราะห์ผลการประเมินแรกเข้า…": challenges16 c16-028,
                       # labelled method-no-evaluation; the one spent step naming แรกเข้า)
                       r"|ต้นภาค|ต้นปี|แรกเข้า")
# A second (or later) screening or test comes after the work: "คัดกรองการอ่านครั้งที่ 2 (ตุลาคม)"
# (challenges7 cw013, evaluating): every spent step with a baseline word and "ครั้งที่/รอบที่ N ≥ 2"
# is in a record labelled as evaluating (2 of 2: cw013, and cw002 "คัดกรอง…ครั้งที่ 2 …
# เปรียบเทียบกับครั้งที่ 1", which also compares).
# A parallel form ("แบบทดสอบวินิจฉัยสองลำดับขั้นฉบับคู่ขนาน", challenges11 c11-010) is a retest by
# definition, and so is a screening at the year's or term's end (challenges12 c12-035 "คัดกรอง…ต้นปี
# กลางปี และปลายปีการศึกษา"): the spent steps naming a parallel form (61, twelve writers) or a screening so
# timed (2) all sit in records labelled as evaluating.
_AFTER = re.compile(r"(?:ฉบับ|ชุด|แบบทดสอบ|แบบวัด|แบบประเมิน|แบบคัดกรอง|ข้อสอบ|บทอ่าน|บัญชีคำ|โจทย์\S{0,10})\s*คู่ขนาน"
                    r"|ชุดเดียวกัน|(?:ครั้ง|รอบ)ที่\s*(?:[2-9๒-๙]|[1-9๑-๙][0-9๐-๙])|หลัง|เปรียบเทียบ|ชุดเดียวกับ|ชุดเดิม|อีกครั้ง|ซ้ำ|ผลการ(?:ใช้|พัฒนา|เรียนรู้|ดำเนิน)|ติดตาม|ความก้าวหน้า|พัฒนาการ|ผลสัมฤทธิ์"
                    r"|ประเมินผล|ผลลัพธ์|เทียบกับ|ชิ้นสุดท้าย|(?:เมื่อ)?สิ้น(?:สุด)?(?:เดือน|ภาค|ปี|สัปดาห์|หน่วย)"
                    r"|ปลาย(?:ภาค|ปี)")


# A satisfaction survey measures no result (samples/README.md guideline: the method must measure the
# *result*; challenges3.md: "a satisfaction survey and an exhibition are the only evaluation steps →
# method-no-evaluation", cy013): taken out of the step before evaluation words are looked for.
# The survey's own words end at a conjunction: "ประเมินความพึงพอใจและทดสอบหลังเรียน (กันยายน 2568)"
# also tests the learners (challenges19 c19-005, labelled as evaluating; `\S*` took the test too).
_SATISFACTION = re.compile(r"(?:(?:ประเมิน|สอบถาม|สำรวจ|วัด)\s*(?:ผล\s*)?|แบบ(?:สอบถาม|ประเมิน|วัด)\s*)ความพึงพอใจ"
                           r"(?:(?!และ|หรือ|แล้ว)\S)*")


# "เปรียบเทียบ" evaluates when the step sets the result against an earlier measurement, a time or a
# result (lexicon/comparison_bases.txt, with the counts); with none named it is the learners comparing
# as a learning activity ("ฟังเปรียบเทียบกับเสียงต้นแบบ", "การเปรียบเทียบสินเชื่อ"): spent steps whose only
# evaluation word is เปรียบเทียบ, 56 of 17 files: 50 name a base, all in methods labelled as evaluating;
# of the 6 that name none, the 3 that were their method's only evaluation (c12-017, c13-016, c14-017)
# are all labelled method-no-evaluation, the other 3 sit in methods evaluating in another step.
@cache
def _comparison_bases() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in lexicon("comparison_bases")))


def _comparison_evaluates(t: str, m: re.Match[str]) -> bool:
    return m.group(0) != "เปรียบเทียบ" or _comparison_bases().search(t, m.end()) is not None


# The learners sit an exam ("สอบปฏิบัติ…", "สอบเขียนปลายภาค…": lexicon/exam_kinds.txt, with the
# counts): "สอบ" opening a word, not ทดสอบ / ตรวจสอบ / สอบถาม.
@cache
def _sits_exam() -> re.Pattern[str]:
    kinds = "|".join(re.escape(p) for p in lexicon("exam_kinds"))
    return re.compile(rf"(?<![\u0e01-\u0e4e])สอบ\s*(?:{kinds})")


# A screening, an observation or a record taken again or with the same form ("คัดกรอง…อีกครั้ง",
# "บันทึกพฤติกรรม…ด้วยแบบบันทึกเดิม": lexicon/repeated_measure.txt, with the counts); not "ทวนซ้ำ".
@cache
def _measured_again() -> re.Pattern[str]:
    words = lexicon_sections("repeated_measure")
    measures = "|".join(re.escape(p) for p in words["measures"])
    again = "|".join(re.escape(p) for p in words["again"])
    return re.compile(rf"(?:{measures})[^\n]{{0,60}}?(?<!ทวน)(?:{again})")


# What the learners made, kept or filled, assessed ("ประเมินแฟ้มผลงาน…", "ตรวจความครบถ้วนของบันทึก…",
# "ตรวจสมุดบันทึก…"): the verb's object read from lexicon/assessed_works.txt, not a whole phrase.
# The teacher's post-lesson log (บันทึกหลังสอน) is the teacher's; ตรวจสอบ by experts is _MATERIAL_CHECK's.
@cache
def _assesses_work() -> re.Pattern[str]:
    sec = lexicon_sections("assessed_works")
    verbs = "|".join(re.escape(p) for p in sec["verbs"])
    works = "|".join(re.escape(p) for p in sorted(sec["works"], key=len, reverse=True))
    return re.compile(rf"(?:{verbs})(?:สอบ)?\s*(?:ความ\S{{0,20}}?ของ\s*)?(?:{works})"
                      rf"(?!\S{{0,6}}หลัง(?:การ)?สอน)", re.IGNORECASE)


def _evaluates(step: str) -> bool:
    t = _SATISFACTION.sub(" ", to_arabic_digits(step))
    if _LATIN.search(t) and not _THAI.search(t):
        return _english_evaluates(t)  # a step wholly in English
    if _BASELINE.search(t) and not _AFTER.search(t):
        return False
    if _sits_exam().search(t) or _measured_again().search(t):
        return True
    if _LATIN.search(t) and _english_evaluates(t):
        return True  # an English phrase in a Thai step ("… ด้วย rubric …" is read above too)
    m = _assesses_work().search(t)
    if m and not _MATERIAL_CHECK.search(t[max(0, m.start() - 30):m.end()]):
        return True
    for m in EVALUATION.finditer(t):
        if not _comparison_evaluates(t, m):
            continue
        around = t[max(0, m.start() - 30):m.end() + 40]
        if not _MATERIAL_CHECK.search(around) or re.search(r"ผู้เรียน|นักเรียน|เด็ก|หลังเรียน", around):
            return True
    return False


def method_no_evaluation(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.method-no-evaluation: no step measures or evaluates the result in learners."""
    ch = doc.part2
    if ch is None or not _items(ch.method):
        return
    steps = [ctx.text(s).normal for _, s in _items(ch.method)]
    if not any(_evaluates(s) and not _before_the_work(i, s, len(steps)) for i, s in enumerate(steps)):
        yield ctx.finding("challenge.method-no-evaluation", _loc("method"), learner=_learner(doc))


# The first of two or more steps comes before the work: a test given or results analysed there
# ("วิเคราะห์ผล O-NET ปีการศึกษา 2568 รายสาระ", "ใช้แบบทดสอบความถนัด…กับนักเรียน ม.3", "ทดสอบ…ก่อนฝึก
# เพื่อแยกกลุ่ม") is the baseline, unless it says it measures again or after (_AFTER).  Spent methods
# whose only evaluating step is the first: 4 of 4 files (c18-008, c23-009, c25-024, c26-005), all
# labelled method-no-evaluation; the 60-odd first steps analysing results all sit in methods that
# evaluate again later.
def _before_the_work(i: int, step: str, n: int) -> bool:
    return i == 0 and n >= 2 and not _AFTER.search(to_arabic_digits(step)) \
        and not (_LATIN.search(step) and _english()["after"].search(step))


# A year named as the comparison baseline ("เปรียบเทียบกับปีการศึกษา 2566", "เทียบกับปีที่ผ่านมา")
# is not the period of the work (challenges.md method-no-timeline).
# "เปรียบเทียบอัตราการส่งกับภาคเรียนที่ผ่านมา": what is compared may stand between เทียบ and กับ.
# So is a month named as the baseline ("เปรียบเทียบกับผลเดือนมิถุนายน 2568": challenges4 cz042, the
# date of the problem's assessment; "เปรียบเทียบกับข้อมูลเดือนพฤษภาคม", challenges ch023).
_BASELINE_YEAR = re.compile(r"(?:เปรียบ)?เทียบ\S{0,30}?กับ\s*(?:ผล\S{0,10}|ข้อมูล\S{0,10})?"
                            rf"(?:(?:ปี|ภาคเรียน)(?:การศึกษา|ที่ผ่านมา|ก่อน)?\s*(?:ที่\s*)?[0-9/]*"
                            rf"|(?:เดือน)?\s*(?:{_MONTHS})\s*(?:[0-9]{{4}})?)")


# The end of an unnamed term ("ประเมิน…เมื่อจบภาคเรียน", "สรุปผลเมื่อสิ้นภาคเรียน") says when a step comes
# in the cycle, not the period of the work: a term counts when it is named (ภาคเรียนที่ 2/2568, also
# spanned: ตลอดภาคเรียนที่ 1/2568) (challenges7.md Timeline: "a named term"; "เมื่อจบแต่ละรายวิชา" cw041 and "หลังจบ
# แต่ละบทเรียน" cw014 are no time frame).  Spent sets: the one method whose only time word is such an end
# (challenges6 cu040 "…เมื่อจบภาคเรียน") is labelled method-no-timeline; every other method naming one
# also names a term or a month.
# The end of an unnamed school year ("ประเมิน…เมื่อสิ้นปีการศึกษา") likewise: a year counts when it is
# named (ปีการศึกษา 2567).  Spent sets: of the 9 methods naming such an end (writers of challenges,
# challenges4, 5, 9), the one where it is the only time word (challenges9 cy041) is labelled
# no-timeline; the other 8 also name a month or a term and are labelled with a time frame.
# So are the start, middle or end of an unnamed term ("ทดสอบ…ปลายภาคเรียน", "เปรียบเทียบกับคะแนนต้น
# ภาคเรียน", "สัปดาห์ละ 1 ครั้ง จนครบภาคเรียน"): spent methods naming one, all writers: 13 of 7 files; the
# 3 where it is the only time word are all labelled no-timeline, by three writers (challenges12 c12-002,
# challenges19 c19-044, challenges20 c20-036); the other 10 also name a term or a month.
_TERM_END = re.compile(r"(?:เมื่อ|หลัง)?\s*(?:จบ|สิ้น(?:สุด)?)\s*(?:แต่ละ|ทุก)?\s*"
                       r"(?:ภาคเรียน(?!\s*ที่)|ปีการศึกษา(?!\s*(?:ที่\s*)?[0-9]))"
                       r"|(?:ปลาย|ต้น|กลาง|ครบ)\s*ภาคเรียน(?!\s*(?:ที่|[0-9]))"
                       # … and "throughout the term", the term unnamed (round 13: challenges21.md and
                       # challenges22.md, "ตลอดภาคเรียน with no term number or year is not a time frame";
                       # the only 2 spent methods so written, c21-027 and c22-029, are both labelled
                       # no-timeline; "ตลอดภาคเรียนที่ 1/2568" stays a period)
                       r"|ตลอด\s*(?:ทั้ง)?\s*ภาคเรียน(?!\s*(?:ที่|[0-9]))")
# A time word whose term, year or month is left as template dots ("ทดสอบก่อนเรียน ภาคเรียนที่ ......
# ปีการศึกษา ..........", "(เดือน ................)") names no period: spent methods so written, all
# writers: 3 of 2 files, all labelled no-timeline (challenges18 c18-009, challenges20 c20-003, c20-028).
_TIME_PLACEHOLDER = re.compile(r"(?:ภาคเรียน|ปีการศึกษา|เดือน|สัปดาห์|ปีงบประมาณ)\s*(?:ที่)?\s*[.…_]{3,}[\s/.…_]*")


# "ทุก 2 สัปดาห์", "ทุก 3 เดือน": a frequency, as ทุกสัปดาห์ and สัปดาห์ละ are (every writer's guideline:
# challenges.md, challenges3_relabel.md, challenges5.md "frequencies are no time frame"; challenges10
# c10-038 "ทดสอบย่อยทุก 2 สัปดาห์", its only other time word, is labelled no-timeline; no other spent
# method is read differently for it).
_EVERY_N = re.compile(r"ทุก\s*[0-9]+\s*(?:สัปดาห์|วัน|เดือน)")

# A span of N weeks, days or months ("ครบ 12 สัปดาห์", "เป็นเวลา 8 สัปดาห์", "ระยะเวลา 3 เดือน", "อบรม 2 วัน")
# says how long, not when: it is no time frame by itself.  Spent sets: the two methods whose only time
# words are such a span (with frequencies) are labelled no-timeline, by two writers (challenges12 c12-007
# "…เมื่อฝึกครบ 12 สัปดาห์", challenges12.md "ครบ 12 สัปดาห์ with 'ต้นภาคเรียน' naming no term"; challenges14
# c14-028 "…เมื่อครบ 12 สัปดาห์", challenges14.md "Frequencies and durations (… เมื่อครบ 12 สัปดาห์ …) do
# not"); no spent method or rule sample is labelled with a time frame on a span alone.  Every method so
# labelled that names a span also names a month or a term (final_sets.md cx016 "ภาคเรียนที่ 2/2567 ระยะเวลา
# 6 สัปดาห์"), and those, and weeks of the work in order (สัปดาห์ที่ 1 – 4), keep the period.
_SPAN = re.compile(r"(?:(?:ระยะ|เป็น|ใช้)?เวลา\s*)?(?:(?:ประมาณ|รวม|ครบ|ต่อเนื่อง|นาน|ตลอด)\s*)?"
                   r"(?<![0-9])[0-9]+\s*(?:สัปดาห์|วัน|เดือน)(?!\s*ที่)")


def method_no_timeline(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.method-no-timeline: no month, semester, week, date or academic year.  A
    frequency ("สัปดาห์ละ 3 ครั้ง", "วันละ 20 นาที") or a bare span ("ครบ 12 สัปดาห์") is not a time frame."""
    ch = doc.part2
    if ch is None or not _items(ch.method):
        return
    text = "\n".join(to_arabic_digits(ctx.text(s).normal) for _, s in _items(ch.method))
    text = _SPAN.sub(" ", _EVERY_N.sub(" ", _TERM_END.sub(" ", _BASELINE_YEAR.sub(" ", _TIME_PLACEHOLDER.sub(" ", text)))))
    if not TIMELINE.search(text) and not (_LATIN.search(text) and _english_timeline(text)):
        yield ctx.finding("challenge.method-no-timeline", _loc("method"))


# "สูงกว่าก่อนเรียนอย่างมีนัยสำคัญทางสถิติที่ระดับ .05": a tested difference is a quantified result.
_SIGNIFICANT = re.compile(r"นัยสำคัญ")
# A mean named before its figure, the figure read as a bare number ("คะแนนเฉลี่ยผลสัมฤทธิ์ 3.25", "The mean
# number of tense errors per paragraph falls from 7.3 to 3.0 or less": challenges27 c27-014, clean): the
# result's figure is the mean's value, as "ค่าเฉลี่ย 3.51" is.
_MEAN_WORD = re.compile(r"เฉลี่ย")


# The result's own share left as template dots: a figure after it that is only the pass mark
# ("ร้อยละ ....... มีคะแนน…ผ่านเกณฑ์ร้อยละ 60") is not the result's number (challenges.md, ch037).
_BLANK_SHARE = re.compile(r"(?:ร้อยละ|จำนวน)\s*[.…_]{3,}")
_PASS_MARK = re.compile(r"(?:ผ่าน)?เกณฑ์\S{0,20}?\s*(?:ร้อยละ\s*)?[0-9๐-๙]+(?:[.,][0-9๐-๙]+)?\s*(?:%|คะแนน)?"
                        r"|(?:ตั้งแต่|ไม่น้อยกว่า|ไม่ต่ำกว่า)\s*(?:ร้อยละ\s*)?[0-9๐-๙]+\s*(?:%|คะแนน)?")
# A count of things with its counting word ("ครบ 40 คำ", "อย่างน้อย 3 ชิ้น") is a figure, though the
# quantity reader leaves it a bare number.
_THING_COUNT = re.compile(r"(?:ครบ|อย่างน้อย|ไม่น้อยกว่า|จำนวน)\s*[0-9๐-๙]+\s*(?:คำ|ชิ้น|ชุด|เรื่อง|เล่ม|หน่วย|แผน|ข้อ"
                          r"|ท่า|ชนิด|ประเภท|รายการ|ผลงาน|โครงงาน|บท)"
                          # so is a bounded or average measure with its unit ("เฉลี่ยไม่เกิน 25 นาทีต่องาน",
                          # "ไม่น้อยกว่า 20 โรงเรียน"): the figure is the result's own, what it counts is for
                          # the indicator.* rules (ch039, ch068); "จำนวน 3 ห้อง" names the group, not a result
                          r"|(?:ไม่เกิน|ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|เฉลี่ย)\s*[0-9๐-๙]+(?:[.,][0-9๐-๙]+)?\s*"
                          rf"(?:นาที|วินาที|ครั้ง|รอบ|เมตร|กิโลกรัม|กิโลเมตร|{ORG_NOUN}|แห่ง|ตัว|ประโยค|กลุ่ม|ทีม)"
                          # all of a counted set ("โรงเรียนเครือข่ายทั้ง 8 โรงเรียนนำรูปแบบ…ไปใช้":
                          # challenges3 cy042 q1, not-learner only; "ทั้ง N คน" is a number, guideline)
                          # and of the scouts' patrols or the people so counted ("ทั้ง 8 หมู่ ทำอาหาร…ได้เอง":
                          # challenges10 c10-032 q1; "ครูวิทยาศาสตร์ทั้ง 3 ท่านใช้กระบวนการ…ครบทุกขั้นตอน":
                          # challenges12 c12-031 q1, not-learner only)
                          rf"|ทั้ง\s*[0-9๐-๙]+\s*(?:{ORG_NOUN}|แห่ง|กลุ่ม|ทีม|ห้องเรียน|หมู่|ท่าน)"
                          # organisations counted by their own noun when they head the result
                          # ("โรงเรียนในเครือข่าย ๖ โรงเรียน นำรูปแบบไปใช้")
                          rf"|^\s*{ORG_NOUN}[^\n]{{0,30}}?[0-9๐-๙]+\s*(?:{ORG_NOUN}|แห่ง)"
                          # … or reached by the result ("คู่มือ…ได้รับการเผยแพร่สู่โรงเรียนในเครือข่าย 12 โรงเรียน":
                          # challenges13 c13-025 [1], not-learner only; spent results naming organisations
                          # counted by their own noun: 54 of 16 files, none labelled quantitative-no-number)
                          rf"|{ORG_NOUN}\S{{0,20}}\s*[0-9๐-๙]+\s*(?:{ORG_NOUN}|แห่ง)"
                          # N of M ("อย่างน้อย 10 ใน 12 กลุ่ม เขียนโปรแกรม…": cy037 q0, clean), as
                          # "N จาก M คน" is a count of learners
                          r"|(?<![0-9๐-๙.])[0-9๐-๙]+\s*(?:ใน|จาก)\s*[0-9๐-๙]+\s*[\u0e01-\u0e4e]"
                          # a bound on the result's own figure, per learner or with any counting word
                          # or a score ("อย่างน้อยคนละ 15 คำ", "ไม่ต่ำกว่า 3.50 จาก 5.00", "ไม่น้อยกว่า
                          # 3 ช่องทาง": challenges5.md "เพิ่มขึ้นอย่างน้อยคนละ 15 คำ has an amount", cv009,
                          # cv034 not-learner only); not a level ("ไม่ต่ำกว่าระดับ 3") nor a span of time
                          # … any rate too ("เขียนคำผิดไม่เกินเรื่องละ 3 คำ": challenges12 c12-008 [1], clean;
                          # as numbers.py _RATE reads "อย่างน้อยคนละ 2 เครื่อง"; spent results with a bound on
                          # a rate other than คนละ: 21 of 10 files, none labelled quantitative-no-number)
                          r"|(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|ไม่เกิน)\s*(?:(?!ร้อยละ)[\u0e01-\u0e4e]{0,8}ละ)?\s*[0-9๐-๙]+(?:[.,][0-9๐-๙]+)?"
                          r"(?!\s*(?:[0-9๐-๙]|ภาคเรียน|ปีการศึกษา|สัปดาห์|เดือน|ปี(?![\u0e01-\u0e2e])))")
# An efficiency criterion ("ตามเกณฑ์ 80/80", E1/E2) is a figure (of the material: not-learner, ch034).
_EFFICIENCY = re.compile(r"(?<![0-9๐-๙./])[5-9][0-9]\s*/\s*[5-9][0-9](?![0-9๐-๙/])")
# A grade written as a digit ("ได้ผลการเรียน 0", "ติด 0", "เกรด 2") names which learners, not how
# many (challenges.md quantitative-no-number: "a digit that is a grade is not a quantity", ch064).
_GRADE_DIGIT = re.compile(r"(?:ผลการเรียน|ติด|เกรด)\s*(?:ระดับ\s*)?[0-4๐-๔](?:[.][05])?(?![0-9๐-๙])")


# A result set against a published figure ("คะแนนเฉลี่ย O-NET … ไม่ต่ำกว่าค่าเฉลี่ยระดับประเทศ", "มีผล
# การประเมิน RT ไม่ต่ำกว่าค่าเฉลี่ยระดับเขตพื้นที่", "…ไม่น้อยกว่าเป้าหมายของเขตพื้นที่"): the bar is a
# figure the committee reads off the national/district report, so the result is quantified.
# lexicon/published_bars.txt, with the counts (14 spent results of 10 files, none labelled
# quantitative-no-number).  A share or a level against such a figure has its own figure already.
@cache
def _reference_mean() -> re.Pattern[str]:
    sec = lexicon_sections("published_bars")
    figure = "|".join(re.escape(p) for p in sec["figure"])
    body = "|".join(re.escape(p) for p in sec["body"])
    return re.compile(r"(?:ไม่ต่ำกว่า|สูงกว่า|ไม่น้อยกว่า|เท่ากับหรือสูงกว่า|ไม่เกิน)\s*(?:ค่า|คะแนน)?"
                      rf"(?:{figure})\S{{0,6}}?\s*(?:ระดับ|ของ)?\s*(?:{body})")


# A result that opens with "ไม่มี…" is a zero count, whatever it counts: learners, their works ("ไม่มีงานเขียน
# ของนักเรียนที่…", challenges8 cx8-20 [1]), accidents (samples/README.md: "a zero count (ไม่มีนักเรียน…) is a
# number there").  The 12 spent results that open so are all labelled with no quantitative-no-number.
_ZERO_OPENS = re.compile(r"^\s*ไม่มี\S")
# An opinion on a rating scale at a named level ("นักเรียนมีความพึงพอใจต่อรูปแบบ…อยู่ในระดับมากขึ้นไป",
# "คลิป…มีความเหมาะสมในระดับมากขึ้นไปจากการประเมินของผู้เชี่ยวชาญ"): the level is a band of the scale's
# mean (มาก = 3.51 ขึ้นไป), the group's figure (challenges13.md, challenges14.md, challenges19.md: "satisfaction
# with a level" is a quantified result).  Spent results so written: 7 of 6 files (c11-019, c14-025,
# c14-040, c15-025, cx026, cw029, cy025), none labelled quantitative-no-number.
_RATED_LEVEL = re.compile(r"(?:พึงพอใจ|เหมาะสม|ความคิดเห็น)[^\n]{0,40}?ระดับ\s*มาก(?:ที่สุด)?(?!ขึ้น(?!\s*ไป))")


def _has_number(text: str, ctx: CheckContext) -> bool:
    if _reference_mean().search(text) or _ZERO_OPENS.match(text) or _RATED_LEVEL.search(text):
        return True
    if _LATIN.search(text) and _english()["bound"].search(to_arabic_digits(text)):
        return True  # "at least 3 schools", "no more than 40" (not "at least 2 weeks")
    if _LATIN.search(text) and _english()["rated_level"].search(text):
        return True  # an opinion at a rating scale's top band, as _RATED_LEVEL
    if _BLANK_SHARE.search(text):
        text = _PASS_MARK.sub(" ", _BLANK_SHARE.sub(" ", text))
    text = _GRADE_DIGIT.sub(" ", text)
    tt = ctx.text(text)
    if _SIGNIFICANT.search(tt.normal) or _THING_COUNT.search(tt.normal) or _EFFICIENCY.search(
            to_arabic_digits(tt.normal)):
        return True
    en = _english() if _LATIN.search(tt.normal) else None
    if en and en["significance"].search(tt.normal):
        return True  # "… at the .05 level of significance", as นัยสำคัญ
    mean = _MEAN_WORD.search(tt.normal) or (en["mean"].search(tt.normal) if en else None)
    if mean and any(q.kind == "number" and q.span[0] >= mean.end() for q in tt.quantities):
        return True  # "The mean number of errors … falls from 7.3 to 3.0", "คะแนนเฉลี่ย… 3.25"
    # "none" and "all": a zero target ("ไม่มีนักเรียนคนใด…") or every learner ("ทุกคน") is a number
    # for a result, as ทุกคน is an indicator's target (samples/README.md; challenges.md), not data
    # on a problem
    # a level ("ระดับ 3 ขึ้นไป") is the criterion, not the result's figure (statements.md s130: a bare
    # นักเรียน… with a criterion has no target; statements2.md: "a level or a date is not a figure")
    return any(q.kind in ("percent", "mean", "none", "all") or (q.kind == "count" and q.unit not in
                                       ("ภาคเรียน", "สัปดาห์", "วัน", "เดือน", "ชั่วโมง"))
               for q in tt.quantities)


def quantitative_no_number(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.quantitative-no-number: a quantitative result without a count, share, mean,
    `ทุกคน` or a zero count (the slides: "ตัวชี้วัดเชิงปริมาณ มีค่าเป็นตัวเลข", slides:564)."""
    ch = doc.part2
    if ch is None:
        return
    for i, s in _items(ch.quantitative):
        if not _has_number(s, ctx):
            yield ctx.finding("challenge.quantitative-no-number", _loc("quantitative", i), s,
                              learner=_learner(doc))


def no_target_group(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.no-target-group: no grade, class or number of learners anywhere in Part 2 (a
    finding about the whole challenge: no field, no excerpt)."""
    ch = doc.part2
    if ch is None:
        return
    parts = [ch.title or "", ch.problem or "", *ch.method, *ch.quantitative, *ch.qualitative]
    if not any(s.strip() for s in parts):
        return
    if not any(has_target_group(ctx.text(s).normal) for s in parts if s.strip()):
        yield ctx.finding("challenge.no-target-group", _loc(), learner=_learner(doc))


_FILLER = frozenset({"ร้อยละ", "จำนวน", "คน", "ขึ้นไป", "ไม่น้อยกว่า", "อย่างน้อย", "ทุกคน", "ของ",
                     "ที่", "และ", "มี", "ได้", "ใน", "การ", "ความ", "ให้", "อยู่", "ระดับ", "เกณฑ์",
                     "ผ่าน", "นักเรียน", "ผู้เรียน", "เด็ก", "ชั้น"})


def _content_words(text: str, ctx: CheckContext) -> set[str]:
    ws = (w.strip() for w in ctx.text(text).words)
    return {w for w in ws if w and w not in _FILLER and not re.fullmatch(r"[\d๐-๙.,%/()\-–\s]+", w)}


def qualitative_repeats_quantitative(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.qualitative-repeats-quantitative: a qualitative result that is a quantitative
    one with the numbers taken out."""
    ch = doc.part2
    if ch is None:
        return
    quants = [(_content_words(s, ctx), s) for _, s in _items(ch.quantitative)]
    for i, s in _items(ch.qualitative):
        q = _content_words(s, ctx)
        if len(q) < 2:
            continue
        for words, _ in quants:
            if not words:
                continue
            shared = len(q & words)
            if shared / len(q) >= 0.85 and shared / len(words) >= 0.6:
                yield ctx.finding("challenge.qualitative-repeats-quantitative",
                                  _loc("qualitative", i), s, learner=_learner(doc))
                break


def inconsistent_focus(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """challenge.inconsistent-focus: the grades of the problem and of the expected results do
    not meet (the problem is about ป.4, the target about ป.6)."""
    ch = doc.part2
    if ch is None or not (ch.problem or "").strip():
        return
    focus = grades(ch.problem) | grades(ch.title or "")
    if not focus:
        return
    for i, s in _items(ch.quantitative):
        g = grades(s)
        if g and not (g & focus):
            evidence = f"ปัญหา: {', '.join(sorted(focus))} | ผลลัพธ์: {', '.join(sorted(g))}"
            yield ctx.finding("challenge.inconsistent-focus", _loc("quantitative", i), s,
                              details={"problem": sorted(focus), "result": sorted(g)},
                              evidence=evidence)
            return


# ---------------------------------------------------------------- one pasted text (check-text)

# A challenge pasted as one text (the trainer's `check-text --as challenge`): the sections are read
# from their headings as a PA1 writes them ("ประเด็นท้าทาย เรื่อง …", "สภาพปัญหา …", "วิธีการดำเนินการ",
# "ผลลัพธ์…เชิงปริมาณ", "เชิงคุณภาพ"; the headings of extractors/pa1/part2.py, read on the line with its
# spaces and list number taken out).  Numbered lines with no heading above them are the method
# (a title followed by its steps, as many statements' challenge rows are written).
_TEXT_NUMBER = re.compile(r"^\s*(?:[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})?\s*[.)]|\(\s*[0-9๐-๙]{1,2}\s*\)|[-•●○▪*]|ขั้น(?:ที่)?\s*[0-9๐-๙]{1,2}\s*[:.)]?)\s*")
_TEXT_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("quantitative", re.compile(r"^(?:ผลลัพธ์|ผลลัพท์|ผล)?(?:การพัฒนา)?(?:ที่คาดหวัง)?(?:ด้าน|ใน)?เชิงปริมาณ")),
    ("qualitative", re.compile(r"^(?:ผลลัพธ์|ผลลัพท์|ผล)?(?:การพัฒนา)?(?:ที่คาดหวัง)?(?:ด้าน|ใน)?เชิงคุณภาพ")),
    ("problem", re.compile(r"^สภาพ(?:ปัญหา|การณ์)\S{0,40}?(?=[:：]|$)|^สภาพ(?:ปัญหา|การณ์)")),
    ("method", re.compile(r"^(?:วิธี(?:การ)?ดำเนิน(?:การ|งาน)|วิธีการ(?:ดำเนินการ)?ให้บรรลุ|แนวทางการดำเนิน)")),
    ("results", re.compile(r"^ผล(?:ลัพธ์|ลัพท์)(?:การพัฒนา)?ที่คาดหวัง")),
    # (the title's heading opens only the text's first line: "เรื่อง…" further down is text)
    ("title", re.compile(r"^(?:ส่วนที่2\S*)?(?:ชื่อ)?(?:ประเด็นท้าทาย|เรื่อง)")),
)
_HEADING_WORDS = re.compile(
    r"^\s*(?:ส่วนที่\s*[2๒]\s*)?(?:ชื่อ)?(?:ประเด็นท้าทาย\s*(?:เรื่อง)?|เรื่อง)\s*[:：]?\s*"
    r"|^\s*สภาพ(?:ปัญหา|การณ์)[^:：\n]{0,60}[:：]\s*|^\s*สภาพ(?:ปัญหา|การณ์)\s*"
    r"|^\s*(?:วิธี(?:การ)?ดำเนิน(?:การ|งาน)|วิธีการ(?:ดำเนินการ)?ให้บรรลุ|แนวทางการดำเนิน)[^:：\n]{0,40}?(?:[:：]\s*|$)"
    r"|^\s*(?:ผล(?:ลัพธ์|ลัพท์)(?:การพัฒนา)?(?:ที่คาดหวัง)?\s*)?(?:ด้าน|ใน)?\s*เชิง\s*(?:ปริมาณ|คุณภาพ)\s*[:：]?\s*"
    r"|^\s*ผล(?:ลัพธ์|ลัพท์)(?:การพัฒนา)?ที่คาดหวัง\s*[:：]?\s*$")


# The same headings in English, as an EP/MEP teacher or a trainer writes them ("Problem:",
# "Method:", "Quantitative results:"); a heading is a line that is only the heading, or the heading
# and a colon or dash (so "Problem-solving skills improve" is text).
_EN_HEADING_END = r"\s*(?:[:：]\s*|[-–—]\s+|$)"
_TEXT_HEADINGS_EN: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"^\s*(?:{words}){_EN_HEADING_END}", re.I)) for name, words in (
        ("quantitative", r"(?:expected\s+)?quantitative(?:\s+(?:expected\s+)?(?:results?|outcomes?|targets?|indicators?))?"
                         r"|(?:expected\s+)?(?:results?|outcomes?)\s*(?:\(|[-–:]\s*)?\s*quantitative\)?"),
        ("qualitative", r"(?:expected\s+)?qualitative(?:\s+(?:expected\s+)?(?:results?|outcomes?|targets?|indicators?))?"
                        r"|(?:expected\s+)?(?:results?|outcomes?)\s*(?:\(|[-–:]\s*)?\s*qualitative\)?"),
        ("problem", r"(?:the\s+)?problems?(?:\s+statement)?|current\s+(?:situation|state|problems?)"
                    r"|(?:state|statement)\s+of\s+the\s+problem|background(?:\s+and\s+problems?)?"),
        ("method", r"methods?|methodology|procedures?|steps|implementation(?:\s+(?:plan|steps))?"
                   r"|(?:how\s+to\s+)?(?:achieve|reach)\s+the\s+(?:goal|target)s?|action\s+plan"),
        ("results", r"expected\s+(?:results?|outcomes?)"),
        ("title", r"(?:challenge(?:\s+(?:title|topic|issue))?|title|topic)"),
    ))


def _english_heading(body: str) -> tuple[str, str] | None:
    """(section, the rest of the line) when `body` opens with an English section heading."""
    for name, pattern in _TEXT_HEADINGS_EN:
        m = pattern.match(body)
        if m is not None:
            return name, body[m.end():].strip()
    return None


@dataclass(frozen=True)
class PastedChallenge:
    """A challenge read from one pasted text, and which of its sections were written."""
    challenge: Challenge
    written: frozenset[str]  # the sections with a heading or (method) numbered steps


def read_text(text: str) -> PastedChallenge:
    """The sections of a challenge pasted as one text.  Strings are substrings of `text` (list
    numbering stripped), so excerpts point at what the user wrote."""
    title: str | None = None
    problem: list[str] = []
    lists: dict[str, list[str]] = {"method": [], "quantitative": [], "qualitative": []}
    written: set[str] = set()
    section: str | None = None
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        m = _TEXT_NUMBER.match(line)
        numbered = bool(m and m.end() < len(line))
        body = line[m.end():].strip() if numbered else line
        key = to_arabic_digits(re.sub(r"\s+", "", body))
        name = next((n for n, p in _TEXT_HEADINGS if p.match(key)), None)
        english = _english_heading(body) if name is None else None
        if english is not None:
            name = english[0]
        if name == "title" and not (title is None and section is None):
            name = None
        if name is not None and english is None and len(key) > 80 and name not in ("title", "problem"):
            name = None  # a sentence that happens to start with the word
        if name is not None:
            if english is not None:
                rest = english[1]
            else:
                h = _HEADING_WORDS.match(body)
                rest = body[h.end():].strip() if h else ""
            section = {"results": "quantitative"}.get(name, name)
            if name != "results":
                written.add(section)
            if name == "title":
                title = rest or None
                continue
            if name == "problem":
                if rest:
                    problem.append(rest)
                continue
            if rest and name in lists:
                lists[name].append(rest)
            continue
        if section is None:
            if title is None and not numbered:
                title, section = body, "title"
                continue
            section = "method"  # steps written under the title with no heading
        if section == "title":
            if not numbered:
                title = f"{title} {body}" if title else body
                continue
            section = "method"
        if section == "problem":
            problem.append(body)
        else:
            lists[section].append(body)
            if section == "method" and numbered and len(lists["method"]) >= 2:
                written.add("method")
    ch = Challenge(title=title, problem="\n".join(problem) or None, method=lists["method"],
                   quantitative=lists["quantitative"], qualitative=lists["qualitative"])
    return PastedChallenge(ch, frozenset(s for s in written if _present(ch, s)))


class _Part2Only:
    """What the section rules read of a document: its Part 2, and who its learners are."""

    def __init__(self, part2: Challenge, learner: str = suggest.LEARNER) -> None:
        self.part2 = part2
        self.learner = learner


def _learner(doc: Pa1Document | _Part2Only) -> str:
    """Who the suggestions name: เด็ก in an early-childhood PA1 (suggest.learner_of), or what a
    pasted challenge was said to be (check-text's classroom_type)."""
    return doc.learner if isinstance(doc, _Part2Only) else suggest.learner_of(doc)


def check_text(text: str, ctx: CheckContext, learner: str = suggest.LEARNER) -> list[Finding]:
    """The challenge rules one pasted text lets a reader judge (the level is check-text's own):
    with a method, no evaluating step, no time frame and no target group (read over the whole
    text); with a problem section, no evidence; with quantitative results, no number and the
    indicator rules, as on a document's Part 2.  Nothing is said of sections the text does not
    hold (a trainer pastes part of a challenge: no section-missing), and a text with no method
    is judged for its level only.  `learner` is who the suggestions name (เด็ก for early
    childhood)."""
    from models.checks.indicator import check_indicator

    pasted = read_text(text)
    ch, written = pasted.challenge, pasted.written
    doc = _Part2Only(ch, learner)
    rules: list = []
    if "method" in written:
        rules += [method_no_evaluation, method_no_timeline, no_target_group]
    if "problem" in written:
        rules.append(problem_no_evidence)
    if "quantitative" in written:
        rules.append(quantitative_no_number)
        if "qualitative" in written:
            rules.append(qualitative_repeats_quantitative)
        if "problem" in written:
            rules.append(inconsistent_focus)
    found = [f for rule in rules for f in rule(doc, ctx)]  # type: ignore[arg-type]
    if "quantitative" in written:
        for i, s in _items(ch.quantitative):
            found += check_indicator(s, None, ctx, _loc("quantitative", i),
                                     skip=("indicator.no-target",), learner=learner)
    return sorted(found, key=Finding.sort_key)


RULES = (missing, section_missing, level_below_expected, problem_no_evidence,
         method_no_evaluation, method_no_timeline, quantitative_no_number, no_target_group,
         qualitative_repeats_quantitative, inconsistent_focus)
# The indicator.* rules that fit Part 2 quantitative results are applied by the indicator family
# itself (models/checks/indicator.py::check), so they are not repeated here.


def check(doc: Pa1Document, ctx: CheckContext) -> Iterable[Finding]:
    for rule in RULES:
        yield from rule(doc, ctx)

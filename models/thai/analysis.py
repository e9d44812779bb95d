"""One analysis per string, handed to every check (Presidio's NlpArtifacts).

`analyse(text)` normalises, segments (newmm + domain words), reads quantities, the criterion of
success, the subject (learners / teacher / documents / other), comparatives and placeholders.
Lexicon phrases match on token boundaries only: `ดีขึ้น` is not found inside `ระดับดีขึ้นไป`,
`สื่อ` not inside `การสื่อสาร`.  Checks never split Thai themselves: they ask a `ThaiText`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Iterable, Literal

import ahocorasick

from models.rubric import english_pattern, lexicon, lexicon_sections, phrase_pattern
from models.thai.dates import MONTHS
from models.thai.normalize import MARKS, TONES, normalize, to_arabic_digits
from models.thai.numbers import Quantity, quantities
from models.thai.tokenize import spans, words

# "things": equipment, devices, materials, facilities (lexicon/thing_subjects.txt) counted as the
# head noun of a share or count ("ร้อยละ 100 ของเครื่องคอมพิวเตอร์…", "…จำนวน 20 เครื่อง").
Subject = Literal["learners", "teacher", "documents", "things", "other"]


@dataclass(frozen=True)
class Match:
    text: str
    span: tuple[int, int]  # into ThaiText.normal


@dataclass(frozen=True)
class Criterion:
    """The level or criterion of success an indicator states."""

    text: str
    span: tuple[int, int]
    kind: Literal["level", "threshold", "reference", "baseline", "result"]


@dataclass(frozen=True)
class Comparative:
    """สูงขึ้น / ดีขึ้น / เพิ่มขึ้น …; `baseline` and `amount` say whether it is anchored."""

    word: str
    span: tuple[int, int]
    baseline: str | None  # the baseline phrase ("ก่อนเรียน", "ปีการศึกษา 2565") or None
    amount: Quantity | None  # the size of the change, when given
    until: str | None = None  # the change's end point ("ดีขึ้นจนพ้นจากกลุ่มเสี่ยง")
    in_criterion: bool = False  # part of a criterion ("ระดับดีขึ้น" written for ระดับดีขึ้นไป)

    @property
    def vague(self) -> bool:
        return (self.baseline is None and self.amount is None and self.until is None
                and not self.in_criterion)


# Named levels of a scale: ระดับดี, ระดับดีมากขึ้นไป, อยู่ในเกณฑ์ดี, ระดับมากขึ้นไป (satisfaction).
_LEVEL_WORDS = r"(?:ดีเยี่ยม|ยอดเยี่ยม|ดีมาก|ดี|พอใช้|มากที่สุด|มาก|สูง|ผ่าน|เหมาะสม|ปานกลาง)"
_NAMED_LEVEL = re.compile(
    rf"(?:ระดับ|เกณฑ์)(?:คุณภาพ|ความพึงพอใจ)?\s*[\"“”']?{_LEVEL_WORDS}(?:\s*ขึ้น\s*ไป)?"
    r"|ระดับ\s*[A-Z]{1,2}\s?[0-9](?:\s*ขึ้นไป)?"  # CEFR A2, JLPT N5, HSK 3 …
    # the framework named before its level: "ระดับ CEFR A2 ขึ้นไป" (statements5.md: a criterion; s5207,
    # s5161), "HSK ระดับ 2"; "ตามระดับ CEFR" with no level is not one
    r"|(?:ระดับ\s*)?(?:CEFR|HSK|JLPT|TOPIK)\s*(?:ระดับ\s*)?[A-Z]?[0-9](?:\s*ขึ้นไป)?"
    # any named level "and above" is a level of a scale, whatever its word: "อยู่ในระดับสะอาดขึ้นไป"
    # (challenges3 cy014 q1, clean: a plaque index graded สะอาด), as ระดับดีขึ้นไป is (guideline);
    # not a grade or a place ("ระดับชั้น…", "ระดับที่สูงขึ้น")
    r"|ระดับ(?!ชั้น|ที่|การ|ความ)[\u0e01-\u0e4e]{1,12}?\s*ขึ้น\s*ไป"
    # … in English too, a rubric's band named in Thai text: "ได้ตาม rubric ระดับ proficient ขึ้นไป"
    # (statements18 s18044, no no-criterion), as the English "'proficient' or above" (english_frames)
    r"|ระดับ\s*[\"“”'‘’]?[A-Za-z]{3,15}[\"“”'‘’]?\s*ขึ้น\s*ไป"
    # "สอบวัดระดับ … ผ่าน": passing, said last, quoted or not ('มีผลการประเมินกิจกรรมพัฒนาผู้เรียน "ผ่าน"':
    # statements15 s15085, no no-criterion)
    r"|ผ่าน[\"“”'‘’]?\s*$")
# A result word nominalised by การ is the topic of a skill, not the result reached:
# "มีทักษะการวางแผนการเรียนต่อ" (statements3 u001 labels no-criterion); "การ" is a separate token.
# newmm may glue การ to the word before ("วางแผนการ|เรียนต่อ"), so it is read on characters; words
# that merely end in การ are not nominalisers.
# Only results that are actions ("เรียนต่อ"), not the bars themselves ("พัฒนาการผ่านเกณฑ์").
_NOMINAL_BEFORE = re.compile(r"(?<!ต้อง)(?<!บริ)(?<!อา)(?<!กิจ)(?<!ประ)(?<!วิชา)(?<!ปฏิบัติ)(?<!พัฒนา)การ\s*$")
# "ได้อย่างถูกต้องและปลอดภัย": ถูกต้อง as an adverb of manner (อย่าง…) beside other manner words is
# no bar; "เขียนชื่อได้ถูกต้อง" (a behaviour done correctly) is (statements s021, good).  Three
# writers label the manner reading no-criterion: statements3 u037, statements4 s4011, s4251
# (statements3.md / statements4.md: "manner words need a level").  Unless a bar follows
# ("ได้อย่างถูกต้องตามมาตรฐาน…", "…ครบ 5 ขั้นตอน").
# "หลังครูผ่านการอบรม": a pass said of the teacher in a clause after the learners' result is the
# teacher's (statements7 s7205: no-criterion vague-change).
_TEACHER_CLAUSE_BEFORE = re.compile(r"(?:หลัง|เมื่อ|หลังจาก|จากการที่)\s*(?:ที่)?\s*(?:ครู|ข้าพเจ้า|ผู้สอน)\S{0,6}\s*$")
_MANNER_BEFORE = re.compile(r"อย่าง\s*$")
_BAR_AFTER_MANNER = re.compile(r"\s*(?:ตาม|ครบ|ทุก|อย่างน้อย|ไม่น้อยกว่า|ไม่ต่ำกว่า|ร้อยละ|ภายใน|[0-9๐-๙])")
_BAR_WORD = re.compile(r"เกณฑ์|ผ่าน|ระดับ|กำหนด|ครบ|ถูกต้อง")
# A baseline a change can be measured against.
_BASELINE = re.compile(
    r"เมื่อเทียบกับ[^\s]*|เทียบกับ[^\s]*|เปรียบเทียบกับ[^\s]*|(?:คะแนน|ผล(?:การ)?)?ก่อนเรียน"
    r"|(?:ปีการศึกษา|ภาคเรียน|ปี)ที่ผ่านมา|จาก(?:ปีการศึกษา|ภาคเรียนที่)\s*\d[\d/]*"
    r"|ปีการศึกษา\s*\d{4}|ค่าเฉลี่ยเดิม|คะแนนเดิม|ค่าพื้นฐาน|ข้อมูลพื้นฐาน|(?:การ)?ทดสอบก่อน"
    r"|pre-?test|(?:O-NET|NT|RT)\s*(?:ปี)?\s*\d{4}"
    r"|ครั้งแรก|ต้นภาคเรียน|ต้นปี(?:การศึกษา)?"
    # before the programme, as ก่อนเรียน: "ลดลงจากก่อนสอนเสริมอย่างน้อย 10 นาที" (challenges6 cu009 [1], clean)
    r"|ก่อน\s*(?:การ)?\s*(?:อบรม|เข้าร่วม|เข้าค่าย|ทำกิจกรรม|ฝึก|ใช้|ทดลอง|จัดกิจกรรม|สอนเสริม|สอนซ่อมเสริม|ซ่อมเสริม)"
    # an earlier measurement dated by its month and year: "ลดลงจากผลสำรวจเดือนมิถุนายน 2568",
    # "เพิ่มขึ้นจากการทดสอบเดือนมิถุนายน 2568", "…จากเดือนพฤศจิกายน 2569".  Every spent row so written,
    # 11 of six writers (challenges8 cx8-31 [0] cx8-42 [1] cx8-45 [1], challenges10 c10-027 [1]
    # c10-037 [1], challenges11 c11-035 [1] c11-041 [1], challenges13 c13-023 [1] c13-038 [1],
    # challenges15 c15-045 [2], challenges16 c16-003 [1]), is labelled without vague-change, and no
    # spent row naming a month is labelled with it (statements hold four, none vague)
    r"|จาก\S{0,24}?(?:เดือน\s*)?(?:" + "|".join(names[0] for names in MONTHS.values())
    + r")\s*(?:พ\.?\s?ศ\.?\s*)?\d{4}",
    re.IGNORECASE)
_MADE = ("พัฒนาขึ้น", "สร้างขึ้น")
# … unless a manner follows: nothing is made "clearly" ("สมรรถนะ…ที่พัฒนาขึ้นอย่างเห็นได้ชัด" is improved,
# statements13 s13110, vague-change).  Spent indicators with ที่/ซึ่ง + พัฒนาขึ้น/สร้างขึ้น, all writers: 7 of 4
# files; the 6 naming a material made (s111, s229, u066, s6104, s13042, s13108) have no manner after
# it and are read as before; s13110 changes.
_MANNER_AFTER_MADE = re.compile(r"\s*อย่าง(?!น้อย)")
# A change from a named starting point by at least an amount is anchored, whatever the starting
# point is called: "เพิ่มขึ้นจากคะแนนกลางภาคไม่น้อยกว่า 6 คะแนน" (challenges13 c13-005 [1], clean),
# "เพิ่มขึ้นจากก่อนดำเนินการอย่างน้อยร้อยละ 25" (challenges17 c17-039 [1], clean).  Spent results
# and indicators so written (a comparative, จาก…, then ไม่น้อยกว่า/อย่างน้อย/ไม่ต่ำกว่า): 16 rows, 11
# files (challenges3, 5, 6, 7, 9, 12, 13, 16, 17; statements2, 5), none labelled vague-change; the
# engine read the change vague in c13-005 [1] and c17-039 [1] only (the others name a baseline
# _BASELINE knows or an amount within 20 characters).
_FROM_THEN_AMOUNT = re.compile(r"\s*จาก\S{1,40}?\s*(?=ไม่น้อยกว่า|อย่างน้อย|ไม่ต่ำกว่า)")
# A higher level of education as where learners go on to ("ศึกษาต่อในระดับที่สูงขึ้น", "เรียนต่อใน
# ระดับชั้นที่สูงขึ้น"): a destination, not a change (heldout6 m3-social spec, good; the phrase is the
# common wording of สพฐ.'s "ศึกษาต่อในระดับที่สูงขึ้น").
_HIGHER_LEVEL = re.compile(r"(?:ศึกษาต่อ|เรียนต่อ|เลื่อนชั้น|ศึกษา)\s*(?:ใน|สู่)?\s*ระดับ(?:ชั้น|การศึกษา)?\s*(?:ที่)?\s*$")
_RELATIVE_BEFORE = re.compile(r"(?:ที่|ซึ่ง)\S{0,10}$")
# "ถูกต้องมากขึ้น": a criterion word followed by a comparative is a change, not a bar.
_MORE_AFTER = re.compile(r"\s*(?:มากขึ้น|ยิ่งขึ้น|ขึ้น(?!\s*ไป)|กว่าเดิม)")
# A comparison with a baseline is a bar: "สูงกว่าปีการศึกษาที่ผ่านมา", "สูงกว่าคะแนนก่อนเรียน".
_ABOVE_BASELINE = re.compile(
    r"(?:สูงกว่า|มากกว่า|ดีกว่า)\s*(?:(?:คะแนน|ผล(?:การ)?)\S{0,12}?)?\s*(?:ก่อนเรียน|(?:ปีการศึกษา|ภาคเรียน|ปี)ที่ผ่านมา"
    r"|ค่าเฉลี่ยเดิม|คะแนนเดิม|(?:การ)?(?:วัด|ประเมิน|ทดสอบ)\s*ครั้งแรก"
    # an earlier test or term named: "สูงกว่าคะแนนสอบก่อนเรียน", "สูงกว่าภาคเรียนที่ ๑",
    # "สูงกว่าปีการศึกษา 2566" (statements3 u052, u071: the baseline is the bar)
    r"|(?:ภาคเรียน|ปีการศึกษา|ปี)\s*(?:ที่)?\s*[0-9๐-๙]"
    # any earlier test or assessment named ("สูงกว่าการทดสอบวินิจฉัย", "สูงกว่าผลการประเมินกลางภาค"), not the
    # same end-of-programme one (หลัง…/ปลาย…): spent results and indicators newly read, 2 rows of 2 writers
    # (challenges23 c23-018 [1], statements6 s6187), both labelled with no no-criterion
    r"|(?:การ)?(?:ทดสอบ|สอบ|ประเมิน|วัด)(?!\S{0,4}(?:หลัง|ปลาย))"
    # an earlier round of the same test ("สูงกว่าครั้งที่ 1", "สูงกว่ารอบแรก": challenges3 cy035 q1),
    # the screening or the start of the term ("สูงกว่าผลการคัดกรองต้นปีการศึกษา": cy044 q0): the
    # guideline's "higher than the pre-test has a baseline"
    r"|(?:ครั้งที่|รอบที่)\s*[0-9๐-๙]|ครั้งก่อน|รอบแรก|คัดกรอง|ต้น(?:ภาคเรียน|ปี)"
    # before the programme: "หลังอบรมสูงกว่าก่อนอบรม" (statements5 s5001, good: baseline named), as
    # ก่อนเรียน; "หลังอบรม" alone names no baseline.  Whatever the programme after ก่อน: "หลังเล่นเกม
    # สูงกว่าก่อนเล่น" (challenges4 cz024 [2], clean); every spent "สูงกว่าก่อน…" (39 rows) is clean
    r"|ก่อน\s*(?:การ)?\s*(?:อบรม|เข้าร่วม|เข้าค่าย|ทำกิจกรรม|ฝึก|ใช้|ทดลอง|จัดกิจกรรม|สอนเสริม|สอนซ่อมเสริม|ซ่อมเสริม"
    r"|เล่น|ดำเนินการ|เข้า|ทำ|ได้รับ|เรียน))")
# A change bounded by a criterion is anchored: "…จนผ่านเกณฑ์", "ดัชนีมวลกายลดลงเข้าสู่เกณฑ์ปกติ".
# … and so is a change to a named level, right after it, as เข้าสู่ระดับ: "ความวิตกกังวลลดลงอยู่ในระดับปานกลาง
# หรือต่ำ" (challenges18 c18-026 [0], clean; the one spent row so written).
_UNTIL = re.compile(r"\s*(?:จน(?:กระทั่ง)?\s*(?:พ้น|ผ่าน|อยู่ใน|ได้|สามารถ|บรรลุ|ถึง)|เข้าสู่\s*(?:เกณฑ์|ระดับ|ภาวะปกติ)"
                    r"|(?:มา)?อยู่\s*ใน\s*(?:ระดับ|เกณฑ์))\S*")
_PLACEHOLDER = re.compile(
    r"\.{3,}|…+|_{3,}|(?<![A-Za-z])[xX]{2,}(?![A-Za-z])"
    r"|\[[^\]\n]{0,40}[\u0e01-\u0e2e][^\]\n]{0,40}\]|\([^)\n]{0,20}ระบุ[^)\n]{0,20}\)"
    r"|(?:โปรด|กรุณา|โปรต)ร?ระบุ[^\s]*")
# What every _PLACEHOLDER match holds (a character of its first six branches, ระบุ of the last):
# one fast scan spares most texts the full pattern, whose look-behind branch is tried at every
# position.
_PLACEHOLDER_GATE = re.compile(r"[.…_xX\[(]|ระบุ")
# A criterion by reference to an assessment, a screening or a standard: "ตามผลการคัดกรอง SDQ",
# "ที่สอดคล้องกับผลการประเมินความถนัด", "ตามแบบประเมิน…".
_REFERENCE = re.compile(
    r"(?:ตาม|สอดคล้องกับ|จาก)\s*ผล\s*(?:การ)?\s*(?:ประเมิน|คัดกรอง|ทดสอบ|วินิจฉัย|สอบ)"
    # a form named by reference, not the teacher's own instrument with no pass mark or level:
    # "ตามแบบประเมินของครู", "ตามแบบทดสอบที่ครูสร้างขึ้น" (statements5 s5185, s5237 no-criterion,
    # statements5.md; every other writer's "ตามแบบ…" row also states a level or bar)
    # a behaviour done to a manual's standard: "ซ่อมระบบไฟ…ได้ตามคู่มือการซ่อมของผู้ผลิต" (statements7
    # s7168, good; as "ได้ตามมาตรฐาน…")
    r"|ได้\s*ตามคู่มือ"
    r"|ตามแบบ\s*(?:ประเมิน|คัดกรอง|ทดสอบ|สังเกต)(?!\S{0,12}\s*(?:ของ|ที่)\s*(?:ครู|ผู้สอน|ข้าพเจ้า))"
    # each learner's own plan goals: "อ่านอักษรเบรลล์ได้ตามเป้าหมายใน IEP" (statements4 s4052, s4160:
    # "criterion by reference (IEP goals)"; challenges3 cy044 "บรรลุเป้าหมายใน IEP is a criterion")
    r"|ตาม\s*เป้าหมาย\s*(?:ใน|ของ|ที่\S{0,12}กำหนด)"
    # a published mean as the bar: "ไม่ต่ำกว่าค่าเฉลี่ยระดับสังกัด", "สูงกว่าค่าเฉลี่ยระดับประเทศ"
    r"|(?:ไม่ต่ำกว่า|ไม่น้อยกว่า|สูงกว่า|เท่ากับหรือสูงกว่า)\s*(?:คะแนน)?ค่าเฉลี่ย(?!\s*[0-9๐-๙])\s*(?:ระดับ|ของ)\S*")
# A negated result right after the share is its own bar: "ร้อยละ 90 ไม่ออกกลางคัน", "ร้อยละ 95
# ไม่มีพฤติกรรมเสี่ยง", "โดยไม่มีข้อผิดพลาด" (not the comparators ไม่น้อยกว่า, ไม่เกิน …).
_NEGATED = re.compile(r"\s*(?:และ\s*)?ไม่(?!\s*(?:น้อยกว่า|ต่ำกว่า|เกิน|มากกว่า|สูงกว่า|ถึง))")
_WITHOUT = re.compile(r"โดยไม่(?!\s*(?:น้อยกว่า|ต่ำกว่า|เกิน|มากกว่า|สูงกว่า))")
# The teacher named only as help the learners no longer need ("…ได้เองโดยครูไม่ต้องช่วย", "…โดยไม่มีครูช่วย"):
# the learners' independence, not the teacher's work.  Spent results so written: 3 of 2 writers
# (challenges10 c10-023 [1], c10-032 [1], challenges3 cy028 [1]), none labelled not-learner.
_NO_TEACHER_HELP = re.compile(r"โดย(?:ที่)?\s*(?:ครู|ผู้สอน)\s*ไม่(?:ต้อง|ได้)|โดยไม่(?:ต้อง)?(?:มี|ให้)\s*(?:ครู|ผู้สอน)")
_SUBORDINATE = re.compile(r"(?:ตามที่|จากการที่|หลังจากที่|หลังจาก|โดยที่|เมื่อ)\s*(?:ครู|ข้าพเจ้า|ผู้สอน)")
_TEACHER_SUBJECTS = ("ครู", "ข้าพเจ้า", "ผู้สอน", "ครูผู้สอน")
# An indicator that counts things: จำนวนครั้ง… จำนวนงาน… ปริมาณ… อัตรา…
# A rate of what learners do, with the learners left implicit, is about learners as
# "ผลสัมฤทธิ์ทางการเรียนสูงขึ้น" is: the same rates with the learners named are learner indicators
# (statements2 t139 "อัตราการออกกลางคันของนักศึกษา ปวช.1 ไม่เกินร้อยละ 5", statements u155, s151).
# The times a learner behaviour happens, counted with the learners left implicit, is the same
# learner result: "จำนวนครั้งการมาสายของทั้งห้อง…ลดลงไม่น้อยกว่าร้อยละ 50…" (challenges16 c16-003 [1],
# clean), as "จำนวนครั้งที่นักเรียน…มาสายลดลง…" with the learners named (statements9 s9116,
# statements10 s10040, clean); the counts labelled not-learner count what the teacher or a network
# does (การเข้าร่วมนำเสนองาน, ความร่วมมือของภาคีเครือข่าย, การประชุม…: statements t202, s234, s180).
_LEARNER_RATE = re.compile(
    r"\s*(?:อัตรา|จำนวนครั้ง\s*(?:ที่|ของ)?)\s*(?:การ)?\s*(?:ออกกลางคัน|ขาดเรียน|มาเรียน|เข้าเรียน|สอบ|ส่งงาน|เรียนต่อ|ศึกษาต่อ|ตกซ้ำชั้น"
    r"|อ่าน|จบการศึกษา|สำเร็จการศึกษา|ลาออก|มาสาย|เข้าชั้นเรียน"
    # missing an exam, as ขาดเรียน ("อัตราการขาดสอบปลายภาคลดลงจาก…": challenges6 cu021 [1], clean)
    r"|ขาดสอบ|ขาดส่งงาน)")
# "จำนวนครั้งที่นักเรียนได้รับบาดเจ็บ…": the times the learners themselves do or suffer something is a
# learner result (challenges5.md: "accidents, behaviour counts" are good shapes, cv009 [2]), unlike
# "จำนวนครั้งการเข้าร่วม…" or "จำนวนครั้งความร่วมมือของภาคีเครือข่าย…" (statements t202, statements3).
_LEARNER_EVENTS = re.compile(r"\s*จำนวนครั้ง\s*ที่\s*(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)")
# A count of the items a learner gets wrong, or counted per learner, is the learners' result with
# the learners left implicit: "จำนวนคำที่อ่านผิด…ลดลง…", "จำนวนรายการที่จำแนกหมวดบัญชีผิด…ต่อคน",
# "จำนวนคำที่อ่านได้เพิ่มขึ้น…คนละไม่น้อยกว่า 10 คำ", "จำนวนครั้งที่เบรกเกอร์ตัดจากการต่อวงจรผิด…"
# (challenges6 cu016 [1], challenges7 cw013 [2] cw017 [2] cw034 [2]: clean, none the other way; not
# รับผิดชอบ: "จำนวนโครงการที่รับผิดชอบ…", statements s182 not-learner), unless people are named.
_LEARNER_ITEMS = re.compile(r"(?<!รับ)ผิด(?!ชอบ)|คนละ\s*(?:ไม่|อย่าง|[0-9๐-๙])|ต่อ\s*คน")
_PEOPLE_NAMED = ("ครู", "ผู้ปกครอง", "ผู้บริหาร", "บุคลากร", "ข้าพเจ้า", "ผู้สอน")
# A work only learners make in school heading the statement, its makers left implicit, as a Part 2
# result written under the challenge's learners: "รายงานการทดลองที่ไม่ควบคุมตัวแปรลดลงจากร้อยละ 61…",
# "งานเขียนที่คัดลอกประโยค…ลดลง…", "โครงงานทุกโครงงานใช้ข้อมูลจากการสำรวจชุมชน…" (challenges6 cu022 [1],
# cu045 [1], challenges8 cx8-28 [1]: clean, two writers).  No spent row so headed, with nobody named, is
# labelled not-learner; the teacher's own reports (รายงานการวิจัย, รายงานการทดลองใช้…, SAR) and works
# whose makers are named (โครงงานของนักเรียน…, โครงงาน…ของกลุ่มสาระ, a teacher) are read as before.
# A possessor named after the head is who made it ("โครงงานอาชีพของกลุ่มสาระ…": the department's).
# The works: lexicon/learner_works.txt, with the counts; counted ("จำนวนเรียงความที่…ลดลง…",
# challenges21 c21-011 [1]) as well as plain.
@lru_cache(maxsize=1)
def _learner_work_head() -> re.Pattern[str]:
    works = phrase_pattern(lexicon("learner_works"))
    return re.compile(rf"^\s*(?:จำนวน\s*)?{works}(?!(?<=ทดลอง)ใช้)(?!\S{{0,24}}?\s*ของ)")


# A work learners make or hand in (lexicon/learner_works.txt, defective_works.txt [work]) heading the
# statement with the learners named as its makers ("โครงงาน STEM ของนักเรียน ม.4 … ร้อยละ 70 ผ่านเกณฑ์…",
# "แฟ้มสะสมผลงานดิจิทัลของนักเรียนทุกกลุ่มมีบันทึกการทดสอบ…": challenges25 c25-045 [0], c25-022 [1],
# clean): the learners' result, as the works with their makers left implicit are.  Spent rows opening
# with a work, document or thing possessed by the learners: 3, the third "ข้อมูลสารสนเทศของผู้เรียน"
# (statements14 s14121, not-learner) is information about them, no work of theirs.
@lru_cache(maxsize=1)
def _owned_work() -> re.Pattern[str]:
    works = phrase_pattern({*lexicon("learner_works"), *lexicon_sections("defective_works")["work"]})
    return re.compile(rf"^\s*(?:จำนวน\s*)?(?P<work>{works})[^\n]{{0,24}}?ของ\s*(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)")


# A work learners make or hand in, headed with a relative clause naming its defect ("ชิ้นงานที่ไม่ผ่าน
# เกณฑ์สุขลักษณะ ลดลงจาก 19 ชิ้น…", "งานที่ส่งไม่ครบลดลง…ต่อคน"): the learners' own work, as
# _learner_work_head; lexicon/defective_works.txt, with the counts (6 spent rows of 3 files, none
# labelled not-learner).
@lru_cache(maxsize=1)
def _defective_work() -> re.Pattern[str]:
    sec = lexicon_sections("defective_works")
    works = "|".join(re.escape(p) for p in sorted(sec["work"], key=len, reverse=True))
    defects = "|".join(re.escape(p) for p in sorted(sec["defect"], key=len, reverse=True))
    # the defect anywhere in the relative clause ("ชิ้นงานที่ระบายสีไม่เรียบ…": the clause names what the
    # learners did, then its flaw), not a threshold (ไม่น้อยกว่า / ไม่เกิน) nor what was done to the work
    # (ที่ได้รับ…: the teacher's published or assigned work, statements t216 s181 not-learner)
    return re.compile(rf"^\s*(?:จำนวน\s*)?(?:{works})\S{{0,20}}?\s*(?:ที่|ซึ่ง)(?!\s*ได้รับ)\S{{0,20}}?\s*"
                      rf"(?:{defects})(?!\s*(?:น้อย|เกิน|ต่ำ|ถึง|มาก))")


# A mean of scores opening the statement: "ค่าเฉลี่ยคะแนน O-NET…", "คะแนนเฉลี่ย…", "ค่าเฉลี่ยผลการทดสอบ…".
_SCORE_MEAN_OPENS = re.compile(r"\s*(?:ค่าเฉลี่ย\s*(?:ร้อยละ\s*(?:ของ)?\s*)?(?:คะแนน|ผลการ(?:ทดสอบ|สอบ|ประเมิน))|คะแนน\S{0,20}?เฉลี่ย)")
# A score opening the statement, nobody named ("คะแนน…", "ค่าเฉลี่ยคะแนน…", "ค่าเฉลี่ยร้อยละของคะแนน…"):
# the learners' score, whatever skill it names.  Spent rows so opened, all writers: 69 rows of 25
# files, none labelled not-learner or teacher-centred; the one a teacher's verb made not-learner,
# challenges20 c20-027 [1] "คะแนนเฉลี่ยด้านการออกแบบการทดลอง…", changed.
_SCORE_OPENS = re.compile(r"\s*(?:คะแนน|ค่าเฉลี่ย\s*(?:ร้อยละ\s*(?:ของ)?\s*)?คะแนน)")
_COUNT_HEAD = re.compile(r"^\s*(?:จำนวน|ปริมาณ|อัตรา)(?!\s*(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา))\S{0,12}")
# What may precede a document or material that is the statement's subject: "คลิป…",
# "มีคลิปสาธิต…", "จำนวนสื่อ…"; a product named later ("…หลังใช้ชุดฝึก") is only a means.
# "ร้อยละ 100 ของเครื่องคอมพิวเตอร์…": the noun after `ร้อยละ N ของ` is what the share counts.
_HEAD_LEAD = re.compile(
    # an unfilled template name opening the statement ("[ชื่อนวัตกรรม] สามารถพัฒนา…": statements5
    # s5131) names its head noun inside the brackets
    r"^\s*(?:[\[(]\s*(?:ชื่อ)?\s*"
    r"|(?:มี|ได้(?:รับ)?)(?:การ)?|จำนวน|ปริมาณ|ร้อยละ\s*(?:[0-9๐-๙][0-9๐-๙.,]*\s*)?(?:ของ)?|การ|แบบ"
    # "100% ของแผนการจัดการเรียนรู้…" as "ร้อยละ 100 ของ…" (statements3 u132)
    r"|[0-9๐-๙][0-9๐-๙.,]*\s*(?:%|เปอร์เซ็นต์)\s*(?:ของ)?"
    # an English head behind its determiner and up to two name words ("The CODE-UP model is rated…",
    # "The handbook and videos are viewed…": challenges27 c27-018 [2], c27-039 [1], not-learner)
    r"|(?i:the|our|my|this|these|an?)\s+(?:\S+\s+){0,2}?)?\s*$")
# Classifiers of things: a count in these units (`จำนวน 20 เครื่อง`, `30 ชุด`) counts objects.
THING_CLASSIFIERS = ("เครื่อง", "ชุด", "ชิ้น", "เล่ม", "ตัว", "อัน", "แผ่น", "ห้อง", "หลัง")
# "มีX … N ชุด" / "X … จำนวน N เครื่อง": a statement with no named subject that counts objects.
# A material's own validation as the statement's measure: its index of item-objective congruence
# (IOC), its efficiency (E1/E2, "ประสิทธิภาพตามเกณฑ์ 80/80"), its effectiveness index (E.I.) or its
# check by experts.  Every spent row so measured, the learners not its subject, is labelled
# not-learner (20 of 20, twelve writers); a material the lexicon does not name ("แถบเศษส่วนและ
# ใบกิจกรรม 6 ชุด ผ่านการตรวจสอบความสอดคล้องจากผู้เชี่ยวชาญ ค่า IOC…", challenges4 cz022 [1]) too.
_MATERIAL_MEASURE = re.compile(
    r"ค่า\s*IOC|IOC|E\s*1\s*/\s*E\s*2|ประสิทธิภาพ\S{0,12}?\s*[0-9๐-๙]{2}\s*/\s*[0-9๐-๙]{2}"
    r"|ดัชนีประสิทธิผล|E\.\s*I\.|ผ่านการตรวจสอบ\S{0,30}?\s*(?:จาก|โดย)\s*(?:ผู้เชี่ยวชาญ|ผู้ทรงคุณวุฒิ)")
# A percentage set apart after the bar and ending the statement is the share of learners who reach
# it, not the bar's threshold: "…ได้รับการช่วยเหลือจนผ่านเกณฑ์ ร้อยละ 90" (statements8 s8128), "…ได้รับการ
# แก้ไขผลการเรียนจนผ่านเกณฑ์ ร้อยละ 100" (statements5/6/7 s5121 s6218 s7112): 4 of 4 spent rows, four
# writers, label no no-target; "ผ่านเกณฑ์ร้อยละ 60" run together, or followed by more, stays the bar.
_SHARE_AFTER_BAR = re.compile(r"เกณฑ์\s+(ร้อยละ\s*[0-9๐-๙]+(?:[.,][0-9๐-๙]+)?|[0-9๐-๙]+\s*%)\s*$")
_THING_COUNT = re.compile(
    r"(?:จำนวน|ไม่น้อยกว่า|อย่างน้อย|ไม่ต่ำกว่า)?\s*[0-9๐-๙][0-9๐-๙,]*\s*(?P<cl>"
    + "|".join(THING_CLASSIFIERS) + r")(?:\s|$)")
_RELATIVE = re.compile(r"(?:ที่|ซึ่ง)\s*$")
# Kinds of quantity that can be the share of learners an indicator targets.
SHARE_KINDS = ("percent", "all", "count", "none")
# An event noun after a statement-opening `ไม่มี` is a zero target too (the "none" kind):
# "ไม่มีอุบัติเหตุ…ที่ทำให้นักเรียนบาดเจ็บ", "ไม่มีกรณี…", "ไม่มีเหตุ…", "ไม่มีการทะเลาะวิวาท", as
# "ไม่มีนักเรียนได้รับบาดเจ็บ…" (samples/README.md, heldout2 good indicators; criteria.txt "โดยไม่เกิด
# อุบัติเหตุ": the absence of an event is the bar).
_EVENT_NOUN = re.compile(r"อุบัติเหตุ|กรณี|เหตุ|การ(?=[\u0e01-\u0e2e])")
# `ไม่มี` opening a zero count ("ไม่มีนักเรียน…", "ไม่มี ผู้…").
_NONE_OF = re.compile(r"ไม่\s*มี\s*")
# A share with no figure ("ร้อยละของนักเรียน…"): the percentage elsewhere is not the share.
_BARE_SHARE_OF = re.compile(r"ร้อยละ\s*(?:ของ|ที่)")
# After the learner subject: a relative clause opens the subject phrase ("นักเรียนกลุ่มเสี่ยงที่…").
_CLAUSE_OPEN = re.compile(r"\s*(?:กลุ่ม\S{0,12}?|ชั้น\S{0,20}?)?\s*(?:ที่|ซึ่ง)")
# What cannot open a predicate after a percentage: a complement of the percentage or a
# preposition continuing the clause ("ร้อยละ 60 ของคะแนน", "ร้อยละ 60 ในการสอบ…").
_NO_PREDICATE = re.compile(
    r"\s*(?:ของ|ใน|จาก|ขึ้นไป|และ|หรือ|ตาม|ต่อ|เมื่อ|หลัง|ก่อน|โดย|ที่|ซึ่ง|ทุก|จำนวน|คะแนน|เป็น|กับ"
    r"|[,()%/]|$)")
# A time limit is a criterion of success for a behaviour: "ได้ภายในเวลาที่กำหนด", "ภายใน 10 นาที"
# (slides:635 "สามารถสืบค้นข้อมูลได้ตามเวลาที่กำหนด": the time is the bar).  A deadline for the
# whole year ("ภายในภาคเรียนที่ 1") is not a time limit on the behaviour.
_TIME_LIMIT = re.compile(
    r"ภายใน\s*(?:(?:ระยะ)?เวลา(?:\s*ที่\S{0,12}?กำหนด)?|กำหนด(?:เวลา)?|\d+(?:\.\d+)?\s*(?:วินาที|นาที|ชั่วโมง|วัน|สัปดาห์|คาบ))")
# A pass/fail result is its own criterion (samples/README.md, labelling guideline: a pass/fail
# status is a threshold; criteria.txt "ผ่านการประเมิน", slides:601): ผ่าน + any assessment or
# selection: "ผ่านการสอบซ่อมเสริม", "ผ่านแบบทดสอบ…", "ผ่านรอบคัดเลือก", "ผ่านการคัดเลือกรอบแรก".
# Not `ไม่ผ่าน` (it names a group), not `ผ่าน` = "through" after a learning verb ("เรียนรู้ผ่าน…").
_PASSED = re.compile(
    r"(?<!ไม่)(?<!เรียนรู้)(?<!เรียน)(?<!ฝึก)ผ่าน\s*(?:"
    # an inspection passed too: "ชิ้นงาน…ของนักเรียน…ร้อยละ 85 ผ่านการตรวจความปลอดภัย…" (challenges8 cx8-15
    # [0], clean; every other spent "ผ่านการตรวจ…" row is a non-learner's own bar)
    r"(?:การ\s*)?(?:สอบ|ทดสอบ|คัดเลือก|ประเมิน|วัดผล|วัดระดับ|ตรวจ)"
    r"|แบบ\s*(?:ทดสอบ|ประเมิน|วัด)|รอบ\s*(?:คัดเลือก|แรก|ที่\s*\d|ชิง|คัด)|ด่าน|ขั้น\s*(?:คัดเลือก|ตอน|ที่))")
# "ได้ 9 ใน 10 คู่", "12 จาก 15 ข้อ": N of M items is a bar for each learner (a score), besides the
# share of learners that reaches it (labelling guideline: `อย่างน้อย 8 ใน 10 ประโยค` is good).
_N_OF_M = re.compile(r"(?<![\d.])(\d+)\s*(?:[\u0e01-\u0e4e]{1,8}\s*)?(?:ใน|จาก)\s*(\d+)(?![\d.])")
# Not knowledge: "มีข้อมูลและทักษะในการตัดสินใจ…", "มีข้อมูลประกอบการตัดสินใจ…".  The learners may be
# named with a relative clause of their own first ("นักเรียนที่มีความต้องการจำเป็นพิเศษทุกคนมีแผน IEP ที่
# ผู้ปกครองลงนามครบถ้วน": statements10 s10021 "records about pupils", not-learner, as s9061 and s11037
# written without the clause: three writers, none the other way).
_HAS_RECORD = re.compile(
    r"(?:(?:ที่|ซึ่ง)มี\S{0,40}?)?(?:(?!มี).){0,30}?(?<!ที่)(?<!ซึ่ง)มี(ข้อมูล|แฟ้ม(?!สะสม)|ระเบียน|ประวัติ|แผนการจัดการศึกษาเฉพาะบุคคล|แผนการสอนเฉพาะบุคคล"
    r"|แผน\s*(?:IEP|IIP|ITP))"
    r"(?!\s*(?:และ\s*(?:ทักษะ|ความรู้|ความเข้าใจ)|ใน(?:การ)?ตัดสินใจ|ประกอบการ|เพื่อ(?:การ)?ตัดสินใจ))")
# The learners' own record graded against a bar is their result: "นักเรียนร้อยละ 80 มีแฟ้มวางแผน
# การศึกษาต่อและอาชีพที่ได้ระดับ 3 ขึ้นไป…" (challenges8 cx8-34 [0], clean; as statements s157 "มีแผน
# การศึกษาต่อ…ที่ผ่านการประเมิน…ในระดับดีขึ้นไป").
# … also with the bar right after the record, no ที่ ("…มีแฟ้มสะสมงานผ่านเกณฑ์การประเมิน…ระดับดีขึ้นไป":
# the record is what is graded; counts in the commit message).
_RECORD_GRADED = re.compile(r"[^\n]{0,40}?(?:ที่|ซึ่ง)?\s*(?:ได้|ผ่าน|อยู่ใน)\S{0,30}?\s*(?:ระดับ|เกณฑ์)")
# After a non-learner head: the learners' own work ("โครงงาน…ของนักเรียน", only for work heads), a
# result said to follow in the learners ("…ส่งผลให้นักเรียน…", "…ทำให้ผู้เรียน…"), or a share of
# learners the school or class has.
_LEARNERS_AFTER = re.compile(
    # the learners' own work or product: โครงงาน, ชิ้นงาน, ผลงาน, งานเขียน (the `^งาน~` head) and
    # ผลิตภัณฑ์ "ของนักเรียน" (challenges5.md: "learners' products or learner groups passing a
    # criterion" are good results, cv024 [1], cv043 [2]; statements2 t104 "ผลงานศิลปะของนักเรียน…")
    # … and the produce they grew or made: "ผลผลิตเห็ดนางฟ้าของนักเรียนไม่น้อยกว่า 60 กิโลกรัม…"
    # (challenges16 c16-020 [1], clean; the crop of a demonstration plot, nobody's, stays a thing)
    r"(?:(?:(?<=งาน)|(?<=ผลิตภัณฑ์)|(?<=ผลผลิต))[^\s]{0,24}?\s*ของ"
    # … or the learners named right after the work noun, without ของ ("ผลงานนักเรียนมีคุณภาพ…":
    # statements5 s5021, learner-centred; not "งานทะเบียนนักเรียน", the registry work, s4129)
    r"|(?:(?<=ผลงาน)|(?<=ชิ้นงาน)|(?<=โครงงาน))(?=\s*(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา))|[^\n]{0,60}?(?<!ที่)(?<!ซึ่ง)(?:ส่งผลให้|ทำให้)"
    # a school or class that "has a share of learners who…" measures the learners (challenges2 cx033
    # "โรงเรียนในเครือข่าย…มีร้อยละของนักเรียนที่อ่านระดับดีขึ้นไปเพิ่มขึ้น…" labels no not-learner)
    r"|[^\n]{0,40}?(?<!ที่)(?<!ซึ่ง)มี\s*(?:ร้อยละ|จำนวน|สัดส่วน)\s*(?:ของ)?"
    # … or "has learners who … at most N %": "โรงเรียนเครือข่ายอย่างน้อย ๗ ใน ๙ โรงเรียน มีนักเรียน
    # อ่านไม่คล่องไม่เกินร้อยละ ๑๐" (challenges3 cy039/cy041 notes: a count of schools by the share
    # of their learners at a threshold is a learner result, clean)
    # … also with the bar between them ("ทุกโรงเรียนในเครือข่ายมีนักเรียนชั้น ม.5 ผ่านเกณฑ์การสอบร่วม
    # สูงกว่าปีการศึกษา 2567 ไม่น้อยกว่าร้อยละ 10": challenges21 c21-035 [1], clean), or the learners
    # named by what they passed ("ทุกโรงเรียนในเครือข่ายมีผู้ผ่านเกณฑ์ไม่ต่ำกว่าร้อยละ 40": challenges13
    # c13-045 [1], clean).  Spent results so written, a school, class or centre that "has learners"
    # with a share: 17 rows, 12 files (challenges5 cv042 cv044, challenges7 cw043, challenges8 cx8-42
    # cx8-43, challenges9 cy043, challenges10 c10-044, challenges13 c13-022 c13-035 c13-038 c13-045,
    # challenges17 c17-039, challenges20 c20-039 c20-042, challenges21 c21-035, challenges22 c22-040,
    # challenges12 c12-032 "มีผู้ผ่าน…"), none labelled not-learner; changed: c13-045 [1], c21-035 [1].
    # … or with a count of learners ("ห้องเรียนของครู…ทั้ง ๓ คน มีนักเรียนผ่านเกณฑ์เพิ่มขึ้น…ห้องละไม่น้อยกว่า ๕ คน":
    # challenges28 c28-045 [1], clean)
    r"|[^\n]{0,60}?(?<!ที่)(?<!ซึ่ง)มี(?=\s*(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา|ผู้ผ่าน)[^\n]{0,100}?(?:ร้อยละ|[0-9๐-๙]\s*%|[0-9๐-๙]\s*คน))"
    # the produce of what the learners grow or tend ("ผลผลิตจากแปลงที่นักเรียนดูแล…เพิ่มขึ้น…": challenges21
    # c21-043 [1], clean; as c16-020 "ผลผลิตเห็ดนางฟ้าของนักเรียน…")
    r"|(?<=ผลผลิต)[^\s]{0,24}?\s*(?:ที่|ซึ่ง))\s*"
    r"(?P<who>นักเรียน|ผู้เรียน|เด็ก(?:ปฐมวัย)?|นักศึกษา|ผู้ผ่าน)")
# A thing the head phrase names, followed by ของ + learners and judged against a criterion, is the
# learners' own work: "แผนที่ชุมชนของนักเรียนทุกกลุ่มได้คะแนนตามเกณฑ์รูบริกระดับ ๓ ขึ้นไป" (challenges11
# c11-005 [1], clean), "แฟ้มเส้นทางอาชีพของนักเรียน…ผ่านเกณฑ์ rubric…" (challenges18 c18-035 [2], clean).
# Not a person or a record so heading ("ผู้ปกครองของนักเรียน…", "ข้อมูลสารสนเทศของผู้เรียน…"), nor a head
# with its own predicate ("สถานประกอบการมีความพึงพอใจต่อการฝึกงานของนักศึกษา"): lexicon/foreign_heads.txt,
# with the counts.
@lru_cache(maxsize=1)
def _owned_by_learners() -> re.Pattern[str]:
    foreign = "|".join(re.escape(p) for p in lexicon("foreign_heads"))
    return re.compile(rf"\s*(?!{foreign})(?:(?!มี|ต่อ|กับ|เป็น)[^\s]){{1,40}}?ของ\s*"
                      rf"(?P<who>นักเรียน|ผู้เรียน|เด็ก(?:ปฐมวัย)?|นักศึกษา)")


# Something done to a work, as its predicate ("…ได้รับการจัดแสดง", "…ได้รับการเผยแพร่"): not being
# assessed, certified or honoured (as _RECEIVED).
_RECEIVED_P = r"ได้รับการ(?!ประเมิน|รับรอง|ยกย่อง|เชิดชู|ประกาศ|คัดเลือก|อนุมัติ)\S{0,12}"  # _RECEIVED's
_DONE_TO_WORK = re.compile(r"[^\s]{0,30}?\s*" + _RECEIVED_P)
# A share the number reader leaves: written in words ("ร้อยละแปดสิบ", "สองในสามของห้อง") or a fraction
# of the group ("นักเรียน 3 ใน 4 ของกลุ่มเป้าหมาย"); statements5.md: "a share written in words, a
# range or a fraction is a figure" (s5034, s5161).  Not "ได้ 8 จาก 10 ข้อ" (a score, no ของ/คน).
_NUM_WORD = r"(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)"
_WORDED_SHARE = re.compile(
    # half, as an amount or a share: "…ลดลงจากภาคเรียนที่ 1 ไม่น้อยกว่าครึ่งหนึ่ง" (statements7 s7139, good)
    r"(?:ไม่น้อยกว่า|อย่างน้อย|มากกว่า|เกิน)\s*ครึ่งหนึ่ง|"
    rf"ร้อยละ\s*(?:{_NUM_WORD}?สิบ{_NUM_WORD}?|หนึ่งร้อย|ร้อย)(?!\S*\s*ของคะแนน)"
    rf"|{_NUM_WORD}\s*ใน\s*{_NUM_WORD}\s*(?:ของ|คน)"
    r"|(?<![\d.])\d+\s*(?:ใน|จาก)\s*\d+\s*(?:ของ|คน)")
# A learners' rate bounded by a percentage ("มีอัตราการมาเรียนไม่ต่ำกว่าร้อยละ 95 ของวันเรียน", "อัตราการ
# ขาดเรียนไม่เกินร้อยละ 3"): the rate is the group's figure and the bound its bar, as a mean with a
# threshold is.  Spent rows so written, all writers: 4 of 4 files (challenges11 c11-042, statements4
# s4200, statements9 s9045, statements13 s13012), none labelled no-criterion; changes s9045.
_RATE_BOUND = re.compile(r"อัตรา\S{0,40}?\s*(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|ไม่เกิน|อย่างน้อย)\s*ร้อยละ\s*[0-9๐-๙]+")
# The learners' post-test set against their own stated pre-test with a significance test ("นักเรียนมี
# คะแนนเฉลี่ยหลังเรียนสูงกว่าก่อนเรียนอย่างมีนัยสำคัญทางสถิติที่ระดับ .05"): the whole group is measured and
# the test is the bar, so no share is missing.  Spent indicators so written with no share, all writers:
# 3 rows of 3 files (statements11 s11077, statements12 s12037, statements13 s13088), none labelled
# no-target (16 Part 2 results of 12 files likewise, none labelled quantitative-no-number); with no
# baseline ("สูงขึ้นอย่างมีนัยสำคัญ", statements8 s8022…) it stays a vague change.
_TESTED_DIFFERENCE = re.compile(r"(?:สูง|มาก)กว่า\s*(?:คะแนน\S{0,6}?)?ก่อน\S{0,20}?\s*อย่าง\s*มี\s*นัยสำคัญ")
# The record of a screening or an assessment of learners whose only predicate is something done to it
# (reported, published, sent): "ผลการคัดกรองนักเรียน LD ได้รับการรายงานต่อฝ่ายวิชาการ…" is the record
# (statements5 s5032: not-learner, "a document in the passive"), as "ผลการดำเนินงาน…ได้รับการรายงาน…"
# is (s5046); with a share of learners or a result it stays the learners' ("ผลการประเมินนักเรียน
# ร้อยละ 80 อยู่ใน…").  The learners' scores recorded likewise ("คะแนนของนักเรียนได้รับการบันทึก
# ครบถ้วน", as "ผลการเรียนของนักเรียนได้รับการบันทึกในระบบ…").
_RECORD_HEAD = re.compile(r"^\s*(?:ผล\s*การ\s*(?:คัดกรอง|ประเมิน|ทดสอบ|สอบ|วัด|เรียน)|คะแนน)")
_REPORTED = re.compile(r"(?:ได้รับการ|ถูก)\s*(?:รายงาน|เผยแพร่|จัดแสดง|ส่ง|นำเสนอ|บันทึก|จัดเก็บ)")
# A nominalised activity as the statement's head (`ThaiText._activity_head`); not the learners'
# own doing (การเรียน, การอ่าน, การเขียน…) nor `การที่…` (a clause with its own subject).
_ACTIVITY_HEAD = re.compile(
    r"^\s*(?:ผลการ(?:ดำเนินงาน|ปฏิบัติงาน)|การ(?!เรียน|อ่าน|เขียน|พูด|ฟัง|คิด|มา|เข้า|ออก|ที่|บ้าน|สื่อสาร))")
# What before a learner noun makes it a subject or a possessor rather than an object.
_NOT_OBJECT_BEFORE = re.compile(
    r"(?:^|\s|ของ|ให้|ที่|ซึ่ง|และ|หรือ|โดย|จน|ว่า|เมื่อ|กับ|แก่|สำหรับ)\s*$")
# "เด็กทุกคนมีแฟ้มสะสมผลงาน… และมีผลการประเมินพัฒนาการ…ระดับ ๒ ขึ้นไป": a learner result too.
_LEARNER_RESULT_AFTER = re.compile(r"และ\s*(?:มี)?\s*(?:ผลการ(?:ประเมิน|เรียน|ทดสอบ)|คะแนน|พัฒนาการ|ทักษะ|ความสามารถ)")


# ---- provision and participation (indicator.process-not-result; moved from checks/suggest.py so
# that the reading is made once per text and cached on ThaiText)

# "ได้รับการ…" is provision whatever follows (ได้รับการเยี่ยมบ้าน, ได้รับการสอนเสริม …) unless a
# criteria phrase covers it (ได้รับการคัดเลือก is a result).
# Not provision: being assessed (the result follows: "ได้รับการประเมินผ่านเกณฑ์"), being certified or
# honoured.
_RECEIVED = re.compile(_RECEIVED_P)
# Being assessed is provision too when no level or criterion says how the assessment came out
# ("ได้รับการประเมินผลตามสภาพจริงด้วยเครื่องมือที่หลากหลาย"; item 1.5 is the teacher's work, not a
# learner result); "ได้รับการประเมินอยู่ในระดับดีขึ้นไป" is a result.
_ASSESSED = re.compile(r"ได้รับการประเมิน\S{0,12}")
# Attendance words of process_words.txt, and the bar that makes attendance a result: the
# curriculum's required time in class ("ไม่น้อยกว่าร้อยละ 80 ของเวลาเรียน", "ครบตามเกณฑ์เวลาเรียน").
# Sitting an exam is attendance too (statements2 t062, statements3 u177), and attendance counted
# in full is a result ("เข้าสอบปลายภาคครบทุกรายวิชา": the heldout2/heldout5 nfe specs label no
# finding; "ครบ" is a criterion word, criteria.txt).
# Exercise sets done in full, with no score: "ร้อยละ 80 ทำแบบฝึกทักษะการคูณครบทุกชุด" (statements7 s7188:
# process-not-result; as "ได้ทำแบบฝึก…ครบทั้ง 10 ชุด", challenges7 cw005 [1]); "ทำแบบฝึก…ได้ถูกต้อง
# อย่างน้อย 8 ข้อจาก 10 ข้อ" (statements2 t119) is a score, "…ครบทุกหน่วยและได้คะแนน…" a result too.
# … or counted in full ("นักเรียนทำแบบฝึกทักษะครบ 8 เล่ม ทุกคน": challenges20 c20-011 [1]; "…และทำใบงาน
# ครบ 20 ชุด": challenges12 c12-004 [0], both labelled process-not-result; every spent row so written
# is, 5 of 5 files: + statements7 s7188, statements9 s9105, statements10 s10068; not กิจกรรม กพช. ครบ 200
# ชั่วโมง, a graduation bar, statements s146 t178).
_EXERCISES_IN_FULL = re.compile(r"(?<!ได้)(ทำ(?:แบบฝึก|ใบงาน))(?:(?!ได้)\S){0,30}\s*ครบ\s*"
                                r"(?:(?:ทุก|ทั้ง)\S*|[0-9๐-๙]+\s*(?:เล่ม|ชุด|ใบ|หน่วย|บท))(?:\s*ทุกคน)?\s*$")
# Any activity given as an opportunity (ได้ + a verb, as ได้ฝึก/ได้ทำกิจกรรม of process_words.txt) and
# counted in full is provision: "นักเรียนทุกคนได้แต่งกาพย์ยานี 11 ลงในสมุด…ครบ 5 ชุดกิจกรรม" (challenges5
# cv025 [2]).  Every spent row of learners "ได้<verb>…ครบ <N|ทุก|ทั้ง|ตาม>" is labelled process-not-result
# (32 of 32, twelve writers); ability written after the verb ("อ่านพยัญชนะได้ครบ 44 ตัว", "ได้ถูกต้อง
# ครบ 5 องค์ประกอบ") and a relative clause ("ที่ได้ฝึก…") are not this.
_DONE_IN_FULL = re.compile(
    r"(?:^|\s|คน|[0-9๐-๙])\s*(ได้)(?!รับ|คะแนน|ระดับ|ผล|ตาม|ถูก|ครบ|ไม่|เป็น|ที่|อย่าง|ดี|รางวัล|เหรียญ|เกรด)"
    r"[ก-๛](?:(?!ได้|และ|โดย)[^\n]){0,60}?ครบ\s*(?:ทุก|ทั้ง|ตาม|[0-9๐-๙])[^\n]{0,30}$")
# Learners who only use a learning material or device, with no ได้ of ability and no manner after it,
# are counted using it, as with ได้ใช้ (process_words.txt, slides:698): "นักเรียนร้อยละ 80 ใช้แอปพลิเคชัน
# Kahoot ทบทวนบทเรียนก่อนสอบ" (statements10 s10052 "use of a tool counted"), "นักเรียนร้อยละ 100 ใช้ชุด
# กิจกรรมที่ครูพัฒนาขึ้นครบ 6 ชุด" (s10077 "use of the material counted"); the same with ได้ใช้ is
# process in five other writers' rows (statements s102 s251, statements2 t021, statements5 s5033,
# statements8 s8106, challenges14 c14-032 [0]), none the other way.  Not a skill shown with the tool
# ("ใช้แอปพลิเคชัน GeoGebra สร้างกราฟ…ได้ถูกต้อง…": s221, clean), nor a language or method used
# ("ใช้คำเชื่อม…", "ใช้ขั้นตอน SQ3R ครบทุกขั้น…": challenges11 c11-007, challenges3 cy017, clean).
_USES_MATERIAL = re.compile(
    r"(?:^|(?<=\s)|(?<=คน)|(?<=นักเรียน)|(?<=ผู้เรียน)|(?<=เด็ก)|(?<=[0-9๐-๙]))(ใช้)\s*"
    r"(?=สื่อ|แบบฝึก|ชุดฝึก|ชุดกิจกรรม|ชุดการเรียนรู้|ชุดการสอน|บทเรียน|แอปพลิเคชัน|แอป|แพลตฟอร์ม|เว็บไซต์"
    r"|ใบงาน|ใบความรู้|ใบกิจกรรม|แท็บเล็ต|คอมพิวเตอร์|โน้ตบุ๊ก|นวัตกรรม)"
    r"(?![^\n]*(?:ได้|อย่าง(?!น้อย)|ถูกต้อง|ถูกวิธี|เหมาะสม|ปลอดภัย|คล่อง))")
_USE_COUNTED = re.compile(r"ทุก\s*(?:วัน|สัปดาห์|ครั้ง|คาบ)|ครบ\s*(?:ทุก|ทั้ง)?\s*[0-9๐-๙]*\s*"
                          r"(?:ชุด|บท|หน่วย|เล่ม|เรื่อง|กิจกรรม|ครั้ง)")
_ATTENDANCE = ("เข้าเรียน", "มาเรียน", "เข้าชั้นเรียน", "เข้าสอบ")
_REQUIRED_TIME = re.compile(r"เวลาเรียน|วันเรียน")
# A ceiling on absences or lateness after the attendance word measures the attendance: "มาเรียนตรงเวลา
# โดยมาสายไม่เกิน ๓ ครั้งต่อภาคเรียน", "มาเรียนสม่ำเสมอ โดยขาดเรียนไม่เกิน 5 วัน…" (statements5 s5029,
# statements6 s6100: good; no spent row the other way).
_ABSENCE_LIMIT = re.compile(r"(?:ขาดเรียน|มาสาย|ขาด|ลา)\S{0,12}?\s*(?:ไม่เกิน|ไม่มากกว่า|น้อยกว่า)\s*[0-9๐-๙]")
@lru_cache(maxsize=1)
def _attendance_manner() -> re.Pattern[str]:
    """Regular or on-time attendance right after the attendance word: lexicon/attendance_bars.txt."""
    return re.compile(r"\s*(?:" + "|".join(re.escape(p) for p in lexicon("attendance_bars")) + ")")


_IN_FULL_AFTER = re.compile(r"[^\n]{0,40}?ครบ\s*(?:ทุก|ตาม|ทั้ง)")
# Not the predicate: a relative clause, a complement, or readiness for it ("มีความพร้อมเข้าเรียน
# ชั้น ป.1": statements3 u164 labels no process finding).  Not a noun that merely ends in การ
# ("นักเรียนที่มีภาวะทุพโภชนาการได้รับนมและอาหารเสริม…": statements9 s9012, process).
_NOT_PREDICATE = re.compile(r"(?:ที่|ซึ่ง|(?<!โภชนา)การ|ใน|จาก|ต่อ|หลัง|ก่อน|ของ|พร้อม)\s*$")  # ก่อน as หลัง: "สูงกว่าก่อนเข้าค่าย"
_RESULT_JOIN = re.compile(r"^(?:และ|แล้ว|จน|ส่งผลให้|ทำให้)\s*")
_RESULT_AFTER = re.compile(r"(?:และ|แล้ว|จน|ส่งผลให้|ทำให้)\s*(?:มี|สามารถ|เกิด|ผ่าน|ได้คะแนน|อยู่ใน|พ้น|หาย|กลับ)")
# Provision and a learner result with a bar in clauses of their own, either order (round 13): the
# result clause may name its learners and share again ("เข้าร่วมกิจกรรมโครงงาน… และร้อยละ 70 มีผลงาน…
# ระดับดีขึ้นไป": statements11 s11093) or be an award ("เข้าร่วมการแข่งขัน…และได้รับรางวัลเหรียญทอง อย่างน้อย
# ๒ รายการ": statements12 s12025); or come first (_CLAUSE_JOIN after the criterion: statements12 s12104,
# challenges12 c12-043 [1], challenges15 c15-043 [1]).  Spent indicators and results so joined with a
# bar in the result clause: these 5 rows of 4 files, none labelled process-not-result; the one joined
# to the learners' satisfaction (statements2 t013) is labelled process-not-result and stays so.
_COMPOUND_RESULT = re.compile(r"(?:และ|ส่วน)\s*(?:(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)\S{0,20}?\s*)?"
                              r"(?:ร้อยละ\s*[0-9๐-๙]+\s*)?(?:มี|สามารถ|ผ่าน|ได้คะแนน|อยู่ใน|ได้รับรางวัล)")
_CLAUSE_JOIN = re.compile(r"(?:^|\s)(?:และ|ส่วน)")
_SATISFACTION_WORD = re.compile(r"ความพึงพอใจ")
# A predicate after the group phrase: "ร้อยละของนักเรียนที่เข้าร่วม… มีทักษะ…".
_LATER_PREDICATE = re.compile(
    r"(?:^|\s)(?:มี|สามารถ|อยู่ใน|ได้คะแนน|ผ่านเกณฑ์|ผ่านการ(?:ประเมิน|ทดสอบ|สอบ|คัดเลือก))|[ก-ฮ]ได้(?:\s|$)")
# A provision phrase with a ceiling right after it is a limit, not what is counted: "ปฏิบัติ…ได้ครบ 5
# ขั้นตอน โดยได้รับการช่วยเหลือไม่เกิน 1 ครั้ง" (heldout6 special-intellectual spec: "ได้รับ as a
# limit", good), "…โดยได้รับการกระตุ้นไม่เกิน 2 ครั้ง".
_LIMIT_AFTER = re.compile(r"\S{0,20}?\s*(?:ไม่เกิน|ไม่มากกว่า|(?<!ไม่)น้อยกว่า|ไม่ถึง)")
_OR_ELSE = re.compile(r"หรือ\s*$")
# Provision nobody needs ("ใช้ช้อนตักอาหาร…ได้เอง โดยไม่มีเด็กคนใดต้องได้รับการช่วยเหลือทางกาย": challenges26
# c26-029 [0], clean; "ไม่มีเด็กคนใดต้องได้รับการเตือน…": c14-023 [1], clean) is the learners' independence,
# not provision counted: the 2 spent rows so written, both clean.
_NEEDED_NONE = re.compile(r"ไม่\s*(?:มี\S{0,16}?)?\s*ต้อง\s*$")
# Parents and staff counted by what they take part in too: "จำนวนผู้ปกครองที่ร่วมกิจกรรมโฮมรูมออนไลน์"
# (statements4 s4086: no-target, process-not-result and not-learner).
# With its figure too: "ร้อยละ ๘๐ ของนักเรียนที่เข้าร่วมกิจกรรมชุมนุม…" and nothing after counts the
# participants (statements5 s5058, as statements s104 "ร้อยละของนักเรียนที่ได้เรียนรู้ผ่าน…").
_BARE_SHARE_HEAD = re.compile(r"\s*(?:ร้อยละ|จำนวน)\s*(?:[0-9๐-๙][0-9๐-๙.,]*\s*)?(?:ของ)?\s*(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา|ผู้ปกครอง|ครู|บุคลากร)")
# "นักเรียนที่ได้รับการสอนซ่อมเสริมวิชาคณิตศาสตร์ ร้อยละ ๑๐๐": the group named by its provision and
# then only its share, nothing after (statements4 s4178: process-not-result).
# Or the number of scholarships: "จำนวนนักเรียนยากจนที่ได้รับทุนการศึกษา…ไม่น้อยกว่า 10 ทุน" (statements7
# s7141, statements5 s5159: process-not-result, "need-based scholarships received").
_HEAD_COUNT_ONLY_AFTER = re.compile(r"[^\n]{0,40}?[0-9๐-๙][0-9๐-๙,]*\s*(?:คน|ราย|ทุน)\s*(?:ขึ้นไป)?\s*$")
_LEARNER_HEAD = re.compile(r"\s*(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)\S{0,30}?(?:ที่|ซึ่ง)\s*$")
_SHARE_ONLY_AFTER = re.compile(r"[^\n]{0,40}?(?:ร้อยละ\s*[0-9๐-๙][0-9๐-๙.,]*|[0-9๐-๙][0-9๐-๙.,]*\s*%|ทุกคน"
                               r"|[0-9๐-๙][0-9๐-๙,]*\s*ทุน)"
                               r"\s*(?:ขึ้นไป|ขึ้น ไป)?\s*$")

# ---- English (samples/README.md, round 14: English text is judged by the same rules as Thai).
# The words are lexicon/english_frames.txt's and the English sections of the lexicons the Thai
# readings use; the readings below mirror the Thai ones named beside each.

@lru_cache(maxsize=1)
def _english() -> dict[str, re.Pattern[str]]:
    i = re.IGNORECASE
    return {
        # "or higher", "higher than", "more than", "no fewer than": a comparator, not a change
        "comparator": re.compile(rf"(?<![A-Za-z])(?:{english_pattern('or-above')}|{english_pattern('or-below')}"
                                 rf"|{english_pattern('above')}|{english_pattern('at-most')}|{english_pattern('at-least')})"
                                 r"(?![A-Za-z])", i),
        # _BASELINE / _ABOVE_BASELINE: "than the pre-test", "compared with last year"
        "baseline": re.compile(rf"(?<![A-Za-z]){english_pattern('baseline', 'evaluation-baseline')}(?![A-Za-z])", i),
        # _N_OF_M: "8 out of 10 questions", "3 or higher out of 4"
        "n_of_m": re.compile(rf"(?<![\d.])(\d+)\s*(?:{english_pattern('or-above')}\s*)?{english_pattern('out-of')}"
                             r"\s*(\d+)(?![\d.])", i),
        # _NOT_PREDICATE / _RELATIVE: "students who take part in …"
        "relative": re.compile(rf"(?<![A-Za-z]){english_pattern('relative')}\s+$", i),
        # _RESULT_AFTER: "… join the camp and score 70% or higher"
        "result_after": re.compile(rf"(?<![A-Za-z]){english_pattern('result-after')}(?![A-Za-z])", i),
        # _ATTENDANCE / _REQUIRED_TIME: attending class measured against the required time
        "attendance": re.compile(rf"^{english_pattern('attendance')}$", i),
        "attendance_manner": re.compile(rf"(?:\s+[A-Za-z'’-]+){{0,3}}?\s+{english_pattern('attendance-manner')}(?![A-Za-z])", i),
        # the schools' learners' results (_SCORE_MEAN_OPENS with ORG_NOUNS): "The school's O-NET average…"
        "school_results": re.compile(rf"(?<![A-Za-z]){english_pattern('mean', 'school-results', 'score')}(?![A-Za-z])", i),
        # _LATER_PREDICATE: "students who join the club have …"
        "later_predicate": re.compile(rf"(?<![A-Za-z]){english_pattern('later-predicate', 'score')}(?![A-Za-z])", i),
        # _NAMED_LEVEL: "at a good level", "'good' level or higher", "very good or above", "level of 'good'"
        "named_level": re.compile(
            rf"(?<![A-Za-z])(?:at\s+(?:a|the)\s+[\"'“‘]?{english_pattern('named-level')}[\"'”’]?\s+level"
            rf"|[\"'“‘]?{english_pattern('named-level')}[\"'”’]?\s*(?:level\s*)?{english_pattern('or-above')}"
            rf"|level\s+(?:of\s+)?[\"'“‘]{english_pattern('named-level')}[\"'”’]"
            # a framework's level, as ระดับ A2 ขึ้นไป / CEFR A2 / HSK 3: "reach A2 or above", "CEFR B1",
            # "HSK level 3" (challenges27 c27-035, clean)
            r"|(?:CEFR|JLPT)\s+(?:level\s+)?(?-i:[A-C][12]|N[1-5])|(?:HSK|TOPIK)\s*(?:level\s*)?[1-6]"
            rf"|(?:level\s+)?(?-i:[A-C][12]|N[1-5])\s*{english_pattern('or-above')})(?![A-Za-z])", i),
        "required_time": re.compile(rf"(?<![A-Za-z]){english_pattern('required-time')}(?![A-Za-z])", i),
    }


_ASCII_WORD = re.compile(r"[A-Za-z]{2}")


# ---- the target (indicator.no-target)

# "จำนวนสื่อ…อยู่ในระดับดีขึ้นไป": a count asked for and not given, whatever the bar.
_COUNT_WORD = re.compile(r"\s*(?:จำนวน|ปริมาณ|ร้อยละ)")
# The organisations a teacher's work is counted in or reaches, as their own noun: schools (slides:78
# "โรงเรียน…"), educational institutions (pa-guide-ks1-ks3.txt:32 "สถานศึกษา"), colleges (vocational
# writers: challenges2 cx036 "วิทยาลัยเครือข่าย 6 แห่ง", statements4 s4290) and centres (slides:80
# "ศูนย์การศึกษาพิเศษ"; ศูนย์พัฒนาเด็กเล็ก, challenges ch059).  The one definition: the organisation
# patterns of models/checks/challenge.py and models/classifiers/practice_level.py are built on it.
# (No noun is a prefix of another, so the alternation's order does not matter.)
ORG_NOUNS: tuple[str, ...] = ("โรงเรียน", "วิทยาลัย", "สถานศึกษา", "ศูนย์")
ORG_NOUN = "(?:" + "|".join(ORG_NOUNS) + ")"  # a regex fragment
# Where, not who: the schools named in an opening place phrase, the learners after it the subject
# ("In each network school, at least 40% of the students … reach A2 or above", "ในแต่ละโรงเรียนเครือข่าย
# นักเรียนร้อยละ 40 ขึ้นไป…": challenges27 c27-035, c27-041, clean; the learners counted school by school).
_PLACE_OPENING = re.compile(
    rf"^\s*(?:ใน\s*(?:แต่ละ|ทุก)?\s*{ORG_NOUN}[^\s,]{{0,30}}(?:\s+\S{{1,20}}?)??\s*[,\s]"
    r"|(?:in|at|across)\s+(?:each|every|all|the|our)?\s*(?:[a-z-]+\s+){0,3}?"
    r"(?:schools?|colleges?|centres?|centers?)\s*,)", re.IGNORECASE)
# The schools' learners' results counted school by school: a zero count of schools whose learners
# fall short ("ไม่มีวิทยาลัยใดในเครือข่ายที่มีอัตราการผ่านต่ำกว่าร้อยละ ๕๕", "ไม่มีโรงเรียนใดในเครือข่ายที่มี
# นักเรียนอยู่ในระดับ 1 เกินร้อยละ 20") or a test's results of the schools ("ผลการทดสอบระดับชาติ…ของ
# โรงเรียนในเครือข่าย…"), as a mean of their scores is (_SCORE_MEAN_OPENS); not schools that fail to
# report ("ไม่มีโรงเรียนใดที่ไม่ส่งรายงาน…": the schools' own work).  Spent results so written:
# 4 of 3 writers (challenges11 c11-042 [1], c11-044 [2], challenges12 c12-044 [1], challenges8 cx8-45
# [2]), none labelled not-learner; no spent statement opens so.  The schools named with their network
# ("ไม่มีโรงเรียนเครือข่ายใดที่มีสัดส่วนนักเรียน…ต่ำกว่า…": challenges21 c21-045 [1], clean) are the same
# (5 of 4 writers now, none labelled not-learner).
_ORG_RESULT_OPENS = re.compile(
    rf"\s*(?:ไม่มี\s*{ORG_NOUN}(?:\S{{0,4}}|(?:ใน)?เครือข่าย)ใด[^\n]{{0,20}}?ที่\s*(?:มี)?\s*(?:นักเรียน|ผู้เรียน|นักศึกษา|เด็ก|อัตรา|สัดส่วน|ผล|คะแนน|ค่าเฉลี่ย)|ผล(?:การ)?(?:ทดสอบ|สอบ|ประเมิน)[^\n]{{0,40}}?ของ\s*{ORG_NOUN})")
# A unit whose measure is its learners' figure: a class, school or network heading the statement
# (or counted in a zero count, "ไม่มี…") that "has" a score, a mean, a rate or a result
# ("ห้อง ม.2 ทุกห้องมีค่าเฉลี่ยคะแนน…", "ไม่มีโรงเรียนในเครือข่ายที่มีอัตราการออกกลางคัน…"): the learners',
# implicitly, as _ORG_RESULT_OPENS and the classes of _LEARNERS_AFTER "มีนักเรียน…ร้อยละ"; not what the
# unit "has" of its own (ข้อมูล, บรรยากาศ, ครู…).  Counts in the commit message.
_UNIT = rf"(?:ห้องเรียน|ห้อง|ชั้นเรียน|{ORG_NOUN}|(?:ภาคี)?เครือข่าย)"
_UNIT_LEARNER_MEASURE = re.compile(
    rf"\s*(?:ไม่มี|ทุก)?\s*{_UNIT}[^\n]{{0,40}}?(?:ที่|ซึ่ง)?\s*มี\s*(?:ค่าเฉลี่ย|คะแนน|อัตรา\s*(?:การ)?"
    rf"(?:ออกกลางคัน|ขาดเรียน|มาเรียน|เข้าเรียน|ผ่าน|จบ|สำเร็จ|เรียนต่อ|ศึกษาต่อ|ตกซ้ำชั้น|อ่าน|ลาออก|มาสาย)"
    rf"|ผลสัมฤทธิ์|ผล(?:การ)?(?:ทดสอบ|สอบ|ประเมิน))")
# Organisations counted by their own noun: "โรงเรียนในเครือข่าย 6 โรงเรียน", "วิทยาลัย 3 วิทยาลัย".
_ORG_COUNT = re.compile(rf"(?<![\d.])\d+\s*(?:{ORG_NOUN}|หน่วยงาน|เครือข่าย)")
# A statement that opens with a mean ("คะแนนเฉลี่ย…", "ค่าเฉลี่ย…").
_MEAN_OPENS = re.compile(r"\s*(?:คะแนน|ค่า|ผลสัมฤทธิ์\S{0,20}?)?เฉลี่ย")
# Provision counted in full: "ได้ทดลองครบทุกการทดลอง…".
# Or in a stated number: "ได้ฝึกปฏิบัติการทดลองครบ ๑๐ การทดลองตามที่กำหนด" (statements4 s4074:
# process-not-result only, "the threshold is on practice offered").
_ALL_DONE = re.compile(r"ครบ\s*(?:ทุก|ทั้ง|[0-9๐-๙])")
# Every one of a non-learner's things: "ใช้เทคนิค 5E ครบทุกแผน…", "ทุกครั้งที่เข้ารับการอบรม".
# Or every period of teaching: "ครูใช้สื่อเทคโนโลยีในการจัดการเรียนรู้ทุกชั่วโมง" (statements6 s6128:
# not-learner only; statements3 u142 "ครบทุกสัปดาห์" likewise; no non-learner row with ทุกวัน/ทุกคาบ/
# ทุกชั่วโมง/ทุกสัปดาห์ is labelled no-target in any spent set).
_EVERY = re.compile(r"ครบ\s*(?:ทุก|ทั้ง)|ทุก\s*(?:แผน|ครั้ง|หน่วย|ห้อง|รายวิชา|รายการ|เรื่อง|ชิ้น|ชุด|ภาคเรียน"
                    r"|ชั่วโมง|คาบ|วัน|สัปดาห์|เดือน)")
# Criteria words that only name a quality: a learner's behaviour done correctly is a bar
# ("เขียนชื่อได้ถูกต้อง"), a thing that is correct is no target (ThaiText._own_bar).
_QUALITY_ONLY = frozenset({"ถูกต้อง", "ได้ถูกต้อง", "ได้ถูกวิธี", "ได้ถูกทิศทาง", "ได้ถูกตำแหน่ง", "ครบถ้วน"})
# A non-learner's bar that is only one named level or an honour, with nothing counted and no
# "… ขึ้นไป": "ครูมีทักษะ…ระดับดีมาก", "โรงเรียนได้รับการประเมิน…ในระดับดีเยี่ยม", "ชิ้นงานของครูได้รับ
# รางวัลระดับเหรียญทอง", "ครูได้รับเกียรติบัตร…", "ครูผ่านการทดสอบ…CEFR ระดับ B1".  Every spent row of that
# shape is labelled no-target (no figure at all): statements2 t186 t213 t219 t225, statements5 s5051
# s5100 s5208, statements6 s6006 s6138 s6184 (10 rows, none the other way); a range of levels
# ("ระดับ B1 ขึ้นไป", "ระดับดีขึ้นไป": statements s238, statements3 u138, statements4 s4080), a count in
# full ("ครบทุกแผน", t066 u161) or an approval (s119 / s6149 split 1:1) stays the non-learner's own bar.
_HONOURS = ("ได้รับรางวัล", "ได้รับเกียรติบัตร")
_PASSED_WORDS = ("ผ่านการประเมิน", "ผ่านการทดสอบ")
_AND_ABOVE = re.compile(r"ขึ้น\s*ไป")
# A share written with no figure: "ร้อยละของนักเรียน…", "ร้อยละ .....", a closing "ร้อยละ".
_BLANK_FIGURE = re.compile(r"ร้อยละ\s*(?:…|\.{2,})")
_BARE_SHARE = re.compile(r"ร้อยละ\s*(?:ของ|ที่)|ร้อยละ\s*(?:…|\.{2,})|ร้อยละ\s*$")


@dataclass(frozen=True)
class Target:
    """What an indicator states as its target (`ThaiText.target`).

    kind: "share" (a share, count, mean, level, `ทุกคน` or zero count of learners: `quantity`);
    "own-bar" (one non-learner measured against its own bar: the teacher's score "ผ่านเกณฑ์ร้อยละ
    80 ขึ้นไป", a document approved, "ครบทุกแผน"); "in-full" (provision counted in full, "ได้ทดลอง
    ครบทุกการทดลอง"); "none" (no number); "blank" (a share written with no figure, `ร้อยละของ
    นักเรียน…`, `ร้อยละ .....`); "tested" (the learners' post-test set against their own pre-test
    with a significance test, "สูงกว่าก่อนเรียนอย่างมีนัยสำคัญทางสถิติ": `_TESTED_DIFFERENCE`)."""

    kind: Literal["share", "own-bar", "in-full", "none", "blank", "tested"]
    quantity: Quantity | None = None
    evidence: str | None = None  # the blank share's words

    @property
    def missing(self) -> bool:
        return self.kind in ("none", "blank")


@dataclass(frozen=True)
class ThaiText:
    """The analysis of one string.  Segmentation and quantities are computed on first use and
    kept; a lexicon lookup that cannot match (no phrase occurs at all) never segments."""

    raw: str
    normal: str

    @cached_property
    def words(self) -> tuple[str, ...]:
        return words(self.normal)

    @cached_property
    def _bounds(self) -> frozenset[int]:
        return frozenset(b for s in spans(self.words) for b in s)

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        """The quantities of `numbers.quantities`, plus what only the tokens show: a zero count of
        learners (`ไม่มีนักเรียน…`, kind "none") and a percentage after the subject phrase read as
        the share rather than a threshold (`_share_after_subject`)."""
        found = list(quantities(self.normal))
        zero = self._zero_counts(found)
        if zero:
            found = sorted(found + zero, key=lambda q: q.span)
        return tuple(self._share_after_subject(found))

    def _zero_counts(self, found: list[Quantity]) -> list[Quantity]:
        """`ไม่มี` + a learner subject or a `ผู้…` person noun states a target of 0 learners with
        the problem (100 % without it): "ไม่มีนักเรียนได้รับบาดเจ็บ…", "ไม่มีผู้ออกกลางคัน",
        "ไม่มีนักเรียนตกซ้ำชั้น"; opening the statement, `ไม่มี` + an event noun states 0 events
        ("ไม่มีอุบัติเหตุ…", "ไม่มีการทะเลาะวิวาท…").  Not inside a relative clause ("นักเรียนที่ไม่มีผู้ปกครอง…"
        describes a group) and only on token boundaries."""
        if "ไม่" not in self.normal or "มี" not in self.normal:
            return []
        out: list[Quantity] = []
        bounds = self._bounds
        learners = {m.span[0]: m.span[1] for m in self.find_lexicon("learner_subjects")}
        for m in _NONE_OF.finditer(self.normal):
            start, end = m.span()
            if start not in bounds or _RELATIVE.search(self.normal[max(0, start - 5):start]):
                continue
            stop = learners.get(end)
            if stop is None and self.normal.startswith("ผู้", end) and end in bounds:
                stop = min((b for b in bounds if b > end + 2), default=end + 3)
            if stop is None and not self.normal[:start].strip() and end in bounds:
                event = _EVENT_NOUN.match(self.normal, end)
                if event:  # "ไม่มีอุบัติเหตุ…", "ไม่มีกรณี…", "ไม่มีการทะเลาะวิวาท": zero events
                    stop = min((b for b in bounds if b >= event.end()), default=event.end())
            if stop is None or any(start < q.span[1] and q.span[0] < stop for q in found):
                continue
            out.append(Quantity(value=0.0, kind="none", span=(start, stop),
                                text=self.normal[start:stop], unit="คน", comparator="="))
        return out

    def _share_after_subject(self, found: list[Quantity]) -> list[Quantity]:
        """`นักเรียนที่มีผลการเรียนต่ำกว่าเกณฑ์ร้อยละ 90 สอบแก้ตัวผ่าน…` reads two ways: the
        criterion's threshold (90 %) or the share of that group (90 % of them).  When no share
        is stated anywhere else, the statement opens with a learner subject and a relative clause
        (`นักเรียนที่…`), the percentage closes that clause and a new predicate follows it
        (`สอบแก้ตัวผ่าน…`, not `ของ…`, `ใน…`, nothing), Thai word order `<group> ร้อยละ N <verb>`
        makes it the group's share: a committee reads the target there, and reading it as a
        threshold would report a missing target that the teacher did write."""
        if any(q.kind in SHARE_KINDS and not q.threshold and not q.change for q in found):
            return found
        pct = next((i for i, q in enumerate(found) if q.kind == "percent" and q.threshold), None)
        if pct is None or _BARE_SHARE_OF.search(self.normal):
            return found
        q = found[pct]
        heads = [m for m in self.find_lexicon("learner_subjects")
                 if not self.normal[:m.span[0]].strip()]
        if not heads:
            return found
        clause = _CLAUSE_OPEN.match(self.normal, heads[0].span[1])
        rest = self.normal[q.span[1]:]
        if clause is None or clause.end() > q.span[0] or not rest.strip() \
                or _NO_PREDICATE.match(rest) or q.span[1] not in self._bounds | {len(self.normal)}:
            return found
        found = list(found)
        found[pct] = replace(q, threshold=False)
        return found

    # ---- matching on token boundaries

    def find(self, phrases: Iterable[str]) -> tuple[Match, ...]:
        """Every occurrence of any phrase that starts and ends on a token boundary, left to right;
        where two overlap, the longer wins."""
        if type(phrases) is tuple:  # a long-lived tuple (the item cues): skip hashing all of it
            entry = _SETS_BY_ID.get(id(phrases))
            if entry is not None and entry[0] is phrases:
                return self._find(entry[1])
            if len(_SETS_BY_ID) > 1024:
                _SETS_BY_ID.clear()
            entry = _SETS_BY_ID[id(phrases)] = (phrases, _phrase_set(phrases))
            return self._find(entry[1])
        return self._find(_phrase_set(tuple(phrases)))

    @cached_property
    def folded(self) -> str:
        """`normal` with ASCII letters in lower case (same length, Thai untouched): English words
        match the lexicons' lower-case English phrases however the teacher capitalised them
        ("Students", "STUDENTS", "students")."""
        return self.normal.translate(_ASCII_LOWER) if _ASCII_UPPER.search(self.normal) else self.normal

    def _find(self, phrase_set: _PhraseSet, folded: bool = False) -> tuple[Match, ...]:
        """`folded`: match on `ThaiText.folded` (a lexicon's phrases are folded likewise)."""
        if phrase_set.automaton is None:
            return ()
        text = self.folded if folded else self.normal
        entries = phrase_set.entries
        # Every occurrence of every phrase in one pass (Aho-Corasick), then taken in the set's
        # order (longest first) and left to right, as a scan phrase by phrase would take them.
        occurrences = [(i, end + 1 - len(entries[i][0]))
                       for end, indices in phrase_set.automaton.iter(text) for i in indices]
        if not occurrences:
            return ()
        occurrences.sort()
        hits: list[Match] = []
        bounds = self._bounds
        for i, start in occurrences:
            p, loose_start, loose_end, head = entries[i]
            end = start + len(p)
            if head and not _HEAD_LEAD.match(text[:start]):
                continue
            if (loose_start or start in bounds) and (loose_end or end in bounds) and not any(
                    start < h.span[1] and h.span[0] < end for h in hits):
                hits.append(Match(self.normal[start:end], (start, end)))
        return tuple(sorted(hits, key=lambda m: m.span))

    def find_lexicon(self, name: str) -> tuple[Match, ...]:
        return self._find(_lexicon_set(name), folded=True)

    def has(self, lexicon_name: str) -> bool:
        return bool(self.find_lexicon(lexicon_name))

    # ---- what the text says

    @cached_property
    def targets(self) -> tuple[Quantity, ...]:
        """Quantities that can be a target (shares, counts, means, levels, 'all'); thresholds of
        a criterion and amounts of change excluded."""
        return tuple(q for q in self.quantities if q.is_target and not q.threshold and not q.change)

    @cached_property
    def percentages(self) -> tuple[Quantity, ...]:
        return tuple(q for q in self.quantities if q.kind == "percent")

    @cached_property
    def criterion(self) -> Criterion | None:
        """The first level or criterion of success, if any."""
        found: list[Criterion] = []
        for m in self.find_lexicon("criteria"):
            if _MORE_AFTER.match(self.normal, m.span[1]):
                continue  # "ได้ถูกต้องมากขึ้น": more correct is a change
            if m.text.startswith("ผ่าน") and _TEACHER_CLAUSE_BEFORE.search(self.normal, 0, m.span[0]):
                continue  # "…ดีขึ้นหลังครูผ่านการอบรม": the teacher's pass, not the learners' bar
            if _NOMINAL_BEFORE.search(self.normal, 0, m.span[0]) and not _BAR_WORD.search(m.text):
                continue  # "ทักษะการวางแผนการเรียนต่อ": a topic named, not a result reached
            if m.text in _QUALITY_ONLY and _MANNER_BEFORE.search(self.normal, 0, m.span[0]) \
                    and not _BAR_AFTER_MANNER.match(self.normal, m.span[1]):
                continue  # "ได้อย่างถูกต้องและเหมาะสม": a manner, not a bar
            by_reference = "เกณฑ์" in m.text or "กำหนด" in m.text
            found.append(Criterion(m.text, m.span, "reference" if by_reference else "level"))
        for m in _NAMED_LEVEL.finditer(self.normal):
            if _MORE_AFTER.match(self.normal, m.end()):
                # "อยู่ในระดับดีขึ้น": a better level, a change, as the lexicon's are read above
                # (statements9 s9100, statements12 s12007, statements13 s13022: no-criterion, the 3
                # spent rows with a share so written, three writers)
                continue
            found.append(Criterion(m.group(0), m.span(), "level"))
        for q in self.quantities:
            if q.kind == "level":
                found.append(Criterion(q.text, q.span, "level"))
            elif q.threshold:
                found.append(Criterion(q.text, q.span, "threshold"))
        for c in self.comparatives:
            if c.baseline and "สูงกว่า" in self.normal[max(0, c.span[0] - 8):c.span[1] + 2]:
                found.append(Criterion(c.baseline, c.span, "baseline"))
        m = _ABOVE_BASELINE.search(self.normal)
        if m:
            found.append(Criterion(m.group(0), m.span(), "baseline"))
        for m in _REFERENCE.finditer(self.normal):
            found.append(Criterion(m.group(0), m.span(), "reference"))
        for m in _RATE_BOUND.finditer(self.normal):
            found.append(Criterion(m.group(0), m.span(), "threshold"))
        for q in self.quantities:
            if q.kind == "none":  # a zero count is its own bar: nobody has the problem
                found.append(Criterion(q.text, q.span, "result"))
        for m in _TIME_LIMIT.finditer(to_arabic_digits(self.normal)):
            found.append(Criterion(self.normal[m.start():m.end()], m.span(), "threshold"))
        share = next((q for q in self.quantities if q.kind in SHARE_KINDS
                      and not q.threshold and not q.change), None)
        if share is not None:
            m = _NEGATED.match(self.normal, share.span[1])
            if m:
                found.append(Criterion(m.group(0).strip(), m.span(), "result"))
        for m in _WITHOUT.finditer(self.normal):
            found.append(Criterion(m.group(0), m.span(), "result"))
        for m in _PASSED.finditer(self.normal):
            found.append(Criterion(m.group(0), m.span(), "result"))
        if _ASCII_WORD.search(self.normal):
            for m in _english()["named_level"].finditer(self.normal):
                found.append(Criterion(m.group(0), m.span(), "level"))
            m = _english()["baseline"].search(self.normal)
            if m and re.match(r"than|compared", m.group(0), re.IGNORECASE):
                # "higher than the pre-test", "compared with last year": the baseline is the bar
                found.append(Criterion(m.group(0), m.span(), "baseline"))
        if share is not None:  # N of M is a bar only beside the share, not as the share itself
            n_of_m = list(_N_OF_M.finditer(to_arabic_digits(self.normal)))
            if _ASCII_WORD.search(self.normal):
                n_of_m += list(_english()["n_of_m"].finditer(self.normal))
            for m in n_of_m:
                n, of = float(m.group(1)), float(m.group(2))
                apart = share.span[1] <= m.start() or m.end() <= share.span[0]
                if 0 < n <= of and apart:
                    found.append(Criterion(self.normal[m.start():m.end()], m.span(), "threshold"))
        return min(found, key=lambda c: c.span) if found else None

    @cached_property
    def comparatives(self) -> tuple[Comparative, ...]:
        out = []
        base = _BASELINE.search(to_arabic_digits(self.normal))
        english = _ASCII_WORD.search(self.normal) is not None
        if base is None and english:
            base = _english()["baseline"].search(self.normal)
        comparators = [c.span() for c in _english()["comparator"].finditer(self.normal)] if english else []
        for m in self.find_lexicon("vague_change"):
            if m.text.isascii() and (any(a <= m.span[0] < b for a, b in comparators) or any(
                    q.span[0] <= m.span[0] < q.span[1] for q in self.quantities)):
                continue  # "3 or higher", "more than 2 hours": a comparator, not a change
            if m.text in _MADE and _RELATIVE_BEFORE.search(self.normal[max(0, m.span[0] - 14):m.span[0]]) \
                    and not _MANNER_AFTER_MADE.match(self.normal, m.span[1]):
                continue  # "สื่อที่ครูพัฒนาขึ้น": made, not improved
            if _HIGHER_LEVEL.search(self.normal, 0, m.span[0]):
                continue  # "ศึกษาต่อในระดับที่สูงขึ้น": a level of education, not a change
            # English puts the object between ("improve their reading scores by at least 10%")
            reach = 60 if m.text.isascii() else 30
            amount = next((q for q in self.quantities
                           if q.change and m.span[0] <= q.span[0] <= m.span[1] + reach), None)
            if amount is None:
                amount = next((q for q in self.quantities
                               if q.kind not in ("all", "none") and 0 <= q.span[0] - m.span[1] <= 20), None)
            if amount is None:  # "เพิ่มขึ้นจากคะแนนกลางภาคไม่น้อยกว่า 6 คะแนน" (_FROM_THEN_AMOUNT)
                since = _FROM_THEN_AMOUNT.match(self.normal, m.span[1])
                if since:
                    amount = next((q for q in self.quantities if q.comparator in (">=", ">")
                                   and 0 <= q.span[0] - since.end() <= 12), None)
            until = _UNTIL.match(self.normal, m.span[1])
            inside = any(c.start() <= m.span[0] and m.span[1] <= c.end()
                         for c in _NAMED_LEVEL.finditer(self.normal))
            out.append(Comparative(m.text, m.span, base.group(0) if base else None, amount,
                                   until.group(0).strip() if until else None, inside))
        return tuple(out)

    @cached_property
    def subject(self) -> Subject:
        """Who or what the statement is about (`other` also when nobody is named: see
        `subject_evidence`)."""
        return self._subject[0]

    @cached_property
    def subject_evidence(self) -> str | None:
        """The phrase that named the subject; None when the statement names none (an indicator
        such as `ผลสัมฤทธิ์ทางการเรียนสูงขึ้น` is implicitly about learners)."""
        return self._subject[1]

    @cached_property
    def _subject(self) -> tuple[Subject, str | None]:
        """The first subject named wins (learners first on a tie).  A counting head
        (`จำนวนครั้ง…`, `ปริมาณสารเคมีที่นักเรียนใช้…`) is about what it counts: learners named
        only in a relative clause after it (`ที่นักเรียน…`) do not make it about learners."""
        head = _COUNT_HEAD.match(self.normal)
        if head and _LEARNER_ITEMS.search(self.normal) and not self.find(_PEOPLE_NAMED):
            return "other", None  # "จำนวนคำที่อ่านผิด…ลดลง…": the learners' errors, implicitly
        if _learner_work_head().match(self.normal) and not self.find(_PEOPLE_NAMED) \
                and not self.find_lexicon("learner_subjects"):
            return "other", None  # the learners' own works, implicitly (_learner_work_head)
        if _defective_work().match(self.normal) and not self.find(_PEOPLE_NAMED) \
                and not self.find_lexicon("learner_subjects"):
            return "other", None  # the learners' defective works, implicitly (_defective_work)
        owned = _owned_work().match(self.normal)
        if owned and not self.find(_PEOPLE_NAMED) and "ได้รับ" not in self.normal[owned.end():]:
            # not what is done to the works ("ผลงานของนักเรียนได้รับการเผยแพร่/จัดแสดง…": the teacher's
            # doing, statements5 s5068, s7165, s9048 outcome-teacher-centred)
            return "other", None  # the learners' works, their makers named (_owned_work)
        if owned and not self.find(_PEOPLE_NAMED):
            done = _DONE_TO_WORK.match(self.normal, owned.end())
            if done and not _RESULT_AFTER.search(self.normal, done.end()) and self.criterion is None:
                # … and only something done to them, whatever the tokens make of the work's name
                # ("ผลงานศิลปะของนักเรียนได้รับการเผยแพร่…": statements18 s18058, the tokens "ผล|งานศิลปะ"
                # hid the document subject ผลงาน; as s5068 s7165 s9048, four writers)
                return "documents", owned.group("work")
        place = _PLACE_OPENING.match(self.normal)
        place_end = place.end() if place and any(
            h.span[0] >= place.end() for h in self.find_lexicon("learner_subjects")) else 0
        firsts: list[tuple[int, int, Subject, str]] = []
        for rank, (name, subj) in enumerate((("learner_subjects", "learners"),
                                             ("teacher_verbs", "teacher"),
                                             ("document_subjects", "documents"),
                                             ("other_subjects", "other"),
                                             ("thing_subjects", "things"))):
            hits = self.find_lexicon(name)
            if subj == "teacher":
                hits = hits + self.find(_TEACHER_SUBJECTS)
                # the teacher in a subordinate clause is the context, not the subject:
                # "มีทักษะการสื่อสาร… ตามที่ครูนำความรู้จากการอบรมมาจัดกิจกรรม", "จากการที่ครูจัดค่าย…
                # นักเรียนชั้น ม.1 มีทักษะ…" (statements4 s4087, s4190: learner-centred; statements4.md
                # "the teacher named as someone else")
                sub = _SUBORDINATE.search(self.normal)
                if sub:  # the clause's own teacher words too ("…ครูนำความรู้จากการอบรม…")
                    hits = tuple(h for h in hits if h.span[0] < sub.start())
                helped = [m.span() for m in _NO_TEACHER_HELP.finditer(self.normal)]
                hits = tuple(h for h in hits if not any(a <= h.span[0] < b for a, b in helped))
                # "ผลิตภัณฑ์" is the noun "product", not the verb ผลิต (challenges5 cv024 [1]
                # "ผลิตภัณฑ์อาหารว่างของผู้เรียน…ผ่านเกณฑ์มาตรฐาน…": the learners' product)
                hits = tuple(h for h in hits if not (h.text == "ผลิต" and self.normal.startswith(
                    "ภัณฑ์", h.span[1])))
            if subj in ("documents", "things"):  # a product or thing: only as the head noun
                hits = tuple(h for h in hits if _HEAD_LEAD.match(self.normal[:h.span[0]]))
            if subj == "learners" and head and not _LEARNER_EVENTS.match(self.normal):
                hits = tuple(h for h in hits
                             if not _RELATIVE.search(self.normal[max(0, h.span[0] - 5):h.span[0]]))
            hits = tuple(h for h in hits if h.span[0] >= place_end)  # not the place (_PLACE_OPENING)
            if hits:
                first = min(hits, key=lambda h: h.span)
                firsts.append((first.span[0], rank, subj, first.text))
        if firsts:
            pos, _, subj, evidence = min(firsts)
            if subj == "learners":
                activity = self._activity_head()
                if activity:  # "ผลการดำเนินงาน…" is the work's record, "การคัดกรอง…" the work
                    return ("documents" if activity.startswith("ผล") else "teacher"), activity
            if subj == "teacher" and evidence not in _TEACHER_SUBJECTS \
                    and _SCORE_OPENS.match(self.normal) and not self.find(_PEOPLE_NAMED):
                # a teacher's verb inside the name of a score ("คะแนนเฉลี่ยด้านการออกแบบการทดลอง
                # เพิ่มขึ้น…": the skill scored) names the learners' score, implicitly (_SCORE_OPENS)
                return "other", None
            if subj == "teacher" and evidence not in _TEACHER_SUBJECTS:
                # "การจัดกิจกรรมค่าย…ส่งผลให้นักเรียน…": the teaching as the grammatical subject,
                # the learners' change as the content (statements4.md; s4222, s5120 learner-centred)
                caused = _LEARNERS_AFTER.match(self.normal, pos + len(evidence))
                if caused and ("ส่งผลให้" in caused.group(0) or "ทำให้" in caused.group(0)):
                    return "learners", caused.group("who")
            if subj == "other" and evidence in ("เครือข่าย", *ORG_NOUNS) \
                    and (_SCORE_MEAN_OPENS.match(self.normal) or _ORG_RESULT_OPENS.match(self.normal)) \
                    or subj in ("other", "things") and _UNIT_LEARNER_MEASURE.match(self.normal) \
                    and not self.find(_PEOPLE_NAMED):
                # "ค่าเฉลี่ยคะแนน O-NET…ของโรงเรียนเครือข่าย ๘ โรงเรียน เพิ่มขึ้น…": the schools' learners'
                # scores (challenges4 cz038 [0], clean; as cv028 "…ของโรงเรียน" and cv040, cu043)
                return "other", None
            if subj == "other" and evidence.isascii() and evidence.lower() in ("the school", "schools", "network") \
                    and _english()["school_results"].search(self.normal):
                # "The school's O-NET average is higher than…": the schools' learners' scores, as
                # "ค่าเฉลี่ย O-NET…ของโรงเรียน…" is (above)
                return "other", None
            if subj in ("documents", "other", "things"):
                # a thing as the head too: the learners' produce (above), a class that "has learners
                # who … N %" ("ห้อง ป.4/1 และ ป.4/2 มีนักเรียนผ่านเกณฑ์…ร้อยละ 60…": challenges12
                # c12-020 [0], clean, as the schools of challenges3 cy039/cy041)
                learners = _LEARNERS_AFTER.match(self.normal, pos + len(evidence)) or (
                    _owned_by_learners().match(self.normal) if self.criterion is not None else None)
                if learners and not self._work_only_handled(learners):
                    # "โครงงานวิทยาศาสตร์ของนักเรียน…ผ่านเกณฑ์": the learners' own work (statements2
                    # t104 "ผลงานศิลปะของนักเรียนร้อยละ 80 ผ่านเกณฑ์…" labels no finding);
                    # "การจัดการเรียนรู้ของครูส่งผลให้นักเรียน…": the result is the learners'
                    return "learners", learners.group("who")
            if subj == "learners":  # "นักเรียนร้อยละ 100 มีข้อมูลรายบุคคล…" counts records
                rec = _HAS_RECORD.match(self.normal, pos + len(evidence))
                if rec and not _LEARNER_RESULT_AFTER.search(self.normal, rec.end()) \
                        and not _RECORD_GRADED.match(self.normal, rec.end()):
                    return "documents", rec.group(1)
                record = _RECORD_HEAD.match(self.normal)
                if record and _REPORTED.search(self.normal, pos) and not _RESULT_AFTER.search(
                        self.normal, pos) and not any(
                        q.kind in SHARE_KINDS and not q.threshold for q in self.quantities):
                    return "documents", record.group(0).strip()
            return subj, evidence
        if head:
            if _LEARNER_RATE.match(self.normal):
                return "other", None  # "อัตราการออกกลางคันไม่เกินร้อยละ 2": learners, implicitly
            toks = [w for w in self.words if w.strip()][:2]
            return "other", "".join(toks)
        counted = self._counted_thing()
        if counted:
            return "things", counted
        measure = _MATERIAL_MEASURE.search(self.normal)
        if measure:  # nobody named, a material's validation measured (_MATERIAL_MEASURE)
            return "documents", measure.group(0).strip()
        return "other", None

    def _work_only_handled(self, learners: re.Match) -> bool:
        """The learners' own work whose only predicate is something done to it (`ชิ้นงานของนักเรียน
        ได้รับการจัดแสดงและเผยแพร่…`: statements5 s5068, teacher-centred) states the teacher's
        activity, as every writer reads a published work (statements2 t307, statements4 s4247,
        statements5 s5223; indicators s239, s4036, s5053: not-learner); a work assessed, passing
        or of a stated quality stays the learners' result (statements2 t104, statements5 s5021)."""
        if "ส่งผลให้" in learners.group(0) or "ทำให้" in learners.group(0):
            return False
        done = _DONE_TO_WORK.match(self.normal, learners.end())
        return done is not None and not _RESULT_AFTER.search(self.normal, done.end()) \
            and self.criterion is None

    def _activity_head(self) -> str | None:
        """A statement whose head is a nominalised activity (`การคัดกรองนักเรียน…`, `การวิจัยใน
        ชั้นเรียน…`, `ผลการดำเนินงานด้านการดูแลช่วยเหลือนักเรียน…`) is about that activity, the
        teacher's work, when the learners are named only as its object (glued to the verb or noun
        before them, not `ของ`/`ให้`/`ที่`… nor `ส่งผลให้`): the activity's head words.  Every
        writer labels such outcomes teacher-centred: statements2 t285 "การเยี่ยมบ้านนักเรียน…",
        t315, statements3 u233, statements4 s4055, statements5 s5014, s5046, s5113, s5164, s5195,
        s5198 (10 rows, none the other way); with the learners as the result's subject they are
        learner-centred (statements4 s4222, statements5 s5120 "…ส่งผลให้ผู้เรียน…")."""
        head = _ACTIVITY_HEAD.match(self.normal)
        if head is None or _LEARNERS_AFTER.match(self.normal, head.end()):
            return None
        learners = self.find_lexicon("learner_subjects")
        if not learners or any(
                _NOT_OBJECT_BEFORE.search(self.normal, 0, m.span[0]) for m in learners):
            return None
        first = min(m.span[0] for m in learners)
        evidence = ""
        for w in self.words:  # the head words, up to the learners ("การคัดกรอง", "การวิจัย")
            if not w.strip() or len(evidence) + len(w) > first or len(evidence) >= 8:
                break
            evidence += w
        return evidence or head.group(0).strip()

    def _counted_thing(self) -> str | None:
        """`มีชุดสไลด์…ไม่น้อยกว่า 30 ชุด`: a statement that names nobody, opens with the
        existential `มี` and counts in a classifier of objects (เครื่อง, ชุด, ชิ้น, เล่ม …)
        counts things; the noun after `มี` is the evidence."""
        if not re.match(r"\s*มี(?!ส่วน|การ)", self.normal) or not _THING_COUNT.search(self.normal):
            return None
        toks = [w for w in self.words if w.strip()]
        if len(toks) < 2 or toks[0] != "มี":
            return None
        return toks[1]

    # ---- who the statement is about, what it counts, what it targets

    @cached_property
    def not_learner(self) -> bool:
        """About the teacher, documents, things, or a named non-learner (parents, the network,
        `จำนวนครั้ง…`): indicator.not-learner, part1.outcome-teacher-centred."""
        return self.subject in ("teacher", "documents", "things") or (
            self.subject == "other" and self.subject_evidence is not None)

    @cached_property
    def process_phrases(self) -> tuple[Match, ...]:
        """The provision/participation phrases: the lexicon's, and any generic ได้รับการ… that
        starts on a token boundary and is not a result (criteria lexicon).  Attendance counts as
        participation unless it is measured against the required time in class with a bar."""
        hits = [m for m in self.find_lexicon("process_words")
                if not (m.text in _ATTENDANCE and self._attendance_bar(m.span[1], m.text))]
        if any(m.text.isascii() for m in hits):
            hits = self._english_process(hits)
        for m in _EXERCISES_IN_FULL.finditer(self.normal):
            if not any(h.span[0] <= m.start() < h.span[1] for h in hits):
                hits.append(Match(m.group(1), (m.start(1), m.end(1))))
        # learners only: teachers using a worksheet are labelled not-learner alone (challenges16
        # c16-015 [1]); used in full or at a frequency ("ใช้ชุดกิจกรรม…ครบ 6 ชุด", "…ทุกสัปดาห์")
        # is still use, as "ได้ใช้แอปพลิเคชัน…อย่างน้อยสัปดาห์ละ 2 ครั้ง" is (statements2 t021)
        # (not work handed in in full, "ส่งงานครบทุกชิ้น": a result, t098 s5149 t221)
        if self.subject == "learners" and (
                self.criterion is None or _USE_COUNTED.match(self.normal, self.criterion.span[0])):
            for m in _USES_MATERIAL.finditer(self.normal):
                if not any(h.span[0] <= m.start(1) < h.span[1] for h in hits):
                    hits.append(Match(m.group(1), m.span(1)))
        for m in _DONE_IN_FULL.finditer(self.normal):
            if not any(h.span[0] <= m.start(1) < h.span[1] for h in hits):
                # the phrase is ได้ and its verb, to the next token boundary ("ได้แต่ง")
                end = min((b for b in self._bounds if b > m.end(1)), default=m.end(1))
                hits.append(Match(self.normal[m.start(1):end], (m.start(1), end)))
        if "ได้รับ" in self.normal:
            hits += self._given_things(hits)
        if "ได้รับการ" in self.normal:
            taken = hits + list(self.find_lexicon("criteria"))
            starts = {h.span[0] for h in self.find(("ได้รับ", "ได้รับการ"))}
            for m in _RECEIVED.finditer(self.normal):
                if m.start() in starts and not any(h.span[0] <= m.start() < h.span[1] for h in taken):
                    hits.append(Match(m.group(0), m.span()))
            if self.criterion is None and not any(q.kind in ("mean", "level") for q in self.quantities):
                for m in _ASSESSED.finditer(self.normal):
                    if m.start() in starts:
                        hits.append(Match(m.group(0), m.span()))
        return tuple(sorted(hits, key=lambda h: h.span))

    def _english_process(self, hits: list[Match]) -> list[Match]:
        """English provision words as the Thai ones: not inside a result the criteria lexicon
        lists ("receive an award", as ได้รับรางวัล is no provision), and attending class measured
        against the required time with a bar ("attend at least 80% of class time", as
        `_attendance_bar`)."""
        results = [c.span for c in self.find_lexicon("criteria") if c.text.isascii()]
        en = _english()
        out = []
        for m in hits:
            if m.text.isascii():
                if any(a <= m.span[0] < b for a, b in results):
                    continue
                if en["attendance"].match(m.text) and (en["attendance_manner"].match(self.normal, m.span[1]) or (
                        en["required_time"].search(self.normal, m.span[1])
                        and any(q.comparator for q in self.quantities if q.span[0] >= m.span[1]))):
                    continue  # "attend classes regularly", "attend at least 80% of class time": measured
            out.append(m)
        return out

    @cached_property
    def provision(self) -> tuple[Match, ...]:
        """The process phrases that are the statement's main predicate (`is_predicate`)."""
        return tuple(m for m in self.process_phrases if self.is_predicate(m.span))

    @cached_property
    def counts_provision(self) -> bool:
        """indicator.process-not-result's reading: provision or participation is what a statement
        about learners, the teacher or someone else counts."""
        return self.subject in ("learners", "other", "teacher") and bool(self.provision)

    def _given_things(self, hits: list[Match]) -> list[Match]:
        """`ได้รับ` + a thing given (a book, material, equipment: thing_subjects.txt, or a document
        or medium: document_subjects.txt) is provision, as ได้รับทุน / ได้รับบริการ
        (process_words.txt): "นักเรียนทุกคนได้รับหนังสือนิทานไปอ่านที่บ้าน…".  Not a result the
        criteria lexicon lists (ได้รับรางวัล, ได้รับเกียรติบัตร, ได้รับการคัดเลือก …)."""
        taken = hits + list(self.find_lexicon("criteria"))
        things = {m.span[0]: m for m in self.find_lexicon("thing_subjects")
                  + self.find_lexicon("document_subjects")}
        out = []
        for g in self.find(("ได้รับ",)):
            rest = self.normal[g.span[1]:]
            thing = things.get(g.span[1] + len(rest) - len(rest.lstrip()))
            if thing and not any(h.span[0] <= g.span[0] < h.span[1] for h in taken):
                out.append(Match(self.normal[g.span[0]:thing.span[1]], (g.span[0], thing.span[1])))
        return out

    def _attendance_bar(self, after: int, word: str = "เข้าสอบ") -> bool:
        """`มาเรียนไม่น้อยกว่าร้อยละ 80 ของเวลาเรียน`: the required time is named after the
        attendance word and a threshold or criterion stands next to it; or the attendance is
        counted in full (`ครบทุกรายวิชา`, `ครบตามกำหนด`)."""
        if word == "เข้าสอบ" and _IN_FULL_AFTER.match(self.normal, after):
            # "เข้าสอบ O-NET ครบทุกรายวิชา": sitting every exam; not "เข้าเรียนบทเรียนออนไลน์ครบทุกบท",
            # lessons attended in full (statements4 s4104: process-not-result, "ครบ is a threshold
            # on participation")
            return True
        if _ABSENCE_LIMIT.search(self.normal, after):
            return True  # "มาเรียนสม่ำเสมอ โดยขาดเรียนไม่เกิน 5 วันต่อภาคเรียน": measured
        if word != "เข้าสอบ" and _attendance_manner().match(self.normal, after):
            return True  # "มาเรียนทันเวลา…", "มาเรียนสม่ำเสมอ": how they come (lexicon/attendance_bars.txt)
        if _REQUIRED_TIME.search(self.normal, after) is None:
            return False
        c = self.criterion
        return any(q.comparator or q.threshold for q in self.quantities if q.span[0] >= after) or (
            c is not None and c.span[0] >= after)

    def is_predicate(self, span: tuple[int, int]) -> bool:
        """A process phrase is the indicator's main predicate, not a relative clause (`นักเรียนที่
        เข้าร่วม…`), a complement (`ความพึงพอใจในการเข้าร่วม…`) or one half of a compound that
        also states a result (`ได้รับการดูแลช่วยเหลือและมีพัฒนาการ…`)."""
        before = self.normal[max(0, span[0] - 8):span[0]]
        if self.normal[span[0]:span[1]].isascii() and _ASCII_WORD.search(self.normal[span[0]:span[1]]):
            return self._english_predicate(span)
        if _TEACHER_CLAUSE_BEFORE.search(self.normal, 0, span[0]) and self.normal[:span[0]].find("ครู") > 0:
            return False  # "…ผ่านการประเมินการอ่าน หลังครูเข้ารับการอบรม": the teacher's, after the result
        if _OR_ELSE.search(before) and (self.criterion is not None and self.criterion.span[0] < span[0]):
            return False  # "ผ่านการประเมินซ้ำ… ภายใน ๓ เดือน หรือได้รับการส่งต่อ": a result, or else referral
        if _NOT_PREDICATE.search(before):
            # `ร้อยละของนักเรียนที่ได้รับการเยี่ยมบ้าน`: a relative clause with nothing after it is
            # all the indicator counts.
            rest = self.normal[span[1]:]
            if _RELATIVE.search(before) and _LEARNER_HEAD.match(self.normal[:span[0]]) \
                    and _SHARE_ONLY_AFTER.match(rest) and not _LATER_PREDICATE.search(rest):
                return True
            return bool(_RELATIVE.search(before)) and _BARE_SHARE_HEAD.match(self.normal) is not None \
                and self.criterion is None and not _LATER_PREDICATE.search(rest) \
                and (not any(q.span[0] >= span[1] for q in self.quantities)
                     # "จำนวนนักเรียนที่เข้าร่วมกิจกรรมชุมนุมไม่น้อยกว่า 40 คน": only the number of
                     # participants follows (as s4178's share does)
                     or bool(_HEAD_COUNT_ONLY_AFTER.match(rest)))
        if _LIMIT_AFTER.match(self.normal, span[1]):
            return False  # "ได้ครบ 5 ขั้นตอน โดยได้รับการช่วยเหลือไม่เกิน 1 ครั้ง": a limit on help
        if _NEEDED_NONE.search(self.normal[max(0, span[0] - 30):span[0]]):
            return False  # "…โดยไม่มีเด็กคนใดต้องได้รับการช่วยเหลือทางกาย": help nobody needs, a result
        # A clause of its own after a learner result with a bar ("…ผ่านเกณฑ์ร้อยละ 60 … และนักเรียนทุกคน
        # ได้รับการสอนซ่อมเสริม", "…ผ่านการประเมินซ้ำไม่น้อยกว่า ๑๘ คน และที่เหลือได้รับการส่งต่อทุกคน"): the
        # result is what the statement counts, the provision is beside it (_COMPOUND_RESULT).
        crit = self.criterion
        if crit is not None and crit.span[1] <= span[0] \
                and _CLAUSE_JOIN.search(self.normal, crit.span[1], span[0]) \
                and not _SATISFACTION_WORD.search(self.normal, 0, span[0]):
            return False
        # from the phrase's start: a generic "ได้รับการแก้ไขจนอยู่ใน…" match can run into the result
        result = _RESULT_AFTER.search(self.normal, span[0]) or _COMPOUND_RESULT.search(self.normal, span[0])
        if result is None:
            return True
        # A second half that states no result the provision could be judged by, only a change with
        # no baseline or amount or a record kept (`ได้รับการดูแลช่วยเหลือและมีพัฒนาการดีขึ้น`, trainer
        # example 9, slides:634; `ได้รับการคัดกรองและมีแผน IEP…`), leaves the provision what is counted:
        # four of five writers label such rows process-not-result (statements2 t135, statements4 s4107,
        # statements5 s5179, statements7 s7041; challenges6 cu042 with a record), only statements s106
        # (and its relabel) does not.
        return self._empty_result(result.start())

    def _english_predicate(self, span: tuple[int, int]) -> bool:
        """`is_predicate` for an English provision phrase: not inside a relative clause
        ("students who take part in the camp score …", as `นักเรียนที่เข้าร่วม…`) unless only the
        group's share follows; not when a result with a bar follows it ("… and score 70% or
        higher", as `…และมี…ระดับดีขึ้นไป`: `_empty_result`)."""
        en = _english()
        # a participle after the noun is a relative clause too ("students joining the camp …", "taking
        # part in"), as นักเรียนที่เข้าร่วม…
        participle = re.match(r"[A-Za-z]+ing(?![A-Za-z])", self.normal[span[0]:span[1]]) is not None
        if participle or en["relative"].search(self.normal, 0, span[0]) and re.search(
                r"(?:who|that|which)\s+$", self.normal[max(0, span[0] - 12):span[0]], re.IGNORECASE):
            rest = self.normal[span[1]:]
            return not any(q.span[0] >= span[1] and q.threshold for q in self.quantities) \
                and self.criterion is None and not en["result_after"].search(rest) \
                and not en["later_predicate"].search(rest)
        result = en["result_after"].search(self.normal, span[1])
        if result is None:
            return True
        return self._empty_result(result.start())

    def _empty_result(self, start: int) -> bool:
        """The result half from `start` (`และมี…`) is a vague change or a record, with no figure,
        criterion or anchored change (`is_predicate`); or the learners' satisfaction, no learning
        result (statements2 t013 "…และนักเรียนร้อยละ 80 มีความพึงพอใจ…ระดับมาก": process-not-result)."""
        rest = _RESULT_JOIN.sub("", self.normal[start:], count=1)
        if _SATISFACTION_WORD.search(rest):
            return True
        t = analyse(rest)
        if t.criterion is not None or t.quantities:
            return False
        if _HAS_RECORD.match(rest) and not _RECORD_GRADED.search(rest):
            return True
        return bool(t.comparatives) and all(c.vague for c in t.comparatives)

    def _own_bar(self) -> bool:
        """A non-learner's own bar: a level, a pass, an approval, not a quality alone
        ("มีระบบสารสนเทศรายวิชาที่ถูกต้อง เป็นปัจจุบัน": both labellers of statements2 t127 raise
        no-target; "การจัดทำแผนงาน…มีความถูกต้อง เรียบร้อย" likewise)."""
        c = self.criterion
        if c is None or self._named_level_only():
            return False
        if c.text not in _QUALITY_ONLY:
            return True
        return any(m.text not in _QUALITY_ONLY for m in self.find_lexicon("criteria")) \
            or bool(_NAMED_LEVEL.search(self.normal))

    def _named_level_only(self) -> bool:
        """The bar is one named level or an honour and nothing else (`_HONOURS`): no figure."""
        levels = [m.span() for m in _NAMED_LEVEL.finditer(self.normal)]
        if any(_AND_ABOVE.search(self.normal, a, b) for a, b in levels):
            return False
        honours = False
        for m in self.find_lexicon("criteria"):
            if any(a <= m.span[0] and m.span[1] <= b for a, b in levels) or m.text in _PASSED_WORDS:
                continue
            if m.text not in _HONOURS:
                return False
            honours = True
        return bool(levels) or honours

    def _learners_level_only(self, q: Quantity) -> bool:
        """A numbered level of a scale the learners reach ("นักเรียนมีทักษะ…ตามแนว PISA ระดับ 3
        ขึ้นไป") is their criterion, no share of them, as the named level "ระดับดีขึ้นไป" is (every
        spent learner statement with a level and no share, count or mean is labelled no-target:
        statements s059 s128, t042 t113, u134 u181, s5220, s7003, s8085); a mean at a level
        ("ผลการเรียนเฉลี่ยระดับ 3") stays the target."""
        return q.kind == "level" and self.subject == "learners" and bool(
            re.match(r"ระดับ\s*[0-9๐-๙]", q.text)) and "เฉลี่ย" not in self.normal[max(0, q.span[0] - 20):q.span[0]]

    @cached_property
    def target(self) -> Target:
        """What the statement targets, read once (indicator.no-target fires when it is missing).

        A share is any quantity but a bare number or a criterion's threshold; a number that only
        sizes a change is no share of its own.  Without one:
        - one non-learner measured against its own bar is its own target (the teacher's score
          "ผ่านเกณฑ์ร้อยละ 80 ขึ้นไป", a document approved, "ครบทุกแผน"), unless the statement opens
          by asking for a count (`จำนวนสื่อ…`): then the count is missing whatever the bar;
        - provision counted in full ("ได้ทดลองครบทุกการทดลอง") is complete by definition (two blind
          labellers); a result "สอบผ่านครบทุกตัวชี้วัด" still needs its share of learners.
        A blank share (`ร้อยละของนักเรียน…`) is missing unless a share is given elsewhere."""
        shares = [q for q in self.quantities if (q.kind != "number" or q.comparator) and not q.threshold
                  and not self._learners_level_only(q)]
        own = [q for q in shares if not q.change and q.kind in SHARE_KINDS]
        bare = _BARE_SHARE.search(self.normal)
        evidence = bare.group(0) if bare else None
        if not shares and self.not_learner:
            org = _ORG_COUNT.search(to_arabic_digits(self.normal))
            if org:
                # "โรงเรียนในเครือข่าย ๖ โรงเรียน นำรูปแบบไปใช้": organisations counted by their own
                # noun; the figure is there, what it counts is not-learner's concern (challenges3
                # cy042 q1: not-learner only)
                n = next((q for q in self.quantities if q.span[0] >= org.start()), None)
                if n is not None:
                    return Target("share", quantity=n)
        if not shares and _MEAN_OPENS.match(self.normal):
            bar = next((q for q in self.quantities if q.threshold or q.comparator), None)
            if bar is not None:
                # "คะแนนเฉลี่ย…ของนักเรียนชั้น ป.6/1 ไม่ต่ำกว่าร้อยละ 70 ของคะแนนเต็ม": the class mean
                # is the target and its bar the criterion (statements4 s4151, good; statements4.md:
                # "a learners' mean with a threshold is a target and a criterion")
                return Target("share", quantity=bar)
        if not shares and not self.not_learner:
            after = _SHARE_AFTER_BAR.search(self.normal)
            q = next((q for q in self.quantities if after and q.span[0] >= after.start(1)), None)
            if q is not None:  # "…ได้รับการช่วยเหลือจนผ่านเกณฑ์ ร้อยละ 90": the share who pass
                return Target("share", quantity=q)
        if not shares and not bare and not self.not_learner:
            m = _TESTED_DIFFERENCE.search(self.normal)
            if m:  # the whole group's post-test against its stated pre-test, tested (_TESTED_DIFFERENCE)
                return Target("tested", evidence=m.group(0))
            m = _WORDED_SHARE.search(to_arabic_digits(self.normal))
            if m:  # "ร้อยละแปดสิบ", "สองในสาม", "3 ใน 4 ของกลุ่มเป้าหมาย": a figure (statements5.md)
                return Target("share", evidence=self.normal[m.start():m.end()])
        if not shares:
            if self.not_learner and not _COUNT_WORD.match(self.normal) and (
                    _EVERY.search(self.normal) or self._own_bar()
                    or any(q.threshold or q.comparator for q in self.quantities)):
                return Target("own-bar")
            if not bare and _ALL_DONE.search(self.normal) and (self.counts_provision or any(
                    m.text in _ATTENDANCE for m in self.find_lexicon("process_words"))):
                return Target("in-full")  # "เข้าสอบ O-NET ครบทุกรายวิชา" (heldout5-m4: no finding)
            return Target("blank" if bare else "none", evidence=evidence)
        if bare and not own:
            return Target("blank", evidence=evidence)
        if bare and _BLANK_FIGURE.match(bare.group(0)) and all(
                q.kind == "count" and q.span[1] <= bare.start() for q in own):
            # "นักเรียนชั้น ป.4 จำนวน 24 คน ร้อยละ ....... มี…": the group's size, then the share left
            # blank (statements6 s6027: no-target, "24 names the group"; the only spent row of it)
            return Target("blank", evidence=evidence)
        return Target("share", quantity=own[0] if own else shares[0])

    @cached_property
    def placeholders(self) -> tuple[Match, ...]:
        hits = [Match(m.group(0), m.span()) for m in _PLACEHOLDER.finditer(self.normal)] \
            if _PLACEHOLDER_GATE.search(self.normal) else []
        for m in self.find(p for p in lexicon("placeholders")):
            if not any(m.span[0] < h.span[1] and h.span[0] < m.span[1] for h in hits):
                hits.append(m)
        return tuple(sorted(hits, key=lambda h: h.span))

    def raw_excerpt(self, span: tuple[int, int]) -> str:
        """The text as written for a span of `normal` (the whole raw text when normalising moved
        characters)."""
        if self.raw == self.normal:
            return self.raw[span[0]:span[1]]
        return self.raw


# find()'s phrase tuples by identity, each kept with its tuple so the id stays its own: the
# lru_cache below hashes the whole tuple on every call (~1,000 cue phrases per task in part1).
_SETS_BY_ID: dict[int, tuple[tuple[str, ...], _PhraseSet]] = {}

# (phrase, loose start, loose end, head only)
_Entry = tuple[str, bool, bool, bool]


@dataclass(frozen=True, eq=False)
class _PhraseSet:
    """A set's entries, longest first, and the Aho-Corasick automaton that finds all of them in one
    pass (None for a set with no phrase); each phrase's value is the indices of its entries (one
    phrase can come with different `~`/`^` marks)."""
    entries: tuple[_Entry, ...]
    automaton: ahocorasick.Automaton | None


def _compiled(entries: Iterable[_Entry]) -> _PhraseSet:
    entries = tuple(sorted(entries, key=lambda x: len(x[0]), reverse=True))
    indices: dict[str, list[int]] = {}
    for i, (p, *_) in enumerate(entries):
        if p:
            indices.setdefault(p, []).append(i)
    if not indices:
        return _PhraseSet(entries, None)
    automaton = ahocorasick.Automaton()
    for p, idx in indices.items():
        automaton.add_word(p, tuple(idx))
    automaton.make_automaton()
    return _PhraseSet(entries, automaton)


# ASCII upper case to lower case, one character for one (ThaiText.folded).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER = re.compile("[A-Z]")


def _parsed(phrases: Iterable[str]) -> set[_Entry]:
    """(phrase, loose start, loose end, head only).  A `~` at either end of a lexicon phrase lets
    that end fall inside a token: newmm keeps some compounds whole ("อยู่ในเกณฑ์", "มีส่วน|ร่วมใน"),
    so the lexicons write "~เกณฑ์~" and "มีส่วนร่วม~".  A leading `^` matches the phrase only as
    the statement's head noun ("^โรงเรียน": "โรงเรียนมี…", not "นักเรียนในโรงเรียน…")."""
    parsed = set()
    for marked in phrases:
        head = marked.startswith("^")
        p = marked.lstrip("^")
        parsed.add((p.strip("~"), p.startswith("~"), p.endswith("~"), head))
    return parsed


@lru_cache(maxsize=256)
def _phrase_set(phrases: tuple[str, ...]) -> _PhraseSet:
    return _compiled(_parsed(phrases))


@lru_cache(maxsize=None)
def _lexicon_set(name: str) -> _PhraseSet:
    """A lexicon's phrases, folded as `ThaiText.folded` is: English entries match in any case."""
    return _compiled({(p.translate(_ASCII_LOWER), *rest) for p, *rest in _parsed(lexicon(name))})


# What any step of models.thai.normalize.normalize() would change.  Readers hand us normalised text,
# so most strings skip the ~0.1 ms of regex passes; tests/models/test_thai_analysis.py checks the
# shortcut agrees with normalize() on the sample corpus and on each step's own examples.
_NEEDS_NORMALIZE = re.compile(
    "[\uf700-\uf71a\uf884-\uf89e\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u00a0\u2000-\u200a\u202f\u205f\u3000\t\u0e4d]"
    f"|(?<=[\u0e01-\u0e4f]) +(?=[{MARKS}\u0e30\u0e32\u0e33\u0e45])"
    f"|\u0e33[{TONES}\u0e32]|\u0e32[{TONES}]\u0e33"
    f"|[{TONES}][\u0e31\u0e34-\u0e3a\u0e47]|([{MARKS}])\\1")


def normal_form(text: str) -> str:
    """normalize(text), skipping the work when nothing in `text` would change."""
    if unicodedata.is_normalized("NFC", text) and not _NEEDS_NORMALIZE.search(text):
        return text
    return normalize(text)


@lru_cache(maxsize=8192)
def analyse(text: str) -> ThaiText:
    """The analysis of `text`, computed once per distinct string (cached)."""
    return ThaiText(raw=text, normal=normal_form(text))

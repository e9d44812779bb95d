"""part1.*: the three areas, the 15 items, and each area's (or row's) chain task → outcome →
indicator."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterator

from models.checks import institution_rows, past_year, suggest, suggest_en
from models.checks.context import CheckContext
from models.checks.fields import row_details
from models.document import Area, Pa1Document, field_key
from models.findings import Finding, Location, Severity
from models.rubric import english_purpose, items, lexicon_sections

AREAS = {
    1: ("ด้านการจัดการเรียนรู้", "learning management"),
    2: ("ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้", "support of learning"),
    3: ("ด้านการพัฒนาตนเองและวิชาชีพ", "self and professional development"),
}
DUPLICATE_MIN = 3  # the same indicator this many times in Part 1 (or in two areas) is a copy


def check(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    yield from area_missing(doc, ctx)
    yield from item_uncovered(doc, ctx)
    yield from outcome_missing(doc, ctx)
    yield from indicator_missing(doc, ctx)
    yield from outcome_teacher_centred(doc, ctx)
    yield from indicator_duplicated(doc, ctx)
    yield from task_past_year(doc, ctx)


def _has(xs: list[str]) -> bool:
    return any(x and x.strip() for x in xs)


def area_missing(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    for n, (th, en) in AREAS.items():
        area = doc.part1.area(n)
        if area is None or not _has(area.tasks):
            yield ctx.finding("part1.area-missing", Location(part="part1", area=n, field="tasks"),
                              suggestion_th=suggest.area_example(n), area=n, area_th=th,
                              area_en=en)


_ALTERNATIVES = re.compile(r"\{([^{}]*)\}")


def expand_cue(cue: str) -> tuple[str, ...]:
    """Every phrase a cue stands for: "{พัฒนา|ปรับปรุง}{หลักสูตร~|รายวิชา~}" is each action
    followed by each object (4 phrases); a cue without braces is itself."""
    m = _ALTERNATIVES.search(cue)
    if m is None:
        return (cue,)
    return tuple(x for alt in m.group(1).split("|")
                 for x in expand_cue(cue[:m.start()] + alt + cue[m.end():]))


@lru_cache(maxsize=None)  # items.toml is read once; expanding its cues cost ~0.5 ms per call
def _item_cues(area: int) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for code, item in items().items():
        if item.area == area:
            cues = tuple(x for c in item.cues for x in expand_cue(c))
            out[code] = cues + tuple(f"การ{c}" for c in cues  # newmm keeps การอบรม whole
                                     if not c.startswith("^"))  # a head cue is the task's own verb
    return out


def cue_items(area: int, tasks: list[str]) -> list[set[str]]:
    """Per task, the items of `area` whose cue words (items.toml) it contains.  Cues name an
    item's work, an action with its object ("พัฒนาหน่วยการเรียนรู้", not "หน่วยการเรียนรู้"): a task
    that only names the object ("สอนตามหลักสูตร…") follows it and does not do the item.  Nor does
    the name of a plan: "เขียนแผนการสอนแบบ TPR", "จัดทำแผนการจัดกิจกรรมการเรียนรู้" plan the
    teaching (1.2), so a cue right after แผน/แผนการ counts only for the plan's own item."""
    from models.thai.analysis import analyse

    wanted = _item_cues(area)
    out: list[set[str]] = []
    for t in tasks:
        if not (t and t.strip()):
            out.append(set())
            continue
        a = analyse(t)
        purposes = [m.span[0] for m in a.find(_PURPOSE)]
        if _LATIN.search(a.normal):  # "… in order to …", "… so that …": the same purpose in English
            # (models.rubric.english_purpose: every spent English row with one is labelled without
            # the items its purpose names)
            purposes += [m.start() for m in english_purpose().finditer(a.normal)]
        hit = {code for code, cues in wanted.items()
               if any((code == _PLAN_ITEM or not _IN_PLAN_NAME.search(a.normal[:m.span[0]]))
                      and not (code in _RESULTS_OF and _RESULTS.search(a.normal[:m.span[0]]))
                      and not (code == _TRAINING_ITEM and _ASSESSED.search(a.normal[:m.span[0]]))
                      and not (code == _STUDY_ITEM and _pupils_do(a.normal, m.span[0]))
                      and not (code == _CORNER_ITEM and _PLAY_IN.search(a.normal[:m.span[0]]))
                      and (m.text.startswith(_JOINT)
                           or not _in_purpose(a.normal, purposes, m.span[0]))
                      for m in a.find(cues))}
        hit |= {code for code, pattern in _WORK_PATTERNS.get(area, ())
                if any(not _in_purpose(a.normal, purposes, m.start())
                       for m in pattern.finditer(a.normal))}
        if _LATIN.search(a.normal):
            vocabulary, terms = _english_terms(area)
            low = " ".join(_TERM_WORD.findall(a.normal.lower()))  # ASCII: a fast scan
            found = {w for w in vocabulary if w in low}
            for code, words, pattern in terms:
                if code not in hit and not words.isdisjoint(found) and any(
                        (code == _PLAN_ITEM or not _IN_PLAN_NAME.search(a.normal[:m.start()]))
                        and not _in_purpose(a.normal, purposes, m.start())
                        for m in pattern.finditer(a.normal)):
                    hit.add(code)
        out.append(hit)
    return out


# The same work named in English (EP/MEP/IEP and bilingual programmes write Part 1 partly or wholly in
# English; samples/README.md, round 14: English is judged by the same rules as Thai): the terms of
# models/rubric/lexicon/item_terms_en.txt, one section per item with its counts, matched
# case-insensitively as whole words (not after a hyphen: "re-designed practical lessons" is no plan),
# a leading ^ only at the task's head (after a typed item number or a bullet).  Read like the Thai
# cues: not inside a purpose clause, and a term right after แผน/แผนการ names the plan (1.2's) only.
_LATIN = re.compile(r"[A-Za-z]{2}")
_HEAD = r"^[\s\d.)(•*\-–—:]*"


@lru_cache(maxsize=None)
def _english_terms(area: int) -> tuple[tuple[str, ...],
                                       tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]]:
    """The words of `area`'s terms, and each term: (item, its words, its pattern).  Every match
    of a term holds one of its words (its runs of three letters or more), so a term none of whose
    words the task holds is not scanned: a pattern per term and task cost ~0.5 ms a task, the
    words' check ~0.05 ms."""
    terms = []
    for code, lines in lexicon_sections("item_terms_en").items():
        if int(code.split(".")[0]) != area:
            continue
        for term in lines:
            head = term.startswith("^")
            body = term[1:] if head else term
            words = _term_words(body)
            terms.append((code, words, re.compile((_HEAD if head else r"(?<![A-Za-z0-9-])")
                                                  + f"(?:{body})(?![A-Za-z0-9])", re.IGNORECASE)))
    return tuple(sorted({w for _, ws, _ in terms for w in ws})), tuple(terms)


def _term_words(body: str) -> frozenset[str]:
    """The literal words of a term's pattern: its runs of three letters or more once escapes
    (`\\s`) and character classes (`[a-z0-9-]`) are taken out and a letter made optional is cut
    ("corners?" holds corner)."""
    return frozenset(_TERM_WORD.findall(_OPTIONAL_LETTER.sub(" ", _NOT_LITERAL.sub(" ", body))))


_TERM_WORD = re.compile(r"[a-z]{3,}")
_OPTIONAL_LETTER = re.compile(r"[a-z](?=[?*]|\{0)")
_NOT_LITERAL = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]")


# An item's work in words other than an action and its object, where every writer who wrote it
# labelled it so (counted over the five spent task-set corpora, area 1's tasks):
# - results brought back to be analysed, compared or searched ("นำผลการสอบย่อยมาวิเคราะห์หา…",
#   "นำคะแนนหลังเรียน…มาหาข้อที่นักเรียนตอบผิดมากที่สุด", "นำผลการประเมินพัฒนาการ…มาเทียบกับเกณฑ์")
#   study a learning problem (1.6): 15 of 15 tasks (task_sets, task_sets2, task_sets3, task_sets5);
# - testing the learners ("ทดสอบการอ่านทุก 2 สัปดาห์", "ทดสอบก่อนเรียน-หลังเรียน"), not the test's
#   results analysed (ผลการทดสอบ: 1.6), a test paper (แบบทดสอบ, its own cue) or a test kit (ชุดทดสอบ),
#   measures them (1.5): 25 of 26 tasks, all five writers;
# - responsibility trained ("ฝึกให้นักเรียนทำงาน…อย่างมีระเบียบ รับผิดชอบ…"), not the teacher's own
#   ("วิชาที่รับผิดชอบ", "นักเรียนในความรับผิดชอบ", "เขตพื้นที่รับผิดชอบ"), is 1.8: 35 of 36 tasks, all
#   five writers (the cue ความรับผิดชอบ it replaces also read "ในความรับผิดชอบ" as 1.8).  Nor at the
#   row's head: "รับผิดชอบแจกนมโรงเรียน…", "รับผิดชอบงานอาหารกลางวัน…" is the teacher in charge of a duty
#   (none of the 17 rows of nine writers so headed is 1.8; task_sets9 tw037, task_sets15 tf009 in area 1).
# - a finding acted on ("…พบว่าตัวชี้วัด ว 2.3 ม.3/5 ต่ำสุด จึงเพิ่มกิจกรรม…", "สังเกตว่านักเรียนชายส่วนใหญ่
#   ไม่ยอมออกรำ จึงสอบถามเหตุผล…", "เก็บข้อมูลว่า…ไม่ส่งผลงานเพราะขาดอุปกรณ์ จึงจัดกล่องอุปกรณ์…") is the
#   teacher studying a learning problem to solve it (1.6), whatever the words for the study: every
#   one of the 18 area-1 tasks of the nine writers with พบว่า or จึง is labelled 1.6 (task_sets6 tx042/
#   tx046, task_sets7 ty001/ty014/ty036, task_sets8 tz003…tz021, task_sets9 tw003/tw023).
_WORK_PATTERNS: dict[int, tuple[tuple[str, re.Pattern[str]], ...]] = {1: (
    ("1.6", re.compile(r"นำ(?:ผล|คะแนน)[^\n,;]{0,50}?มา(?:วิเคราะห์|หา|เทียบ|ศึกษา)")),
    ("1.6", re.compile(r"พบว่า|จึง")),
    ("1.5", re.compile(r"(?<!ผลการ)(?<!ผล)(?<!แบบ)(?<!ชุด)ทดสอบ")),
    ("1.8", re.compile(r"(?<=.)(?<!ที่)(?<!ใน)(?<!ในความ)(?<!ที่ความ)(?:ความ)?รับผิดชอบ")),
)}


# A purpose clause promises work, it does not do it: "ออกแบบแผน… เพื่อใช้จัดการเรียนรู้ให้นักเรียน…"
# delivers no lesson (1.3), "อบรมออนไลน์… เพื่อนำความรู้มาใช้พัฒนาการจัดการเรียนรู้ต่อไป" applies
# nothing (3.3), a PLC "…เพื่อพัฒนาตนเองอย่างเป็นระบบ" is no training (3.1).  The writers' rules say so
# (task_sets3.md "a purpose clause is not work"; task_sets4 tv010/tv018; task_sets5 tw007/tw018/tw025/
# tw049), so a cue inside the clause that เพื่อ opens (up to the next " และ…"/" แล้ว…" that starts
# another piece of work) does not count; the item classifier still reads the whole task.
# Except joint work: "พูดคุยกับผู้ปกครองเพื่อร่วมกันหาแนวทางช่วยเหลือ" says how the talk is held (2.4,
# task_sets ts075).
# On a token boundary: not เพื่อน; newmm keeps "เพื่อให้" as one token, which "เพื่อ" alone missed: every
# one of the 6 tasks of four writers whose cue stood after a เพื่อให้ is labelled without that item
# ("…เพื่อให้ห้องเรียนมีบรรยากาศน่าเรียน" no 1.7, "…เพื่อให้ผู้ปกครองมีส่วนร่วม…" no 2.4: task_sets8
# tz004/tz024, task_sets10 ta031, task_sets11 tb024, task_sets13 td017/td022).
_PURPOSE = ("เพื่อ", "เพื่อให้")


_JOINT = "ร่วมกัน"
_NEXT_WORK = re.compile(r"\s(?:และ|แล้ว|พร้อม|จากนั้น)|[;,]")


# But a purpose that lists what the learners are to have goes on past " และ": "…เพื่อให้นักศึกษามีคุณธรรม
# จริยธรรม และวินัย", "…เพื่อให้นักเรียนรู้จักการทำงานร่วมกัน มีคุณธรรม… และมีค่านิยมที่ดี" (" และมี…", or " และ"
# then a trait) name no new piece of work: the two such area-1 tasks of two writers are labelled
# without 1.8 (task_sets9 tw023, task_sets10 ta016), as every cue inside a purpose is.
_PURPOSE_GOES_ON = re.compile(r"\sและ(?:มี(?!การ)|วินัย|คุณธรรม|จริยธรรม|ค่านิยม|คุณลักษณะ)")


def _in_purpose(text: str, purposes: list[int], start: int) -> bool:
    return any(p < start and not any(not _PURPOSE_GOES_ON.match(text, m.start())
                                     for m in _NEXT_WORK.finditer(text, p, start))
               for p in purposes)


# Results of an assessment are what is analysed or used, not the assessing (1.5): "วิเคราะห์ผลการ
# ประเมินพัฒนาการ…", "นำผลการประเมินมาวิเคราะห์…", "สรุปผลการประเมิน…".  26 of the 29 area-1 tasks of all
# seven task-set writers that name ผลการประเมิน are not 1.5; the other 3 also assess ("ประเมินทักษะ…ด้วย
# แบบประเมินรูบริก", "วัดผลประเมินผลด้วย…", "ตรวจใบงาน…"), which counts on its own.
_RESULTS_OF = frozenset({"1.5"})
_RESULTS = re.compile(r"ผล(?:การ)?\s*$")

# What the learners are set to do is a lesson, not the teacher studying a learning problem (1.6):
# "จัดกิจกรรมให้นักเรียนสำรวจ วิเคราะห์ปัญหาขยะ…", "โดยให้นักเรียนวิเคราะห์ข้อมูลอุณหภูมิ…": none of the 6
# area-1 tasks of five task-set writers that set learners to analyse, synthesise or research is 1.6
# (coverage_model.RULED_OUT rules the same for a task that opens so).  Up to the next piece of work
# (" และ…", " แล้ว…"), which may be the teacher's own.
_STUDY_ITEM = "1.6"
_PUPILS = re.compile(r"ให้(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)")


def _pupils_do(text: str, start: int) -> bool:
    return any(not _NEXT_WORK.search(text[m.end():start])
               for m in _PUPILS.finditer(text[:start]))


# A trait named as what is assessed or scored ("ประเมินคุณลักษณะอันพึงประสงค์ด้านรักความเป็นไทย",
# "แบบประเมินคุณธรรมจริยธรรม", "บันทึกคะแนนความประพฤติและผลการประเมินคุณธรรม") is measured (1.5), not
# trained (1.8): none of the 15 area-1 tasks of ten writers that assess or score character is
# labelled 1.8 (task_sets ts017, task_sets3 tu014, task_sets5 tw027/tw031, task_sets10 ta013/ta016,
# task_sets12 tc018, task_sets13 td009/td018…; coverage_model.RULED_OUT rules the classifier's
# reading the same).  Only within the assessment's object (no space between).
_TRAINING_ITEM = "1.8"
_ASSESSED = re.compile(r"(?:ประเมิน|คะแนน)[^\s,;]{0,40}$")

_PLAN_ITEM = "1.2"

# "กิจกรรมเล่นตามมุม" (play in the corners) is one of early childhood's six daily activities, a lesson
# (1.3), not corners arranged (1.7's cue มุม): 3 of 3 area-1 tasks of two writers that name it are
# labelled without 1.7 (task_sets2 tt003, task_sets15 tf001/tf008).
_CORNER_ITEM = "1.7"
_PLAY_IN = re.compile(r"เล่นตาม\s*$")
_IN_PLAN_NAME = re.compile(r"แผน(?:การ)?\s*$")


# The classifier may count 1.1 (models.classifiers.item_mapper.CUE_ONLY_ITEMS) only in a task that
# acts on a curriculum artefact, though not always directly (the cues say "ปรับหน่วยการเรียนรู้"):
# an action word (on a token boundary: not the สร้าง of โครงสร้าง, nor เพิ่มเติม, พัฒนาการ, ทำงาน or
# ปรับการสอน), then within the clause a part of the artefact: "ปรับเป้าหมายระยะยาวในแผนการศึกษาเฉพาะ
# บุคคล", "เพิ่มสาระ…ลงในหน่วยการเรียนรู้", "กำหนดผลการเรียนรู้…ของรายวิชาใหม่", "จัดทำกำหนดการสอนและ
# โครงสร้างรายวิชา".  Not across ตาม… or สอดคล้อง…, which follow the artefact ("จัดทำแผน…ตามหลักสูตร",
# "จัดทำข้อสอบที่สอดคล้องกับตัวชี้วัด").
_CURRICULUM_ACTIONS = tuple(f"{w}~" for w in (
    "พัฒนา", "จัดทำ", "ทำ", "ปรับปรุง", "ปรับ", "สร้าง", "ออกแบบ", "เขียน", "กำหนด", "วิเคราะห์",
    "บูรณาการ", "เพิ่ม", "ร่าง", "ทบทวน", "คิดค้น"))
_NOT_AN_ACTION = re.compile(r"เติม|การ|งาน")  # เพิ่มเติม, พัฒนาการ/ปรับการสอน, ทำงาน
_CURRICULUM_ARTEFACT = ("หลักสูตร|รายวิชา|หน่วยการเรียนรู้|หน่วยการจัดประสบการณ์|หน่วยประสบการณ์|"
                        "คำอธิบายรายวิชา|โครงสร้างรายวิชา|แผนการศึกษาเฉพาะบุคคล|"
                        "แผนการจัดการศึกษาเฉพาะบุคคล|IEP|มาตรฐาน|ตัวชี้วัด")
_ON_ARTEFACT = re.compile(rf"(?:(?!ตาม|สอดคล้อง)[^\n,;]){{0,50}}?(?:ลงใน|ใน|ของ|ระหว่าง|และ|เข้ากับ)\s*"
                          rf"(?:{_CURRICULUM_ARTEFACT})")


# Or a change to a course's teaching that fits it to its setting, which is 1.1's own description
# ("ปรับปรุงให้สอดคล้องกับบริบทของสถานศึกษา ผู้เรียน และท้องถิ่น", pa-guide-ks1-ks3.txt:12): "ปรับแผนการสอน
# รายวิชา… ให้สอดคล้องกับมาตรฐานฝีมือแรงงาน", "ปรับปรุงรายวิชา… ให้เหมาะกับความต้องการของสถานประกอบการ";
# also linked or matched to the learners' livelihoods or the season ("ปรับเนื้อหาให้เชื่อมโยงกับอาชีพเกษตร…",
# "…ให้เข้ากับอาชีพของผู้เรียนในตำบล", "ปรับหน่วย…ให้ตรงกับฤดูเกี่ยวข้าว"): 9 of 9 such area-1 tasks of the
# five task-set writers are 1.1.
_CHANGES = ("พัฒนา", "ปรับปรุง", "ปรับ")
_FITTED_TO_SETTING = re.compile(
    r"(?:(?!ตาม)[^\n;]){0,40}?(?:รายวิชา|หน่วยการ|หลักสูตร|เนื้อหา|สาระ)[^\n;]{0,80}?"
    r"(?:สอดคล้อง|เหมาะ|เชื่อมโยง|เข้ากับ|ตรงกับ)[^\n;,]{0,25}?"
    r"(?:บริบท|ท้องถิ่น|ชุมชน|มาตรฐาน|สถานประกอบการ|ความต้องการของ|อาชีพ|ฤดู)")


# Or the course's units reordered or split ("สลับลำดับหน่วยในรายวิชา…", "แตกหน่วยจำนวน 1–100 ใหม่เป็น 6
# หน่วยย่อย", "เปลี่ยนลำดับหน่วย…", "เรียงหน่วยตามฤดูกาล…"): 10 of 10 area-1 tasks of nine writers are 1.1
# (task_sets5 tw007 … task_sets16 tg013), not a lesson's activities reordered ("ปรับลำดับกิจกรรมในหน่วย
# ถัดไป", task_sets13 td005: 1.6) nor teaching in the units' order (ตามลำดับหน่วย, task_sets14 te012).
# Or the same written in English, as English-programme teachers write it ("Adapt the EP English
# course…: re-order units…", "Revise the EP Science course structure…", "Redesign รายวิชา…เป็น bilingual
# course", "ปรับ course outline รายวิชา…"): 4 of 4 such tasks of three writers are 1.1 (task_sets8
# tz015, task_sets10 ta020, task_sets16 tg005/tg016); an English "unit" that only names what the work
# is for ("…worksheets…for each unit", task_sets10 ta006) is not.
_UNITS_REORDERED = re.compile(r"(?<!ตาม)(?:ลำดับ|แตก|แบ่ง|เรียง|สลับ)\s*(?:ของ)?\s*หน่วย")
# English-programme teachers also write, analyse, design or adjust the course in words of their own
# ("Write the course description and learning units for M.1 EP English", "Design the M.1 Library &
# Information Skills course… with 5 units", "Adjust English P.5 units to the local context", "Analyze
# the Chinese course… and adjust unit content…", "Review and revise the… scheme of work", the British
# name of a course structure; "จัดทำ TAL scheme of work…"): the English rendering of 1.1's cue grid
# (items.toml: {พัฒนา|จัดทำ|ปรับ|ออกแบบ|เขียน|วิเคราะห์|ทบทวน…}{หลักสูตร|รายวิชา|หน่วยการเรียนรู้…}), up to
# a lesson, a plan, results or a test, or a preposition that names what the work is for ("Write lesson
# plans… for every unit", "Analyse errors in the unit test"): 14 of the 15 spent area-1 tasks it adds
# are 1.1 (three writers: task_sets40 um018, task_sets41 un001/un009/un013/un016/un020/un039/un049,
# task_sets44 uq001/uq007/uq022/uq037/uq038/uq045), the other in a list that covers 1.1 elsewhere
# (uq007 "…adjust the algebra unit for students below the norm", 1.6).
_ENGLISH_ON_COURSE = re.compile(
    r"(?i:\b(?:adapt|revise|redesign|restructure|re-?order|reorganise|reorganize)\b[^\n,;:]{0,40}?"
    r"\b(?:course|curriculum|syllabus|units?|strand)\b)|"
    r"(?i:\b(?:adapt|adjust|revise|redesign|restructure|re-?order|reorganise|reorganize|design|develop|"
    r"write|wrote|written|draft|create|make|made|build|built|update|modify|modifie|analy[sz]e|review)"
    r"(?:s|ed|d|ing)?\b(?:(?!\blessons?\b|\bplans?\b|\bfor\b|\bwith\b|\busing\b|\bresults?\b|"
    r"\bscores?\b|\berrors?\b|\bdata\b|\btests?\b)[^\n,;:]){0,40}?\b(?:course|curriculum|syllabus|"
    r"schemes? of work|units?(?!\s*(?:tests?|plans?|planning))|strand)\b)|"
    r"(?:ปรับ(?:ปรุง)?|พัฒนา|จัดทำ|เขียน|ออกแบบ)\s*(?:[A-Za-z]+\s+){0,2}?"
    r"(?i:course|curriculum|syllabus|schemes? of work)\b")


# Or a unit named by its title in quotes ("เพิ่มหน่วย 'ผ้าทอบ้านเรา'", "เขียนหน่วย 'ตลาดเก่าเมืองเรา' แทน
# หน่วยเดิม", "ให้หน่วย 'ผลไม้บ้านเรา' ใช้ลำไย…", "ปรับหน่วยการเรียนรู้…ให้มีหน่วย 'Local Products'"): the
# teacher makes or remakes that unit, and 30 of 30 area-1 tasks of fifteen spent writers that so name
# one are 1.1 (task_sets ts003 … task_sets20 tn020/tn025; those two had no action word before the
# artefact's full name); not a unit taught or followed (สอนหน่วย…, ตามหน่วย…: none in the writers).
# Or a course's structure revised (ปรับโครงสร้าง…, ปรับปรุงโครงสร้าง…, "ปรับโครงสร้างและหน่วยกิจกรรมแนะแนว…"):
# 15 of 15 area-1 tasks of nine writers are 1.1 (task_sets14 te046 had no artefact's full name).
# And "คิดค้น" is an action on the artefact as "ริเริ่มพัฒนา" is (the rubric's expert wording: "ริเริ่ม
# คิดค้น พัฒนารายวิชา…"): "คิดค้นหลักสูตรเสริม 'สะพานภาษา'…" (task_sets9 tw035); the two such tasks of
# two writers that are not 1.1 invent a teaching model, no artefact (tw013, tk032).
_NAMED_UNIT = re.compile(r"(?<!ตาม)(?<!สอน)หน่วย(?:การเรียนรู้|การจัดประสบการณ์|ประสบการณ์)?\s*['\"‘“]")
_STRUCTURE_REVISED = re.compile(r"ปรับ(?:ปรุง)?\s*โครงสร้าง")


def acts_on_curriculum(text: str) -> bool:
    """1.1's licence: an action on (a part of) a curriculum artefact, or a change that fits a
    course to its setting, or its units reordered or split, a unit named by its title or a
    structure revised, in Thai or English; see above."""
    from models.thai.analysis import analyse

    if (_UNITS_REORDERED.search(text) or _ENGLISH_ON_COURSE.search(text)
            or _NAMED_UNIT.search(text) or _STRUCTURE_REVISED.search(text)):
        return True
    a = analyse(text)
    for m in a.find(_CURRICULUM_ACTIONS):
        end = m.span[1]
        if _NOT_AN_ACTION.match(a.normal, end) or \
                a.normal[:m.span[0]].rstrip().endswith(("ที่", "ถูก")):  # ตัวชี้วัดที่กำหนดใน…
            continue
        if _ON_ARTEFACT.match(a.normal, end) or (
                m.text in _CHANGES and _FITTED_TO_SETTING.match(a.normal, end)):
            return True
    return False


# Three more ways writers put 1.1's work, read by the licence alone (not by acts_on_curriculum, whose
# answer the task-coverage model reads as a feature: that model is unchanged).  Counted over the 35
# spent writers' area-1 tasks (task_sets … task_sets35):
# - a joint or integrated unit made for several grades or subjects (หน่วยร่วม, หัวเรื่องร่วม, หน่วย
#   บูรณาการ, จัดหน่วย…; not one taught or followed, สอน…/ตาม…): 21 of 21 tasks of 13 writers are 1.1,
#   3 of them had no licence (task_sets22 tq007 "…ทำเป็นหน่วยบูรณาการสอนรวม 3 ชั้น", task_sets34
#   ug008 "…มาจัดเป็นหัวเรื่องร่วม… ได้หน่วยร่วม 8 หน่วย", task_sets35 uh036 "จัดหน่วยบูรณาการสังคม…");
# - the family service plan of early intervention, IFSP (แผนการให้บริการช่วยเหลือเฉพาะครอบครัว), made or
#   revised, as an IEP is: 3 of 3 tasks of three writers are 1.1 (task_sets22 tq013, task_sets28
#   ua010, task_sets34 ug044); the two that assess against its goals (ประเมิน… ใน IFSP) are 1.5 and
#   do not match;
# - the curriculum studied at the task's head and then acted on (…และกำหนดประสบการณ์สำคัญ…, …แล้ว
#   เลือกตัวชี้วัด…, …จัดทำกำหนดการจัดประสบการณ์…, …จับเรื่องที่ซ้ำกันมาสอนด้วยกัน…): 45 of 45 tasks of
#   25 writers are 1.1, 8 of them (five writers: task_sets18 tk015, task_sets28 ua016/ua051,
#   task_sets31 ud033, task_sets34 ug005/ug027, task_sets35 uh008/uh017) had no licence; the
#   curriculum only studied ("ศึกษาหลักสูตร… ก่อนเปิดภาคเรียน": three writers label it no item, one
#   1.1, task_sets29 ub018/ub051) or studied and then taught by (…และสอนตาม…, task_sets30 uc007)
#   does not match.
# Early-childhood, multi-grade and DLTV lists, where blind writers found false gaps at 1.1 (round 12).
_JOINT_UNIT = re.compile(r"(?<!ตาม)(?<!สอน)(?:หน่วยร่วม|หัวเรื่องร่วม|หน่วยบูรณาการ|จัดหน่วย)")
_FAMILY_PLAN = re.compile(r"(?:จัดทำ|ทำ|เขียน|ปรับ(?:ปรุง)?)\s*(?:แผน\s*)?"
                          r"(?:IFSP|การให้บริการช่วยเหลือเฉพาะครอบครัว)")
_STUDIED_THEN_ACTED = re.compile(
    r"^(?:ศึกษา|ดู)(?:และวิเคราะห์)?หลักสูตร[^\n]*?(?:และ|แล้ว|\s)"
    r"(?:กำหนด|เลือก|จัดทำ|ทำ(?!ความเข้าใจ)|ปรับ|เพิ่ม|จับ)")


def licensed_for_curriculum(text: str) -> bool:
    """1.1's licence: acts_on_curriculum, or one of the three readings above."""
    return bool(acts_on_curriculum(text) or _JOINT_UNIT.search(text)
                or _FAMILY_PLAN.search(text) or _STUDIED_THEN_ACTED.search(text.strip()))


LICENCES = {"1.1": licensed_for_curriculum}


def licensed_tasks(area: int, tasks: list[str], cues: list[set[str]] | None = None
                   ) -> dict[str, set[int]]:
    """For each item the classifier may not establish alone, the tasks where it may count it:
    those with the item's cue or its licence (LICENCES).  `cues`: `cue_items(area, tasks)` when
    the caller has it already."""
    from models.classifiers.item_mapper import CUE_ONLY_ITEMS

    gated = [c for c in sorted(CUE_ONLY_ITEMS) if c in _item_cues(area)]
    if not gated:
        return {}
    if cues is None:
        cues = cue_items(area, tasks)
    out: dict[str, set[int]] = {c: set() for c in gated}
    for i, t in enumerate(tasks):
        if not (t and t.strip()):
            continue
        for c in gated:
            if c in cues[i] or (c in LICENCES and LICENCES[c](t)):
                out[c].add(i)
    return out


# A row with no words, only a dash, dots or its item number ("-", "1.4 -", "2.3 ……………"), does no work,
# wherever it stands: 0 of 11 such rows of six writers address an item (task_sets11 tb007,
# task_sets15 tf033/tf045, task_sets19 tm012, task_sets22 tq005, tq036 ×2, task_sets26 tj004/tj020/
# tj023/tj033; task_sets26.md: "the fourth row (2.3's place) is left '-'").  The item classifier
# spreads its probability over such a short row's items (a lone "-" read 3.3 at 0.26 and 2.3 at
# 0.39), so it is not read at all.  A rubric title over dotted blanks has words and is read as
# before (task_sets24 tl037).
_A_LETTER = re.compile(r"[A-Za-z\u0E01-\u0E2E]")


def has_words(task: str | None) -> bool:
    """Does the task hold any word (a Thai or Latin letter), not only digits and punctuation?"""
    return bool(task and _A_LETTER.search(task))


def _layout_items(area: Area) -> tuple[set[str], set[str]]:
    """(the items the layout's own `items` give a task with words, the items of the area)."""
    covered = {code for code, idx in area.items.items()
               if any(0 <= i < len(area.tasks) and has_words(area.tasks[i]) for i in idx)}
    return covered, {code for code, item in items().items() if item.area == area.area}


def _read_ahead(doc: Pa1Document) -> None:
    """One item-model call for the tasks of every area `covered_items` will read with the model
    (item_mapper.read_ahead), instead of one or more per area."""
    try:
        from models.classifiers.item_mapper import read_ahead
    except ImportError:
        return
    read_ahead([(a.area, list(a.tasks)) for a in doc.part1.areas if _reads_model(a)])


def _reads_model(area: Area) -> bool:
    """Does `covered_items` ask the item model about the area (tasks the layout does not map)?"""
    covered, wanted = _layout_items(area)
    return _has(area.tasks) and not wanted <= covered


def covered_items(area: Area, generous: bool = True, year: int | None = None
                  ) -> tuple[set[str], str, dict[str, tuple[float, int]]]:
    """Items the area's tasks address: the layout's own `items`, completed by the item mapper
    (models.classifiers.item_mapper: an item counts when any task reaches its calibrated coverage
    threshold, not only each task's best items; a task that reads as another area's work counts
    for none) and by the rubric's cue words (items.toml): an item is reported uncovered only when
    no task plausibly addresses it.  Also returns, per item, the mapper's best score and the task
    that reached it.  `generous=False` (a layout of one row per item, where the teacher placed
    every task) skips the coverage threshold: a task in another item's row has to be mapped to
    the item, not merely come close to it.  A task dated wholly to a year before the agreement's
    (`year`: its fiscal year, or the least it can be; models.checks.past_year) is last year's work
    and addresses no item: it is read as a blank row."""
    area = past_year.without_past_rows(area, year)
    area = institution_rows.without_institution_rows(area)  # the school's work, not hers
    covered, wanted = _layout_items(area)
    if wanted <= covered:
        return covered, "layout", {}  # the form already says which task addresses which item
    tasks = list(area.tasks)
    how = "cues"
    scores: dict[str, tuple[float, int]] = {}
    aside: set[tuple[int, str]] = set()
    try:
        from models.classifiers.item_mapper import cover_threshold, coverage, set_aside
    except ImportError:
        coverage = None
    cues: list[set[str]] | None = None
    if coverage is not None:
        from models.classifiers.item_mapper import CUE_ONLY_ITEMS
        if any(c in _item_cues(area.area) for c in CUE_ONLY_ITEMS):
            cues = cue_items(area.area, tasks)  # once: licensed_tasks and the fallback below read it
        only = licensed_tasks(area.area, tasks, cues)
        mapped, scores = coverage(area.area, tasks, **({"only": only} if only else {}))
        # the pairs coverage set aside: words used without the work (a survey, letters filed…)
        aside = set_aside(area.area, tasks)
        covered |= {code for code, idx in mapped.items() if idx}
        if generous:  # the band: close to an item, confirmed by the task-coverage model
            from models.classifiers.item_mapper import band_confirmed
            tau = cover_threshold(area.area)
            band = {code: i for code, (p, i) in scores.items() if p >= tau and code not in covered}
            if band:
                covered |= band_confirmed(area.area, tasks, band)
        how = "classifier+cues"
    if not wanted <= covered:
        hits = cues if cues is not None else cue_items(area.area, tasks)
        if coverage is not None:  # cue hits the task-coverage model must confirm (CUE_CONFIRM)
            from models.classifiers.item_mapper import unconfirmed_cues
            aside = aside | unconfirmed_cues(area.area, tasks, hits)
        for index, hit in enumerate(hits):
            covered |= {item for item in hit if (index, item) not in aside}
    return covered, how, scores


def _set_aside(area: Area) -> set[tuple[int, str]]:
    try:
        from models.classifiers.item_mapper import set_aside
    except ImportError:
        return set()
    return set_aside(area.area, list(area.tasks))  # cached: covered_items asked already


def item_uncovered(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    _read_ahead(doc)
    for area in doc.part1.areas:
        if not _has(area.tasks):
            continue  # part1.area-missing already says it
        covered, how, scores = covered_items(area, generous=doc.layout != "item-rows",
                                             year=_judged_year(doc))
        aside = _set_aside(area) if how != "layout" else set()
        for code, item in items().items():
            if item.area == area.area and code not in covered:
                score, nearest = scores.get(code, (0.0, -1))
                details = {"item": code, "mapped_by": how, "score": round(score, 4),
                           "evidence": []}
                if nearest >= 0:
                    details["nearest_task"] = nearest
                # tasks that use the item's words without its work (the reviewer's why)
                named = sorted(i for i, c in aside if c == code)
                if named:
                    details["set_aside"] = named
                yield ctx.finding("part1.item-uncovered",
                                  Location(part="part1", area=area.area, field="tasks"),
                                  details=details, item=code, item_th=item.th, item_en=item.en)


def _rows(doc: Pa1Document, area: Area) -> dict[int, dict[str, list[int]]] | None:
    """In the one-row-per-item layout: row → field → indexes (from doc.sources); else None."""
    if doc.layout != "item-rows":
        return None
    rows: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for field in ("tasks", "outcomes", "indicators"):
        for i, s in enumerate(getattr(area, field)):
            ref = doc.sources.get(field_key("part1", field, area.area, i))
            if ref is None or ref.row is None:
                return None
            if s and s.strip():
                rows[ref.row][field].append(i)
    return rows


def _chain_missing(doc: Pa1Document, ctx: CheckContext, have: str, lack: str,
                   rule_id: str) -> Iterator[Finding]:
    learner = suggest.learner_of(doc)  # the suggestion's learners: เด็ก in early childhood
    for area in doc.part1.areas:
        rows = _rows(doc, area)
        if rows is not None:
            for row, fields in sorted(rows.items()):
                if fields.get(have) and not fields.get(lack):
                    first = fields[have][0]
                    excerpt = getattr(area, have)[first]
                    code = _row_item(area, fields.get("tasks", []))
                    yield ctx.finding(rule_id, Location(part="part1", area=area.area, field=lack),
                                      excerpt, details={"row": row, have: fields[have],
                                                        **({"item": code} if code else {})},
                                      area=area.area, learner=learner, **_in_item(code))
        elif _has(getattr(area, have)) and not _has(getattr(area, lack)):
            yield ctx.finding(rule_id, Location(part="part1", area=area.area, field=lack),
                              area=area.area, learner=learner, **_in_item(None))


def _row_item(area: Area, tasks: list[int]) -> str | None:
    """The item of a row (its tasks' first item, as service/row_items.row_item_map reads it)."""
    return next((c for c, idx in area.items.items() if set(idx) & set(tasks)), None)


def _in_item(code: str | None) -> dict[str, str]:
    """The row's item in a message: "ด้านที่ 1 ข้อ 1.3 มีงาน…", "Area 1, item 1.3, has tasks…"."""
    return {"in_item_th": f" ข้อ {code}" if code else "",
            "in_item_en": f", item {code}," if code else ""}


def outcome_missing(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    yield from _chain_missing(doc, ctx, "tasks", "outcomes", "part1.outcome-missing")


def indicator_missing(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    yield from _chain_missing(doc, ctx, "outcomes", "indicators", "part1.indicator-missing")


def outcome_teacher_centred(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    learner = suggest.learner_of(doc)
    for area in doc.part1.areas:
        for i, text in enumerate(area.outcomes):
            if text and text.strip():
                loc = Location(part="part1", area=area.area, field="outcomes", index=i)
                f = check_outcome(text, area.area, ctx, loc, row_details(doc, loc), learner)
                if f is not None:
                    yield f


def check_outcome(text: str, area: int | None, ctx: CheckContext, loc: Location,
                  details: dict | None = None, learner: str = suggest.LEARNER) -> Finding | None:
    """part1.outcome-teacher-centred on one outcome (check-text uses it too).  In area 3 (self
    development) an outcome about the teacher is common and partly legitimate: `info` there."""
    from models.checks.indicator import is_not_learner

    t = ctx.text(text)
    if not is_not_learner(t):
        return None
    evidence = t.subject_evidence or ""
    # about other people (parents, the network): not the teacher's work, but not a change in
    # learners either: a note.  In area 3 (self development) the teacher is the natural subject.
    severity = Severity.INFO if area == 3 or t.subject == "other" else None
    subject_th, subject_en = _OUTCOME_SUBJECT.get(t.subject, _OUTCOME_SUBJECT["teacher"])
    # in English, the rewrite is English (suggestion_th: the catalogue's Thai model, if any)
    english = suggest_en.is_english(text)
    return ctx.finding("part1.outcome-teacher-centred", loc, text,
                       suggestion_th=None if english else suggest.rewrite_outcome(text, learner),
                       suggestion_en=suggest_en.rewrite_outcome(text, suggest_en.learner_words(learner))
                       if english else None,
                       details={**(details or {}), "subject": t.subject, "evidence": [evidence]},
                       severity=severity, evidence=evidence, subject_th=subject_th,
                       subject_en=subject_en)


# What a non-learner outcome states, by its subject (the message names the right actor: parents
# or the network are not "what the teacher does").
_OUTCOME_SUBJECT = {
    "teacher": ("สิ่งที่ครูทำหรือได้", "what the teacher does or produces"),
    "documents": ("เอกสาร สื่อ หรือผลงานของครู", "the teacher's documents, materials or products"),
    "things": ("วัสดุ อุปกรณ์ หรือสถานที่", "equipment, materials or facilities"),
    "other": ("สิ่งที่ผู้อื่นซึ่งไม่ใช่ผู้เรียนทำหรือได้รับ",
              "what someone other than the learners does or receives"),
}


def _key(text: str) -> str:
    return re.sub(r"[\s.,;:()\-–•]+", "", text)


def indicator_duplicated(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    places: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for area in doc.part1.areas:
        for i, text in enumerate(area.indicators):
            if text and _key(text):
                places[_key(text)].append((area.area, i, text))
    for found in places.values():
        areas = {a for a, _, _ in found}
        if len(found) < DUPLICATE_MIN and not (len(found) >= 2 and len(areas) >= 2):
            continue
        a, i, text = found[0]
        where = [{"area": x, "index": j} for x, j, _ in found]
        listing = ", ".join(f"ด้านที่ {x} ข้อ {j + 1}" for x, j, _ in found)
        listing_en = ", ".join(f"area {x} no. {j + 1}" for x, j, _ in found)
        loc = Location(part="part1", area=a, field="indicators", index=i)
        yield ctx.finding("part1.indicator-duplicated", loc, text,
                          details={**row_details(doc, loc), "places": where}, count=len(found),
                          places_th=listing, places_en=listing_en)


def _judged_year(doc: Pa1Document) -> int:
    """The year Part 1's rows are judged against: the agreement's fiscal year, or when the header
    states none the least it can be (models.checks.past_year.reference_year)."""
    return past_year.reference_year(past_year.agreement_year(doc.header),
                                    [t for a in doc.part1.areas for t in a.tasks if t])


def task_past_year(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    """A task dated wholly to a year before the agreement's (models.checks.past_year): last year's
    work copied into this agreement; covered_items gives it no item."""
    year = past_year.agreement_year(doc.header)
    reference = _judged_year(doc)
    for area in doc.part1.areas:
        for i, p in sorted(past_year.past_rows(list(area.tasks), year, reference).items()):
            loc = Location(part="part1", area=area.area, field="tasks", index=i)
            when_th, when_en = _WHEN[p.kind]
            yield ctx.finding(
                "part1.task-past-year", loc, area.tasks[i],
                details={**row_details(doc, loc), "year": p.year, "year_kind": p.kind,
                         "agreement_year": p.agreement_year, "evidence": [p.evidence]},
                when_th=f"{when_th} {p.year}", when_en=f"{when_en} {p.year}",
                agreement_th=(f" ซึ่งอยู่ก่อนปีงบประมาณ {p.agreement_year} ของข้อตกลงนี้"
                              if p.agreement_year else ""),
                agreement_en=(f", before this agreement's fiscal year {p.agreement_year}"
                              if p.agreement_year else ""),
                this_year=(f"ปีงบประมาณ {p.agreement_year}" if p.agreement_year
                           else "ปีของข้อตกลงนี้"))


_WHEN = {"academic": ("ปีการศึกษา", "academic year"), "fiscal": ("ปีงบประมาณ", "fiscal year")}

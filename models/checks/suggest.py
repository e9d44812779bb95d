"""Suggested rewrites in Thai that keep the teacher's own content.

`rewrite_indicator(text)` fixes, in order, what the indicator rules find: a missing target share
(`ร้อยละของนักเรียนมีทักษะการคิดวิเคราะห์` → `นักเรียนร้อยละ … มีทักษะการคิดวิเคราะห์อยู่ในระดับดีขึ้นไป`),
provision instead of a result, a vague comparative, a missing criterion.  `…` marks what only the
teacher can fill in; the checks never invent a number.
"""

from __future__ import annotations

import re
from functools import cache

from models.rubric import lexicon, load_toml
from models.thai.analysis import ORG_NOUN, SHARE_KINDS, Match, ThaiText, analyse

GAP = "…"
CRITERION = "อยู่ในระดับดีขึ้นไป"
BASELINE = f"ร้อยละ {GAP} เมื่อเทียบกับปีการศึกษาที่ผ่านมา"
_LEARNER = r"(?:นักเรียน|ผู้เรียน|เด็กปฐมวัย|เด็ก|นักศึกษา)"
# `อยู่ในระดับดีขึ้น` / `ในระดับที่ดีขึ้น`: the scale's criterion `ระดับดีขึ้นไป` with `ไป` left out.
_LEVEL_BEFORE = re.compile(r"ระดับ\s*(?:ที่)?\s*$")
_LEADING_LEARNER = re.compile(rf"^\s*(?P<who>{_LEARNER}(?:ชั้น\S*)?)(?:ที่|ซึ่ง)?\s*")
_PURPOSE = re.compile(r"^\s*(?:ให้|เพื่อให้|เพื่อ)\s*")
LEARNER = "นักเรียน"  # the learners a suggestion names when the teacher named none
EARLY_CHILDHOOD_LEARNER = "เด็ก"  # early childhood forms say เด็กร้อยละ …, never นักเรียน


def learner_of(doc) -> str:
    """`เด็ก` for an early-childhood document (the only ticked level, or, with no box ticked, the
    only level its classes show: workload.inferred_school_types), else `นักเรียน`."""
    from models.checks.workload import inferred_school_types

    ticked = {str(t) for t in doc.header.classroom_types}
    levels = ticked if ticked else inferred_school_types(doc)[0]
    return EARLY_CHILDHOOD_LEARNER if levels == {"early_childhood"} else LEARNER


def rewrite_indicator(text: str, learner: str = LEARNER) -> str:
    """A corrected indicator that keeps the teacher's wording (or the text itself when nothing
    needs fixing); `learner` names the learners where the teacher named none."""
    t = analyse(text)
    out = t.normal.strip()
    out = _drop_process(t, out)
    out = _anchor_change(analyse(out), out)
    out = _add_target(analyse(out), out, learner)
    if not has_criterion(analyse(out)):
        # "อยู่ในระดับดี" gives way to the criterion; "อยู่ในกลุ่มปกติ" is the teacher's content
        cut = out.rfind("อยู่ใน")
        cut = cut if cut > 0 and re.match(r"อยู่ใน\s*(?:ระดับ|[0-9๐-๙])", out[cut:]) else -1
        out = _append(out[:cut], CRITERION) if cut > 0 else _append(out, CRITERION)
    elif trait_without_criterion(analyse(out)):
        first, *extra = _AND_HAS.split(out)
        out = first + "".join(f" และมี{_append(x, CRITERION) if _bare_trait(x) else x}" for x in extra)
    return out


# A second trait the same learners "also have": "…ระดับ 3 ขึ้นไป และมีความพึงพอใจต่อการเรียน…".
_AND_HAS = re.compile(r"\s*และ\s*มี(?=\s*(?:ความ|ทักษะ|เจตคติ|นิสัย|พฤติกรรม|คุณลักษณะ|ผลการ|คะแนน|พัฒนาการ))")


def _bare_trait(clause: str) -> bool:
    t = analyse("มี" + clause)
    return not has_criterion(t) and not t.comparatives


def trait_without_criterion(t: ThaiText) -> bool:
    """A compound whose added trait has no level of its own (`…ระดับดีขึ้นไป และมีความพึงพอใจ
    ต่อการเรียนด้วยบทเรียนออนไลน์`): the first clause's level does not cover it (statements3 u028,
    statements2: four compounds labelled so).  A trait with a change word is vague-change's (the
    same labellers raise only that one)."""
    return any(_bare_trait(x) for x in _AND_HAS.split(t.normal)[1:])


def rewrite_outcome(text: str, learner: str = LEARNER) -> str:
    """A learner-centred wording of a teacher-centred outcome, keeping its topic: what learners
    gain from the teacher's material, from the teacher's work, or from what others (parents, the
    network, fellow teachers) do."""
    t = analyse(text)
    head = f"{learner}มี{GAP}(ความรู้ ทักษะ หรือคุณลักษณะที่พัฒนาขึ้น)"
    if _others_act(t):
        clause = _clause(t)
        return f"{head} {_from(clause)}" if clause else head
    if t.find_lexicon("document_subjects") or t.subject == "things":
        topic = topic_of(t)
        return f"{head} จากการเรียนด้วย{topic}" if topic else head
    use = teacher_use(t)
    return f"{head} เมื่อครู{use}" if use else head


def rewrite_not_learner(text: str, learner: str = LEARNER) -> str:
    """The learner result a teacher-, document- or other-centred indicator stands for, keeping
    what the teacher wrote as its means: `…ที่เรียนด้วยแผนการจัดการเรียนรู้…`, `…หลังครูนำความรู้จาก
    การอบรมมาใช้…`, `…จากการที่ผู้ปกครองเข้าร่วมกิจกรรม…`."""
    t = analyse(text)
    result = f"{learner}ร้อยละ {GAP} มี{GAP}{CRITERION}"
    if _others_act(t):
        clause = _clause(t)
        return f"{result} {_from(clause)}" if clause else result
    if t.subject == "teacher":
        use = teacher_use(t)
        return f"{result} หลังครู{use}" if use else result
    topic = topic_of(t)
    if t.subject == "things":
        # equipment is used, not studied ("ที่ใช้เครื่องมือวัดไฟฟ้า…")
        ev = t.subject_evidence or ""
        topic = topic if topic.startswith(ev) else ev
        return f"{learner}ร้อยละ {GAP} ที่ใช้{topic} มี{GAP}{CRITERION}" if topic else result
    if not topic:
        return result
    if _LEARNING_MATERIAL.match(topic):
        return f"{learner}ร้อยละ {GAP} ที่เรียนด้วย{topic} มี{GAP}{CRITERION}"
    return f"{result} จาก{topic}"  # a project, a report, a system: the result comes from it


# Material learners study with ("ที่เรียนด้วย…"); other documents (reports, projects, certificates,
# systems) are what the result comes from, not what learners study.
_LEARNING_MATERIAL = re.compile(
    r"(?:แผน|สื่อ|ชุด|แบบฝึก|บทเรียน|คลิป|นวัตกรรม|ใบงาน|ใบความรู้|หนังสือ|เกม|วีดิทัศน์|วิดีโอ|คู่มือ"
    r"|กิจกรรม|โปรแกรม|แอป|แหล่งเรียนรู้|หน่วยการเรียนรู้|หน่วยการจัดประสบการณ์|แบบเรียน|เอกสารประกอบ"
    r"|นิทาน|บัตรคำ|สไลด์|e-?book|E-?book|หลักสูตร|รูปแบบ|เทคนิค|วิธีการ)")

# Other people as the subject: parents, the community, the network, fellow teachers, the school.
_PEERS = re.compile(r"^\s*(?:เพื่อนครู|ครู\S{0,12}?(?:ใน|ของ)?(?:เครือข่าย|กลุ่ม|โรงเรียน|สหวิทยาเขต|สถานศึกษา"
                    r"|ศูนย์|อำเภอ|สังกัด)|ผู้บริหาร|คณะกรรมการ"
                    r"|ครู\s*(?:และ|[0-9๐-๙]|ร้อยละ|ทุกคน)|ครูผู้สอน\s*(?:และ|[0-9๐-๙]))")
# A counting head: "จำนวนครั้งการประสานงาน…", "ร้อยละของครูในกลุ่มสาระที่…", "จำนวนผู้ปกครองที่…".
_COUNT_LEAD = re.compile(r"^\s*(?:ร้อยละ|จำนวน|ปริมาณ|อัตรา)\s*(?:ของ)?\s*(?P<times>ครั้ง(?:ที่)?)?\s*")
# The person counted, then the relative ที่ that a clause does not need ("ผู้ปกครองที่ร่วม…").
_PERSON_THAT = re.compile(r"^((?:ผู้|ครู|เพื่อนครู|ภาคี|เครือข่าย|ชุมชน|หน่วยงาน|สถานประกอบการ|โรงเรียน|วิทยากร)"
                          r"\S{0,25}?)ที่(?!เกี่ยวข้อง|ปรึกษา|ดี)")
# Words a figure leaves behind when it is taken out ("ไม่น้อยกว่า 5 แห่ง", "จำนวน 10 แผน").
_FIGURE_LEAD = re.compile(r"(?:\s*(?:จำนวน|ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|ไม่เกิน|ครบ|ทั้ง|คิดเป็น))+\s*$")


def _others_act(t: ThaiText) -> bool:
    """Someone other than the teacher and the learners is the subject (parents, the network, a
    school, fellow teachers), or the statement counts events (`จำนวนครั้ง…`)."""
    lead = _COUNT_LEAD.match(t.normal)
    if _PEERS.match(t.normal[lead.end():] if lead else t.normal):
        return True
    return t.subject == "other" and t.subject_evidence is not None


_PEOPLE = re.compile(r"ผู้|ครู|เพื่อนครู|ชุมชน|ภาคี|เครือข่าย|หน่วยงาน|สถานประกอบการ|โรงเรียน|สถานศึกษา"
                     r"|วิทยากร|ปราชญ์|คณะกรรมการ")


def _from(clause: str) -> str:
    """`จากการที่ผู้ปกครองเข้าร่วม…` for someone's doing (or a clause with no subject: `จากการที่
    ได้รับความร่วมมือ…`), `จากการประสานงาน…` for an event, `จากงานที่ได้รับมอบหมาย` for a thing
    (its own predicate left out)."""
    if _PEOPLE.match(clause) or re.match(r"ได้|มี|เป็น|สามารถ|นำ|จัด|เข้า|เกิด", clause):
        return f"จากการที่{clause}"
    if clause.startswith(("การ", "ความ")):
        words = [w for w in analyse(clause).words if w.strip()]
        verb = any(_is_predicate(w) and p not in ("ที่", "ซึ่ง") for p, w in zip(words, words[1:]))
        return f"จากการที่{clause}" if verb else f"จาก{clause}"
    return f"จาก{_tidy(_noun_phrase(clause)) or clause}"


_THAI = re.compile(r"[\u0e01-\u0e4e]")
# A counting word left alone after its number ("ไม่น้อยกว่า 10 โรงเรียน" at the end of the statement).
_UNIT_AFTER = re.compile(r"\s*[\u0e01-\u0e4e]{1,12}(?=\s|$)")


def _clause(t: ThaiText) -> str:
    """The statement as a clause without its figures: `ผู้ปกครองร้อยละ ๗๐ เข้าร่วมกิจกรรม…` →
    `ผู้ปกครองเข้าร่วมกิจกรรม…`; `จำนวนครั้งการประสานงาน…` → `การประสานงาน…`."""
    s = t.normal
    cuts = [q.span for q in t.quantities]
    if t.criterion is not None and not s[t.criterion.span[1]:].strip():
        cuts.append(t.criterion.span)  # "…ระดับมากขึ้นไป" at the end belongs to the figure
    for a, b in sorted(cuts, reverse=True):
        lead = _FIGURE_LEAD.search(s[:a])
        a = lead.start() if lead else a
        unit = _UNIT_AFTER.match(s, b)  # "50 คำ", "10 โรงเรียน": the counting word goes too
        b = unit.end() if unit else b
        left = re.sub(r"(?:ภาคเรียน|สัปดาห์|เดือน|ปีการศึกษา|ปี|วัน|คน)ละ$", "", s[:a].rstrip()).rstrip()
        right = s[b:].lstrip()
        thai = bool(left and right and _THAI.match(left[-1]) and _THAI.match(right[0]))
        s = f"{left}{'' if thai else ' '}{right}"
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^ของ\s*", "", s)  # "ร้อยละ 90 ของผู้ปกครอง…"
    m = _COUNT_LEAD.match(s)
    if m and m.end() < len(s):
        s = s[m.end():]
        if not m.group("times"):
            s = _PERSON_THAT.sub(r"\1", s, count=1)
    s = re.sub(r"^(?:ใน)?ระดับ\S*\s*$", "", s)
    return _tidy(s)


def _tidy(s: str) -> str:
    """No dangling joiner or unclosed bracket at the end of a phrase cut from a sentence."""
    s = s.strip()
    if s.count("(") > s.count(")"):
        s = s[:s.rfind("(")].strip()
    while True:
        cut = re.sub(r"(?:\s*(?:(?<!พื้น)(?<!สถาน)(?<!หน้า)ที่|ซึ่ง|ของ|และ|(?<!ภาย)ใน|กับ|ด้วย|สำหรับ|โดย"
                     r"|(?<!ติด)ตาม|จาก|ได้)|\s+ชั้น|\s*(?:ชั้น\s*)?(?:ป|ม|อ)\."
                     r"|\s*(?:ภาคเรียน|สัปดาห์|เดือน|ปีการศึกษา|ปี|วัน)ละ|\s*อยู่|\s*[,/:;–-])$", "", s)
        if cut == s:
            return s
        s = cut.strip()


_MAKE = re.compile(r"^(จัดทำ|สร้าง|พัฒนา|ผลิต|ออกแบบ|เขียน)\s*")


def teacher_use(t: ThaiText) -> str:
    """What the teacher brings into teaching, as `นำ…มาใช้ในการจัดการเรียนรู้`:
    `ครูเข้ารับการอบรม…` → `นำความรู้จากการเข้ารับการอบรม…`, `ครูผ่านการอบรม…` → `นำความรู้จากการอบรม…`,
    `ครูจัดทำแผนการจัดการเรียนรู้…` → `นำแผนการจัดการเรียนรู้ที่จัดทำขึ้น…`, `ครูมีความรู้…` →
    `นำความรู้…`."""
    work = teacher_work(t)
    work = re.sub(r"^สามารถ\s*", "", work)
    vague = [c.word for c in t.comparatives if c.vague]
    for w in vague:
        if work.endswith(w):
            work = work[:-len(w)].strip()
    work = _tidy(work)
    if not work:
        return ""
    if work.startswith("นำ") and "มา" in work:  # "นำความรู้จากการอบรมมาพัฒนา…" says it already
        return work
    if re.match(r"ได้รับ(?!การ)", work):  # "ได้รับความร่วมมือจากผู้ปกครอง…": what the teacher gets
        return work
    work = re.sub(r"^ได้(?!รับ)", "", work)  # "ได้พัฒนาตนเอง…"
    if re.match(r"มี(?!ส่วน)", work):
        thing = re.sub(r"^(?:เกียรติบัตร|วุฒิบัตร)\s*", "", work[2:].strip())  # the training it proves
        if re.match(r"ความ|ทักษะ|สมรรถนะ|ประสบการณ์", thing) or \
                analyse(thing).find_lexicon("document_subjects"):
            what = thing
        else:
            what = f"ความรู้จาก{thing}"
    else:
        make = _MAKE.match(work)
        thing = work[make.end():] if make else ""
        if make and thing and analyse(thing).find_lexicon("document_subjects"):
            done = "ที่ออกแบบไว้" if make.group(1) == "ออกแบบ" else f"ที่{make.group(1)}ขึ้น"
            sep = " " if re.search(r"[0-9A-Za-z)]$", thing) else ""
            what = f"{thing}{sep}{done}"
        else:
            work = re.sub(r"^(?:ผ่าน|ได้รับ)(?=การ)", "", work)
            noun = work.startswith(("การ", "ชุมชนการเรียนรู้", "PLC", "วง"))  # no verb to nominalise
            if noun and not work.startswith("การ"):
                work = _tidy(_noun_phrase(work.split(" ")[0]))  # the PLC itself, not its state
            what = f"ความรู้จาก{work}" if noun else f"ความรู้จากการ{work}"
    if re.search(r"[0-9A-Za-z)]$", what):
        what += " "
    return f"นำ{what}มาใช้ในการจัดการเรียนรู้"


def teacher_work(t: ThaiText) -> str:
    """`ครูเข้ารับการอบรมอย่างน้อย 20 ชั่วโมงต่อปี` → `เข้ารับการอบรม`."""
    s = re.sub(r"^\s*(?:ครูที่ปรึกษา|ครูประจำชั้น|ครูผู้สอน|ครู|ข้าพเจ้า|ผู้สอน)\s*", "", t.normal.strip())
    s = re.split(r"\s*(?:ร้อยละ|จำนวน|อย่างน้อย|ไม่น้อยกว่า|ครบ|ทุก|\d|[๐-๙])", s, maxsplit=1)[0]
    s = re.split(r"\s+(?=มี)", s, maxsplit=1)[0]  # "ผ่านการทดสอบ… มีคะแนน…": the work, not its score
    # how well it was done is no part of the work ("…ได้อย่างมีประสิทธิภาพ", "…ได้ในระดับดี")
    s = re.sub(r"\s*(?:ได้)?\s*(?:อย่าง\S*|(?:อยู่)?ใน\s*ระดับ\S*|ระดับ\s*[A-Za-z]*|เป็นไป\S*)$", "", s)
    return _tidy(s)


# A zero count opening the statement: the count (none) is the target, a figure in it is its bar
# (counts in the commit message).
_ZERO_COUNT_OPENS = re.compile(r"\s*ไม่\s*มี")


def has_criterion(t: ThaiText) -> bool:
    """A level or criterion of success, an anchored change, or a mean/level with a bar."""
    if t.criterion is not None:
        return True
    if any(not c.vague for c in t.comparatives):
        return True
    # The share of learners: `ทุกคน` when written ("มีเวลาเรียนไม่ต่ำกว่าร้อยละ 80 … ทุกคน": the
    # percentage is then the bar), else the first percentage.
    shares = [q for q in t.quantities if q.kind in ("percent", "all") and not q.threshold
              and not q.change]
    share = next((q for q in shares if q.kind == "all"), shares[0] if shares else None)
    # The whole group counted before any percentage is the share as ทุกคน is: "นักเรียนทั้ง 31 คนมี
    # เวลาเรียนไม่น้อยกว่าร้อยละ 80", "นักเรียนทั้ง ๒ คน ทำงานที่มอบหมายเสร็จไม่น้อยกว่าร้อยละ ๗๐" (the
    # percentage is each learner's bar: challenges16 c16-008 [1], challenges10 c10-021 [1], clean);
    # not "ร้อยละ ๗๕ ของนักเรียนทั้ง ๑๓ คน" (the percentage first is the share)
    whole = next((q for q in t.quantities if q.kind == "count" and q.unit == "คน"
                  and _WHOLE_GROUP.search(t.normal, 0, q.span[0])), None)
    if whole is not None and share is not None and share.kind == "percent" \
            and whole.span[0] < share.span[0]:
        share = whole
    if any(q.comparator and q is not share for q in t.quantities):
        return True  # "มีเวลาเรียนไม่น้อยกว่าร้อยละ 80", "อย่างน้อย 3 เป้าหมาย"
    if share is not None and share.comparator and _MEAN_HEAD.search(t.normal[:share.span[0]]):
        return True  # "คะแนนเฉลี่ยหลังเรียน…ไม่ต่ำกว่าร้อยละ 65": the mean's bar, not a share
    if share is not None and share.comparator in ("<=", "<"):
        return True  # a ceiling is itself the bar: "อัตราการออกกลางคันไม่เกินร้อยละ 5"
    if share is not None and share.comparator and _ZERO_COUNT_OPENS.match(t.normal):
        return True  # none over a figure: "ไม่มีห้องใดที่มีอัตราการขาดเรียนเกินร้อยละ 3" (the figure is the bar)
    if share is not None and _RATE_HEAD.match(t.normal):
        return True  # a rate's figure is its bar: "อัตราการมาเรียนของนักเรียนร้อยละ 95"
    if any(q is not share and _PER_HEAD.search(t.normal, 0, q.span[0]) for q in t.quantities):
        return True  # a bar for each learner: "มีโครงงานอาชีพคนละ ๑ โครงงาน", "อ่านหนังสือคนละ 5 เล่ม"
    if any(q.kind == "number" and q is not share and _MEASURE.match(t.normal, q.span[1])
           for q in t.quantities):
        return True  # a measured bar: "ว่ายน้ำได้ระยะทาง 25 เมตร", "วิ่ง 50 เมตรภายใน 10 วินาที"
    return any(q.kind in ("mean", "level") or (q.kind == "count" and q.unit not in (None, "คน")
                                                 and not _CLASSES.match(t.normal, q.span[1])
                                                 and not (q.unit == "แห่ง"
                                                          and _ORG_PLACES.search(t.normal, 0, q.span[0])))
               for q in t.quantities)


# A count of classes sizes the group of learners, it is no product counted: "นักเรียนชั้น ป.6 จำนวน
# 2 ห้องเรียน มีทักษะ…" names two classes and no bar (statements3 u001, u081: no-criterion).  Read
# after the unit `ห้อง`: `ห้องเรียน` or `ห้อง` alone, not "๔ ห้องเพลง" (bars of music, a bar).
_CLASSES = re.compile(r"(?<=ห้อง)(?:เรียน)?(?![\u0e01-\u0e4e])")


# The same for the schools or centres the learners are in: "นักเรียนชั้น ม.5 ในโรงเรียนเครือข่าย 5 แห่ง
# จำนวน 420 คน มีผลงานศิลปะ…" sizes the group and states no bar (challenges21 c21-041 [0], labelled
# no-criterion).  Spent results and indicators with "<school or network> N แห่ง": 24 rows of 14
# files; the other 23 state a bar elsewhere or are not about learners, and are read as before.
_ORG_PLACES = re.compile(rf"(?:{ORG_NOUN}|เครือข่าย)\S{{0,20}}\s*(?:ทั้ง\s*)?$")
_RATE_HEAD = re.compile(r"^\s*อัตรา")
_WHOLE_GROUP = re.compile(r"ทั้ง\s*$")
# "คนละ N": a quantity per learner is each learner's bar, as "อย่างน้อยคนละ 2 เครื่อง" (numbers.py _RATE).
_PER_HEAD = re.compile(r"คนละ\s*$")
_MEAN_HEAD = re.compile(r"เฉลี่ย")
# Units of a measured performance (distance, time, weight, words, items, moves …).
_MEASURE = re.compile(r"\s*(?:จุด|ฐาน|ด่าน|เมตร|กิโลเมตร|เซนติเมตร|กิโลกรัม|นาที|วินาที|คำ|ข้อ|ตัว|ท่า|เพลง|ชนิด"
                      r"|ประโยค|บาท|เครื่อง|ลาย|ขั้นตอน|รายการ|หน้า|บท|ประเภท|ผลิตภัณฑ์|สถานการณ์)")


def topic_of(t: ThaiText) -> str:
    """What a teacher- or document-centred statement is about: the noun phrase after the teacher's
    subject and verb, up to its own predicate (`ครูมีแผนการจัดการเรียนรู้ที่…` →
    `แผนการจัดการเรียนรู้ที่…`; `ระบบเครือข่ายของโรงเรียนใช้งานได้…` → `ระบบเครือข่ายของโรงเรียน`)."""
    s = t.normal.strip()
    docs = t.find_lexicon("document_subjects")
    if docs:
        s = s[docs[0].span[0]:]
    else:
        s = re.sub(r"^(?:ครูผู้สอน|ครู|ข้าพเจ้า|ผู้สอน)\s*", "", s)
        for verb in sorted(lexicon("teacher_verbs"), key=len, reverse=True):
            if not verb.isascii() and s.startswith(verb):  # the Thai verbs (an English sentence keeps its words)
                s = s[len(verb):]
                break
        s = re.sub(r"^\s*(?:มี|ได้|การ)\s*", "", s)
    # not inside a relative clause: "แผน…ที่ผ่านการตรวจ…" keeps its clause
    s = re.split(r"\s*(?:ร้อยละ|จำนวน|ครบ|ทุก|(?<!ที่)ได้รับ|(?<!ที่)ผ่าน|อย่างน้อย|ไม่น้อยกว่า|ไม่ต่ำกว่า"
                 r"|\d|[๐-๙])", s, maxsplit=1)[0]
    return _tidy(_noun_phrase(s))


# The predicate that ends a subject's noun phrase ("…มีประสิทธิภาพ", "…ใช้งานได้", "…บรรลุ…").
_PREDICATE_WORDS = frozenset({"มี", "ใช้งาน", "นำ", "อยู่", "บรรลุ", "ส่ง", "เชื่อมต่อ", "ไป", "สำเร็จ",
                              "ดำเนินการ", "ดำเนิน", "เป็น", "ถูก", "ได้รับ", "ผ่าน", "สามารถ"})


def _noun_phrase(s: str) -> str:
    words = analyse(s).words
    out: list[str] = []
    prev = ""
    for w in words:
        verb = w in _PREDICATE_WORDS or (w.startswith("มี") and len(w) > 3)  # newmm: มีค่า, มีประสิทธิภาพ
        if out and verb and prev not in ("ที่", "ซึ่ง", "และ", "การ", "สำหรับ"):
            break
        out.append(w)
        if w.strip():
            prev = w
    return "".join(out).strip()


def _append(text: str, tail: str) -> str:
    text = text.rstrip()
    sep = " " if text and re.match(r"[0-9A-Za-z๐-๙%)]", text[-1]) else ""
    return text + sep + tail


# A share left as template dots ("ร้อยละ .....") is the share to fill, not a missing one.
_BLANK_SHARE = re.compile(r"(?:ร้อยละ|จำนวน)\s*[.…_]{2,}")
# The count that heads the statement: "ร้อยละของนักเรียน…", "จำนวนนักเรียนที่…".
_COUNT_OF = re.compile(rf"^\s*(?:ร้อยละ|จำนวน)\s*(?:ของ)?\s*(?={_LEARNER})")
# Verbs that start the learners' predicate: the share goes before them.
_PREDICATE = frozenset({"มี", "สามารถ", "ได้", "อ่าน", "เขียน", "ผ่าน", "แสดง", "ปฏิบัติ", "ใช้", "ทำ",
                        "กล้า", "นำ", "พูด", "แก้", "คิด", "ร่วม", "เข้าร่วม", "เข้าเรียน", "มาเรียน",
                        "เรียน", "สร้าง", "ตัด", "ว่าย", "วิ่ง", "ร้อง", "รำ", "เล่น", "ออกแบบ", "จัดทำ",
                        "ส่ง", "สอบ", "บอก", "อธิบาย", "สื่อสาร", "ตอบ", "สะกด", "ฟัง", "เลือก", "ประดิษฐ์",
                        "ช่วย", "รู้", "เข้าใจ", "เห็น", "ยอมรับ", "รักษา", "ดูแล", "แต่ง"})
_VAGUE_SHARE = re.compile(r"\s*(?:ส่วนใหญ่|ส่วนมาก|เกือบทุกคน)\s*")


def _split_group(text: str, count_relative: bool = False) -> tuple[str, str] | None:
    """(the learner group, its predicate) of a statement that opens with learners:
    `นักเรียนชั้น ป.6 มีนิสัย…` → (`นักเรียนชั้น ป.6`, `มีนิสัย…`); a relative clause stays in the
    group (`นักเรียนที่มีภาวะน้ำหนักเกิน` | `มีค่าดัชนีมวลกาย…`).  `count_relative`: the statement
    was `ร้อยละของนักเรียนที่…`, whose first ที่ only relates the count and is dropped."""
    if not re.match(_LEARNER, text):
        return None
    words = list(analyse(text).words)
    if count_relative:
        for i, w in enumerate(words):
            if w in _PREDICATE:
                break
            if w in ("ที่", "ซึ่ง"):
                words[i] = ""
                break
    group: list[str] = []
    relative = False  # inside a relative clause whose verb has no object yet
    for i, w in enumerate(words):
        if w in ("ที่", "ซึ่ง"):
            relative = True
        elif group and _is_predicate(w) and not relative:
            return re.sub(r"\s+", " ", "".join(group)).strip(), "".join(words[i:]).strip()
        elif w.strip() and w not in _AUX and not _is_predicate(w):
            relative = False  # the relative clause has its object: the next verb is the predicate
        group.append(w)
    return None


# Words before a verb that do not complete a relative clause ("ที่เคยไม่ผ่าน…").
_AUX = frozenset({"เคย", "ยัง", "ไม่", "จะ", "กำลัง", "ได้", "สามารถ"})


def _is_predicate(w: str) -> bool:
    # newmm glues some verbs to their object: มีผล, มีค่า, ผ่านการทดสอบ, สอบผ่าน
    return w in _PREDICATE or (w.startswith(_GLUED_VERBS) and len(w) > 3)


_GLUED_VERBS = ("มี", "ผ่าน", "สามารถ", "อ่าน", "เขียน", "ปฏิบัติ", "แสดง", "สอบ")


def _add_target(t: ThaiText, text: str, learner: str = LEARNER) -> str:
    if any(q.kind in SHARE_KINDS and not q.threshold and not q.change for q in t.quantities):
        return text
    if f"ร้อยละ {GAP}" in text.replace(BASELINE, ""):
        return text  # the share to fill is there already ("ผู้เรียนร้อยละ … ที่เข้าเรียน…")
    tail = f" มี{GAP}{CRITERION}"
    if text.endswith(tail) and re.match(rf"\s*(?:(?:ร้อยละ|จำนวน)\s*(?:ของ)?\s*)?{_LEARNER}", text):
        # the provision rewrite ("นักเรียนที่ได้รับการเยี่ยมบ้าน มี…"): the share goes before its มี…
        group = re.sub(r"^\s*(?:ร้อยละ|จำนวน)\s*(?:ของ)?\s*", "", text[:-len(tail)]).strip()
        sep = "" if _THAI.match(group[-1]) else " "
        return f"{group}{sep}ร้อยละ {GAP}{tail}"
    blank = _BLANK_SHARE.search(text)
    lead = re.match(rf"\s*(?:ร้อยละ|จำนวน)\s*[.…_]{{2,}}\s*ของ\s*(?={_LEARNER})", text)
    if lead:  # "ร้อยละ ........ ของนักเรียนมี…": the learners own the share
        text, blank = text[lead.end():], None
        split = _split_group(text)
        if split:
            group, rest = split
            return f"{group}{'' if _THAI.match(group[-1]) else ' '}ร้อยละ {GAP} {rest}"
    if blank:  # "เด็กร้อยละ ..... มี…": fill the teacher's own blank
        return f"{text[:blank.start()]}ร้อยละ {GAP}{text[blank.end():]}"
    vague = _VAGUE_SHARE.search(text)
    if vague and re.match(_LEARNER, text):  # "ผู้เรียนส่วนใหญ่…": the share it leaves vague
        return f"{text[:vague.start()]}ร้อยละ {GAP} {text[vague.end():]}".strip()
    count = _COUNT_OF.match(text)
    if count:
        text = text[count.end():]
    split = _split_group(text, count_relative=bool(count))
    if split:
        group, rest = split
        sep = "" if _THAI.match(group[-1]) else " "
        return f"{group}{sep}ร้อยละ {GAP} {rest}"
    if count or re.match(rf"{_LEARNER}\S*?(?:ที่|ซึ่ง)", text):
        # learners described by a clause with no predicate of their own ("นักเรียนที่ติด 0 ร มส
        # ลดลง"): the change anchored already is the target, else the share closes the statement
        head = text if not count else f"{count.group(0).strip()}{text}"
        return head if BASELINE in head else f"{head} ร้อยละ {GAP}"
    m = _LEADING_LEARNER.match(text)
    if m and not re.match(r"\s*(?:ที่|ซึ่ง)", text[len(m.group('who')):]):
        return f"{m.group('who')}ร้อยละ {GAP} {text[m.end():].lstrip()}"
    verb = re.match(r"\s*(?:มี|สามารถ|ได้|อ่าน|เขียน|ผ่าน|แสดง|ปฏิบัติ)", text)
    return f"{learner}ร้อยละ {GAP} {text}" if verb else f"{learner}ร้อยละ {GAP} มี{text}"


def _drop_process(t: ThaiText, text: str) -> str:
    """`นักเรียนร้อยละ 100 ได้รับการส่งเสริมให้มีทักษะ…` → `นักเรียนร้อยละ 100 มีทักษะ…`;
    `… เข้าร่วมกิจกรรมลูกเสือ` → `… ที่เข้าร่วมกิจกรรมลูกเสือ มี…อยู่ในระดับดีขึ้นไป`."""
    hits = t.provision
    if not hits or t.normal != text:
        return text
    m = hits[0]
    rest = text[m.span[1]:]
    purpose = _PURPOSE.match(rest)
    if purpose:
        return (text[:m.span[0]] + rest[purpose.end():]).strip()
    head, clause = text[:m.span[0]].rstrip(), text[m.span[0]:].strip()
    if head.endswith("ได้") and not head.endswith("ไม่ได้"):  # "ทุกคนได้เข้าร่วม": ได้ is the verb's
        head, clause = head[:-len("ได้")].rstrip(), f"ได้{clause}"
    if head.endswith(("ที่", "ซึ่ง")):  # already a relative clause ("นักเรียนที่ได้รับ…")
        return f"{head}{clause} มี{GAP}{CRITERION}"
    if _VAGUE_SHARE.search(head) and re.match(_LEARNER, head):  # "ส่วนใหญ่": the share to fill
        head = _VAGUE_SHARE.sub(f"ร้อยละ {GAP}", head, count=1).strip()
    sep = "" if head and _THAI.match(head[-1]) else " "
    return f"{head}{sep}ที่{clause} มี{GAP}{CRITERION}"


def _anchor_change(t: ThaiText, text: str) -> str:
    vague = [c for c in t.comparatives if c.vague]
    if not vague:
        return text
    c = vague[0]
    level = _LEVEL_BEFORE.search(text[:c.span[0]])
    if level and c.word.endswith("ขึ้น"):
        return f"{text[:level.start()]}ระดับ{c.word}ไป{text[c.span[1]:]}"
    head, tail = text[:c.span[1]], text[c.span[1]:]
    # the teacher's own vague reference gives way to the baseline ("ดีขึ้นกว่าเดิม", "จากเดิม")
    tail = re.sub(r"^\s*(?:กว่าเดิม|จากเดิม|เมื่อเทียบกับเดิม|กว่าที่ผ่านมา)", "", tail)
    if tail and _THAI.match(tail[0]):
        tail = f" {tail}"  # the next clause ("…ที่ผ่านมา หลังครูนำ…")
    return f"{head}{BASELINE}{tail}"


# ---- advice where the teacher's words cannot be rewritten (models/rubric/suggestions.toml)

@cache
def _advice() -> dict:
    return load_toml("suggestions.toml")


def level_advice(expected: str, expected_th: str, title: str | None = None) -> str:
    """What the challenge must show at the rank's level, as advice on the teacher's own challenge:
    `ปรับประเด็นท้าทาย เรื่อง "…" ให้แสดงระดับ "ริเริ่ม พัฒนา": ริเริ่มพัฒนาวิธีการ…`."""
    advice = _advice()["level"][expected]["advice_th"]
    title = re.sub(r"\s+", " ", title or "").strip()
    title = re.sub(r"^(?:ประเด็นท้าทาย\s*)?(?:เรื่อง\s*)?", "", title)
    which = f" เรื่อง \"{title}\" " if title and len(title) <= 120 else ""
    return f"ปรับประเด็นท้าทาย{which}ให้แสดงระดับ \"{expected_th}\": {advice}"


def section_example(section: str, learner: str = LEARNER) -> str:
    """A model of a missing challenge section (`…` where the teacher fills in); `learner` names
    the learners (เด็ก in an early-childhood PA1)."""
    return _advice()["section"][section]["example_th"].replace("{learner}", learner)


def area_example(area: int) -> str:
    """A first task for an area that has none."""
    return f"เพิ่มงานด้านที่ {area} เช่น {_advice()['area'][str(area)]['example_th']}"


def fix_percentage(text: str, figure: str) -> str:
    """The statement with an impossible percentage left for the teacher to correct:
    `นักเรียนร้อยละ 850 พูด…` → `นักเรียนร้อยละ … พูด…` (never a guessed number)."""
    out = normal_form_of(text)
    fixed = re.sub(r"[0-9๐-๙][0-9๐-๙.,]*", GAP, figure, count=1)
    return out.replace(figure, fixed, 1) if figure in out else out


def normal_form_of(text: str) -> str:
    return analyse(text).normal.strip()


def process_phrases(t: ThaiText) -> tuple[Match, ...]:
    """The provision/participation phrases of `t` (read once per text: `ThaiText.process_phrases`)."""
    return t.process_phrases


def is_predicate(t: ThaiText, span: tuple[int, int]) -> bool:
    """A process phrase is the indicator's main predicate (`ThaiText.is_predicate`)."""
    return t.is_predicate(span)

"""Suggested rewrites in Thai that keep the teacher's own content.

`rewrite_indicator(text)` fixes, in order, what the indicator rules find: a missing target share
(`ร้อยละของนักเรียนมีทักษะการคิดวิเคราะห์` → `นักเรียนร้อยละ … มีทักษะการคิดวิเคราะห์อยู่ในระดับดีขึ้นไป`),
provision instead of a result, a vague comparative, a missing criterion.  `…` marks what only the
teacher can fill in; the checks never invent a number.
"""

from __future__ import annotations

import re

from models.rubric import lexicon
from models.thai.analysis import SHARE_KINDS, Match, ThaiText, analyse

GAP = "…"
CRITERION = "อยู่ในระดับดีขึ้นไป"
BASELINE = f"ร้อยละ {GAP} เมื่อเทียบกับปีการศึกษาที่ผ่านมา"
_LEARNER = r"(?:นักเรียน|ผู้เรียน|เด็กปฐมวัย|เด็ก|นักศึกษา)"
# `ร้อยละของนักเรียนที่…` and `จำนวนนักเรียนที่…`: the learners become the subject of a share.
_SHARE_OF = re.compile(rf"^\s*(?:ร้อยละ|จำนวน)\s*(?:ของ)?\s*(?P<who>{_LEARNER})(?:ที่|ซึ่ง)?\s*")
# `อยู่ในระดับดีขึ้น` / `ในระดับที่ดีขึ้น`: the scale's criterion `ระดับดีขึ้นไป` with `ไป` left out.
_LEVEL_BEFORE = re.compile(r"ระดับ\s*(?:ที่)?\s*$")
_LEADING_LEARNER = re.compile(rf"^\s*(?P<who>{_LEARNER}(?:ชั้น\S*)?)(?:ที่|ซึ่ง)?\s*")
_PURPOSE = re.compile(r"^\s*(?:ให้|เพื่อให้|เพื่อ)\s*")


def rewrite_indicator(text: str) -> str:
    """A corrected indicator that keeps the teacher's wording (or the text itself when nothing
    needs fixing)."""
    t = analyse(text)
    out = t.normal.strip()
    out = _drop_process(t, out)
    out = _anchor_change(analyse(out), out)
    out = _add_target(analyse(out), out)
    if not has_criterion(analyse(out)):
        cut = out.rfind("อยู่ใน")
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


def rewrite_outcome(text: str) -> str:
    """A learner-centred wording of a teacher-centred outcome, keeping its topic."""
    t = analyse(text)
    head = f"นักเรียนมี{GAP}(ความรู้ ทักษะ หรือคุณลักษณะที่พัฒนาขึ้น)"
    if t.find_lexicon("document_subjects"):
        return f"{head} จากการเรียนด้วย{topic_of(t)}"
    work = teacher_work(t)
    if re.match(r"(?:มี|ได้)(?!รับ)", work):
        work = work[2:] if work.startswith("มี") else work[3:]
    else:
        work = f"ผลจากการ{work}" if work else ""
    if work and re.match(r"[0-9A-Za-z)]", work[-1]):
        work += " "
    return f"{head} เมื่อครูนำ{work}มาใช้ในการจัดการเรียนรู้" if work else head


def rewrite_not_learner(text: str) -> str:
    """The learner result a teacher- or document-centred indicator stands for."""
    t = analyse(text)
    if t.subject == "teacher":
        work = teacher_work(t)
        after = f" หลังครูนำความรู้จากการ{work}มาใช้ในการจัดการเรียนรู้" if work else ""
        return f"นักเรียนร้อยละ {GAP} มี{GAP}{CRITERION}{after}"
    # equipment is used, not studied; the counted thing alone names it ("ที่ใช้เครื่องมือวัด")
    things = t.subject == "things" and t.subject_evidence
    topic = t.subject_evidence if things else topic_of(t)
    verb = "ที่ใช้" if things else "ที่เรียนด้วย"
    via = f" {verb}{topic}" if topic else ""
    return f"นักเรียนร้อยละ {GAP}{via} มี{GAP}{CRITERION}"


def teacher_work(t: ThaiText) -> str:
    """`ครูเข้ารับการอบรมอย่างน้อย 20 ชั่วโมงต่อปี` → `เข้ารับการอบรม`."""
    s = re.sub(r"^\s*(?:ครูผู้สอน|ครู|ข้าพเจ้า|ผู้สอน)\s*", "", t.normal.strip())
    s = re.split(r"\s*(?:ร้อยละ|จำนวน|อย่างน้อย|ไม่น้อยกว่า|ครบ|ทุก|\d|[๐-๙])", s, maxsplit=1)[0]
    return s.strip()


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
    if any(q.comparator and q is not share for q in t.quantities):
        return True  # "มีเวลาเรียนไม่น้อยกว่าร้อยละ 80", "อย่างน้อย 3 เป้าหมาย"
    if share is not None and share.comparator and _MEAN_HEAD.search(t.normal[:share.span[0]]):
        return True  # "คะแนนเฉลี่ยหลังเรียน…ไม่ต่ำกว่าร้อยละ 65": the mean's bar, not a share
    if share is not None and share.comparator in ("<=", "<"):
        return True  # a ceiling is itself the bar: "อัตราการออกกลางคันไม่เกินร้อยละ 5"
    if share is not None and _RATE_HEAD.match(t.normal):
        return True  # a rate's figure is its bar: "อัตราการมาเรียนของนักเรียนร้อยละ 95"
    if any(q is not share and _PER_HEAD.search(t.normal, 0, q.span[0]) for q in t.quantities):
        return True  # a bar for each learner: "มีโครงงานอาชีพคนละ ๑ โครงงาน", "อ่านหนังสือคนละ 5 เล่ม"
    if any(q.kind == "number" and q is not share and _MEASURE.match(t.normal, q.span[1])
           for q in t.quantities):
        return True  # a measured bar: "ว่ายน้ำได้ระยะทาง 25 เมตร", "วิ่ง 50 เมตรภายใน 10 วินาที"
    return any(q.kind in ("mean", "level") or (q.kind == "count" and q.unit not in (None, "คน")
                                                 and not _CLASSES.match(t.normal, q.span[1]))
               for q in t.quantities)


# A count of classes sizes the group of learners, it is no product counted: "นักเรียนชั้น ป.6 จำนวน
# 2 ห้องเรียน มีทักษะ…" names two classes and no bar (statements3 u001, u081: no-criterion).  Read
# after the unit `ห้อง`: `ห้องเรียน` or `ห้อง` alone, not "๔ ห้องเพลง" (bars of music, a bar).
_CLASSES = re.compile(r"(?<=ห้อง)(?:เรียน)?(?![\u0e01-\u0e4e])")


_RATE_HEAD = re.compile(r"^\s*อัตรา")
# "คนละ N": a quantity per learner is each learner's bar, as "อย่างน้อยคนละ 2 เครื่อง" (numbers.py _RATE).
_PER_HEAD = re.compile(r"คนละ\s*$")
_MEAN_HEAD = re.compile(r"เฉลี่ย")
# Units of a measured performance (distance, time, weight, words, items, moves …).
_MEASURE = re.compile(r"\s*(?:จุด|ฐาน|ด่าน|เมตร|กิโลเมตร|เซนติเมตร|กิโลกรัม|นาที|วินาที|คำ|ข้อ|ตัว|ท่า|เพลง|ชนิด"
                      r"|ประโยค|บาท|เครื่อง|ลาย|ขั้นตอน|รายการ|หน้า|บท|ประเภท|ผลิตภัณฑ์|สถานการณ์)")


def topic_of(t: ThaiText) -> str:
    """What a teacher- or document-centred statement is about: the text after the teacher's
    subject and verb (`ครูมีแผนการจัดการเรียนรู้ที่…` → `แผนการจัดการเรียนรู้ที่…`)."""
    s = t.normal.strip()
    docs = t.find_lexicon("document_subjects")
    if docs:
        s = s[docs[0].span[0]:]
    else:
        s = re.sub(r"^(?:ครูผู้สอน|ครู|ข้าพเจ้า|ผู้สอน)\s*", "", s)
        for verb in sorted(lexicon("teacher_verbs"), key=len, reverse=True):
            if s.startswith(verb):
                s = s[len(verb):]
                break
        s = re.sub(r"^\s*(?:มี|ได้|การ)\s*", "", s)
    s = re.split(r"\s*(?:ร้อยละ|จำนวน|ครบ|ทุก|ได้รับ|ผ่าน|อย่างน้อย|ไม่น้อยกว่า|\d|[๐-๙])", s,
                 maxsplit=1)[0]
    return s.strip()


def _append(text: str, tail: str) -> str:
    text = text.rstrip()
    sep = " " if text and re.match(r"[0-9A-Za-z๐-๙%)]", text[-1]) else ""
    return text + sep + tail


def _add_target(t: ThaiText, text: str) -> str:
    if any(q.kind in SHARE_KINDS and not q.threshold and not q.change for q in t.quantities):
        return text
    m = _SHARE_OF.match(text)
    if m:
        return f"{m.group('who')}ร้อยละ {GAP} {text[m.end():].lstrip()}"
    m = _LEADING_LEARNER.match(text)
    if m:
        return f"{m.group('who')}ร้อยละ {GAP} {text[m.end():].lstrip()}"
    verb = re.match(r"\s*(?:มี|สามารถ|ได้|อ่าน|เขียน|ผ่าน|แสดง|ปฏิบัติ)", text)
    return f"นักเรียนร้อยละ {GAP} {text}" if verb else f"นักเรียนร้อยละ {GAP} มี{text}"


def _drop_process(t: ThaiText, text: str) -> str:
    """`นักเรียนร้อยละ 100 ได้รับการส่งเสริมให้มีทักษะ…` → `นักเรียนร้อยละ 100 มีทักษะ…`;
    `… เข้าร่วมกิจกรรมลูกเสือ` → `… ที่เข้าร่วมกิจกรรมลูกเสือ มี… `."""
    hits = t.provision
    if not hits or t.normal != text:
        return text
    m = hits[0]
    rest = text[m.span[1]:]
    purpose = _PURPOSE.match(rest)
    if purpose:
        return (text[:m.span[0]] + rest[purpose.end():]).strip()
    return f"{text[:m.span[0]].rstrip()} ที่{text[m.span[0]:].strip()} มี{GAP}"


def _anchor_change(t: ThaiText, text: str) -> str:
    vague = [c for c in t.comparatives if c.vague]
    if not vague:
        return text
    c = vague[0]
    level = _LEVEL_BEFORE.search(text[:c.span[0]])
    if level and c.word.endswith("ขึ้น"):
        return f"{text[:level.start()]}ระดับ{c.word}ไป{text[c.span[1]:]}"
    head, tail = text[:c.span[1]], text[c.span[1]:]
    tail = re.sub(r"^\s*จากเดิม", "", tail)
    return f"{head}{BASELINE}{tail}"


def process_phrases(t: ThaiText) -> tuple[Match, ...]:
    """The provision/participation phrases of `t` (read once per text: `ThaiText.process_phrases`)."""
    return t.process_phrases


def is_predicate(t: ThaiText, span: tuple[int, int]) -> bool:
    """A process phrase is the indicator's main predicate (`ThaiText.is_predicate`)."""
    return t.is_predicate(span)

"""A Part 1 task read clause by clause: who does each piece of work, and is it done or only aimed at.

A task joins pieces of work (… และ/แล้ว/พร้อม/จากนั้น …, or a comma); a piece may say how (โดย…: the
means), what for (เพื่อ…: the purpose, which only promises the work: "…เพื่อนำผลไปพัฒนา…ต่อไป"), and
whose thing it acts on (ที่/ซึ่ง…: a relative clause).  The teacher writes the PA1 in their own voice,
so a piece that names no agent is the teacher's; a piece is someone else's when its subject is another
agent doing the work ("โรงเรียนจัดประชุมผู้ปกครอง…"), when the task names another agent as the one
responsible ("…โดยฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ"), or when the learners receive it from someone
("…ได้รับการอบรม…จากตำรวจ").  A relative clause with an agent ("…ฉบับที่ฝ่ายวิชาการจัดทำ") says the thing
acted on is someone else's work; the teacher may still do an item with it, so it is only marked.

The words (agents, their verbs) are data: models/rubric/lexicon/clause_words.txt.  The task-coverage
model (models.classifiers.coverage_model) reads the result as features and learns from the writers'
`covers` labels how much each counts, per item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

# a new piece of work; a purpose; a means (not โดยเฉพาะ/โดยรวม/โดยตรง…, which qualify)
_JOIN = re.compile(r"\s+(?:และ|แล้ว|พร้อม(?:ทั้ง)?|จากนั้น)(?=\S)|\s*[;,]\s*")
_PURPOSE = re.compile(r"\s*เพื่อ(?!น(?!ำ)|การ)")
_MEANS = re.compile(r"\s*โดย(?!เฉพาะ|รวม|ตรง|ทั่วไป|สรุป|ละเอียด|ภาพรวม)")
ROLES = ("main", "means", "purpose")


@dataclass(frozen=True)
class Clause:
    text: str
    role: str  # main | means | purpose
    other: bool  # an explicit agent other than the teacher does it
    relative_other: bool  # it acts on something another agent made or runs (ที่/ซึ่ง <agent> …)

    @property
    def promised(self) -> bool:
        return self.role == "purpose"


LEXICON = Path(__file__).resolve().parents[1] / "rubric" / "lexicon" / "clause_words.txt"


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """clause_words.txt's sections: `[name]` starts one, `#` a comment."""
    out: dict[str, list[str]] = {}
    section = None
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        phrase = line.split("#", 1)[0].strip()
        if phrase.startswith("[") and phrase.endswith("]"):
            section = out.setdefault(phrase[1:-1], [])
        elif phrase and section is not None:
            section.append(phrase)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _words()
    agent = "(?:" + "|".join(map(re.escape, sorted(words["agents"], key=len, reverse=True))) + ")"
    verb = "(?:" + "|".join(map(re.escape, sorted(words["agent_verbs"], key=len, reverse=True))) + ")"
    strong = "(?:เป็นผู้|ดำเนินการ|ดำเนินงาน|รับผิดชอบ)"
    return {
        # the piece's subject: an agent then its verb in the same word run ("โรงเรียนจัด…",
        # "ฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ"); "งานวันสำคัญ จัดป้าย…" (a space) is the teacher's; an
        # office named by its work ("งานจัดซื้อ…", "ฝ่ายวิชาการ") needs a verb of responsibility
        "subject": re.compile(rf"^(?:ทาง)?(?:{agent}\S{{0,30}}?{strong}|(?!งาน|ฝ่าย|กลุ่ม){agent}{verb})"),
        # the task names the one responsible: "…โดย(มี)ฝ่าย…เป็นผู้รับผิดชอบ", "…ที่ฝ่ายปกครองเป็นผู้ประสานงาน"
        "delegated": re.compile(rf"(?:โดย(?:มี)?|ที่|ซึ่ง)\s*(?:ทาง)?{agent}\S{{0,30}}?\s*เป็นผู้"),
        # received from someone: "ได้รับการอบรม…จากตำรวจ", "ได้รับการดูแลจากโครงการ…ของสภานักเรียน";
        # not an assignment received ("ได้รับมอบหมายจากผู้อำนวยการ": the teacher does it)
        "received": re.compile(rf"(?<!ที่)ได้รับ(?!มอบหมาย)\S*(?:\s\S+)?\s*จาก\s*(?:โครงการ\S*\s*(?:ของ)?)?{agent}"),
        # acts on another's work: "…ฉบับที่ฝ่ายวิชาการจัดทำ", "…ที่สภานักเรียนดำเนินการ"
        "relative": re.compile(rf"(?:ที่|ซึ่ง)\s*(?:ทาง)?{agent}\S{{0,30}}?{verb}|ที่ได้รับ\S*\s*จาก\s*{agent}"),
    }


@lru_cache(maxsize=4096)
def clauses(task: str) -> tuple[Clause, ...]:
    """The pieces of `task` (normalised, a typed item number dropped), in order, each with its role
    and agent (above).  A means or purpose clause runs to the next piece of work.  Cached (a
    document reads a task's clauses twice or more; benchmarks.engine_speed clears it)."""
    from models.classifiers.coverage_model import row_text

    text = row_text(task)
    if not text:
        return ()
    p = _patterns()
    delegated = bool(p["delegated"].search(text))
    out: list[Clause] = []
    for piece in (x for x in _JOIN.split(text) if x and x.strip()):
        # within a piece: main [โดย means] [เพื่อ purpose], in any order of the markers
        cuts = sorted([(m.start(), m.end(), "purpose") for m in _PURPOSE.finditer(piece)]
                      + [(m.start(), m.end(), "means") for m in _MEANS.finditer(piece)])
        # a purpose goes on to the piece's end: a means inside it is part of the promise
        marks: list[tuple[int, int, str]] = []
        for c in cuts:
            if marks and marks[-1][2] == "purpose":
                break
            marks.append(c)
        role = out[-1].role if out and out[-1].role == "purpose" and not _starts_work(piece) \
            else "main"
        start = 0
        spans: list[tuple[str, str]] = []
        for s, e, r in marks:
            spans.append((piece[start:s], role))
            start, role = e, r
        spans.append((piece[start:], role))
        for part, r in spans:
            part = part.strip()
            if not part:
                continue
            other = bool(p["subject"].search(part) or p["received"].search(part)
                         or (delegated and r == "main"))
            out.append(Clause(part, r, other, bool(p["relative"].search(part))))
    return tuple(out)


# A piece after a purpose that opens with a work verb is new work, not the rest of the purpose
# ("…เพื่อนำผลไปใช้ และจัดทำรายงาน…"); cue words decide nothing here, the head verb does.
_WORK_HEAD = re.compile(r"^(?:จัด|ทำ|สร้าง|ออกแบบ|ประชุม|ประสาน|ติดตาม|บันทึก|วิเคราะห์|ประเมิน|นำ|ใช้|"
                        r"สอน|ฝึก|เยี่ยม|คัดกรอง|ส่ง|ร่วม|เข้าร่วม|ศึกษา|พัฒนา|ผลิต|เผยแพร่|สรุป|รายงาน)")


def _starts_work(piece: str) -> bool:
    return bool(_WORK_HEAD.search(piece.strip()))


# A piece that only hands a paper or news on: sends, files, signs, announces ("ส่งสมุดรายงาน…ให้ผู้ปกครอง
# ลงนาม", "แจ้งข่าวสารผู้ปกครองทางไลน์กลุ่ม", "รวบรวมเกียรติบัตร…เข้าแฟ้ม", "ส่ง ID Plan…"): its head verb
# passes something on (not ส่งเสริม, ส่งต่อ: a referral is care) and nothing in it is worked on together.
_HANDS_ON = re.compile(r"^(?:ส่ง(?!เสริม|ต่อ)|แจ้ง|ประกาศ|ชี้แจง|เผยแพร่|ประชาสัมพันธ์|ยื่น|แนบ|จัดเก็บ|"
                       r"เก็บ(?:เกียรติบัตร|เอกสาร|หลักฐาน)|รวบรวม(?:เกียรติบัตร|เอกสาร|หลักฐาน)|"
                       r"สร้างกลุ่ม\s?(?:LINE|ไลน์)|ลงนาม)")
_TOGETHER = re.compile(r"ร่วม|ประสาน|ปรึกษา|หารือ|ช่วย|ติดตาม")


def hands_on(piece: str) -> bool:
    return bool(_HANDS_ON.search(piece.strip())) and not _TOGETHER.search(piece)


# Policy words over the work: promoting and supporting a rubric name, or following a policy
# ("ส่งเสริมและสนับสนุนการประสานความร่วมมือกับผู้ปกครอง…อย่างมีประสิทธิภาพ", task_sets16 tg024; "…การจัดทำ
# ข้อมูลสารสนเทศ…", task_sets18 tk017: both labelled []); not "ส่งเสริมให้นักเรียน…" (1.8's work).
_POLICY = re.compile(r"^ส่งเสริมและสนับสนุน|^สนับสนุนการ|ตามนโยบาย")


@dataclass(frozen=True)
class Reading:
    """What a task says the teacher does, and what it only names."""

    own: str  # the teacher's own pieces of work, done (main and means, no other agent), joined
    other: bool  # some piece is done by another agent
    relative_other: bool  # some piece acts on another agent's work
    promised: str  # the purpose clauses, joined
    hands_on: bool  # every own piece only hands a paper or news on
    policy: bool  # the task promotes a rubric name or follows a policy ("ส่งเสริมและสนับสนุน…", "ตามนโยบาย…")

    @property
    def own_empty(self) -> bool:
        return not self.own.strip()


def reading(task: str) -> Reading:
    cs = clauses(task)
    own = [c.text for c in cs if not c.other and not c.promised]
    return Reading(own=" ".join(own), hands_on=bool(own) and all(map(hands_on, own)),
                   policy=bool(_POLICY.search(" ".join(c.text for c in cs))),
                   other=any(c.other for c in cs),
                   relative_other=any(c.relative_other for c in cs),
                   promised=" ".join(c.text for c in cs if c.promised))

"""The level ladder: what the rubric asks of one item (1.1–3.3) or of Part 2 at each rank.

Data access over items.toml (per-rank expectations), ranks.toml (levels and their seed
descriptions) and lexicon/level_phrases.txt, plus the marks a trainer points at:
- `level` marks: level phrases (ปรับประยุกต์, แก้ไขปัญหา, ริเริ่ม, คิดค้น, เผยแพร่ ขยายผล …),
  matched on token boundaries, each with the level it belongs to;
- `new` marks: the words a rank's text adds to the rank below it (a token diff).
Offsets are into the step's text as stored.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache
from typing import Literal

from models.document import LevelId, RankId
from models.rubric import Level, Rank, items, level_phrases, levels, ranks

CHALLENGE = "challenge"
# Ranks that file a PA 1/ส scored with PA 2/ส (ครูผู้ช่วย follows the readiness track instead:
# pa-w9-2564-training-slides.txt:126).
FILING_RANKS: tuple[RankId, ...] = (RankId.TEACHER, RankId.PROFESSIONAL, RankId.SENIOR_PROFESSIONAL,
                                    RankId.EXPERT, RankId.SENIOR_EXPERT)
CHALLENGE_SOURCE = "pa-w9-2564-training-slides.txt:102-111"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    text: str
    kind: Literal["level", "new"]
    level: LevelId | None = None  # for `level` marks


@dataclass(frozen=True)
class Step:
    rank: Rank
    level: Level
    text: str
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Ladder:
    key: str  # "1.1" … "3.3" or "challenge"
    th: str
    en: str
    source: str
    steps: tuple[Step, ...]  # one per filing rank, ครู → เชี่ยวชาญพิเศษ
    levels: tuple[Level, ...]  # the six practice levels, execute → impact


def ladder_keys() -> tuple[str, ...]:
    return (*items().keys(), CHALLENGE)


@cache
def ladder(key: str) -> Ladder:
    """The ladder of item `key` ("1.1" … "3.3") or of Part 2 ("challenge"); KeyError if unknown."""
    rk, lv = ranks(), levels()
    if key == CHALLENGE:
        texts = {r: lv[rk[r].level].description_th for r in FILING_RANKS}
        th, en, source = ("ส่วนที่ 2 ประเด็นท้าทาย", "Part 2: the challenge", CHALLENGE_SOURCE)
    else:
        it = items()[key]
        texts = {r: it.expectations[r] for r in FILING_RANKS}
        th, en, source = it.th, it.en, it.source
    steps: list[Step] = []
    previous: str | None = None
    for r in FILING_RANKS:
        text = texts[r]
        marks = level_marks(text) + (new_marks(previous, text) if previous is not None else ())
        steps.append(Step(rk[r], lv[rk[r].level], text, tuple(sorted(marks, key=_mark_order))))
        previous = text
    return Ladder(key, th, en, source, tuple(steps), tuple(lv.values()))


def _mark_order(m: Mark) -> tuple[int, int, str]:
    return (m.start, -m.end, m.kind)


def level_marks(text: str) -> tuple[Mark, ...]:
    """The level phrases of `text` (token boundaries; the longer phrase wins an overlap)."""
    from models.thai.analysis import analyse

    owner = {p: level for level, phrases in level_phrases().items() for p in phrases}
    t = analyse(text)
    if t.raw != t.normal:  # stored rubric text is normalised; keep offsets honest if not
        return ()
    return tuple(Mark(m.span[0], m.span[1], m.text, "level", owner[m.text])
                 for m in t.find(owner))


def new_marks(before: str, after: str) -> tuple[Mark, ...]:
    """Runs of words `after` adds to `before` (spaces and one-letter tokens ignored)."""
    from models.thai.tokenize import spans, words

    a, b = [w for w in words(before)], list(words(after))
    b_spans = spans(tuple(b))
    out: list[Mark] = []
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, _, _, j1, j2 in sm.get_opcodes():
        if op not in ("insert", "replace"):
            continue
        # trim spaces at both ends of the run
        while j1 < j2 and not b[j1].strip():
            j1 += 1
        while j2 > j1 and not b[j2 - 1].strip():
            j2 -= 1
        if j1 >= j2 or sum(len(w.strip()) for w in b[j1:j2]) < 2:
            continue
        start, end = b_spans[j1][0], b_spans[j2 - 1][1]
        out.append(Mark(start, end, after[start:end], "new"))
    return tuple(out)

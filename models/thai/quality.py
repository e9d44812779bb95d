"""How damaged a text is, so the review can refuse to judge garbage.

Two kinds of evidence:
- damage inside a reading: PUA left, U+0000/U+FFFD/`(cid:N)`, marks with no base, the sara am
  artefacts (`ำา` `ํา` `าำ`), and Latin letters glued to Thai ones (`สĞาหรับ`: the signature of
  WeasyPrint's corrupt ToUnicode, where NIKHAHIT became `Ğ`). The second reading is checked too:
  a PDF whose other reader sees that damage has a broken text layer, whatever the first saw.
- disagreement between two readings of the same document (PDF: our reader and pypdfium2),
  measured on character trigram counts so that a different reading order (tables read line by
  line) barely counts while wrong characters do.

Thresholds tuned on ../shared/thai-pdf-corpus (benchmarks/thai_pdf_corpus.py): every TH Sarabun
producer trustworthy, both WeasyPrint producers not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from models.thai.normalize import MARKS

_PUA = re.compile("[\ue000-\uf8ff]")
_BAD = re.compile("[\x00\ufffd]|\\(cid:\\d+\\)")
_THAI = re.compile("[\u0e01-\u0e5b]")
# A combining mark with no Thai consonant/vowel base before it.
_ORPHAN = re.compile(rf"(?:^|[^\u0e01-\u0e2e\u0e30-\u0e3a\u0e47-\u0e4e])[{MARKS}]")
_SARA_AM_ARTEFACT = re.compile("\u0e33\u0e32|\u0e4d\u0e32|\u0e32\u0e33")
# A Latin-1/Latin Extended letter touching a Thai character: never written, a broken CMap.
_FOREIGN_IN_THAI = re.compile(
    "(?<=[\u0e01-\u0e4e])[\u00c0-\u024f]|[\u00c0-\u024f](?=[\u0e01-\u0e4e])")

MAX_DAMAGE = 0.01  # damaged places per Thai character
BROKEN_CMAP = 3  # Latin letters glued to Thai ones, in either reading, that condemn a text
MAX_DISAGREEMENT = 0.05  # share of character trigrams the two readings do not have in common


@dataclass(frozen=True)
class TextQuality:
    chars: int  # non-space characters
    thai_share: float  # Thai characters / non-space characters
    damage: float  # damaged places per Thai character, in either reading
    disagreement: float | None  # 1 - similarity with a second reading, when there is one
    problems: dict[str, int] = field(default_factory=dict)

    @property
    def trustworthy(self) -> bool:
        if self.chars == 0:
            return False
        if self.damage > MAX_DAMAGE:
            return False
        glued = max(self.problems.get("foreign_in_thai", 0),
                    self.problems.get("cross_check_foreign_in_thai", 0))
        if glued >= BROKEN_CMAP:
            return False
        return self.disagreement is None or self.disagreement <= MAX_DISAGREEMENT


def _problems(compact: str) -> dict[str, int]:
    return {
        "pua": len(_PUA.findall(compact)),
        "replacement": len(_BAD.findall(compact)),
        "orphan_marks": len(_ORPHAN.findall(compact)),
        "sara_am_artefacts": len(_SARA_AM_ARTEFACT.findall(compact)),
        "foreign_in_thai": len(_FOREIGN_IN_THAI.findall(compact)),
    }


def text_quality(text: str, cross_check: str | None = None) -> TextQuality:
    compact = re.sub(r"\s+", "", text)
    thai = len(_THAI.findall(compact))
    problems = _problems(compact)
    disagreement = None
    if cross_check is not None and compact:
        other = re.sub(r"\s+", "", cross_check)
        for key, n in _problems(other).items():
            if n > problems[key]:
                problems[f"cross_check_{key}"] = n
        disagreement = reading_disagreement(compact, other)
    damage = max(sum(v for k, v in problems.items() if not k.startswith("cross_check_")),
                 sum(v for k, v in problems.items() if k.startswith("cross_check_"))) / max(thai, 1)
    return TextQuality(chars=len(compact), thai_share=thai / max(len(compact), 1),
                       damage=damage, disagreement=disagreement, problems=problems)


def _trigrams(s: str) -> Counter[str]:
    return Counter(s[i:i + 3] for i in range(max(len(s) - 2, 0)))


def reading_disagreement(a: str, b: str) -> float:
    """Share of character trigrams not shared by two readings of a text (0 = same text).
    Whitespace is the caller's business (text_quality removes it)."""
    if not a and not b:
        return 0.0
    ta, tb = _trigrams(a), _trigrams(b)
    total = sum(ta.values()) + sum(tb.values())
    if total == 0:
        return 0.0 if a == b else 1.0
    return (sum((ta - tb).values()) + sum((tb - ta).values())) / total

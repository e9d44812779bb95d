"""How damaged a text is, so the review can refuse to judge garbage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from models.thai.normalize import MARKS

_PUA = re.compile("[\ue000-\uf8ff]")
_BAD = re.compile("[\x00\ufffd]|\\(cid:\\d+\\)")
_THAI = re.compile("[\u0e01-\u0e5b]")
# A combining mark with no Thai consonant/vowel base before it, or two vowels above stacked.
_ORPHAN = re.compile(rf"(?:^|[^\u0e01-\u0e2e\u0e30-\u0e3a\u0e47-\u0e4e])[{MARKS}]")
_SARA_AM_ARTEFACT = re.compile("\u0e33\u0e32|\u0e4d\u0e32|\u0e32\u0e33")


@dataclass(frozen=True)
class TextQuality:
    chars: int  # non-space characters
    thai_share: float  # Thai characters / non-space characters
    damage: float  # broken clusters + PUA + replacement chars, per Thai character
    disagreement: float | None  # 1 - similarity with a second reading, when there is one
    problems: dict[str, int] = field(default_factory=dict)

    @property
    def trustworthy(self) -> bool:
        if self.chars == 0:
            return False
        if self.damage > 0.01:
            return False
        return self.disagreement is None or self.disagreement <= 0.05


def text_quality(text: str, cross_check: str | None = None) -> TextQuality:
    compact = re.sub(r"\s+", "", text)
    thai = len(_THAI.findall(compact))
    problems = {
        "pua": len(_PUA.findall(compact)),
        "replacement": len(_BAD.findall(compact)),
        "orphan_marks": len(_ORPHAN.findall(compact)),
        "sara_am_artefacts": len(_SARA_AM_ARTEFACT.findall(compact)),
    }
    damage = sum(problems.values()) / max(thai, 1)
    disagreement = None
    if cross_check is not None and compact:
        disagreement = _disagreement(compact, re.sub(r"\s+", "", cross_check))
    return TextQuality(chars=len(compact), thai_share=thai / max(len(compact), 1),
                       damage=damage, disagreement=disagreement, problems=problems)


def _disagreement(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    if not a and not b:
        return 0.0
    return 1.0 - SequenceMatcher(None, a, b, autojunk=False).ratio()

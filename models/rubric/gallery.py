"""The trainer gallery (gallery.toml): good and weak example statements from the seeds.

Pure data: the findings of an example are computed by the engine when shown, never stored;
`expect` records what the engine finds so a test can hold the engine (and the gallery) to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from models.document import LevelId, RankId
from models.rubric import load_toml

As = Literal["indicator", "outcome", "challenge"]
_KINDS = ("indicator", "outcome", "challenge")
_KEYS = {"id", "as", "area", "rank", "verdict", "text", "expect", "level", "rewrite", "note_th",
         "note_en", "source"}


@dataclass(frozen=True)
class Example:
    id: str
    as_: As
    area: int
    rank: RankId | None
    verdict: Literal["good", "weak"]
    text: str
    expect: tuple[str, ...]  # rule ids the engine finds on `text`
    level: LevelId | None  # challenge: the practice level the engine reads
    rewrite: str | None
    note_th: str | None
    note_en: str | None
    source: str  # seed file:line

    def dump(self) -> dict:
        return {"id": self.id, "as": self.as_, "area": self.area,
                "rank": self.rank.value if self.rank else None, "verdict": self.verdict,
                "text": self.text, "expect": list(self.expect),
                "level": self.level.value if self.level else None, "rewrite": self.rewrite,
                "note_th": self.note_th, "note_en": self.note_en, "source": self.source}


@cache
def gallery() -> tuple[Example, ...]:
    """Every example of gallery.toml, validated (ValueError on a malformed entry)."""
    out: list[Example] = []
    seen: set[str] = set()
    for x in load_toml("gallery.toml")["example"]:
        eid = x.get("id", "?")
        unknown = set(x) - _KEYS
        if unknown:
            raise ValueError(f"gallery.toml {eid}: unknown keys {sorted(unknown)}")
        if eid in seen:
            raise ValueError(f"gallery.toml: duplicate id {eid}")
        seen.add(eid)
        if x.get("as") not in _KINDS or x.get("area") not in (1, 2, 3):
            raise ValueError(f"gallery.toml {eid}: bad `as` or `area`")
        if x.get("verdict") not in ("good", "weak"):
            raise ValueError(f"gallery.toml {eid}: verdict must be good or weak")
        if (x["verdict"] == "good") != (not x.get("expect")):
            raise ValueError(f"gallery.toml {eid}: a good example expects no finding, "
                             "a weak one some")
        if not x.get("text") or re.search(r"\.txt:\d", x.get("source", "")) is None:
            raise ValueError(f"gallery.toml {eid}: needs text and a seed source file:line")
        out.append(Example(
            id=eid, as_=x["as"], area=x["area"], rank=RankId(x["rank"]) if x.get("rank") else None,
            verdict=x["verdict"], text=x["text"], expect=tuple(x.get("expect", ())),
            level=LevelId(x["level"]) if x.get("level") else None, rewrite=x.get("rewrite"),
            note_th=x.get("note_th"), note_en=x.get("note_en"), source=x["source"]))
    return tuple(out)

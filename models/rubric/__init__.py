"""The rubric knowledge as data files, read once through cached, typed accessors."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from models.document import LevelId, RankId


def load_toml(name: str) -> dict:
    return tomllib.loads(files("models.rubric").joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Rank:
    id: RankId
    th: str
    salary_band: str
    level: LevelId
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Level:
    id: LevelId
    th: str
    en: str
    description_th: str
    order: int


@cache
def ranks() -> dict[RankId, Rank]:
    data = load_toml("ranks.toml")
    return {RankId(r["id"]): Rank(RankId(r["id"]), r["th"], r["salary_band"], LevelId(r["level"]),
                                  tuple(r["aliases"])) for r in data["rank"]}


@cache
def levels() -> dict[LevelId, Level]:
    data = load_toml("ranks.toml")
    return {LevelId(x["id"]): Level(LevelId(x["id"]), x["th"], x["en"], x["description_th"], i)
            for i, x in enumerate(data["level"])}


def expected_level(rank: RankId) -> LevelId:
    return ranks()[rank].level


def rank_for_salary_band(band: str) -> RankId | None:
    """`คศ.3` → senior_professional (band already normalised to `คศ.N`)."""
    return next((r.id for r in ranks().values() if r.salary_band == band), None)

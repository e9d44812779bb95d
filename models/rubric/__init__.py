"""The rubric knowledge as data files, read once through cached, typed accessors."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
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


# --- Additive accessors: items(), workload_minimums(), lexicon(name) ---
# (models/rubric/items.toml, workload.toml, lexicon/*.txt)

LEXICONS = ("vague_change", "process_words", "teacher_verbs", "learner_subjects", "other_subjects",
            "thing_subjects", "criteria", "document_subjects", "placeholders", "level_phrases",
            "domain_words", "split_words", "comparison_bases", "exam_kinds", "repeated_measure",
            "assessed_works", "problem_evidence", "foreign_heads", "defective_works",
            "published_bars", "learner_works", "attendance_bars", "english_frames", "item_terms_en",
            "level_cues_en", "english_purpose", "number_words")


@dataclass(frozen=True)
class Item:
    """One of the 15 items of PA 2/ส (1.1–3.3) the committee scores."""

    code: str  # "1.1"
    area: int
    th: str
    en: str
    cues: tuple[str, ...]  # words that show a task addresses this item
    expectations: dict[RankId, str]  # what the rank's level looks like for this item (Thai);
    # ครูผู้ช่วย (assistant) has no PA 2/ส form, so no entry
    evidence: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class WorkloadMinimum:
    school_type: str  # early_childhood, general, special_disability, special_welfare, vocational…
    th: str
    en: str
    classroom_types: tuple[str, ...]  # the header's classroom types that select this row
    teaching: float | None  # None: the seeds give no minimum
    total: float | None
    source: str


@cache
def items() -> dict[str, Item]:
    data = load_toml("items.toml")
    out: dict[str, Item] = {}
    for x in data["item"]:
        exp = {RankId(k): v for k, v in x.get("expectations", {}).items()}
        out[x["code"]] = Item(x["code"], int(x["code"][0]), x["th"], x["en"], tuple(x["cues"]),
                              exp, tuple(x.get("evidence", ())), x["source"])
    codes = [f"{a}.{i}" for a, n in ((1, 8), (2, 4), (3, 3)) for i in range(1, n + 1)]
    if list(out) != codes:
        raise ValueError(f"items.toml must list the 15 items in order, got {list(out)}")
    for it in out.values():
        missing = set(RankId) - {RankId.ASSISTANT} - set(it.expectations)
        if missing:
            raise ValueError(f"items.toml {it.code}: no expectation for {sorted(missing)}")
        if not it.cues:
            raise ValueError(f"items.toml {it.code}: no cue words")
    return out


@cache
def workload_minimums() -> dict[str, WorkloadMinimum]:
    data = load_toml("workload.toml")
    out = {}
    for x in data["minimum"]:
        out[x["school_type"]] = WorkloadMinimum(
            x["school_type"], x["th"], x["en"], tuple(x["classroom_types"]), x.get("teaching"),
            x.get("total"), x["source"])
    return out


@cache
def classroom_boxes() -> dict[str, str]:
    """The PA 1/ส form's classroom-type box labels (Thai) by contract id, in form order."""
    out = {x["id"]: x["th"] for x in load_toml("classroom_types.toml")["box"]}
    from models.document import ClassroomType
    if list(out) != [t.value for t in ClassroomType]:
        raise ValueError(f"classroom_types.toml must list {[t.value for t in ClassroomType]}, got {list(out)}")
    return out


def _lexicon_lines(name: str) -> list[tuple[str | None, str]]:
    """(section, phrase) pairs of lexicon/NAME.txt; `#` starts a comment; `[x]` starts a section."""
    from models.thai.normalize import normalize

    if name not in LEXICONS:
        raise KeyError(f"unknown lexicon {name!r}")
    text = files("models.rubric").joinpath("lexicon", f"{name}.txt").read_text(encoding="utf-8")
    section: str | None = None
    out: list[tuple[str | None, str]] = []
    seen: set[tuple[str | None, str]] = set()
    for n, line in enumerate(text.splitlines(), 1):
        phrase = line.split("#", 1)[0].strip()
        if not phrase:
            continue
        if phrase.startswith("[") and phrase.endswith("]") and len(phrase) > 2:
            section = phrase[1:-1]
            continue
        if normalize(phrase) != phrase or "  " in phrase:
            raise ValueError(f"lexicon/{name}.txt:{n}: {phrase!r} is not normalised Thai")
        if (section, phrase) in seen:
            raise ValueError(f"lexicon/{name}.txt:{n}: duplicate {phrase!r}")
        seen.add((section, phrase))
        out.append((section, phrase))
    if not out:
        raise ValueError(f"lexicon/{name}.txt is empty")
    return out


@cache
def lexicon(name: str) -> tuple[str, ...]:
    """The phrases of models/rubric/lexicon/NAME.txt, in file order (all sections)."""
    return tuple(p for _, p in _lexicon_lines(name))


@cache
def lexicon_sections(name: str) -> dict[str, tuple[str, ...]]:
    """A sectioned lexicon (level_phrases.txt: one `[level_id]` section per practice level)."""
    out: dict[str, list[str]] = {}
    for section, phrase in _lexicon_lines(name):
        if section is None:
            raise ValueError(f"lexicon/{name}.txt: phrase {phrase!r} outside a [section]")
        out.setdefault(section, []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of `phrases`, longest first; a space matches any spaces."""
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                            for p in sorted(phrases, key=len, reverse=True)) + ")"


def english_pattern(*sections: str) -> str:
    """`phrase_pattern` of the phrases in `sections` of lexicon/english_frames.txt."""
    sec = lexicon_sections("english_frames")
    return phrase_pattern(w for name in sections for w in sec[name])


@cache
def english_purpose() -> re.Pattern[str]:
    """The English purpose markers (lexicon/english_purpose.txt: "in order to", "so that"), read as
    เพื่อ/เพื่อให้ are: a purpose names work promised, not done (the lexicon's comment)."""
    return re.compile(rf"(?<![A-Za-z])(?i:{phrase_pattern(lexicon('english_purpose'))})(?![A-Za-z])")


@cache
def level_phrases() -> dict[LevelId, tuple[str, ...]]:
    """Practice-level cue phrases, by level id (lexicon/level_phrases.txt)."""
    return {LevelId(k): v for k, v in lexicon_sections("level_phrases").items()}

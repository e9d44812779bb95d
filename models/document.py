"""The PA1 document model: the contract's `document` object, produced by every reader.

Field names equal the contract's JSON keys, so `doc.model_dump(mode="json")` is the
contract's `document`.  What the contract does not carry (where each string came from,
how sure the reader is of it, the subjects under the teaching hours) lives in excluded
fields: it travels with the document inside the program and is dumped only on request
(`Pa1Document.dump(full=True)`).
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RankId(StrEnum):
    ASSISTANT = "assistant"
    TEACHER = "teacher"
    PROFESSIONAL = "professional"
    SENIOR_PROFESSIONAL = "senior_professional"
    EXPERT = "expert"
    SENIOR_EXPERT = "senior_expert"


class LevelId(StrEnum):
    EXECUTE = "execute"
    APPLY = "apply"
    SOLVE = "solve"
    ORIGINATE = "originate"
    INVENT = "invent"
    IMPACT = "impact"


class ClassroomType(StrEnum):
    GENERAL = "general"
    EARLY_CHILDHOOD = "early_childhood"
    SPECIAL_EDUCATION = "special_education"
    VOCATIONAL = "vocational"
    NON_FORMAL = "non_formal"


class SourceRef(Model):
    """Where a string was read, precise enough to highlight or annotate it.

    DOCX: `paragraph` is the index of the body paragraph (document order, tables excluded);
    for a cell, `table` is the index of the top-level table in body order, `row` the row
    index and `cell` the index of the real `<w:tc>` element in that row (not the grid
    column), `nested` the path of nested tables inside it, `line` the paragraph inside the
    cell.  PDF: `page` (from 0) and `bbox` (x0, top, x1, bottom in PDF points, top-left origin).
    """

    kind: Literal["paragraph", "cell", "page"]
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    nested: tuple[int, ...] = ()
    line: int | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None


class Period(Model):
    start: str | None = None  # "2565-10-01": BE date, ISO-shaped, as written
    end: str | None = None


class Header(Model):
    name: str | None = None
    position: str | None = None
    rank: RankId | None = None
    salary_band: str | None = None  # "คศ.2"
    school: str | None = None
    affiliation: str | None = None
    fiscal_year: int | None = None  # Buddhist Era
    period: Period | None = None
    classroom_types: list[ClassroomType] = []


class Workload(Model):
    teaching: float | None = None
    support: float | None = None
    quality: float | None = None
    policy: float | None = None
    total: float | None = None
    # Not in the contract's JSON: the subject lines written under 1.1 (e.g. "ท21101 ภาษาไทย 5 ชั่วโมง").
    subjects: list[str] = Field(default=[], exclude=True)
    # Not in the contract's JSON: the total as written (None when no total is written).
    stated_total: float | None = Field(default=None, exclude=True)

    @field_serializer("teaching", "support", "quality", "policy", "total")
    def _whole_hours(self, value: float | None) -> int | float | None:
        """18.0 is written 18, as the contract shows; 1.5 stays 1.5."""
        return int(value) if value is not None and float(value).is_integer() else value


class Area(Model):
    area: int  # 1, 2 or 3
    tasks: list[str] = []
    outcomes: list[str] = []
    indicators: list[str] = []
    items: dict[str, list[int]] = {}  # "1.1" -> indexes into tasks

    def blank_tasks(self, rows: Collection[int]) -> Area:
        """This area with the tasks at `rows` blanked, read as rows that address no item (last
        year's work, the school's work); itself if `rows` is empty."""
        if not rows:
            return self
        return self.model_copy(update={"tasks": ["" if i in rows else t
                                                 for i, t in enumerate(self.tasks)]})


class Part1(Model):
    areas: list[Area] = []

    def area(self, number: int) -> Area | None:
        return next((a for a in self.areas if a.area == number), None)


class Challenge(Model):
    title: str | None = None
    problem: str | None = None  # paragraphs joined with "\n"
    method: list[str] = []
    quantitative: list[str] = []
    qualitative: list[str] = []


class Pa1Document(Model):
    header: Header = Header()
    workload: Workload = Workload()
    part1: Part1 = Part1()
    part2: Challenge | None = None
    # Not in the contract's JSON. Keys are field paths from `field_key()`.
    sources: dict[str, SourceRef] = Field(default={}, exclude=True)
    confidence: dict[str, float] = Field(default={}, exclude=True)
    # Part 1 layout the reader recognised: "area-rows", "item-rows", "semester-columns", "paragraphs".
    layout: str | None = Field(default=None, exclude=True)

    def dump(self, *, full: bool = False) -> dict[str, Any]:
        """The contract's `document` object; `full` adds sources, confidence, layout, subjects."""
        data = self.model_dump(mode="json")
        if full:
            data["workload"]["subjects"] = list(self.workload.subjects)
            data["workload"]["stated_total"] = self.workload.stated_total
            data["sources"] = {k: v.model_dump(mode="json", exclude_defaults=True)
                               for k, v in self.sources.items()}
            data["confidence"] = dict(self.confidence)
            data["layout"] = self.layout
        return data

    def source(self, part: str, field: str | None = None, area: int | None = None,
               index: int | None = None) -> SourceRef | None:
        return self.sources.get(field_key(part, field, area, index))


def field_key(part: str, field: str | None = None, area: int | None = None,
              index: int | None = None) -> str:
    """The one spelling of a field path, shared by readers (sources) and checks (locations).

    >>> field_key("part1", "tasks", 2, 0)
    'part1.2.tasks.0'
    >>> field_key("header", "name")
    'header.name'
    """
    parts = [part]
    if area is not None:
        parts.append(str(area))
    if field is not None:
        parts.append(field)
    if index is not None:
        parts.append(str(index))
    return ".".join(parts)

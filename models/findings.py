"""Findings: what the review says about one place in a PA1."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, SerializerFunctionWrapHandler, model_serializer


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
PART_ORDER = {"document": 0, "header": 1, "workload": 2, "part1": 3, "part2": 4}


class Location(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    part: Literal["document", "header", "workload", "part1", "part2"]
    area: int | None = None
    field: str | None = None
    index: int | None = None


def without_absent_english(data: dict[str, Any]) -> dict[str, Any]:
    """`data` without a `suggestion_en` that is empty: an English rewrite appears only for a
    statement written in English, so a Thai one's JSON keeps the contract's fields exactly."""
    if not data.get("suggestion_en"):
        data.pop("suggestion_en", None)
    return data


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    severity: Severity
    message_th: str
    message_en: str
    location: Location
    excerpt: str = ""
    suggestion_th: str | None = None
    # the rewrite in English, for a statement the teacher wrote in English (EP/MEP programmes)
    suggestion_en: str | None = None
    details: dict[str, Any] = {}

    @model_serializer(mode="wrap")  # no return annotation: the JSON schema stays the model's
    def _without_absent_english(self, handler: SerializerFunctionWrapHandler):
        return without_absent_english(handler(self))

    def sort_key(self) -> tuple:
        loc = self.location
        return (SEVERITY_ORDER[self.severity], PART_ORDER[loc.part], loc.area or 0,
                loc.field or "", -1 if loc.index is None else loc.index, self.rule)

"""API-only shapes (the report itself is service.report.Report)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import (BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, field_validator,
                      model_serializer)

from models.document import ClassroomType, LevelId, RankId
from models.findings import Finding, without_absent_english


class ErrorDetail(BaseModel):
    code: str
    message_th: str
    message_en: str


class ErrorOut(BaseModel):
    error: ErrorDetail


_BLANK = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")


class CheckTextIn(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    text: str = Field(min_length=1, max_length=10_000)
    as_: Literal["indicator", "outcome", "challenge"] = Field(alias="as")
    rank: RankId | None = None
    area: int = Field(default=1, ge=1, le=3)
    # whose statement it is (the report's header.classroom_types values): `early_childhood` makes
    # the suggestions say เด็ก, as in an early-childhood PA1; none or another type: นักเรียน
    classroom_type: ClassroomType | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        """Spaces or zero-width characters alone are no statement (kept as sent otherwise: the
        trainer's highlights are offsets into the text as sent)."""
        if not _BLANK.sub("", value):
            raise ValueError("the text is blank")
        return value

    @field_validator("rank", "classroom_type", mode="before")
    @classmethod
    def _blank_rank_is_none(cls, value: Any) -> Any:
        """A blank rank is no rank, as on /reviews and /batches (a form's empty choice); a blank
        classroom type likewise is none."""
        return None if isinstance(value, str) and not value.strip() else value


class CheckTextOut(BaseModel):
    findings: list[Finding]
    level: LevelId | None = None
    suggestion_th: str | None = None
    suggestion_en: str | None = None  # added: the rewrite of a statement written in English

    @model_serializer(mode="wrap")  # no return annotation: the JSON schema stays the model's
    def _without_absent_english(self, handler: SerializerFunctionWrapHandler):
        return without_absent_english(handler(self))

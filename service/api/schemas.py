"""API-only shapes (the report itself is service.report.Report)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from models.document import LevelId, RankId
from models.findings import Finding


class ErrorDetail(BaseModel):
    code: str
    message_th: str
    message_en: str


class ErrorOut(BaseModel):
    error: ErrorDetail


class CheckTextIn(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    text: str = Field(min_length=1, max_length=10_000)
    as_: Literal["indicator", "outcome", "challenge"] = Field(alias="as")
    rank: RankId | None = None
    area: int = Field(default=1, ge=1, le=3)


class CheckTextOut(BaseModel):
    findings: list[Finding]
    level: LevelId | None = None
    suggestion_th: str | None = None

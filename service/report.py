"""The report the outside world receives: contract JSON `schema: "pa-review/1"`."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from models.document import LevelId, Pa1Document
from models.findings import Finding, Severity

SCHEMA = "pa-review/1"


class Summary(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    errors: int = 0
    warnings: int = 0
    infos: int = 0

    @classmethod
    def of(cls, findings: list[Finding]) -> "Summary":
        count = {s: 0 for s in Severity}
        for f in findings:
            count[f.severity] += 1
        return cls(errors=count[Severity.ERROR], warnings=count[Severity.WARNING],
                   infos=count[Severity.INFO])


class Report(BaseModel):
    """`Report.model_dump(mode="json", by_alias=True)` (or `.to_json()`) is the contract's JSON.

    `document` keeps the excluded `sources`/`confidence` in memory (annotation uses them); they
    never reach the JSON.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: Literal["pa-review/1"] = Field(default=SCHEMA, alias="schema")
    file: str
    sha256: str
    document: Pa1Document | None
    expected_level: LevelId | None = None
    findings: list[Finding] = []
    summary: Summary = Summary()

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    @property
    def has_errors(self) -> bool:
        return self.summary.errors > 0

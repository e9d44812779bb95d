"""header.* checks (being written)."""

from __future__ import annotations

from typing import Iterator

from models.checks.context import CheckContext
from models.document import Pa1Document
from models.findings import Finding


def check(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    return iter(())

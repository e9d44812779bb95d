"""The review engine: one module per rule family (the prefix of the rule id), one function per rule.

`run(doc, ctx)` applies the gates first: a file that is not a PA1 gets `document.not-pa1` only; a
text too damaged to trust gets `document.low-text-quality` only (nothing is judged on garbage).
Otherwise every family's `check(doc, ctx)` runs and the findings come back in a deterministic
order (`Finding.sort_key`).  Adding a rule touches no code here (STYLE.md 6.5).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from models.checks.context import CheckContext
from models.document import Pa1Document
from models.findings import Finding

FAMILIES = ("document", "header", "workload", "part1", "indicator", "challenge")

__all__ = ["FAMILIES", "CheckContext", "families", "run"]


def families() -> list[ModuleType]:
    """The family modules, in FAMILIES order (a family module not written yet is skipped)."""
    out = []
    for name in FAMILIES:
        try:
            out.append(importlib.import_module(f"models.checks.{name}"))
        except ModuleNotFoundError as e:
            if e.name != f"models.checks.{name}":
                raise
    return out


def run(doc: Pa1Document | None, ctx: CheckContext) -> list[Finding]:
    from models.checks import document

    if not ctx.is_pa1:
        findings = [document.not_pa1(ctx)]
    elif ctx.quality is not None and not ctx.quality.trustworthy:
        findings = [document.low_text_quality(ctx)]
    elif doc is None:
        findings = []
    else:
        from models.checks.suggest_en import english_places

        ctx.english = english_places(doc)
        findings = [f for family in families() for f in family.check(doc, ctx)]
    return sorted(findings, key=Finding.sort_key)

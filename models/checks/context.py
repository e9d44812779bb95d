"""What every check receives: who the teacher is (rank, expected level), how trustworthy the text
is, and the one way to make a finding (severity and both messages come from the catalogue)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.document import LevelId, RankId
from models.findings import Finding, Location, Severity
from models.rubric.catalog import rule
from models.thai.analysis import ThaiText, analyse
from models.thai.quality import TextQuality


@dataclass
class CheckContext:
    rank: RankId | None
    expected_level: LevelId | None
    quality: TextQuality | None = None
    is_pa1: bool = True
    area: int | None = None  # for a single text (check-text): the area it belongs to
    # the parts written in English, as (part, area): ("part2", None), ("part1", 2); a finding
    # there gets the catalogue's English suggestion too (suggest_en.english_places)
    english: frozenset[tuple[str, int | None]] = frozenset()

    def finding(self, rule_id: str, location: Location, excerpt: str = "", *,
                suggestion_th: str | None = None, suggestion_en: str | None = None,
                details: dict[str, Any] | None = None,
                severity: Severity | None = None, **params: Any) -> Finding:
        """A finding of `rule_id`; `params` fill the message placeholders.

        `suggestion_th` is the concrete rewrite; when None and the catalogue has a suggestion
        template whose placeholders `params` can fill, that template is used.  `suggestion_en`
        is the rewrite of a statement written in English (models.checks.suggest_en); when None
        and the finding is in a part written in English (`english`), the catalogue's English
        template.  `severity`
        overrides the catalogue's only where a rule says so (indicator.not-learner in area 3).
        """
        r = rule(rule_id)
        message_th, message_en = r.render(**params)
        if suggestion_th is None and r.suggestion_th:
            try:
                suggestion_th = r.render_suggestion(**params)
            except KeyError:
                suggestion_th = None
        if suggestion_en is None and r.suggestion_en and (location.part, location.area) in self.english:
            try:
                suggestion_en = r.render_suggestion("en", **params)
            except KeyError:
                suggestion_en = None
        return Finding(rule=rule_id, severity=severity or r.severity, message_th=message_th,
                       message_en=message_en, location=location, excerpt=excerpt,
                       suggestion_th=suggestion_th, suggestion_en=suggestion_en,
                       details=dict(details or {}))

    def text(self, s: str) -> ThaiText:
        """The cached analysis of `s`."""
        return analyse(s)

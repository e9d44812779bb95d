"""Check one statement on its own: `pa-review check-text`, POST /api/v1/check-text, the trainer page.

- indicator: the indicator rules (indicator.*), as for a Part 1 indicator of `area`;
- outcome: part1.outcome-teacher-centred;
- challenge: the practice level the text shows (models.classifiers.practice_level) and
  challenge.level-below-expected against the rank's expected level, plus the challenge rules one
  pasted text lets a reader judge (models.checks.challenge.check_text).
Placeholders left in the text (document.placeholder-left) are reported for all three.
`classroom_type` (the contract's classroom_types values) says whose statement it is: with
`early_childhood` the suggestions name เด็ก, as in an early-childhood PA1; otherwise นักเรียน.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from models.checks import suggest, suggest_en
from models.checks.context import CheckContext
from models.checks.indicator import check_indicator
from models.checks.part1 import check_outcome
from models.document import ClassroomType, LevelId, RankId
from models.findings import Finding, Location, without_absent_english
from models.rubric import expected_level, levels
from models.thai.analysis import ThaiText

As = Literal["indicator", "outcome", "challenge"]


@dataclass(frozen=True)
class TextCheck:
    findings: list[Finding]
    level: LevelId | None  # the practice level the text shows (challenge only)
    suggestion_th: str | None
    analysis: ThaiText
    suggestion_en: str | None = None  # the rewrite of a statement written in English

    def dump(self) -> dict:
        """The contract's check-text object: findings, level, suggestion_th (and, added, an
        English statement's suggestion_en)."""
        return without_absent_english({
            "findings": [f.model_dump(mode="json") for f in self.findings],
            "level": self.level.value if self.level else None,
            "suggestion_th": self.suggestion_th, "suggestion_en": self.suggestion_en})


def check_text(text: str, as_: As, rank: RankId | str | None = None, area: int = 1,
               classroom_type: ClassroomType | str | None = None) -> TextCheck:
    if as_ not in ("indicator", "outcome", "challenge"):
        raise ValueError(f"as_ must be indicator, outcome or challenge, not {as_!r}")
    if area not in (1, 2, 3):
        raise ValueError(f"area must be 1, 2 or 3, not {area!r}")
    kind = ClassroomType(classroom_type) if classroom_type else None
    learner = suggest.EARLY_CHILDHOOD_LEARNER if kind == ClassroomType.EARLY_CHILDHOOD \
        else suggest.LEARNER
    rank_id = RankId(rank) if rank else None
    english = frozenset({("part1", area), ("part2", None)}) if suggest_en.is_english(text) else frozenset()
    ctx = CheckContext(rank=rank_id, expected_level=expected_level(rank_id) if rank_id else None,
                       area=area, english=english)
    t = ctx.text(text)
    findings: list[Finding] = []
    level: LevelId | None = None
    if as_ == "indicator":
        loc = Location(part="part1", area=area, field="indicators", index=0)
        findings += check_indicator(text, area, ctx, loc, learner=learner)
    elif as_ == "outcome":
        loc = Location(part="part1", area=area, field="outcomes", index=0)
        f = check_outcome(text, area, ctx, loc, learner=learner)
        findings += [f] if f else []
    else:
        loc = Location(part="part2", field="title")
        level, f = _challenge_level(text, ctx, loc)
        findings += [f] if f else []
        findings += _challenge_rules(text, ctx, findings, learner)
    if t.placeholders:
        findings.append(ctx.finding("document.placeholder-left", loc, text,
                                    placeholder=t.placeholders[0].text, learner=learner,
                                    details={"placeholders": [p.text for p in t.placeholders]}))
    findings.sort(key=Finding.sort_key)
    rewrites = [f for f in findings if f.rule != "document.placeholder-left"]
    suggestion = next((f.suggestion_th for f in rewrites if f.suggestion_th), None)
    suggestion_en = next((f.suggestion_en for f in rewrites if f.suggestion_en), None)
    return TextCheck(findings, level, suggestion, t, suggestion_en)


def _challenge_rules(text: str, ctx: CheckContext, have: list[Finding],
                     learner: str = suggest.LEARNER) -> list[Finding]:
    """models.checks.challenge.check_text's findings (with a method: no evaluating step, no time
    frame, no target group; with a problem: no evidence; with quantitative results: no number and
    the indicator rules), each once."""
    from models.checks.challenge import check_text as challenge_rules

    seen = {(f.rule, f.location.field, f.location.index) for f in have}
    return [f for f in challenge_rules(text, ctx, learner)
            if (f.rule, f.location.field, f.location.index) not in seen]


def _challenge_level(text: str, ctx: CheckContext,
                     loc: Location) -> tuple[LevelId | None, Finding | None]:
    """The level the text shows, and challenge.level-below-expected decided as for a whole
    document: only when P(below the expected level) reaches the classifier's stored threshold."""
    from models.classifiers.practice_level import below_expected, predict_level

    pred = predict_level(text)
    detected = LevelId(pred.label) if pred.label else None
    expected = ctx.expected_level
    if detected is None or expected is None:
        return detected, None
    verdict = below_expected(text, expected)
    if verdict is None:
        return detected, None
    lv = levels()
    shown = LevelId(verdict.label)
    title = text.strip().splitlines()[0]  # a pasted challenge opens with its title
    return detected, ctx.finding(
        "challenge.level-below-expected", loc, text,
        suggestion_th=suggest.level_advice(expected.value, lv[expected].th, title),
        suggestion_en=suggest_en.level_advice(expected.value, lv[expected].en, title)
        if ("part2", None) in ctx.english else None,
        details={"expected": expected.value, "detected": shown.value, "score": verdict.score,
                 "evidence": list(verdict.evidence)},
        expected_th=lv[expected].th, expected_en=lv[expected].en,
        detected_th=lv[shown].th, detected_en=lv[shown].en)

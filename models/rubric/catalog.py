"""The rule catalogue: every rule id, its severity and its self-documentation, as data.

`rules.toml` holds one `[[rule]]` table per rule (ruff's fixed sections: what, why, bad example,
good example, fix).  It is validated when first loaded: id shape, family, severity, the same
placeholder set in the Thai and English messages, and every rule id the contract requires.

Placeholders are `{name}`; a pair `{name_th}` / `{name_en}` counts as the one placeholder `name`
(the Thai message takes the Thai value, the English message the English one).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from typing import Any

from models.findings import Severity
from models.rubric import load_toml

FAMILIES = ("document", "header", "workload", "part1", "indicator", "challenge")
STATUSES = ("stable", "experimental")
ID_PATTERN = re.compile(r"^[a-z0-9]+\.[a-z0-9-]+$")

# The rule ids CONTRACT.md requires ("These rule ids are required; more may be added").
CONTRACT_RULES = (
    "document.not-pa1", "document.low-text-quality",
    "header.missing-field", "header.rank-salary-mismatch", "header.period-mismatch",
    "header.no-classroom-type",
    "workload.missing", "workload.teaching-below-minimum", "workload.total-below-minimum",
    "workload.sum-mismatch",
    "part1.area-missing", "part1.item-uncovered", "part1.outcome-missing",
    "part1.indicator-missing", "part1.outcome-teacher-centred",
    "indicator.no-target", "indicator.no-criterion", "indicator.vague-change",
    "indicator.process-not-result", "indicator.not-learner", "indicator.invalid-percentage",
    "challenge.missing", "challenge.section-missing", "challenge.level-below-expected",
    "challenge.problem-no-evidence", "challenge.method-no-evaluation",
    "challenge.method-no-timeline", "challenge.quantitative-no-number",
    "challenge.no-target-group",
)

_REQUIRED_KEYS = ("id", "severity", "title_th", "title_en", "message_th", "message_en",
                  "why_th", "why_en", "example_bad", "example_good", "source", "status")
_OPTIONAL_KEYS = ("suggestion_th", "suggestion_en")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title_th: str
    title_en: str
    message_th: str
    message_en: str
    why_th: str
    why_en: str
    example_bad: str
    example_good: str
    source: str  # seed citation, "pa-w9-2564-training-slides.txt:626"
    status: str  # "stable" | "experimental"
    suggestion_th: str | None = None
    suggestion_en: str | None = None  # the template's English, for a part written in English

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def name(self) -> str:
        """The check function's name: `indicator.no-target` → `no_target`."""
        return self.id.split(".", 1)[1].replace("-", "_")

    @property
    def placeholders(self) -> frozenset[str]:
        return placeholder_set(self.message_th)

    def render_suggestion(self, lang: str = "th", **params: Any) -> str | None:
        """The catalogue's suggestion template in `lang` (th, en) filled with that language's
        values; None when the rule has none; KeyError when a value lacks."""
        template = self.suggestion_en if lang == "en" else self.suggestion_th
        if not template:
            return None
        return _fill(template, learner_words(params), lang)

    def render(self, **params: Any) -> tuple[str, str]:
        """(message_th, message_en) with the placeholders filled.

        A pair placeholder `x` may be given as `x_th` and `x_en`, or as one `x` used for both.
        The learners' words (learners.toml: `learners_th`, `learners_en`, `instruction_th`)
        follow the `learner` a check names, นักเรียน's when it names none.
        """
        params = learner_words(params)
        return _fill(self.message_th, params, "th"), _fill(self.message_en, params, "en")


@cache
def _learners() -> dict[str, dict[str, str]]:
    return load_toml("learners.toml")


DEFAULT_LEARNER = "นักเรียน"


def learner_words(params: dict[str, Any]) -> dict[str, Any]:
    """`params` with the words of its `learner` (learners.toml) added where it has none of its
    own: `learner` เด็ก gives learners_en "children" and instruction_th การจัดประสบการณ์."""
    table = _learners()
    words = table.get(str(params.get("learner", DEFAULT_LEARNER)), table[DEFAULT_LEARNER])
    return {**words, **params}


def _names(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def placeholder_set(template: str) -> frozenset[str]:
    return frozenset(re.sub(r"_(th|en)$", "", n) for n in _names(template))


def _fill(template: str, params: dict[str, Any], lang: str) -> str:
    values: dict[str, Any] = {}
    for name in _names(template):
        base = re.sub(r"_(th|en)$", "", name)
        for key in (name, f"{base}_{lang}", base):
            if key in params:
                values[name] = _show(params[key])
                break
        else:
            raise KeyError(f"missing message parameter {name!r}")
    return template.format(**values)


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _validate(data: dict[str, Any]) -> Rule:
    rid = data.get("id", "?")
    missing = [k for k in _REQUIRED_KEYS if not data.get(k)]
    if missing:
        raise ValueError(f"rules.toml {rid}: missing {missing}")
    unknown = set(data) - set(_REQUIRED_KEYS) - set(_OPTIONAL_KEYS)
    if unknown:
        raise ValueError(f"rules.toml {rid}: unknown keys {sorted(unknown)}")
    if not ID_PATTERN.match(rid):
        raise ValueError(f"rules.toml: bad rule id {rid!r}")
    if rid.split(".", 1)[0] not in FAMILIES:
        raise ValueError(f"rules.toml {rid}: unknown family")
    if data["status"] not in STATUSES:
        raise ValueError(f"rules.toml {rid}: unknown status {data['status']!r}")
    try:
        severity = Severity(data["severity"])
    except ValueError:
        raise ValueError(f"rules.toml {rid}: unknown severity {data['severity']!r}") from None
    th, en = placeholder_set(data["message_th"]), placeholder_set(data["message_en"])
    if th != en:
        raise ValueError(f"rules.toml {rid}: Thai and English placeholders differ: {th} vs {en}")
    if data.get("suggestion_en") and not data.get("suggestion_th"):
        raise ValueError(f"rules.toml {rid}: suggestion_en without suggestion_th")
    if re.search(r"\.txt:\d", data["source"]) is None:
        raise ValueError(f"rules.toml {rid}: source must cite a seed file:line")
    return Rule(severity=severity, **{k: v for k, v in data.items() if k != "severity"})


@cache
def rules() -> dict[str, Rule]:
    """Every rule of the catalogue by id, validated (raises ValueError on a bad catalogue)."""
    out: dict[str, Rule] = {}
    for data in load_toml("rules.toml")["rule"]:
        r = _validate(data)
        if r.id in out:
            raise ValueError(f"rules.toml: duplicate id {r.id}")
        out[r.id] = r
    absent = [rid for rid in CONTRACT_RULES if rid not in out]
    if absent:
        raise ValueError(f"rules.toml lacks contract rules {absent}")
    return out


def rule(rule_id: str) -> Rule:
    try:
        return rules()[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule id {rule_id!r}") from None

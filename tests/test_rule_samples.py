"""Every catalogue rule has samples/rules/<id>.toml with ≥2 firing and ≥2 passing cases, and each
case does what it says (ruff's fixture per rule).  Format: samples/rules/README.md."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from models.checks import CheckContext, run
from models.checks.text import check_text
from models.document import Pa1Document, RankId
from models.rubric import expected_level
from models.rubric.catalog import rules
from models.thai.quality import text_quality
from rule_fixtures import baseline, merge_patch

ROOT = Path(__file__).resolve().parents[1]
RULES_DIR = ROOT / "samples" / "rules"


def sample_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*.toml"))


def load(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def doc_texts(doc: Pa1Document) -> list[str]:
    out: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(doc.model_dump(mode="json"))
    return out


def findings_for(spec: dict, case: dict) -> tuple[list, list[str]]:
    """All findings of the case, and the texts an excerpt must come from."""
    rank = case.get("rank", spec.get("rank"))
    if spec["kind"] == "text":
        result = check_text(case["text"], spec["as"], rank=rank,
                            area=case.get("area", spec.get("area", 1)))
        return result.findings, [case["text"]]
    data = merge_patch(baseline(), json.loads(case.get("patch", "{}")))
    if "layout" in case:
        data["layout"] = case["layout"]
    if "sources" in case:
        data["sources"] = json.loads(case["sources"])
    if "subjects" in case:
        data["workload"]["subjects"] = case["subjects"]
    doc = Pa1Document.model_validate(data)
    rank_id = RankId(rank) if rank else doc.header.rank
    ctx = CheckContext(rank=rank_id, expected_level=expected_level(rank_id) if rank_id else None,
                       quality=text_quality(case["quality_text"]) if "quality_text" in case
                       else None,
                       is_pa1=case.get("is_pa1", True))
    return run(doc, ctx), doc_texts(doc)


def cases() -> list:
    out = []
    for path in sample_files():
        spec = load(path)
        for kind in ("fires", "passes"):
            for i, case in enumerate(spec.get(kind, [])):
                rid = spec.get("rule", path.stem)
                out.append(pytest.param(path.name, kind, i, id=f"{rid}-{kind}-{i}"))
    return out


def test_every_rule_has_a_sample_file():
    have = {p.stem for p in sample_files()}
    missing = sorted(set(rules()) - have)
    assert not missing, f"rules without samples/rules/<id>.toml: {missing}"


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_sample_file_shape(path: Path):
    spec = load(path)
    assert spec.get("rule") == path.stem, "file name must be the rule id"
    assert spec["rule"] in rules(), f"{spec['rule']} is not in the catalogue"
    assert spec.get("kind") in ("text", "document")
    if spec["kind"] == "text":
        assert spec.get("as") in ("indicator", "outcome", "challenge")
    assert len(spec.get("fires", [])) >= 2, "at least two firing cases"
    assert len(spec.get("passes", [])) >= 2, "at least two passing cases"


def _subset(sub: dict, full: dict) -> bool:
    return all(k in full and full[k] == v for k, v in sub.items())


@pytest.mark.parametrize("name,kind,index", cases())
def test_rule_case(name: str, kind: str, index: int):
    spec = load(RULES_DIR / name)
    case = spec[kind][index]
    findings, texts = findings_for(spec, case)
    mine = [f for f in findings if f.rule == spec["rule"]]
    label = case.get("note") or case.get("text") or case.get("patch")
    if kind == "passes":
        assert not mine, f"{spec['rule']} fired on a passing case ({label}): {mine[0].message_en}"
        return
    assert mine, f"{spec['rule']} did not fire ({label}); got {[f.rule for f in findings]}"
    if "count" in case:
        assert len(mine) == case["count"]
    f = mine[0]
    if "severity" in case:
        assert f.severity.value == case["severity"]
    if "suggestion" in case:
        assert f.suggestion_th == case["suggestion"]
    if "details" in case:
        assert _subset(case["details"], f.details), f.details
    if "excerpt" in case:
        assert f.excerpt == case["excerpt"]
    if "location" in case:
        assert _subset(case["location"], f.location.model_dump()), f.location
    for x in mine:
        assert x.excerpt == "" or any(x.excerpt in t for t in texts), \
            f"excerpt {x.excerpt!r} is not a substring of the document text"
        assert x.message_th and x.message_en


def test_baseline_has_no_finding():
    doc = Pa1Document.model_validate(baseline())
    ctx = CheckContext(rank=doc.header.rank, expected_level=expected_level(doc.header.rank))
    assert [f.rule for f in run(doc, ctx)] == []


# The catalogue's own examples, where a rule judges one statement.
_RUNNABLE = {"indicator": "indicator", "part1.outcome-teacher-centred": "outcome"}


def _example_cases() -> list:
    out = []
    for r in rules().values():
        as_ = _RUNNABLE.get(r.id, _RUNNABLE.get(r.family))
        if as_:
            out.append(pytest.param(r.id, as_, id=r.id))
    return out


@pytest.mark.parametrize("rule_id,as_", _example_cases())
def test_catalogue_examples(rule_id: str, as_: str):
    r = rules()[rule_id]
    bad = [f.rule for f in check_text(r.example_bad, as_).findings]
    good = [f.rule for f in check_text(r.example_good, as_).findings]
    assert rule_id in bad, f"example_bad does not fire: {bad}"
    assert rule_id not in good, "example_good fires"

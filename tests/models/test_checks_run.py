"""models.checks.run: the gates, every family, deterministic order."""

from __future__ import annotations

import json
from pathlib import Path

from models.checks import FAMILIES, CheckContext, families, run
from models.document import LevelId, Pa1Document, RankId
from models.findings import Finding
from models.thai.quality import text_quality

BASELINE = Path(__file__).resolve().parents[2] / "samples" / "baseline.document.json"


def baseline(**update) -> Pa1Document:
    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    data.update(update)
    return Pa1Document.model_validate(data)


def ctx(**kw) -> CheckContext:
    return CheckContext(rank=RankId.PROFESSIONAL, expected_level=LevelId.SOLVE, **kw)


def test_not_pa1_gives_only_not_pa1():
    fs = run(None, ctx(is_pa1=False))
    assert [f.rule for f in fs] == ["document.not-pa1"]


def test_untrustworthy_text_stops_the_review():
    doc = baseline(part2=None, header={"name": "...."})
    fs = run(doc, ctx(quality=text_quality("ผลการเรียน\uf70a\uf70b ของนกเรยน")))
    assert [f.rule for f in fs] == ["document.low-text-quality"]
    assert fs[0].details["problems"]["pua"] == 2


def test_trustworthy_text_is_reviewed():
    doc = baseline(part2=None)
    fs = run(doc, ctx(quality=text_quality("นักเรียนร้อยละ 80 มีผลสัมฤทธิ์ทางการเรียนอยู่ในระดับดีขึ้นไป")))
    assert "challenge.missing" in [f.rule for f in fs]


def test_families_are_the_rule_prefixes():
    names = [m.__name__.rsplit(".", 1)[1] for m in families()]
    assert names == [f for f in FAMILIES if f in names]
    assert {"document", "header", "workload", "part1", "indicator"} <= set(names)


def test_output_is_sorted_and_deterministic():
    doc = baseline(header={"name": None, "classroom_types": []},
                   workload={"teaching": 8, "support": 2, "quality": 1, "policy": 1, "total": 30})
    a, b = run(doc, ctx()), run(doc, ctx())
    assert a == b
    assert a == sorted(a, key=Finding.sort_key)
    assert a[0].severity.value == "error"


def test_findings_serialise_as_the_contract_says():
    doc = baseline(workload={"teaching": 10, "support": 6, "quality": 4, "policy": 2, "total": 22})
    f = next(f for f in run(doc, ctx()) if f.rule == "workload.teaching-below-minimum")
    data = f.model_dump(mode="json")
    assert set(data) == {"rule", "severity", "message_th", "message_en", "location", "excerpt",
                         "suggestion_th", "details"}
    assert "10" in data["message_th"] and "12" in data["message_en"]

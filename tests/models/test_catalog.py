"""The rule catalogue and the rubric data: validated, complete, citing real seed lines."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from models.document import RankId
from models.findings import Severity
from models.rubric import LEXICONS, items, level_phrases, lexicon, workload_minimums
from models.rubric.catalog import CONTRACT_RULES, FAMILIES, _validate, placeholder_set, rule, rules

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
MY_FAMILIES = ("document", "header", "workload", "part1", "indicator")


def _good(**over) -> dict:
    data = {"id": "indicator.example", "severity": "warning", "title_th": "ก", "title_en": "a",
            "message_th": "ค่า {value}", "message_en": "value {value}", "why_th": "ข",
            "why_en": "b", "example_bad": "ค", "example_good": "ง",
            "source": "pa-w9-2564-training-slides.txt:626", "status": "stable"}
    data.update(over)
    return data


def test_every_contract_rule_is_in_the_catalogue():
    assert set(CONTRACT_RULES) <= set(rules())


def test_extra_rules_of_the_brief_are_there():
    for rid in ("document.placeholder-left", "part1.indicator-duplicated",
                "challenge.qualitative-repeats-quantitative", "challenge.inconsistent-focus"):
        assert rid in rules()


def test_entries_are_complete_and_consistent():
    for r in rules().values():
        assert re.match(r"^[a-z0-9]+\.[a-z0-9-]+$", r.id)
        assert r.family in FAMILIES
        assert isinstance(r.severity, Severity)
        assert placeholder_set(r.message_th) == placeholder_set(r.message_en), r.id
        assert re.search(r"[\u0e00-\u0e7f]", r.message_th + r.example_bad + r.example_good), r.id


def test_validation_rejects_bad_entries():
    _validate(_good())
    with pytest.raises(ValueError, match="bad rule id"):
        _validate(_good(id="Indicator.NoTarget"))
    with pytest.raises(ValueError, match="unknown family"):
        _validate(_good(id="layout.bad"))
    with pytest.raises(ValueError, match="severity"):
        _validate(_good(severity="fatal"))
    with pytest.raises(ValueError, match="placeholders differ"):
        _validate(_good(message_en="value"))
    with pytest.raises(ValueError, match="missing"):
        _validate(_good(why_en=""))
    with pytest.raises(ValueError, match="seed"):
        _validate(_good(source="memory"))


def test_th_en_pair_placeholders_count_as_one():
    assert placeholder_set("{field_th} หาย") == placeholder_set("{field_en} missing") == {"field"}
    th, en = rule("header.missing-field").render(field_th="ชื่อ", field_en="name")
    assert "ชื่อ" in th and "name" in en


def test_render_fails_loudly_on_a_missing_parameter():
    with pytest.raises(KeyError):
        rule("workload.sum-mismatch").render(stated=27)


def test_unknown_rule_id():
    with pytest.raises(KeyError):
        rule("indicator.does-not-exist")


@pytest.mark.parametrize("family", MY_FAMILIES)
def test_one_function_per_rule(family):
    module = importlib.import_module(f"models.checks.{family}")
    for r in rules().values():
        if r.family == family:
            assert callable(getattr(module, r.name, None)), f"{family}.{r.name} missing"
    assert callable(module.check)


def _cited(source: str) -> tuple[Path, int]:
    m = re.match(r"^([\w.-]+\.txt):(\d+)", source)
    assert m, source
    return SEEDS / m.group(1), int(m.group(2))


def test_sources_cite_existing_seed_lines():
    sources = [r.source for r in rules().values()]
    sources += [i.source for i in items().values()]
    sources += [m.source for m in workload_minimums().values()]
    for s in sources:
        path, line = _cited(s)
        assert path.exists(), s
        assert 1 <= line <= len(path.read_text(encoding="utf-8").splitlines()), s


def test_items_are_the_15_items_with_rank_expectations():
    its = items()
    assert list(its) == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8",
                         "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]
    for it in its.values():
        assert set(it.expectations) == set(RankId) - {RankId.ASSISTANT}
        assert it.cues and it.th


def test_teacher_expectations_are_word_for_word_from_the_seed():
    for it in items().values():
        path, line = _cited(it.source)
        row = path.read_text(encoding="utf-8").splitlines()[line - 1]
        plain = re.sub(r"<[^>]+>", "", row)
        for rank in (RankId.TEACHER, RankId.PROFESSIONAL, RankId.SENIOR_PROFESSIONAL):
            assert it.expectations[rank] in plain, (it.code, rank)


def test_expert_expectations_show_their_level():
    for it in items().values():
        assert "ให้คำปรึกษา" in it.expectations[RankId.EXPERT], it.code
    assert "เปลี่ยนแปลง" in items()["1.6"].expectations[RankId.SENIOR_EXPERT]


def test_workload_minimums():
    w = workload_minimums()
    assert (w["general"].teaching, w["general"].total) == (12, 20)
    assert (w["early_childhood"].teaching, w["early_childhood"].total) == (6, 14)
    assert (w["special_disability"].teaching, w["special_disability"].total) == (6, 14)
    assert (w["special_welfare"].teaching, w["special_welfare"].total) == (12, 20)
    assert w["vocational"].teaching is None and w["vocational"].total is None


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicons_load(name):
    phrases = lexicon(name)
    assert phrases and len(set(phrases)) == len(phrases)
    assert all(p == p.strip() and "#" not in p for p in phrases)


def test_unknown_lexicon():
    with pytest.raises(KeyError):
        lexicon("nonsense")


def test_level_phrases_cover_every_level():
    from models.document import LevelId

    assert set(level_phrases()) == set(LevelId)

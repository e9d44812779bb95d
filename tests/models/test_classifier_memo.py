"""models.classifiers.memo and item_mapper.read_ahead (speed, round 12): a text's class
probabilities are the same whichever batch computed them, so keeping them per text and asking
for a document's tasks in one call changes no finding."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from models.classifiers import features, load, memo
from models.classifiers.item_mapper import (
    ITEMS_BY_AREA, coverage, coverage_texts, read_ahead, set_aside,
)

ROOT = Path(__file__).resolve().parents[2]


def _cells() -> list[str]:
    """Real cells (statements13.csv, a spent file) and edge cases, some repeated."""
    with (ROOT / "samples" / "labels" / "statements13.csv").open(encoding="utf-8") as f:
        real = [row["text"] for row in csv.DictReader(f)][:120]
    return real + ["", "80%", "ร้อยละ ๘๐", "\u0e34", "ก" * 300] + real[:5]


@pytest.mark.parametrize("name", ["level", "items"])
def test_memo_rows_equal_the_models_own_in_any_batch(name):
    model = load(name)
    texts = _cells()
    alone = [model.probas_many([t])[0] for t in texts]
    memo.clear()
    assert memo.probas_many(model, texts) == alone  # one batch, duplicates inside it
    memo.clear()
    memo.probas_many(model, texts[::3])  # part of them first, the rest in a second batch
    assert memo.probas_many(model, texts) == alone
    assert memo.probas_many(model, texts[7:9]) == alone[7:9]  # all from the memo
    memo.clear()


def test_memo_hands_out_copies_and_is_bounded(monkeypatch):
    model = load("items")
    memo.clear()
    first = memo.probas_many(model, ["สอนภาษาไทย"])[0]
    first["1.1"] = -1.0
    assert memo.probas_many(model, ["สอนภาษาไทย"])[0]["1.1"] != -1.0
    monkeypatch.setattr(memo, "SIZE", 3)
    memo.probas_many(model, ["ก1", "ก2", "ก3"])
    assert len(memo._MEMO[id(model)][1]) <= 3
    memo.clear()
    assert not memo._MEMO


def _task_lists() -> list[tuple[int, list[str]]]:
    """(area, tasks) of the spent task lists (task_sets.jsonl … as evaluate_coverage reads them)."""
    from benchmarks.evaluate_coverage import load as load_sets
    return [(s["area"], list(s["tasks"])) for s in load_sets()][:300]


def test_read_ahead_changes_no_coverage():
    """coverage and set_aside of each area after a document-wide read_ahead equal the old path's
    (each area's own model calls, nothing kept)."""
    lists = _task_lists()
    assert len(lists) >= 100
    for start in range(0, len(lists), 3):  # three areas at a time, as one document's
        doc = lists[start:start + 3]
        memo.clear()
        features.words.cache_clear()
        old = [(coverage(a, t), set_aside(a, t)) for a, t in doc]
        memo.clear()
        from models.classifiers.item_mapper import clear_set_aside
        clear_set_aside()
        read_ahead(doc)
        assert [(coverage(a, t), set_aside(a, t)) for a, t in doc] == old
        clear_set_aside()
    memo.clear()


def test_read_ahead_asks_the_model_once_for_a_document(monkeypatch):
    lists = [(1, ["จัดกิจกรรมการเรียนรู้แบบโครงงาน เพื่อให้นักเรียนคิดวิเคราะห์ได้", "-", "ทำวิจัยในชั้นเรียน"]),
             (2, ["ดูแลช่วยเหลือนักเรียน"]), (3, ["เข้าร่วม PLC และนำความรู้มาใช้"])]
    model = load("items")
    calls = []
    real = type(model).probas_many
    monkeypatch.setattr(type(model), "probas_many",
                        lambda self, texts: calls.append(list(texts)) or real(self, texts))
    memo.clear()
    read_ahead(lists)
    assert len(calls) == 1
    assert calls[0] == [t for a, tasks in lists for t in coverage_texts(tasks)]
    assert "-" not in calls[0]  # a row with no words is not read (coverage's has_words)
    assert any("เพื่อ" not in t and t.startswith("จัดกิจกรรม") for t in calls[0])  # promise cut
    for area, tasks in lists:
        coverage(area, tasks)  # whole tasks and promise-cut texts come from the memo
    assert all(set(c) - set(calls[0]) for c in calls[1:])  # later calls: only new texts (clauses)
    memo.clear()


def test_models_build_their_char_grams_when_loaded():
    from models.classifiers import clear_cache

    clear_cache()
    for name in ("pa1", "level", "items"):
        model = load(name)
        for _, vec in model.pipe.named_steps["features"].transformer_list:
            if vec.analyzer == "char":
                assert vec in features._CHAR_GRAMS
    assert ITEMS_BY_AREA


def test_memo_cleared_by_another_thread_mid_call_still_answers(monkeypatch):
    """The service checks files in several threads: one may clear the memo (full, or the models
    reloaded) while another is between its lookups and its answer."""
    model = load("items")
    memo.clear()
    first = memo.probas_many(model, ["วัดและประเมินผลตามสภาพจริง"])[0]
    computed = model.probas_many

    def other_thread_clears(texts):
        memo._MEMO[id(model)][1].clear()
        return computed(texts)

    monkeypatch.setattr(model, "probas_many", other_thread_clears)
    both = memo.probas_many(model, ["วัดและประเมินผลตามสภาพจริง", "จัดทำแผนการจัดการเรียนรู้"])
    assert both[0] == first and both[1] == computed(["จัดทำแผนการจัดการเรียนรู้"])[0]
    memo.clear()

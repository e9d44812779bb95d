"""Which of the 15 PA 2/ส items (1.1–3.3) does a Part 1 task address?

A scikit-learn model over Thai word and character n-grams, trained on the rubric's own words
(item names, per-rank descriptions and evidence lists quoted from the seed
pa-guide-ks1-ks3.txt into `samples/labels/items_rubric.csv`) and on task statements written
for this project (`samples/labels/items.csv`).  Only the items of the task's area compete; a
task may address several items (the best one, plus any other within reach of it).
"""

from __future__ import annotations

from models.classifiers import Prediction, load
from models.classifiers.features import TextModel

ITEMS_BY_AREA: dict[int, tuple[str, ...]] = {
    1: ("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"),
    2: ("2.1", "2.2", "2.3", "2.4"),
    3: ("3.1", "3.2", "3.3"),
}
SECOND_RATIO = 0.6  # a second item counts when its probability is ≥ 60 % of the best one's


def _restrict(area: int, probs: dict[str, float]) -> dict[str, float]:
    sub = {i: probs.get(i, 0.0) for i in ITEMS_BY_AREA[area]}
    total = sum(sub.values()) or 1.0
    return {i: p / total for i, p in sub.items()}


def item_probabilities(area: int, task: str, model: TextModel | None = None) -> dict[str, float]:
    """P(item | task, area), renormalised over the items of `area`."""
    if area not in ITEMS_BY_AREA or not (task or "").strip():
        return {}
    return _restrict(area, (model or load("items")).probas(task))


def _chosen(probs: dict[str, float], threshold: float) -> list[tuple[str, float]]:
    """The best item, plus any other within reach of it (a task may address several)."""
    ranked = sorted(probs.items(), key=lambda kv: -kv[1])
    floor = max(threshold, SECOND_RATIO * ranked[0][1])
    return [ranked[0]] + [(i, p) for i, p in ranked[1:] if p >= floor]


def predict_items(area: int, task: str) -> list[Prediction]:
    """The items `task` addresses, best first: `Prediction(label="1.2", score, evidence)`."""
    probs = item_probabilities(area, task)
    if not probs:
        return []
    model = load("items")
    return [Prediction(label=i, score=round(p, 4),
                       evidence=[e for e in model.evidence(task, i, k=4) if e in task])
            for i, p in _chosen(probs, model.threshold)]


def map_items(area: int, tasks: list[str]) -> dict[str, list[int]]:
    """The contract's `items` of an area: item code → indexes of the tasks that address it,
    in item order; items no task addresses are left out.  One model call for all the tasks."""
    if area not in ITEMS_BY_AREA:
        return {}
    model = load("items")
    idx = [i for i, t in enumerate(tasks) if t and t.strip()]
    out: dict[str, list[int]] = {}
    for index, probs in zip(idx, model.probas_many([tasks[i] for i in idx])):
        for item, _ in _chosen(_restrict(area, probs), model.threshold):
            out.setdefault(item, []).append(index)
    return {k: out[k] for k in ITEMS_BY_AREA[area] if k in out}

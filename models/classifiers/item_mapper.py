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


def item_probabilities(area: int, task: str, model: TextModel | None = None) -> dict[str, float]:
    """P(item | task, area), renormalised over the items of `area`."""
    items = ITEMS_BY_AREA.get(area)
    if not items or not (task or "").strip():
        return {}
    probs = (model or load("items")).probas(task)
    sub = {i: probs.get(i, 0.0) for i in items}
    total = sum(sub.values()) or 1.0
    return {i: p / total for i, p in sub.items()}


def predict_items(area: int, task: str) -> list[Prediction]:
    """The items `task` addresses, best first: `Prediction(label="1.2", score, evidence)`."""
    probs = item_probabilities(area, task)
    if not probs:
        return []
    model = load("items")
    ranked = sorted(probs.items(), key=lambda kv: -kv[1])
    best = ranked[0][1]
    floor = max(model.threshold, SECOND_RATIO * best)
    chosen = [ranked[0]] + [(i, p) for i, p in ranked[1:] if p >= floor]
    return [Prediction(label=i, score=round(p, 4),
                       evidence=[e for e in model.evidence(task, i, k=4) if e in task])
            for i, p in chosen]


def map_items(area: int, tasks: list[str]) -> dict[str, list[int]]:
    """The contract's `items` of an area: item code → indexes of the tasks that address it,
    in item order; items no task addresses are left out."""
    out: dict[str, list[int]] = {}
    for index, task in enumerate(tasks):
        for pred in predict_items(area, task):
            out.setdefault(pred.label, []).append(index)
    order = ITEMS_BY_AREA.get(area, ())
    return {k: out[k] for k in order if k in out}

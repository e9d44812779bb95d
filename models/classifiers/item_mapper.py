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


# ---- coverage: is an item addressed by *any* task? (part1.item-uncovered)

# A task "plausibly addresses" an item when P(item | task, area) reaches COVER_THRESHOLD, even when
# another item is its best reading: the committee reads a task generously ("จัดทำอินโฟกราฟิก…ผ่าน
# Google Form" is media (1.4) as much as measurement (1.5)).  Calibrated by `calibrate()` below
# (grouped 5-fold cross-validation on samples/labels/items.csv, simulated areas of 3–6 tasks):
# the threshold that maximises the expected F1 of part1.item-uncovered.
COVER_THRESHOLD = 0.15
_AREA_TASKS = {1: 6, 2: 4, 3: 3}  # typical tasks per area in a PA1 (samples/README.md)


def coverage(area: int, tasks: list[str]) -> tuple[dict[str, list[int]], dict[str, tuple[float, int]]]:
    """One model call for an area's tasks: `map_items`' answer, and for each item of `area` the
    highest P(item | task) over the tasks with that task's index."""
    if area not in ITEMS_BY_AREA:
        return {}, {}
    model = load("items")
    idx = [i for i, t in enumerate(tasks) if t and t.strip()]
    best: dict[str, tuple[float, int]] = {k: (0.0, -1) for k in ITEMS_BY_AREA[area]}
    mapped: dict[str, list[int]] = {}
    for index, probs in zip(idx, model.probas_many([tasks[i] for i in idx])):
        probs = _restrict(area, probs)
        for item, _ in _chosen(probs, model.threshold):
            mapped.setdefault(item, []).append(index)
        for item, p in probs.items():
            if p > best[item][0]:
                best[item] = (p, index)
    return {k: mapped[k] for k in ITEMS_BY_AREA[area] if k in mapped}, best


def covered_per_uncovered() -> float:
    """How many items PA1s address for each one they leave out: from the labels of the
    development sample specs (samples/specs/*.json without a "split"), never the held-out ones."""
    import json

    from models.classifiers.train import REPO

    docs = uncovered = 0
    for path in sorted((REPO / "samples" / "specs").glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if spec.get("split"):
            continue
        areas = [a["area"] for a in spec["document"]["part1"]["areas"] if a["tasks"]]
        docs += sum(len(ITEMS_BY_AREA[a]) for a in areas)
        uncovered += sum(f["rule"] == "part1.item-uncovered" for f in spec["flaws"])
    return (docs - uncovered) / max(uncovered, 1)


def calibrate(trials: int = 400, seed: int = 0) -> list[tuple[float, float, float, float]]:
    """(threshold, P(a present item looks absent), P(an absent item looks present), expected F1)
    for thresholds 0.05–0.40, from out-of-fold probabilities.  PA1s address many items for each
    one they leave out (`covered_per_uncovered`), so a false "uncovered" weighs that much more."""
    import random

    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    from models.classifiers.train import SPECS, fit

    spec = SPECS["items"]
    data = spec.reader()
    fixed = [e for e in data if e.group == "rubric"]
    rows = [e for e in data if e.group != "rubric"]
    y = np.array([e.label for e in rows])
    groups = np.array([e.group for e in rows])
    oof: list[tuple[int, str, dict[str, float]]] = []
    for tr, te in StratifiedGroupKFold(5, shuffle=True, random_state=seed).split(rows, y, groups):
        model = fit(spec, fixed + [rows[i] for i in tr])
        test = [rows[i] for i in te]
        for e, probs in zip(test, model.probas_many([e.text for e in test])):
            area = int(e.label[0])
            oof.append((area, e.label, _restrict(area, probs)))
    rng = random.Random(seed)
    ratio = covered_per_uncovered()
    threshold = SPECS["items"].threshold

    def score(item: str, probs: dict[str, float]) -> float:
        """P(item), or 1 when map_items already chooses it (the union part1 uses)."""
        return 1.0 if item in dict(_chosen(probs, threshold)) else probs[item]

    present = [score(label, p) for _, label, p in oof]
    absent: list[float] = []
    for area, items_ in ITEMS_BY_AREA.items():
        for item in items_:
            pool = [p for a, label, p in oof if a == area and label != item]
            for _ in range(trials // len(items_)):
                absent.append(max(score(item, p) for p in rng.sample(pool, _AREA_TASKS[area])))
    out = []
    for tau in [x / 100 for x in range(5, 41)]:
        r1 = sum(p < tau for p in present) / len(present)  # present item reported uncovered
        r2 = sum(a >= tau for a in absent) / len(absent)   # absent item not reported
        tp, fp, fn = 1 - r2, ratio * r1, r2
        out.append((tau, r1, r2, 2 * tp / (2 * tp + fp + fn)))
    return out


if __name__ == "__main__":
    print(f"covered items per uncovered one (development labels): {covered_per_uncovered():.1f}")
    for tau, r1, r2, f1 in calibrate():
        print(f"threshold {tau:.2f}  present→uncovered {r1:.3f}  absent→covered {r2:.3f}  "
              f"expected F1 {f1:.3f}")

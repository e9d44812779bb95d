"""Honest figures for each classifier, on examples it did not train on.

    python -m models.classifiers.evaluate [NAME…]

Two protocols, both printed:
- stratified 5-fold cross-validation (StratifiedGroupKFold: examples sharing a `group` stay in
  one fold; for `items` the rubric's own text is always in training and never evaluated);
- a fixed held-out split: every 5th example of each class (in file order) is held out, the
  model trains on the rest; rows of a writer's file (`level`: the spent challenge files, group
  `challenges:<file>`) are held out whole, every 5th file of train.CHALLENGE_CORPORA.
For `level`, both protocols keep each challenge file (one writer) in one fold; the rule's own
figure across writers, level-below-expected left one writer out beside the level.csv-only model,
is `python -m benchmarks.evaluate_challenges --loco-level`.
Each is scored as the program uses it: `level` through predict-level's model + cues (and each
voice alone, for comparison), `items` restricted to the task's area, `pa1` through detect()
(rules + model) and the model alone.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
from sklearn.model_selection import StratifiedGroupKFold

from models.classifiers.features import TextModel
from models.classifiers.train import (CHALLENGE_CORPORA, CHALLENGE_GROUP, SPECS, TASK_GROUP, Example,
                                      Spec, fit)

FOLDS = 5
Predictor = Callable[[TextModel, Example], str]


def _level_full(model: TextModel, ex: Example) -> str:
    from models.classifiers.practice_level import level_probabilities
    probs, _ = level_probabilities(ex.text, model, problem=ex.problem)
    return max(probs, key=probs.get).value


def _level_model_only(model: TextModel, ex: Example) -> str:
    from models.classifiers.practice_level import level_probabilities
    probs, _ = level_probabilities(ex.text, model, cues=False)
    return max(probs, key=probs.get).value


def _level_cues_only(model: TextModel, ex: Example) -> str:
    from models.classifiers.practice_level import ORDER, cue_scores
    scores, _ = cue_scores(ex.text, ex.problem)
    return max(ORDER, key=lambda lv: (scores[lv], -ORDER.index(lv))).value


def _items_in_area(model: TextModel, ex: Example) -> str:
    from models.classifiers.item_mapper import item_probabilities
    probs = item_probabilities(ex.area or int(ex.label[0]), ex.text, model)
    return max(probs, key=probs.get)


def _pa1_full(model: TextModel, ex: Example) -> str:
    from models.classifiers.pa1_detector import detect
    return "1" if detect(ex.text, model).label else "0"


def _pa1_rules_only(model: TextModel, ex: Example) -> str:
    from models.classifiers.pa1_detector import detect
    return "1" if detect(ex.text, use_model=False).label else "0"


def _model_only(model: TextModel, ex: Example) -> str:
    probs = model.probas(ex.text)
    return max(probs, key=probs.get)


PREDICTORS: dict[str, dict[str, Predictor]] = {
    "pa1": {"rules+model": _pa1_full, "rules only": _pa1_rules_only, "model only": _model_only},
    "level": {"model+cues": _level_full, "model only": _level_model_only,
              "cues only": _level_cues_only},
    "items": {"model, area-restricted": _items_in_area, "model, all 15 items": _model_only},
}


def _split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    """(always-train, evaluable): for `items`, the rubric's own text and the task lists' tasks
    (measured by benchmarks.evaluate_coverage, writer by writer) are never evaluated here."""
    fixed = [e for e in examples if e.group == "rubric" or e.group.startswith(TASK_GROUP)]
    return fixed, [e for e in examples if not (e.group == "rubric"
                                               or e.group.startswith(TASK_GROUP))]


def _score(spec: Spec, train: list[Example], test: list[Example],
           predictors: dict[str, Predictor]) -> dict[str, tuple[list[str], list[str]]]:
    model = fit(spec, train)
    return {name: ([e.label for e in test], [fn(model, e) for e in test])
            for name, fn in predictors.items()}


def cross_validate(spec: Spec, predictors: dict[str, Predictor] | None = None,
                   ) -> dict:
    """Metrics of the first predictor (what the program uses) under stratified group k-fold,
    plus the others under "variants"."""
    predictors = predictors or PREDICTORS[spec.name]
    fixed, data = _split(spec.reader())
    y = np.array([e.label for e in data])
    groups = np.array([e.group or str(i) for i, e in enumerate(data)])
    folds = min(FOLDS, int(min(np.unique(y, return_counts=True)[1])))
    cv = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=0)
    truth: dict[str, list[str]] = {n: [] for n in predictors}
    pred: dict[str, list[str]] = {n: [] for n in predictors}
    for tr, te in cv.split(np.zeros(len(data)), y, groups):
        out = _score(spec, fixed + [data[i] for i in tr], [data[i] for i in te], predictors)
        for n, (t, p) in out.items():
            truth[n] += t
            pred[n] += p
    writers = len({g for g in groups if g.startswith(CHALLENGE_GROUP)})
    kept = f"; each of {writers} writers' challenge files in one fold" if writers else ""
    return _metrics(truth, pred, predictors, f"stratified {folds}-fold CV (grouped{kept})")


def held_out_split(data: list[Example]) -> tuple[list[Example], list[Example]]:
    """(train, test): every 5th example of each class in file order is test, except a writer's
    challenge file (group `challenges:<file>`), held out whole: every 5th of CHALLENGE_CORPORA."""
    seen: dict[str, int] = {}
    train: list[Example] = []
    test: list[Example] = []
    held_files = {CHALLENGE_GROUP + f for f in CHALLENGE_CORPORA[4::5]}
    for e in data:
        if e.group.startswith(CHALLENGE_GROUP):  # a writer's file: held out whole or not at all
            (test if e.group in held_files else train).append(e)
            continue
        seen[e.label] = seen.get(e.label, 0) + 1
        (test if seen[e.label] % 5 == 0 else train).append(e)
    return train, test


def held_out(spec: Spec, predictors: dict[str, Predictor] | None = None) -> dict:
    predictors = predictors or PREDICTORS[spec.name]
    fixed, data = _split(spec.reader())
    train, test = held_out_split(data)
    files = sorted({e.group for e in test if e.group.startswith(CHALLENGE_GROUP)})
    whole = (f"; whole writers' files held out: "
             f"{', '.join(g.removeprefix(CHALLENGE_GROUP) for g in files)}" if files else "")
    out = _score(spec, fixed + train, test, predictors)
    return _metrics({n: t for n, (t, _) in out.items()}, {n: p for n, (_, p) in out.items()},
                    predictors, f"fixed held-out split (every 5th per class{whole}: {len(test)} test, "
                                f"{len(train) + len(fixed)} train)")


def _metrics(truth: dict[str, list[str]], pred: dict[str, list[str]],
             predictors: dict[str, Predictor], protocol: str) -> dict:
    main = next(iter(predictors))
    labels = sorted(set(truth[main]) | set(pred[main]), key=_label_key)
    out = {"protocol": protocol, "n": len(truth[main]),
           "accuracy": accuracy_score(truth[main], pred[main]),
           "macro_f1": f1_score(truth[main], pred[main], average="macro", labels=labels,
                                zero_division=0),
           "labels": labels,
           "confusion": confusion_matrix(truth[main], pred[main], labels=labels).tolist(),
           "variants": {}}
    for n in predictors:
        if n != main:
            out["variants"][n] = {
                "accuracy": accuracy_score(truth[n], pred[n]),
                "macro_f1": f1_score(truth[n], pred[n], average="macro", zero_division=0)}
    out["predictor"] = main
    if truth[main] and predictors is PREDICTORS.get("level") or main == "model+cues":
        out["below_expected"] = _below_expected_quality(truth[main], pred[main])
    return out


def _label_key(label: str):
    from models.classifiers.practice_level import ORDER
    order = [lv.value for lv in ORDER]
    return (order.index(label), label) if label in order else (99, label)


def _below_expected_quality(truth: Sequence[str], pred: Sequence[str]) -> dict:
    """How the argmax level would do as challenge.level-below-expected for every rank: for each
    example and each expected level, fire when predicted < expected; truth when true < expected."""
    from models.classifiers.practice_level import ORDER
    order = [lv.value for lv in ORDER]
    tp = fp = fn = 0
    for t, p in zip(truth, pred):
        for e in order[1:]:
            fire, real = order.index(p) < order.index(e), order.index(t) < order.index(e)
            tp += fire and real
            fp += fire and not real
            fn += real and not fire
    return {"precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0, "tp": tp, "fp": fp, "fn": fn}


def _print(name: str, m: dict) -> None:
    print(f"  {m['protocol']}: n={m['n']}  [{m['predictor']}] accuracy {m['accuracy']:.3f}  "
          f"macro-F1 {m['macro_f1']:.3f}")
    for v, vm in m["variants"].items():
        print(f"      [{v}] accuracy {vm['accuracy']:.3f}  macro-F1 {vm['macro_f1']:.3f}")
    if "below_expected" in m:
        b = m["below_expected"]
        print(f"      as level-below-expected over all ranks: precision {b['precision']:.3f} "
              f"recall {b['recall']:.3f} (tp {b['tp']}, fp {b['fp']}, fn {b['fn']})")
    labels = m["labels"]
    width = max(6, *(len(x) for x in labels))
    print("      confusion (rows: truth, columns: predicted)")
    print("      " + " " * width + " " + " ".join(f"{x[:width]:>{width}}" for x in labels))
    for lab, row in zip(labels, m["confusion"]):
        print(f"      {lab[:width]:>{width}} " + " ".join(f"{v:>{width}}" for v in row))


SAMPLE_SPECS = Path(__file__).resolve().parents[2] / "samples" / "specs"


def external_items() -> dict:
    """The shipped item model on the sample documents whose layout states the items (one row per
    item, item codes): another helper wrote them, none of them is in the training data."""
    from models.classifiers.item_mapper import item_probabilities
    truth, pred = [], []
    for path in sorted(SAMPLE_SPECS.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))["document"]
        for area in doc["part1"]["areas"]:
            stated: dict[int, set[str]] = {}
            for item, idx in (area.get("items") or {}).items():
                for i in idx:
                    stated.setdefault(i, set()).add(item)
            for i, task in enumerate(area["tasks"]):
                if i in stated and task.strip():
                    probs = item_probabilities(area["area"], task)
                    best = max(probs, key=probs.get)
                    truth.append(best if best in stated[i] else sorted(stated[i])[0])
                    pred.append(best)
    return {"n": len(truth), "accuracy": accuracy_score(truth, pred) if truth else 0.0}


def external_level(cues: bool = True) -> dict:
    """challenge.level-below-expected's decision on every sample document with a Part 2 and a
    rank, against the spec (a flaw listed = below; none listed = not below); `cues=False` is the
    model alone under the same decision rule."""
    from models.classifiers import load
    from models.classifiers.practice_level import ORDER, level_probabilities
    from models.rubric import expected_level
    threshold = load("level").threshold
    tp = fp = fn = tn = 0
    for path in sorted(SAMPLE_SPECS.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        doc, ch = spec["document"], spec["document"].get("part2")
        rank = doc["header"].get("rank")
        if not ch or not rank:
            continue
        real = any(f["rule"] == "challenge.level-below-expected" for f in spec.get("flaws", []))
        text = "\n".join(x for x in [ch.get("title") or "", *ch.get("method", [])] if x.strip())
        probs, _ = level_probabilities(text, cues=cues)
        expected = ORDER.index(expected_level(rank))
        below = sum(p for lv, p in probs.items() if ORDER.index(lv) < expected)
        detected = ORDER.index(max(probs, key=probs.get))
        fire = detected < expected and below >= threshold
        tp += fire and real
        fp += fire and not real
        fn += real and not fire
        tn += not fire and not real
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    names = args or list(SPECS)
    for name in names:
        spec = SPECS[name]
        print(f"{name}: {len(spec.reader())} labelled rows ({', '.join(spec.files)})")
        _print(name, cross_validate(spec))
        _print(name, held_out(spec))
        if name == "items" and SAMPLE_SPECS.is_dir():
            m = external_items()
            print(f"  external: tasks of the sample documents whose layout states the item "
                  f"(samples/specs, not trained on): n={m['n']} top-1 accuracy {m['accuracy']:.3f}")
        if name == "level":
            print("  across writers: python -m benchmarks.evaluate_challenges --loco-level "
                  "(level-below-expected, one challenge file left out at a time)")
        if name == "level" and SAMPLE_SPECS.is_dir():
            for label, cues in (("model+cues", True), ("model only", False)):
                m = external_level(cues)
                print(f"  external [{label}]: challenge.level-below-expected on the sample documents "
                      f"(samples/specs): tp {m['tp']} fp {m['fp']} fn {m['fn']} tn {m['tn']}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

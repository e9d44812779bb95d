"""part1.item-uncovered and the item mapper against the blind task-set corpus.

    python -m benchmarks.evaluate_coverage [--split dev|heldout|all] [--quiet]

`samples/labels/task_sets.jsonl` (samples/labels/task_sets.md) holds the tasks of one Part 1 area
each, labelled blind with the items no task addresses (`uncovered`) and, per task, the items it
addresses (`covers`).  Its `split` was assigned by a hash of the tasks: `dev` sets may be used to
improve the engine, `heldout` sets only to measure it.

Scored:
- part1.item-uncovered: one (set, item) decision per item of the area, as the service makes it
  (the area's `items` filled by `map_items`, as `service.pipeline` does, then
  `models.checks.part1.covered_items`): precision and recall of "uncovered".  A set's `setting`
  plays the header: its `ปีงบประมาณ 25xx` (Thai or Arabic digits; models.checks.past_year.setting_year)
  is the agreement's fiscal year, against which a row dated to a past year is read as last year's
  work (covered_items' `year`); a setting without one is a header without one;
- the item mapper (`models.classifiers.item_mapper.map_items`): per task, whether its best item
  is among the labelled ones (top-1), and precision/recall of the task → item pairs.

`--agreement` scores a second, independent labelling of a file (`task_sets2_relabel.jsonl`) against
its first: how far two careful labellers agree, the ceiling for the engine's figures.

`--loco` measures across writers (leave one writer out): for each spent corpus (SPENT:
task_sets … task_sets48, 48 writers, named one by one: later files are sealed), everything
learnt is refit without that writer (the item classifier, which learns from the task lists too,
and the task-coverage model, models.classifiers.coverage_model) and the held-out file is scored,
for
- `engine`: the engine without the coverage model or its rules (set_aside off);
- `engine+coverage`: the engine as shipped.  The rules (cues, RULED_OUT, named heads) were chosen
  by counting how every spent writer labelled a kind of task, so they are in sample here: the
  figure measures how far the writers' shared conventions carry, not a blind test;
- `coverage alone`: the model deciding every pair itself (covered when P ≥ 0.5; an item
  uncovered when every task's P < 0.1), for comparison;
then the pooled figure of the folds and of the two newest writers' folds (NEWEST: the sealed files
are written like them).  Each line gives part1.item-uncovered tp/fp/fn, precision/recall and the
task→item pairs of the `items` map (map_items) against the labels' `covers`, every task counted (a
task labelled [] too).  It refits about fifty item classifiers: several minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.scores import pr

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "samples" / "labels" / "task_sets.jsonl"


# The spent blind corpora the coverage model trains on, 48 writers, named one by one (never a
# glob: a sealed file sits beside them and is read only by name, `--corpus`, once; SEALED names
# the files being written or awaiting their one measurement).  Kept equal to coverage_model.CORPORA,
# so --loco has one writer per fold.
SPENT = ("task_sets.jsonl", "task_sets2.jsonl", "task_sets3.jsonl", "task_sets4.jsonl",
         "task_sets5.jsonl", "task_sets6.jsonl", "task_sets7.jsonl", "task_sets8.jsonl",
         "task_sets9.jsonl", "task_sets10.jsonl", "task_sets11.jsonl", "task_sets12.jsonl",
         "task_sets13.jsonl", "task_sets14.jsonl", "task_sets15.jsonl", "task_sets16.jsonl",
         "task_sets17.jsonl", "task_sets18.jsonl", "task_sets19.jsonl", "task_sets20.jsonl",
         "task_sets21.jsonl", "task_sets22.jsonl", "task_sets23.jsonl", "task_sets24.jsonl",
         "task_sets25.jsonl", "task_sets26.jsonl", "task_sets27.jsonl", "task_sets28.jsonl",
         "task_sets29.jsonl", "task_sets30.jsonl", "task_sets31.jsonl",
         "task_sets32.jsonl", "task_sets33.jsonl", "task_sets34.jsonl", "task_sets35.jsonl",
         "task_sets36.jsonl", "task_sets37.jsonl", "task_sets38.jsonl",
         "task_sets39.jsonl", "task_sets40.jsonl", "task_sets41.jsonl",
         "task_sets42.jsonl", "task_sets43.jsonl", "task_sets44.jsonl",
         "task_sets45.jsonl", "task_sets46.jsonl", "task_sets47.jsonl", "task_sets48.jsonl")
SEALED: frozenset[str] = frozenset({"task_sets49.jsonl", "task_sets50.jsonl"})


def corpora() -> list[Path]:
    """The spent blind files (SPENT), those present; sealed ones are read only by `--corpus`."""
    return [CORPUS.with_name(n) for n in SPENT if CORPUS.with_name(n).is_file()]


def load(path: Path | None = None) -> list[dict]:
    if path is None:
        return [e for p in corpora() for e in load(p)]
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(sets: list[dict]) -> dict:
    from models.checks.part1 import covered_items
    from models.checks.past_year import setting_year
    from models.classifiers.item_mapper import ITEMS_BY_AREA, map_items, predict_items
    from models.document import Area

    unc = Counter()
    per_item: dict[str, Counter] = {}
    errors: list[tuple[str, str, str]] = []
    pairs = Counter()
    top1 = [0, 0]
    for s in sets:
        # as the service reviews a document: the items map filled by the mapper, then the rule
        area = Area(area=s["area"], tasks=s["tasks"], items=map_items(s["area"], s["tasks"]))
        covered, _, _ = covered_items(area, generous=True, year=setting_year(s.get("setting")))
        got = set(ITEMS_BY_AREA[s["area"]]) - covered
        want = set(s["uncovered"])
        for item in ITEMS_BY_AREA[s["area"]]:
            key = ("tp" if item in got and item in want else "fp" if item in got
                   else "fn" if item in want else "tn")
            unc[key] += 1
            per_item.setdefault(item, Counter())[key] += 1
            if key in ("fp", "fn"):
                errors.append((key, f"{s['id']} {item}", s.get("setting", "")))
        for i, task in enumerate(s["tasks"]):
            labelled = set(s.get("covers", {}).get(str(i), []))
            predicted = [p.label for p in predict_items(s["area"], task)]
            if not labelled or not predicted:
                continue
            top1[0] += predicted[0] in labelled
            top1[1] += 1
            pairs["tp"] += len(labelled & set(predicted))
            pairs["fp"] += len(set(predicted) - labelled)
            pairs["fn"] += len(labelled - set(predicted))
    return {"uncovered": unc, "per_item": per_item, "errors": errors, "pairs": pairs,
            "top1": top1}


LOCO_CORPORA = SPENT  # one writer each


def fold_names(names: list[str]) -> tuple[str, ...]:
    """`--fold` values as corpus file names: "task_sets20" and "task_sets20.jsonl" alike."""
    return tuple(n if n.endswith(".jsonl") else f"{n}.jsonl" for n in (Path(x).name for x in names))


def _pairs_and_uncovered(sets: list[dict]) -> tuple[Counter, Counter]:
    """part1.item-uncovered as the service decides it, and the items map's pairs (every task)."""
    from models.checks.part1 import covered_items
    from models.checks.past_year import setting_year
    from models.classifiers.item_mapper import ITEMS_BY_AREA, map_items
    from models.document import Area

    unc, pairs = Counter(), Counter()
    for s in sets:
        items = map_items(s["area"], s["tasks"])
        covered, _, _ = covered_items(Area(area=s["area"], tasks=s["tasks"], items=items),
                                      year=setting_year(s.get("setting")))
        got = set(ITEMS_BY_AREA[s["area"]]) - covered
        for item in ITEMS_BY_AREA[s["area"]]:
            x, y = item in s["uncovered"], item in got
            unc["tp" if x and y else "fn" if x else "fp" if y else "tn"] += 1
        for i in range(len(s["tasks"])):
            want = set(s.get("covers", {}).get(str(i), []))
            have = {k for k, idx in items.items() if i in idx}
            pairs["tp"] += len(want & have)
            pairs["fn"] += len(want - have)
            pairs["fp"] += len(have - want)
    return unc, pairs


def _alone(model, sets: list[dict]) -> tuple[Counter, Counter]:
    """The coverage model deciding every pair itself."""
    from models.classifiers import coverage_model as cm
    from models.classifiers import load as load_model

    base = load_model("items")
    unc, pairs = Counter(), Counter()
    for s in sets:
        probs = model.probabilities(s["area"], s["tasks"], base.probas_many(s["tasks"]),
                                    base.threshold)
        for k, item in enumerate(cm.ITEMS_BY_AREA[s["area"]]):
            x, y = item in s["uncovered"], bool(probs[:, k].max() < cm.SET_ASIDE_BELOW)
            unc["tp" if x and y else "fn" if x else "fp" if y else "tn"] += 1
            for i in range(len(s["tasks"])):
                want = item in s.get("covers", {}).get(str(i), [])
                have = bool(probs[i, k] >= cm.THRESHOLD)
                pairs["tp" if want and have else "fn" if want else "fp" if have else "tn"] += 1
    return unc, pairs


def cross_writer(folds: tuple[str, ...] | None = None) -> list[tuple[str, str, Counter, Counter]]:
    """(fold, variant, item-uncovered counts, pair counts), leaving one writer (corpus) out at a
    time; `folds`: only these held-out corpora (default every spent one), and only the item
    classifiers those folds need are refit (19 pairs and one fold model each, not 190).  In each fold nothing learnt has seen the held-out writer: the item classifier (which
    learns from the task lists too) is refit without that writer's tasks, and the coverage
    model is refit on the other writers, its features computed by item classifiers that saw
    neither the held-out writer nor the list's own (one model per pair of writers).  One leak is
    left, and small: the items.csv rows' features come from the shipped out-of-fold models, which
    saw every writer's tasks."""
    import models.classifiers as mc
    from models.classifiers import coverage_model as cm, item_mapper
    from models.classifiers.train import LABELS, SPECS, fit, read_items

    assert set(cm.CORPORA) == set(LOCO_CORPORA), "the model trains on the corpora measured here"
    held_out = tuple(folds) if folds else LOCO_CORPORA
    unknown = set(held_out) - set(LOCO_CORPORA)
    assert not unknown, f"not a spent corpus: {sorted(unknown)}"
    lists = {c: cm.read_corpus(c, LABELS) for c in LOCO_CORPORA}
    raw = {c: load(CORPUS.with_name(c)) for c in LOCO_CORPORA}
    shipped_items = mc._CACHE.get("items")
    base = mc.load("items")
    items_rows = cm.training_matrix([], base, with_items_csv=True, raws={})
    pair_raws: dict[frozenset[str], dict] = {}  # {held, writer} → that writer's lists' raws
    for held in held_out:
        for other in LOCO_CORPORA:
            key = frozenset({held, other})
            if other != held and key not in pair_raws:
                model = fit(SPECS["items"], read_items(key))
                for c in key:
                    pair_raws.setdefault(key, {}).update(
                        {(c, tl.id): model.probas_many(tl.tasks) for tl in lists[c]})
    shipped, real_aside = mc._CACHE.get("items_coverage"), item_mapper.set_aside
    out = []
    try:
        for held in held_out:
            fold_items = fit(SPECS["items"], read_items(frozenset({held})))
            parts = [cm.training_matrix(lists[c], fold_items, with_items_csv=False,
                                        raws=pair_raws[frozenset({held, c})])
                     for c in LOCO_CORPORA if c != held]
            model = cm.fit([], fold_items, per=cm.merge(parts + [items_rows]))
            mc._CACHE["items"] = fold_items
            name = f"test {held}"
            item_mapper.set_aside = lambda area, tasks, **_: set()
            item_mapper.clear_set_aside()
            out.append((name, "engine", *_pairs_and_uncovered(raw[held])))
            item_mapper.set_aside = real_aside
            mc._CACHE["items_coverage"] = model
            item_mapper.clear_set_aside()  # answers of another fold's models
            out.append((name, "engine+coverage", *_pairs_and_uncovered(raw[held])))
            out.append((name, "coverage alone", *_alone(model, raw[held])))
    finally:
        item_mapper.set_aside = real_aside
        item_mapper.clear_set_aside()
        for key, value in (("items_coverage", shipped), ("items", shipped_items)):
            if value is None:
                mc._CACHE.pop(key, None)
            else:
                mc._CACHE[key] = value
    return out


NEWEST = ("task_sets47.jsonl", "task_sets48.jsonl")  # the two newest writers' folds, pooled apart


def _print_cross_writer(rows: list[tuple[str, str, Counter, Counter]]) -> None:
    totals: dict[tuple[str, str], list[Counter]] = {}
    for fold, variant, unc, pairs in rows:
        p, r = pr(unc)
        pp, rr = pr(pairs)
        print(f"{fold:<26} {variant:<16} item-uncovered tp {unc['tp']:>3} fp {unc['fp']:>3} "
              f"fn {unc['fn']:>3}  P {p} R {r}   pairs P {pp} R {rr}")
        groups = ["leave-one-corpus-out"] if fold.startswith("test") else ["grouped cv"]
        if fold.startswith("test") and fold.split()[-1] in NEWEST:
            groups.append("newest writers")
        for group in groups:
            t = totals.setdefault((group, variant), [Counter(), Counter()])
            t[0].update(unc)
            t[1].update(pairs)
    for (group, variant), (unc, pairs) in totals.items():
        p, r = pr(unc)
        pp, rr = pr(pairs)
        print(f"{'all, ' + group:<26} {variant:<16} item-uncovered tp {unc['tp']:>3} fp "
              f"{unc['fp']:>3} fn {unc['fn']:>3}  P {p} R {r}   pairs P {pp} R {rr}")


def agreement(path: Path) -> dict:
    """A second labeller's reading (`<file>_relabel.jsonl`: id, covers, uncovered) scored against
    the first's: per (area, item) "uncovered" decision, and per task → item pair."""
    from models.classifiers.item_mapper import ITEMS_BY_AREA

    first = {s["id"]: s for s in load(path)}
    unc, pairs = Counter(), Counter()
    with path.with_name(path.stem + "_relabel.jsonl").open(encoding="utf-8") as fh:
        for line in filter(str.strip, fh):
            b = json.loads(line)
            a = first[b["id"]]
            for item in ITEMS_BY_AREA[a["area"]]:
                x, y = item in a["uncovered"], item in b["uncovered"]
                unc["tp" if x and y else "fn" if x else "fp" if y else "tn"] += 1
            for i in range(len(a["tasks"])):
                x = set(a.get("covers", {}).get(str(i), []))
                y = set(b.get("covers", {}).get(str(i), []))
                pairs["tp"] += len(x & y)
                pairs["fn"] += len(x - y)
                pairs["fp"] += len(y - x)
    return {"uncovered": unc, "pairs": pairs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument("--quiet", action="store_true", help="no error listing")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="one file (default: the spent task_sets … task_sets44, SPENT)")
    ap.add_argument("--agreement", action="store_true",
                    help="the file's second labelling (<file>_relabel.jsonl) against its first (no engine)")
    ap.add_argument("--loco", action="store_true",
                    help="across writers: leave one spent corpus (writer) out (several minutes)")
    ap.add_argument("--fold", action="append", default=None, metavar="CORPUS",
                    help="with --loco: hold out only this spent corpus (repeatable; e.g. "
                         "--fold task_sets20.jsonl; a bare name like task_sets20 works too)")
    args = ap.parse_args(argv)
    if args.fold and not args.loco:
        ap.error("--fold needs --loco")
    if args.loco:
        folds = fold_names(args.fold) if args.fold else None
        if folds is not None and (bad := [f for f in folds if f not in LOCO_CORPORA]):
            ap.error(f"not a spent corpus: {', '.join(bad)}")
        _print_cross_writer(cross_writer(folds))
        return 0
    if args.agreement:
        path = args.corpus or CORPUS.with_name("task_sets2.jsonl")
        res = agreement(path)
        u, pc = res["uncovered"], res["pairs"]
        p, r = pr(u)
        print(f"{path.stem}_relabel.jsonl against {path.name}: part1.item-uncovered "
              f"tp {u['tp']} fp {u['fp']} fn {u['fn']} tn {u['tn']}  precision {p}  recall {r}")
        p, r = pr(pc)
        print(f"task→item pairs: precision {p}  recall {r}")
        return 0
    files = [args.corpus] if args.corpus else corpora()
    if not files or not all(f.exists() for f in files):
        print(f"{args.corpus or CORPUS} is missing", file=sys.stderr)
        return 2
    sets = [s for f in files for s in load(f) if args.split == "all" or s["split"] == args.split]
    res = evaluate(sets)
    u = res["uncovered"]
    print(f"{', '.join(f.name for f in files)}, split {args.split}: {len(sets)} areas "
          f"({sum(len(s['tasks']) for s in sets)} tasks)")
    p, r = pr(u)
    print(f"{'part1.item-uncovered':<28} tp {u['tp']:>3} fp {u['fp']:>3} fn {u['fn']:>3} "
          f"tn {u['tn']:>4}  precision {p}  recall {r}")
    for item, c in sorted(res["per_item"].items()):
        if c["tp"] + c["fp"] + c["fn"]:
            p, r = pr(c)
            print(f"  {item:<26} tp {c['tp']:>3} fp {c['fp']:>3} fn {c['fn']:>3}  "
                  f"precision {p}  recall {r}")
    t1, n = res["top1"]
    pc = res["pairs"]
    p, r = pr(pc)
    print(f"item mapper: best item labelled for {t1}/{n} tasks = {t1 / max(n, 1):.2f}; "
          f"task→item pairs precision {p} recall {r}")
    if not args.quiet and res["errors"]:
        print(f"\nerrors ({len(res['errors'])}):")
        for kind, what, setting in res["errors"]:
            print(f"  {kind:<3} {what:<14} {setting}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

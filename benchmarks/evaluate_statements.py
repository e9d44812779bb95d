"""The statement checker (`pa-review check-text`) against the blind statement corpus.

    python -m benchmarks.evaluate_statements [--split dev|heldout|all] [--corpus FILE] [--quiet]

`samples/labels/statements*.csv` (each with its .md) hold single indicators, outcomes and
challenge texts, each corpus written and labelled blind by its own writer, before they read the
engine, with the findings a careful PA 2/ส committee member would raise (indicators, outcomes) or
the practice level the text shows (challenges).  The `split` column was assigned by a hash of the
text, not by choice: `dev` rows may be used to improve the engine, `heldout` rows only to measure
it.

Scored:
- indicator rows: precision and recall of each `indicator.*` rule (a finding matches a label of the
  same rule on the same row);
- outcome rows: precision and recall of `part1.outcome-teacher-centred`;
- challenge rows: the level the engine reads (`level` of check-text) against the label: exact
  accuracy, accuracy within one level, the confusion matrix, and precision/recall of
  `challenge.level-below-expected` for the row's rank (expected: the labelled level is below the
  rank's expected level).
Placeholder findings (`document.placeholder-left`) are not scored.

`--agreement` instead compares a second, independent labelling of the held-out indicator and
outcome rows (`statements_relabel.csv`, written without seeing the first labels) with the first:
how far two careful labellers agree, the ceiling to read the engine's figures against.  Prints every false positive
and false negative with the row id (the statements are the project's own, not a teacher's).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.scores import pr

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "samples" / "labels"
CORPUS = LABELS / "statements.csv"
LEVELS = ("execute", "apply", "solve", "originate", "invent", "impact")
SCORED = {"indicator": "indicator.", "outcome": "part1.outcome-teacher-centred"}


@dataclass(frozen=True)
class Row:
    id: str
    split: str
    as_: str
    area: int | None
    rank: str | None
    text: str
    expected: frozenset[str]
    note: str


# A sealed file is measured once, by name (`--corpus`), and never read by default until then.
# statements7 measured once at da23c79, statements8 at e165c98, statements9 at 70d2b2b,
# statements10 at ff68701, statements11 at 0d06ca8
SEALED: frozenset[str] = frozenset({"statements20.csv"})


def corpora() -> list[Path]:
    return sorted(p for p in LABELS.glob("statements*.csv")
                  if "relabel" not in p.name and p.name not in SEALED)


def load(path: Path | None = None) -> list[Row]:
    if path is None:
        return [row for p in corpora() for row in load(p)]
    with path.open(encoding="utf-8", newline="") as fh:
        return [Row(id=r["id"], split=r["split"], as_=r["as"],
                    area=int(r["area"]) if r.get("area") else None,
                    rank=r.get("rank") or None, text=r["text"],
                    expected=frozenset((r.get("expected") or "").split()), note=r.get("note", ""))
                for r in csv.DictReader(fh)]


def evaluate(rows: list[Row]) -> dict:
    from models.checks.text import check_text
    from models.rubric import expected_level

    per_rule: dict[str, Counter] = defaultdict(Counter)
    errors: list[tuple[str, str, str, str]] = []  # (kind, rule, id, text)
    confusion: Counter = Counter()
    for row in rows:
        if row.as_ == "challenge":
            res = check_text(row.text, "challenge", rank=row.rank)
            got = res.level.value if res.level else None
            want = next(iter(row.expected), None)
            confusion[(want, got)] += 1
            fired = any(f.rule == "challenge.level-below-expected" for f in res.findings)
            exp_level = expected_level(row.rank) if row.rank else None
            should = bool(exp_level and want
                          and LEVELS.index(want) < LEVELS.index(exp_level.value))
            key = "tp" if fired and should else "fp" if fired else "fn" if should else "tn"
            per_rule["challenge.level-below-expected"][key] += 1
            if key in ("fp", "fn") or got != want:
                errors.append(("level", f"{want}→{got}" + (f" ({key})" if key in ("fp", "fn")
                                                          else ""), row.id, row.text))
            continue
        res = check_text(row.text, row.as_, area=row.area or 1)
        prefix = SCORED[row.as_]
        got = {f.rule for f in res.findings if f.rule.startswith(prefix)}
        want = {r for r in row.expected if r.startswith(prefix)}
        for rule in got | want:
            key = "tp" if rule in got and rule in want else "fp" if rule in got else "fn"
            per_rule[rule][key] += 1
            if key != "tp":
                errors.append((key, rule, row.id, row.text))
    return {"per_rule": per_rule, "errors": errors, "confusion": confusion, "rows": len(rows)}


def relabel_of(corpus: Path | None) -> Path:
    """The second labelling of `corpus` (`<stem>_relabel.csv`); of the first two files' held-out
    rows when no corpus is named (`statements_relabel.csv`)."""
    return LABELS / "statements_relabel.csv" if corpus is None else \
        corpus.with_name(corpus.stem + "_relabel.csv")


def agreement(corpus: Path | None = None) -> dict[str, Counter]:
    """Per rule: the second labeller's labels scored against the first's (tp, fp, fn)."""
    first = {r.id: r.expected for r in load(corpus)}
    per: dict[str, Counter] = defaultdict(Counter)
    with relabel_of(corpus).open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            a, b = first[r["id"]], frozenset((r.get("expected") or "").split())
            for rule in a | b:
                per[rule]["tp" if rule in a and rule in b else "fn" if rule in a else "fp"] += 1
    return per


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument("--quiet", action="store_true", help="no error listing")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="one corpus file (default: every samples/labels/statements*.csv)")
    ap.add_argument("--agreement", action="store_true",
                    help="second labeller vs first (<corpus>_relabel.csv; default: the held-out "
                         "rows of the first two files) (no engine)")
    args = ap.parse_args(argv)
    if args.agreement:
        if not relabel_of(args.corpus).exists():
            print(f"{relabel_of(args.corpus)} is missing", file=sys.stderr)
            return 2
        per = agreement(args.corpus)
        total = sum(per.values(), Counter())
        print(f"{relabel_of(args.corpus).name} against the first labels (the indicator and "
              "outcome rows it relabels)")
        print(f"{'rule':<40} {'tp':>4} {'fp':>4} {'fn':>4}  precision  recall")
        for rule, c in sorted(per.items()) + [("all", total)]:
            p, r = pr(c)
            print(f"{rule:<40} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}")
        return 0
    if args.corpus is not None and not args.corpus.exists() or not (args.corpus or corpora()):
        print(f"{args.corpus or LABELS / 'statements*.csv'} is missing", file=sys.stderr)
        return 2
    rows = [r for r in load(args.corpus) if args.split == "all" or r.split == args.split]
    res = evaluate(rows)
    per = res["per_rule"]
    counts = Counter(r.as_ for r in rows)
    print(f"{', '.join(p.name for p in ([args.corpus] if args.corpus else corpora()))}, "
          f"split {args.split}: {len(rows)} statements "
          f"({', '.join(f'{n} {k}' for k, n in sorted(counts.items()))})")
    fam: dict[str, Counter] = defaultdict(Counter)
    for rule, c in per.items():
        fam[rule.split(".")[0] if not rule.startswith("part1.") else "outcome"] += c
    print(f"{'family / rule':<40} {'tp':>4} {'fp':>4} {'fn':>4}  precision  recall")
    for name in sorted(fam):
        p, r = pr(fam[name])
        c = fam[name]
        print(f"{name:<40} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}")
    print()
    for rule in sorted(per):
        p, r = pr(per[rule])
        c = per[rule]
        print(f"{rule:<40} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}")
    conf = res["confusion"]
    n = sum(conf.values())
    if n:
        exact = sum(v for (w, g), v in conf.items() if w == g)
        near = sum(v for (w, g), v in conf.items()
                   if w in LEVELS and g in LEVELS and abs(LEVELS.index(w) - LEVELS.index(g)) <= 1)
        print(f"\nchallenge level: exact {exact}/{n} = {exact / n:.2f}, "
              f"within one level {near}/{n} = {near / n:.2f}")
        print("labelled ↓ / read →  " + " ".join(f"{g[:5]:>5}" for g in (*LEVELS, "none")))
        for w in LEVELS:
            cells = [conf.get((w, g), 0) for g in LEVELS] + [conf.get((w, None), 0)]
            print(f"{w:<20} " + " ".join(f"{c:>5}" for c in cells))
    if not args.quiet and res["errors"]:
        print(f"\nerrors ({len(res['errors'])}):")
        for kind, rule, rid, text in sorted(res["errors"], key=lambda e: (e[1], e[0], e[2])):
            print(f"  {kind:<5} {rule:<34} {rid:<6} «{text[:90]}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

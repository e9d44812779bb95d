"""The Part 2 rules against the blind challenge corpus.

    python -m benchmarks.evaluate_challenges [--split dev|heldout|all] [--quiet]

`samples/labels/challenges.jsonl` (samples/labels/challenges.md) holds Part 2 challenges (the
contract's `part2` object) with the rank of their writer, labelled blind with every `challenge.*`
finding (and the `indicator.*` findings on quantitative results) a committee member would raise,
and the practice level the text shows.  Its `split` was assigned by a hash of the challenge:
`dev` rows may be used to improve the engine, `heldout` rows only to measure it.

Each challenge replaces Part 2 of `samples/baseline.document.json` (a clean PA1 with no finding)
and the whole engine runs (`models.checks.run`); only findings located in Part 2 are scored, on
rule and location (part, field, index) as `benchmarks.evaluate_rules` does.  The level the engine
reads (`details.detected`, or the rank's expected level when it raises nothing) is compared with
the labelled level where the rank makes the difference visible.

`--as-text` instead pastes each challenge as one text (title, headed problem, numbered method
and results) into `check-text --as challenge` and scores the CLI's findings the same way, leaving
out the section-missing labels one text cannot show.

`--agreement` scores a second, independent labelling (`challenges2_relabel.jsonl`) against the
first: how far two careful labellers agree.

`--loco-level` measures the practice-level model across writers (leave one writer out): the level
model trains on the challenge files too (models.classifiers.train.read_level), so the default run
above reads them in-sample.  For each spent file the model is trained on level.csv and the other
files' challenges and challenge.level-below-expected's decision (same text, problem, cues and
threshold as the rule) is scored on the file left out, beside the arm trained on level.csv alone
(the model before round 11); per file and pooled tp / fp / fn, and the exact level.  The cues were
tuned on all these files, so both arms' figures are optimistic; the arms' difference is what it
measures.  `--cue-scale` / `--threshold` (repeatable) print the pooled figures over a grid.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.scores import pr, tally

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "samples" / "labels" / "challenges.jsonl"
BASELINE = ROOT / "samples" / "baseline.document.json"
KEYS = ("part", "field", "index")


# A sealed file is measured once, by name (`--corpus`), and never read by default until then.
# challenges8 measured once at da23c79, challenges9 at e165c98, challenges10/11/12 at 70d2b2b,
# challenges13/14 at ff68701, challenges15/16 at 0d06ca8
SEALED: frozenset[str] = frozenset({"challenges31.jsonl"})


def corpora() -> list[Path]:
    """challenges.jsonl and the later blind files (challenges2.jsonl …)."""
    return sorted(p for p in CORPUS.parent.glob("challenges*.jsonl")
                  if "relabel" not in p.name and p.name not in SEALED)


def load(path: Path | None = None) -> list[dict]:
    if path is None:
        return [e for p in corpora() for e in load(p)]
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _key(rule: str, location: dict, details: dict | None = None) -> tuple:
    section = (details or {}).get("section") if rule == "challenge.section-missing" else None
    return (rule, tuple(location.get(k) for k in KEYS), section)


LIST_SECTIONS = ("method", "quantitative", "qualitative")


def findings(entry: dict) -> list[tuple]:
    from models.checks import run
    from models.checks.context import CheckContext
    from models.document import Pa1Document, RankId
    from models.rubric import expected_level

    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    # a section left empty may be written null in the labels (a list section as well as `problem`):
    # the document has [] for an empty list
    data["part2"] = {k: ([] if v is None and k in LIST_SECTIONS else v)
                     for k, v in entry["part2"].items()}
    rank = RankId(entry["rank"])
    data["header"]["rank"] = rank.value
    doc = Pa1Document.model_validate(data)
    ctx = CheckContext(rank=rank, expected_level=expected_level(rank))
    return [_key(f.rule, f.location.model_dump(), f.details) for f in run(doc, ctx)
            if f.location.part == "part2"]


def as_text(part2: dict) -> str:
    """A challenge as a trainer pastes it: the title line, the headed problem, the numbered method
    steps and results under their headings (empty sections left out)."""
    lines = [f"ประเด็นท้าทาย เรื่อง {part2.get('title') or ''}".rstrip()]
    if (part2.get("problem") or "").strip():
        lines.append(f"สภาพปัญหา {part2['problem']}")
    heads = {"method": "วิธีการดำเนินการ", "quantitative": "ผลลัพธ์การพัฒนาที่คาดหวัง เชิงปริมาณ",
             "qualitative": "ผลลัพธ์การพัฒนาที่คาดหวัง เชิงคุณภาพ"}
    for section, head in heads.items():
        items = [x for x in part2.get(section) or [] if x and x.strip()]
        if items:
            lines += [head, *(f"{i}. {x}" for i, x in enumerate(items, 1))]
    return "\n".join(lines)


# What one pasted text cannot show: that a section is absent (a trainer pastes part of a challenge).
NOT_FROM_TEXT = ("challenge.section-missing", "challenge.missing")


def text_findings(entry: dict) -> list[tuple]:
    """`check-text --as challenge` (the contract's object, as the CLI and HTTP give it) on the
    challenge pasted as one text."""
    from service.pipeline import check_text

    text = as_text(entry["part2"])
    result = check_text(text, "challenge", rank=entry["rank"])
    return [_key(f["rule"], f["location"], f.get("details")) for f in result["findings"]]


def evaluate(entries: list[dict], pasted: bool = False) -> dict:
    from models.rubric.catalog import CONTRACT_RULES

    per: dict[str, Counter] = defaultdict(Counter)
    errors: list[tuple[str, str, tuple]] = []
    for e in entries:
        got = Counter(k for k in (text_findings(e) if pasted else findings(e)) if k[0] in CONTRACT_RULES)
        want = Counter(_key(f["rule"], f["location"], f.get("details")) for f in e["flaws"]
                       if not (pasted and f["rule"] in NOT_FROM_TEXT))
        errors += [(kind, e["id"], k) for kind, k in tally(per, got, want)]
    return {"per_rule": per, "errors": errors}


def agreement(path: Path) -> tuple[dict[str, Counter], Counter]:
    """A second labeller's findings and levels (`<file>_relabel.jsonl`) against the first's."""
    first = {e["id"]: e for e in load(path)}
    per: dict[str, Counter] = defaultdict(Counter)
    level: Counter = Counter()
    with path.with_name(path.stem + "_relabel.jsonl").open(encoding="utf-8") as fh:
        for line in filter(str.strip, fh):
            b = json.loads(line)
            a = first[b["id"]]
            want = Counter(_key(f["rule"], f["location"], f.get("details")) for f in a["flaws"])
            got = Counter(_key(f["rule"], f["location"], f.get("details")) for f in b["flaws"])
            tally(per, got, want)
            level["same" if a.get("level") == b.get("level") else "different"] += 1
    return per, level


LOCO_ARMS = ("level.csv + other writers' challenges", "level.csv only")


def loco_level(held: list[str] | None = None, scales: list[float] | None = None,
               thresholds: list[float] | None = None) -> dict:
    """Leave one writer out for the level model (module docstring, `--loco-level`).  Returns
    {"rows": {arm: {file: [(entry, model_p)]}}, "grid": {(arm, scale, threshold): {file: Counter}}}
    with Counter keys tp / fp / fn (level-below-expected) and exact / n (the level read)."""
    from models.classifiers.practice_level import CUE_SCALE, cue_scores
    from models.classifiers.train import CHALLENGE_CORPORA, SPECS, challenge_text, fit, read_level

    spent = [p.name for p in corpora()]
    assert sorted(CHALLENGE_CORPORA) == sorted(spent), "the level model trains on the files measured here"
    held = held or list(CHALLENGE_CORPORA)
    spec = SPECS["level"]
    scales = scales or [CUE_SCALE]
    thresholds = thresholds or [spec.threshold]
    entries = {name: load(CORPUS.with_name(name)) for name in held}
    baseline = fit(spec, read_level(exclude=frozenset(CHALLENGE_CORPORA)))
    rows: dict[str, dict[str, list]] = {arm: {} for arm in LOCO_ARMS}
    for name in held:
        model = fit(spec, read_level(exclude=frozenset({name})))
        for arm, m in zip(LOCO_ARMS, (model, baseline)):
            rows[arm][name] = [(e, m.probas(challenge_text(e["part2"]))) for e in entries[name]]
    cues = {id(e): cue_scores(challenge_text(e["part2"]), e["part2"].get("problem"))[0]
            for name in held for e in entries[name]}
    grid = {(arm, scale, thr): {name: _loco_score(rows[arm][name], cues, scale, thr) for name in held}
            for arm in LOCO_ARMS for scale in scales for thr in thresholds}
    return {"rows": rows, "grid": grid}


def _loco_score(rows: list, cues: dict, scale: float, threshold: float) -> Counter:
    """challenge.level-below-expected's decision (models.checks.challenge.level_below_expected →
    practice_level.below_expected) on a fold's rows, from the fold model's probabilities."""
    from models.classifiers.practice_level import ORDER, combine
    from models.document import LevelId, RankId
    from models.rubric import expected_level

    c: Counter = Counter()
    for e, model_p in rows:
        probs = combine(model_p, cues[id(e)], scale)
        detected = max(ORDER, key=lambda lv: probs[lv])
        expected = LevelId(expected_level(RankId(e["rank"])))
        real = any(f["rule"] == "challenge.level-below-expected" for f in e["flaws"])
        fire = False
        if e["part2"].get("method") and expected != LevelId.EXECUTE:
            below = sum(p for lv, p in probs.items() if ORDER.index(lv) < ORDER.index(expected))
            fire = ORDER.index(detected) < ORDER.index(expected) and below >= threshold
        c["tp"] += fire and real
        c["fp"] += fire and not real
        c["fn"] += real and not fire
        c["exact"] += detected.value == e.get("level")
        c["n"] += 1
    return c


def _print_loco(res: dict) -> None:
    from models.classifiers.practice_level import CUE_SCALE
    from models.classifiers.train import SPECS

    grid = res["grid"]
    scales = sorted({s for _, s, _ in grid})
    thresholds = sorted({t for _, _, t in grid})
    scale = CUE_SCALE if CUE_SCALE in scales else scales[0]
    thr = SPECS["level"].threshold if SPECS["level"].threshold in thresholds else thresholds[0]
    print(f"leave one writer out: level-below-expected tp / fp / fn and exact level per held-out "
          f"file (cue scale {scale}, threshold {thr}; cues and threshold as the rule, tuned on all files)")
    a, b = (grid[(arm, scale, thr)] for arm in LOCO_ARMS)
    print(f"{'held-out file':<22} {'with challenges':>26}   {'level.csv only':>26}")
    for name in a:
        x, y = a[name], b[name]
        print(f"{name:<22} {x['tp']:>5} {x['fp']:>3} {x['fn']:>3}  exact {x['exact']:>3}/{x['n']:<3}"
              f"   {y['tp']:>5} {y['fp']:>3} {y['fn']:>3}  exact {y['exact']:>3}/{y['n']:<3}")
    print()
    print(f"pooled over {len(a)} writers: {'arm':<38} {'scale':>5} {'thr':>5} {'tp':>4} {'fp':>4} {'fn':>4}"
          f"  precision  recall  exact")
    for (arm, s, t), per in grid.items():
        c: Counter = sum(per.values(), Counter())
        p, r = pr(c)
        print(f"{'':<27} {arm:<38} {s:>5} {t:>5} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}"
              f"  {c['exact']}/{c['n']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument("--quiet", action="store_true", help="no error listing")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="one file (default: every samples/labels/challenges*.jsonl)")
    ap.add_argument("--as-text", action="store_true",
                    help="each challenge pasted as one text into check-text --as challenge (the CLI's "
                         "findings; section-missing is not judged from one text)")
    ap.add_argument("--agreement", action="store_true",
                    help="the file's second labelling (<file>_relabel.jsonl) against its first (no engine)")
    ap.add_argument("--loco-level", action="store_true",
                    help="the level model left one writer out, beside the level.csv-only model (no engine)")
    ap.add_argument("--fold", action="append", default=None,
                    help="with --loco-level: hold out only this file (repeatable)")
    ap.add_argument("--cue-scale", action="append", type=float, default=None,
                    help="with --loco-level: the cues' weight (repeatable: a grid; default the rule's)")
    ap.add_argument("--threshold", action="append", type=float, default=None,
                    help="with --loco-level: P(below) threshold (repeatable; default the stored one)")
    args = ap.parse_args(argv)
    if (args.fold or args.cue_scale or args.threshold) and not args.loco_level:
        ap.error("--fold, --cue-scale and --threshold need --loco-level")
    if args.loco_level:
        from models.classifiers.train import CHALLENGE_CORPORA
        if args.fold and (bad := [f for f in args.fold if f not in CHALLENGE_CORPORA]):
            ap.error(f"not a spent challenge file: {', '.join(bad)}")
        _print_loco(loco_level(args.fold, args.cue_scale, args.threshold))
        return 0
    if args.agreement:
        path = args.corpus or CORPUS.with_name("challenges2.jsonl")
        per, level = agreement(path)
        fam: dict[str, Counter] = defaultdict(Counter)
        for rule, c in per.items():
            fam[rule.split(".")[0]] += c
        print(f"{path.stem}_relabel.jsonl against {path.name}")
        for name, c in sorted(fam.items()) + sorted(per.items()):
            p, r = pr(c)
            print(f"{name:<40} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}")
        print(f"level: same {level['same']} of {sum(level.values())}")
        return 0
    files = [args.corpus] if args.corpus else corpora()
    if not files or not all(f.exists() for f in files):
        print(f"{args.corpus or CORPUS} is missing", file=sys.stderr)
        return 2
    entries = [e for f in files for e in load(f) if args.split == "all" or e["split"] == args.split]
    res = evaluate(entries, pasted=args.as_text)
    per = res["per_rule"]
    fam: dict[str, Counter] = defaultdict(Counter)
    for rule, c in per.items():
        fam[rule.split(".")[0]] += c
    print(f"{', '.join(f.name for f in files)}, split {args.split}: {len(entries)} challenges"
          + (" (pasted as one text into check-text)" if args.as_text else ""))
    print(f"{'family / rule':<40} {'tp':>4} {'fp':>4} {'fn':>4}  precision  recall")
    for name, c in sorted(fam.items()):
        p, r = pr(c)
        print(f"{name:<40} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}")
    print()
    for rule, c in sorted(per.items()):
        p, r = pr(c)
        print(f"{rule:<40} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}")
    if not args.quiet and res["errors"]:
        print(f"\nerrors ({len(res['errors'])}):")
        for kind, cid, (rule, loc, section) in sorted(res["errors"], key=lambda e: (e[2][0], e[1])):
            where = "/".join(str(x) for x in loc if x is not None)
            print(f"  {kind:<3} {rule:<36} {cid:<6} {where}{' ' + section if section else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

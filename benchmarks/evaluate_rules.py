"""The whole review pipeline against the labelled flaws of the sample documents.

    python -m benchmarks.evaluate_rules [--pdf] [--quiet]

For every `samples/specs/<scenario>.json` with a document `samples/documents/<scenario>.docx`
(and, with --pdf, every `<scenario>.<producer>.pdf`) it extracts the file
(`extractors.extract`), reviews it as the service does (`service.pipeline.report_for`: Part 1
`items` from the item classifier, a CheckContext from the extraction, `models.checks.run`) and
compares the findings with the spec's `flaws`.  A finding matches a flaw when the rule id and the
location's part, area, field and index are all equal (a key the flaw leaves out must be absent
from the finding too), and, for the two rules whose contract names a detail (`details.item` of
part1.item-uncovered, `details.section` of challenge.section-missing), that detail too.  The non-PA1 specs (`samples/specs/not-pa1/*.json`) expect exactly
`document.not-pa1`; when their .docx is not generated yet, the PA1 detector is run on the text of
their blocks instead (marked "text").

Only the contract's rule ids are scored (the specs label those; samples/README.md); findings of the
catalogue's extra rules are counted apart.  `--split NAME[,NAME…]` restricts to those splits (dev,
heldout, heldout2, … as the specs' `split` names them).  The development specs were used while building
the engine.  Each held-out split was written and labelled blind, measured once before any tuning
(samples/README.md records that first figure), and only then, if at all, used to improve the
engine.

Prints precision and recall per rule family and per rule, then every false positive and false
negative (rule, file, location, excerpt) for debugging.  Never prints more document text than the
excerpt of a finding.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.scores import pr

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "samples" / "specs"
DOCS = ROOT / "samples" / "documents"
LOC_KEYS = ("part", "area", "field", "index")


# Rules the contract gives a discriminating detail: several findings of the rule can share one
# location, and `details` says which is which.
DISCRIMINATORS = {"part1.item-uncovered": "item", "challenge.section-missing": "section"}


@dataclass(frozen=True)
class Item:
    rule: str
    loc: tuple
    file: str
    excerpt: str = ""
    detail: str | None = None

    @property
    def key(self) -> tuple:
        return (self.file, self.rule, self.loc, self.detail)


def _detail(rule: str, details: dict | None) -> str | None:
    name = DISCRIMINATORS.get(rule)
    return str((details or {}).get(name)) if name and (details or {}).get(name) is not None \
        else None


def _loc(location: dict) -> tuple:
    return tuple(location.get(k) for k in LOC_KEYS)


def review_file(path: Path) -> list[Item]:
    from extractors import extract
    data = path.read_bytes()
    extraction = extract(data, path.name)
    try:
        from service.pipeline import report_for
        findings = report_for(extraction, path.name, "").findings
    except ImportError:  # without the service layer: the engine alone
        from models.checks import CheckContext, run
        from models.rubric import expected_level
        doc = extraction.document
        rank = doc.header.rank if doc else None
        ctx = CheckContext(rank=rank, expected_level=expected_level(rank) if rank else None,
                           quality=extraction.quality, is_pa1=extraction.is_pa1)
        findings = run(doc, ctx)
    return [Item(f.rule, _loc(f.location.model_dump()), path.name, f.excerpt,
                 _detail(f.rule, f.details)) for f in findings]


def _blocks_text(spec: dict) -> str:
    out = []
    for b in spec.get("blocks", []):
        if "p" in b:
            out.append(b["p"])
        for row in b.get("table", []):
            out.append("\t".join(str(c) for c in row))
    return "\n".join(out)


def splits() -> list[str]:
    """The splits the specs name ("dev" for a spec without one), in order."""
    names = {json.loads(p.read_text(encoding="utf-8")).get("split", "dev")
             for p in SPECS.glob("*.json")}
    return sorted(names, key=lambda n: (n != "dev", len(n), n))


def cases(with_pdf: bool, split: str = "all") -> list[tuple[str, Path | None, list[Item], dict]]:
    """(label, file or None, expected flaws, spec) for every spec with something to review."""
    out = []
    for spec_path in sorted(SPECS.glob("*.json")):
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        if split != "all" and spec.get("split", "dev") not in split.split(","):
            continue
        stem = spec_path.stem
        files = [DOCS / f"{stem}.docx"]
        if with_pdf:
            files += sorted(DOCS.glob(f"{stem}.*.pdf"))
        for f in files:
            if f.is_file():
                flaws = [Item(x["rule"], _loc(x["location"]), f.name, "",
                              _detail(x["rule"], x.get("details"))) for x in spec.get("flaws", [])]
                out.append((f.name, f, flaws, spec))
    for spec_path in sorted((SPECS / "not-pa1").glob("*.json")) if split == "all" or "dev" in split.split(",") else ():
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        f = DOCS / "not-pa1" / f"{spec_path.stem}.docx"
        name = f.name if f.is_file() else f"{spec_path.stem} (text)"
        flaws = [Item("document.not-pa1", _loc({"part": "document"}), name)]
        out.append((name, f if f.is_file() else None, flaws, spec))
    return out


def _family(rule: str) -> str:
    return rule.split(".", 1)[0]


def evaluate(with_pdf: bool = False, split: str = "all") -> dict:
    from models.rubric.catalog import CONTRACT_RULES

    expected: list[Item] = []
    found: list[Item] = []
    errors: list[str] = []
    reviewed = cases(with_pdf, split)
    for name, path, flaws, spec in reviewed:
        expected += flaws
        if path is None:
            from models.classifiers.pa1_detector import detect
            if not detect(_blocks_text(spec)).label:
                found.append(Item("document.not-pa1", _loc({"part": "document"}), name))
            continue
        try:
            found += review_file(path)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
    extras = Counter(i.rule for i in found if i.rule not in CONTRACT_RULES)
    found = [i for i in found if i.rule in CONTRACT_RULES]
    exp_keys = Counter(i.key for i in expected)
    got_keys = Counter(i.key for i in found)
    tp_keys = exp_keys & got_keys
    fps = [i for i in found if got_keys[i.key] > tp_keys.get(i.key, 0)]
    fns = [i for i in expected if exp_keys[i.key] > tp_keys.get(i.key, 0)]
    # de-duplicate lists (a key counted several times is listed once per surplus)
    fps = list({i.key: i for i in fps}.values())
    fns = list({i.key: i for i in fns}.values())
    per: dict[str, Counter] = defaultdict(Counter)
    for key, n in tp_keys.items():
        per[key[1]]["tp"] += n
    for key, n in got_keys.items():
        per[key[1]]["fp"] += n - tp_keys.get(key, 0)
    for key, n in exp_keys.items():
        per[key[1]]["fn"] += n - tp_keys.get(key, 0)
    return {"per_rule": per, "fps": fps, "fns": fns, "errors": errors, "extras": extras,
            "files": len(reviewed)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", action="store_true", help="also the PDF renderings of each scenario")
    ap.add_argument("--quiet", action="store_true", help="no false positive/negative listing")
    ap.add_argument("--split", default="all", metavar="|".join(("all", *splits())),
                    help="one split, or several joined by commas (dev,heldout)")
    args = ap.parse_args(argv)
    unknown = set(args.split.split(",")) - {"all", *splits()}
    if unknown:
        ap.error(f"unknown split {', '.join(sorted(unknown))}; known: {', '.join(splits())}")
    res = evaluate(args.pdf, args.split)
    per = res["per_rule"]
    fam: dict[str, Counter] = defaultdict(Counter)
    for rule, c in per.items():
        fam[_family(rule)] += c
    total = sum(fam.values(), Counter())
    print(f"split {args.split}: {res['files']} files reviewed; "
          "match = same rule and same location part/area/field/index")
    print(f"{'family':<12} {'tp':>4} {'fp':>4} {'fn':>4}  precision  recall")
    for name in sorted(fam):
        p, r = pr(fam[name])
        c = fam[name]
        print(f"{name:<12} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}")
    p, r = pr(total)
    print(f"{'all':<12} {total['tp']:>4} {total['fp']:>4} {total['fn']:>4}  {p:>9}  {r:>6}")
    print()
    print(f"{'rule':<44} {'tp':>4} {'fp':>4} {'fn':>4}  precision  recall")
    for rule in sorted(per):
        c = per[rule]
        p, r = pr(c)
        print(f"{rule:<44} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}  {p:>9}  {r:>6}")
    if res["extras"]:
        print("\nnot scored (rules beyond the contract, not labelled): "
              + ", ".join(f"{r} {n}" for r, n in sorted(res["extras"].items())))
    if not args.quiet:
        for title, items in (("false positives", res["fps"]), ("false negatives", res["fns"])):
            print(f"\n{title} ({len(items)}):")
            for i in sorted(items, key=lambda x: (x.rule, x.file, str(x.loc))):
                loc = "/".join("" if v is None else str(v) for v in i.loc).rstrip("/")
                if i.detail:
                    loc += f" [{i.detail}]"
                excerpt = f"  «{i.excerpt[:60]}»" if i.excerpt else ""
                print(f"  {i.rule:<40} {i.file:<48} {loc}{excerpt}")
    for e in res["errors"]:
        print(f"ERROR {e}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

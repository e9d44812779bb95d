"""How fast the review engine is once a file is extracted (targets: ≤ 20 ms per document check,
≤ 5 ms per text, on the 2-core machine).

    python -m benchmarks.engine_speed [--repeat N]

- per document: `models.checks.run(doc, ctx)` over the extracted sample documents
  (samples/documents/*.docx, extraction not timed), with the per-string caches (Thai analysis,
  tokenizer, classifier features) cleared before each run, as for a document never seen before;
  the same with warm caches for comparison;
- per text: one statement through each text-level piece, cold caches: the indicator rules
  (`check_indicator`), the practice level (`predict_level`), the item mapper (`predict_items`);
- once: classifier start-up (training from samples/labels or loading the verified artifact) and
  the PA1 detector on a whole document's text.

Prints medians and 90th percentiles in milliseconds; no assertion (timings belong here, not in
tests).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _clear_caches() -> None:
    """Every cache keyed on a text (those built from the lexicons and cue files stay: they are the
    same for every document a running service checks)."""
    from models.checks import past_year
    from models.classifiers import coverage_model, features, item_mapper, memo, practice_level
    from models.thai import analysis, clauses, tokenize
    analysis.analyse.cache_clear()
    tokenize.clear_caches()
    features.words.cache_clear()
    coverage_model.row_text.cache_clear()
    clauses.clauses.cache_clear()
    past_year.mentions.cache_clear()
    item_mapper.clear_set_aside()
    memo.clear()
    practice_level._text_openings.cache_clear()


def _ms(samples: list[float]) -> str:
    s = sorted(samples)
    p90 = s[min(len(s) - 1, int(round(0.9 * (len(s) - 1))))]
    return f"median {statistics.median(s) * 1000:7.2f} ms   p90 {p90 * 1000:7.2f} ms   (n={len(s)})"


def _documents():
    from extractors import extract
    from models.checks.context import CheckContext
    from models.rubric import expected_level
    out = []
    for path in sorted((ROOT / "samples" / "documents").glob("*.docx")):
        e = extract(path.read_bytes(), path.name)
        if e.document is None:
            continue
        rank = e.document.header.rank
        ctx = CheckContext(rank=rank, expected_level=expected_level(rank) if rank else None,
                           quality=e.quality, is_pa1=e.is_pa1)
        out.append((path.name, e, ctx))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per document (default 5)")
    args = ap.parse_args(argv)

    from models.classifiers import clear_cache, load
    from models.classifiers.train import _artifact_ok, SPECS

    t0 = time.perf_counter()
    from models.thai.tokenize import words
    words("อุ่นเครื่อง")
    print(f"tokenizer start-up (newmm + domain words): {(time.perf_counter() - t0) * 1000:.0f} ms")
    for name in SPECS:
        clear_cache()
        t0 = time.perf_counter()
        load(name)
        how = "verified artifact" if _artifact_ok(SPECS[name]) else "trained from samples/labels"
        print(f"classifier {name:<6} ready in {(time.perf_counter() - t0) * 1000:7.0f} ms ({how})")

    for name in SPECS:  # every model loaded, as the service's warm-up leaves them (the loop
        load(name)      # above kept only the last): no document's time includes a loading
    docs = _documents()
    from models.checks import run
    for doc_name, e, ctx in docs[:1]:
        run(e.document, ctx)  # warm the imports and the catalogue
    cold, warm = [], []
    per_doc: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for name, e, ctx in docs:
            _clear_caches()
            t0 = time.perf_counter()
            run(e.document, ctx)
            dt = time.perf_counter() - t0
            cold.append(dt)
            per_doc.setdefault(name, []).append(dt)
            t0 = time.perf_counter()
            run(e.document, ctx)
            warm.append(time.perf_counter() - t0)
    print(f"\nper document check, {len(docs)} documents × {args.repeat}:")
    print(f"  cold caches  {_ms(cold)}")
    print(f"  warm caches  {_ms(warm)}")
    slowest = max(per_doc, key=lambda k: statistics.median(per_doc[k]))
    print(f"  slowest document: {slowest} (median {statistics.median(per_doc[slowest]) * 1000:.1f} ms)")

    from models.checks.context import CheckContext
    from models.checks.indicator import check_indicator
    from models.classifiers.item_mapper import predict_items
    from models.classifiers.pa1_detector import detect
    from models.classifiers.practice_level import predict_level
    from models.findings import Location
    indicators = [s for _, e, _ in docs for a in e.document.part1.areas for s in a.indicators if s]
    tasks = [(a.area, s) for _, e, _ in docs for a in e.document.part1.areas for s in a.tasks if s]
    challenges = ["\n".join([e.document.part2.title or "", *e.document.part2.method])
                  for _, e, _ in docs if e.document.part2 is not None]
    ctx = CheckContext(rank=None, expected_level=None)
    loc = Location(part="part1", area=1, field="indicators", index=0)
    timings: dict[str, list[float]] = {"indicator rules": [], "practice level": [],
                                       "item mapper": []}
    for _ in range(max(1, args.repeat // 2)):
        for s in indicators:
            _clear_caches()
            t0 = time.perf_counter()
            check_indicator(s, 1, ctx, loc)
            timings["indicator rules"].append(time.perf_counter() - t0)
        for s in challenges:
            _clear_caches()
            t0 = time.perf_counter()
            predict_level(s)
            timings["practice level"].append(time.perf_counter() - t0)
        for area, s in tasks:
            _clear_caches()
            t0 = time.perf_counter()
            predict_items(area, s)
            timings["item mapper"].append(time.perf_counter() - t0)
    print("\nper text, cold caches:")
    for name, samples in timings.items():
        print(f"  {name:<16} {_ms(samples)}")
    det = []
    for _, e, _ in docs:
        _clear_caches()
        t0 = time.perf_counter()
        detect(e.text)
        det.append(time.perf_counter() - t0)
    print(f"\nPA1 detector on a whole document's text: {_ms(det)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

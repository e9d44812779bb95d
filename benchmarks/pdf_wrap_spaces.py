"""Spaces at line wraps: what the PDF reader joins with a space, against the truth.

    python -m benchmarks.pdf_wrap_spaces [--corpus-only | --samples-only]

Two measures, per producer:

- the Thai PDF corpus (../shared/thai-pdf-corpus, THAI-PDF.md): every space the reader's text
  has or lacks against the ground truth, over the characters both share (whitespace removed,
  aligned with difflib): `missing` and `extra`, and of the extra ones those between two Thai
  characters (`extra-thai`: the corpus benchmark's "spaces inside Thai words", which must stay 0
  outside the known-corrupt WeasyPrint files);
- the sample PA1s (samples/documents/*.pdf against samples/expected/): the share of exact
  document cells (tests/extractors/test_pa1_samples.py's measure), the PDFs at or above its
  0.98 target, and the wrong cells whose only difference is whitespace, separately for the dev
  scenarios (samples/specs without a split) and the held-out ones.

Prints figures only (no threshold: the corpus benchmark holds those).
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from benchmarks.thai_pdf_corpus import _read, _space_after as _spaced, corpus_dir

ROOT = Path(__file__).resolve().parents[1]
_THAI = ("\u0e01", "\u0e5b")


def _thai(ch: str) -> bool:
    return _THAI[0] <= ch <= _THAI[1]


def space_errors(text: str, truth: str) -> dict[str, int]:
    """Spaces missing and extra in `text` against `truth`, between characters both have."""
    ours, ours_sp = _spaced(text)
    gt, gt_sp = _spaced(truth)
    out = {"truth_spaces": 0, "missing": 0, "extra": 0, "extra_thai": 0}
    for a, b, n in SequenceMatcher(None, ours, gt, autojunk=False).get_matching_blocks():
        for k in range(n - 1):
            i, j = a + k, b + k
            mine, true = i in ours_sp, j in gt_sp
            out["truth_spaces"] += true
            if true and not mine:
                out["missing"] += 1
            elif mine and not true:
                out["extra"] += 1
                out["extra_thai"] += _thai(ours[i]) and _thai(ours[i + 1])
    return out


def corpus_rows(corpus: str | None = None) -> dict[str, dict[str, int]]:
    root = corpus_dir(corpus)
    rows: dict[str, dict[str, int]] = {}
    for prod_dir in sorted(p for p in (root / "pdf").iterdir() if p.is_dir()):
        total: dict[str, int] = defaultdict(int)
        for pdf in sorted(prod_dir.glob("*.pdf")):
            truth = (root / "gt" / f"{pdf.stem}.txt").read_text(encoding="utf-8")
            for k, v in space_errors(_read(pdf.read_bytes()).text, truth).items():
                total[k] += v
        rows[prod_dir.name] = dict(total)
    return rows


def _split(scenario: str) -> str:
    spec = ROOT / "samples" / "specs" / f"{scenario}.json"
    split = json.loads(spec.read_text(encoding="utf-8")).get("split") if spec.exists() else None
    return "dev" if split in (None, "dev") else "held-out"


def sample_rows() -> dict[tuple[str, str], list[tuple[float, int]]]:
    """(split, producer) → per PDF: (share of exact cells, wrong cells differing in whitespace
    only)."""
    from extractors import read_raw
    from extractors.pa1 import parse
    from tests.extractors.test_pa1_samples import _cases, _expected, flatten

    rows: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    for path in _cases(".pdf"):
        expected = flatten(json.loads(_expected(path).read_text(encoding="utf-8")))
        got = flatten(parse(read_raw(path.read_bytes())).dump())
        keys = set(expected) | set(got)
        wrong = [k for k in keys if expected.get(k) != got.get(k)]
        spaces = sum(1 for k in wrong if isinstance(expected.get(k), str)
                     and isinstance(got.get(k), str)
                     and _spaced(expected[k])[0] == _spaced(got[k])[0])  # type: ignore[arg-type]
        producer = path.name.split(".")[-2]
        rows[(_split(path.name.split(".")[0]), producer)].append(
            (1 - len(wrong) / len(keys), spaces))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--samples-only" not in args:
        print(f"{'corpus producer':22} {'spaces':>6} {'missing':>7} {'extra':>5} "
              f"{'extra-thai':>10}")
        for producer, r in corpus_rows().items():
            print(f"{producer:22} {r['truth_spaces']:6d} {r['missing']:7d} {r['extra']:5d} "
                  f"{r['extra_thai']:10d}")
    if "--corpus-only" not in args:
        print(f"\n{'samples':8} {'producer':22} {'PDFs':>4} {'>=0.98':>6} {'mean cells':>10} "
              f"{'ws-only wrong':>13}")
        rows = sample_rows()
        for split in ("dev", "held-out"):
            for (s, producer), files in sorted(rows.items()):
                if s == split:
                    shares = [f[0] for f in files]
                    print(f"{split:8} {producer:22} {len(files):4d} "
                          f"{sum(x >= 0.98 for x in shares):6d} {statistics.mean(shares):10.4f} "
                          f"{sum(f[1] for f in files):13d}")
        every = [f[0] for files in rows.values() for f in files]
        print(f"all {len(every)} PDFs: {sum(x >= 0.98 for x in every)} at >= 0.98, "
              f"mean {statistics.mean(every):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

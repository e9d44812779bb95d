"""The extraction benchmark: our samples (per producer and layout) and the shared Thai PDF corpus.

    python -m benchmarks.extraction [--samples DIR] [--corpus DIR]

Prints both tables and exits non-zero when a threshold fails (samples: DOCX exact, each PDF
producer CER ≤ 0.5 % and ≥ 98 % of cells in place; corpus: the thresholds of THAI-PDF.md).
"""

from __future__ import annotations

import argparse
import sys

from benchmarks import samples_extraction, thai_pdf_corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", default=None, help="samples folder (default: ./samples)")
    ap.add_argument("--corpus", default=None, help="thai-pdf-corpus folder (default: ../shared/…)")
    args = ap.parse_args(argv)

    rows = samples_extraction.run(args.samples)
    print("== samples/: per producer and layout ==")
    print(samples_extraction.format_table(rows))
    fails = [f"samples: {f}" for f in samples_extraction.check_thresholds(rows)]

    print("\n== thai-pdf-corpus: per producer ==")
    corpus_rows = thai_pdf_corpus.run(args.corpus)
    print(thai_pdf_corpus.format_rows(corpus_rows))
    print("\n" + thai_pdf_corpus.format_cost(thai_pdf_corpus.geometry_cost(args.corpus)))
    fails += [f"corpus: {f}" for f in thai_pdf_corpus.check_thresholds(corpus_rows)]
    fails += [f"corpus: repair pass changed ground truth: {f}"
              for f in thai_pdf_corpus.gt_noop_failures(args.corpus)]

    print()
    for f in fails:
        print(f"FAIL {f}")
    print("all thresholds hold" if not fails else f"{len(fails)} threshold(s) failed")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())

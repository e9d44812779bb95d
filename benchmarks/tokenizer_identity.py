"""Does the fast tokenizer (`models.thai.tokenize.words`: nlpo3 where it is exact) give the tokens
of pythainlp's newmm (`reference_words`, the definition) on every text of the repository?

    python -m benchmarks.tokenizer_identity [--pdf] [--checks] [--quiet]

Texts compared: every string of every label file (samples/labels/*.jsonl, *.csv, sealed files
excepted), each line of them and each piece between commas, semicolons and brackets; every string
field of every extracted sample document (samples/documents/*.docx; with --pdf the printed PDFs
too, whose extraction loses spaces at line wraps); with --checks every text the checks tokenize
while reviewing the DOCX documents (clauses, steps, pieces); the rubric (models/rubric/*.toml
strings) and the lexicons; and the same texts with a space, a full stop, a digit, a Latin letter
or a Thai digit after them (a run's end inside a longer text).  Prints how many distinct texts
were compared and every one whose tokens differ; exit status 1 when any does.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "samples" / "labels"


def _sealed() -> frozenset[str]:
    from benchmarks import evaluate_challenges, evaluate_coverage, evaluate_statements
    return (evaluate_challenges.SEALED | evaluate_coverage.SEALED | evaluate_statements.SEALED)


def _strings(obj, out: set[str]) -> None:
    if isinstance(obj, str):
        if obj:
            out.add(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _strings(v, out)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            _strings(v, out)
    elif hasattr(obj, "model_dump"):
        _strings(obj.model_dump(), out)


def label_texts() -> set[str]:
    sealed, out = _sealed(), set()
    for p in sorted(LABELS.iterdir()):
        if p.name in sealed or p.suffix not in {".jsonl", ".csv"}:
            continue
        if p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    _strings(json.loads(line), out)
        else:
            with p.open(encoding="utf-8", newline="") as fh:
                for row in csv.reader(fh):
                    _strings(row, out)
    return out


def document_texts(pdf: bool) -> set[str]:
    from extractors import extract
    out: set[str] = set()
    suffixes = {".docx", ".pdf"} if pdf else {".docx"}
    for p in sorted((ROOT / "samples" / "documents").iterdir()):
        if p.suffix not in suffixes:
            continue
        e = extract(p.read_bytes(), p.name)
        _strings(e.text, out)
        if e.document is not None:
            _strings(e.document, out)
    return out


def rubric_texts() -> set[str]:
    out: set[str] = set()
    for p in sorted((ROOT / "models" / "rubric").glob("*.toml")):
        _strings(tomllib.loads(p.read_text(encoding="utf-8")), out)
    for p in sorted((ROOT / "models" / "rubric" / "lexicon").glob("*.txt")):
        out.update(line for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    return out


_PIECES = re.compile(r"[,;()\[\]、，]|\n")


def expand(texts: set[str]) -> set[str]:
    out = set(texts)
    for t in texts:
        out.update(x for x in t.splitlines() if x)
        out.update(x for x in _PIECES.split(t) if x)
    for t in list(out):
        out.update(t + tail for tail in (" ", ".", "1", "a", "๑", "\n", " ก"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", action="store_true", help="also the sample PDFs (slower)")
    ap.add_argument("--checks", action="store_true",
                    help="also every text the checks tokenize on the DOCX documents")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    from models.thai.tokenize import _fast, reference_words, words
    if _fast() is None:
        print("nlpo3 is not installed: words is reference_words, nothing to compare")
        return 0
    sources = {"labels": label_texts(), "documents": document_texts(args.pdf),
               "rubric": rubric_texts()}
    if args.checks:
        sources["checks"] = _checked()
    texts: set[str] = set()
    for name, ts in sources.items():
        print(f"{name}: {len(ts)} distinct texts")
        texts |= ts
    texts = expand(texts)
    chars = sum(map(len, texts))
    diff = []
    for t in sorted(texts):
        a, b = words(t), reference_words(t)
        if a != b:
            diff.append((t, a, b))
    print(f"compared {len(texts)} distinct texts ({chars} characters): {len(diff)} differ")
    for t, a, b in diff[: None if not args.quiet else 20]:
        print(repr(t))
        print("  fast     ", a)
        print("  reference", b)
    return 1 if diff else 0


def _checked() -> set[str]:
    """Every text `words` is asked for while the checks review the DOCX documents (recorded
    where `words` hands a text on, to `_segment` or `reference_words`, with the caches cleared
    before each document)."""
    from benchmarks.engine_speed import _clear_caches, _documents
    from models.checks import run
    from models.thai import tokenize
    seen: set[str] = set()
    real_ref = tokenize.reference_words
    real_segment = tokenize._segment

    def seg(text, *a):
        seen.add(text)
        return real_segment(text, *a)

    def ref(text):
        seen.add(text)
        return real_ref(text)

    tokenize._segment, tokenize.reference_words = seg, ref
    try:
        for _, e, ctx in _documents():
            _clear_caches()
            run(e.document, ctx)
    finally:
        tokenize._segment, tokenize.reference_words = real_segment, real_ref
    return seen


if __name__ == "__main__":
    sys.exit(main())

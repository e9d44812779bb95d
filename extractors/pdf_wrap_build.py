"""Builds extractors/data/wrap_spaces.json, the counts pdf_wrap.corpus_space reads.

    python -m extractors.pdf_wrap_build

Counted on the project's spent Thai texts (every Thai string of samples/labels/*.jsonl and
*.csv, and the seeds in ../shared/seeds/), never on the sample corpus's goldens (a text equal
to a string of samples/expected/ is left out): each paragraph is cut into newmm words, and
at every boundary between two Thai letters it counts whether the writer put a space there,
per word before the boundary ("left"), per word after it ("right") and per pair of the two.
Words seen fewer than 3 times and pairs seen once are not kept (they would say nothing the
base rate does not), nor pairs never spaced whose words' estimate is low already. The output is deterministic (sorted keys).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "data" / "wrap_spaces.json"
_THAI = re.compile("[\u0e01-\u0e4e]")
MIN_WORD = 3
MIN_PAIR = 2


def _strings(value, out: list[str]) -> None:
    if isinstance(value, str):
        if _THAI.search(value):
            out.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)


def _sealed() -> frozenset[str]:
    """Label files still sealed (being written or awaiting their one measurement) are never read."""
    from benchmarks import evaluate_challenges, evaluate_coverage, evaluate_statements

    return evaluate_coverage.SEALED | evaluate_challenges.SEALED | evaluate_statements.SEALED


def texts(root: Path = ROOT) -> list[str]:
    """The spent texts, each once, without any that is a sample golden's string."""
    out: list[str] = []
    labels = root / "samples" / "labels"
    sealed = _sealed()
    for path in sorted(p for p in labels.glob("*.jsonl") if p.name not in sealed):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                _strings(json.loads(line), out)
    for path in sorted(p for p in labels.glob("*.csv") if p.name not in sealed):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                _strings(row, out)
    for path in sorted((root.parent / "shared" / "seeds").glob("*.txt")):
        out.extend(path.read_text(encoding="utf-8").splitlines())
    goldens: list[str] = []
    for path in sorted((root / "samples" / "expected").glob("*.json")):
        _strings(json.loads(path.read_text(encoding="utf-8")), goldens)
    held = set(goldens)
    return [t for t in dict.fromkeys(out) if t not in held]


def count(paragraphs: list[str]) -> dict:
    from pythainlp.tokenize import word_tokenize

    left, left_s, right, right_s = Counter(), Counter(), Counter(), Counter()
    pair, pair_s = Counter(), Counter()
    for text in paragraphs:
        for para in text.split("\n"):
            prev, spaced = None, False
            for tok in word_tokenize(para, engine="newmm", keep_whitespace=True):
                if not tok.strip():
                    spaced = True
                    continue
                if prev is not None and _THAI.match(prev[-1]) and _THAI.match(tok[0]):
                    left[prev] += 1
                    right[tok] += 1
                    pair[prev, tok] += 1
                    if spaced:
                        left_s[prev] += 1
                        right_s[tok] += 1
                        pair_s[prev, tok] += 1
                prev, spaced = tok, False
    data = {
        "boundaries": sum(left.values()),
        "spaced": sum(left_s.values()),
        "left": {w: [n, left_s[w]] for w, n in sorted(left.items()) if n >= MIN_WORD},
        "right": {w: [n, right_s[w]] for w, n in sorted(right.items()) if n >= MIN_WORD},
        "pair": {},
    }
    # A pair never spaced can only lower the words' estimate: kept only where that is high
    # enough to matter (over one half); the others change no decision.
    from extractors.pdf_wrap import SpaceCounts

    words = SpaceCounts(data)
    data["pair"] = {f"{a} {b}": [n, pair_s[a, b]] for (a, b), n in sorted(pair.items())
                    if n >= MIN_PAIR and (pair_s[a, b] or words.words_rate(a, b) > 0.5)}
    return data


def main() -> int:
    data = count(texts())
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                   + "\n", encoding="utf-8")
    print(f"{OUT}: {data['boundaries']} boundaries, {data['spaced']} spaced; "
          f"{len(data['left'])} left, {len(data['right'])} right, {len(data['pair'])} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

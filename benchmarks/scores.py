"""Precision/recall bookkeeping shared by the evaluation benchmarks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable


def pr(c: Counter) -> tuple[str, str]:
    """Precision and recall of a tp/fp/fn counter, formatted ("  - " when undefined)."""
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = f"{tp / (tp + fp):.2f}" if tp + fp else "  - "
    r = f"{tp / (tp + fn):.2f}" if tp + fn else "  - "
    return p, r


def tally(per: dict[str, Counter], got: Counter, want: Counter) -> list[tuple[str, Hashable]]:
    """Add one case's findings to `per` (keyed by the key's first element, the rule id): a key
    found as often as labelled is tp, a surplus fp, a shortfall fn.  Returns ("fp" | "fn", key)
    for every key whose counts differ."""
    wrong = []
    for k in set(got) | set(want):
        tp = min(got[k], want[k])
        per[k[0]]["tp"] += tp
        per[k[0]]["fp"] += got[k] - tp
        per[k[0]]["fn"] += want[k] - tp
        if got[k] != want[k]:
            wrong.append(("fp" if got[k] > want[k] else "fn", k))
    return wrong

"""A model's class probabilities kept per text while documents are checked.

A document asks the item model about the same tasks more than once (item coverage, the pairs it
sets aside, the service's item map before the checks), and `read_ahead` asks for a whole
document's tasks at once: each text goes through the model once, and the texts not asked before go
in one call.  A row of `TextModel._predict_proba` depends on its own text only, so a text's
probabilities are the same whichever batch computed them (tests/models/test_classifier_memo.py).
Keyed on texts: bounded (SIZE), forgotten by `clear` (benchmarks.engine_speed clears it before a
cold run; `models.classifiers.clear_cache` when the models change).
"""

from __future__ import annotations

from collections.abc import Sequence

from models.classifiers.features import TextModel

SIZE = 4096  # texts per model; a document has a few dozen

# id(model) -> (the model, its probabilities by text): the model is held, so its id is not reused
_MEMO: dict[int, tuple[TextModel, dict[str, dict[str, float]]]] = {}


def probas_many(model: TextModel, texts: Sequence[str]) -> list[dict[str, float]]:
    """`model.probas_many(texts)`, the texts not asked before computed in one call."""
    entry = _MEMO.get(id(model))
    if entry is None or entry[0] is not model:
        entry = _MEMO[id(model)] = (model, {})
    rows = entry[1]
    # read into a local dict first: another thread (the service checks files concurrently) may
    # clear `rows` between a lookup and its use
    got = {t: row for t in dict.fromkeys(texts) if (row := rows.get(t)) is not None}
    missing = [t for t in dict.fromkeys(texts) if t not in got]
    if missing:
        new = dict(zip(missing, model.probas_many(missing)))
        if len(rows) + len(new) > SIZE:
            rows.clear()
        rows.update(new)
        got.update(new)
    return [dict(got[t]) for t in texts]  # copies: a caller may change its dict


def clear() -> None:
    """Forget every text's probabilities."""
    _MEMO.clear()

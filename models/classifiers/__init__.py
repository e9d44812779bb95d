"""Small offline scikit-learn classifiers, one module per question asked of a model.

`Prediction` is what every classifier answers; `load(name)` returns the trained model of
one classifier (trained from repository data at first use, or read from a verified
artifact under `artifacts/`), cached in memory.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Prediction", "load", "NAMES"]

NAMES = ("pa1", "level", "items", "items_coverage")


@dataclass(frozen=True)
class Prediction:
    """A classifier's answer: `label` (bool, level id, item code…), `score` in [0, 1] and
    `evidence`, the phrases of the input that led to the decision (interpretable)."""

    label: Any
    score: float
    evidence: list[str] = field(default_factory=list)


_CACHE: dict[str, Any] = {}
_LOCK = threading.Lock()


def load(name: str) -> Any:
    """The trained model `name` (cached; one training even when threads ask at once). Reads
    `artifacts/NAME.joblib` only when its stored data sha256, code sha256 and scikit-learn
    version match; otherwise trains from `samples/labels` in memory."""
    model = _CACHE.get(name)
    if model is None:
        with _LOCK:
            model = _CACHE.get(name)
            if model is None:
                from models.classifiers.train import obtain
                model = obtain(name)
                _prepare(model)
                _CACHE[name] = model
    return model


def _prepare(model: Any) -> None:
    """Build what a model's first prediction would otherwise build (each character vectoriser's
    integer vocabulary, features.CharGrams): start-up work, not a teacher's first review's."""
    from models.classifiers.features import TextModel, _char_grams

    if isinstance(model, TextModel):
        for _, vec in model.pipe.named_steps["features"].transformer_list:
            _char_grams(vec)


def clear_cache() -> None:
    _CACHE.clear()
    from models.classifiers import memo
    memo.clear()  # probabilities of the models just dropped
    from models.classifiers.item_mapper import clear_set_aside
    clear_set_aside()  # answers of the models just dropped

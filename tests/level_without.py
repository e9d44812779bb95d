"""The practice level read by a level model that never saw one writer's challenge file.

Since round 11 the shipped level model trains on the spent challenge files.  A test whose case is
cut from one of those rows (a variant of c15-010, c16-022 …) would then be judged by a model that
has learnt the row itself, whose copied title and lines weigh for the row's label; such a test is
about the cues, so it reads the case as that writer's unseen text would be read: by the model
trained on level.csv and every other writer's file.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock


@functools.lru_cache(maxsize=None)
def model_without(corpus: str):
    """The level model trained without `corpus` (a challenges*.jsonl name), fitted once a run."""
    from models.classifiers.train import SPECS, fit, read_level

    return fit(SPECS["level"], read_level(exclude=frozenset({corpus})))


@contextmanager
def level_model_without(corpus: str) -> Iterator[None]:
    """Within the block every practice-level reading (challenge.check, below_expected,
    predict_level) uses `model_without(corpus)` instead of the shipped artifact."""
    from models.classifiers import practice_level

    model, shipped = model_without(corpus), practice_level.load
    with mock.patch.object(practice_level, "load",
                           lambda name: model if name == "level" else shipped(name)):
        yield

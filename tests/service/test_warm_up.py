"""warm_up loads every classifier, so no review (a batch worker's first file above all, which runs
under a time limit) pays for loading or training one."""

from __future__ import annotations

import models.classifiers as classifiers
from service import pipeline


def test_warm_up_loads_every_classifier(monkeypatch):
    loaded: list[str] = []
    monkeypatch.setattr(classifiers, "load", lambda name: loaded.append(name))
    monkeypatch.setattr(pipeline, "review", lambda *a, **k: None)  # the sample review itself
    pipeline.warm_up()
    assert sorted(loaded) == sorted(classifiers.NAMES)

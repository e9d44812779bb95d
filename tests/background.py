"""Expensive, deterministic computations that a few slow tests assert on, run in one background
process while the rest of the suite runs (tests/conftest.py starts it when such a test is
collected; `@pytest.mark.background(JOB)` names the job, the `background` fixture waits for it).

The suite itself runs in one process, so a second core sits idle; the cross-validated
calibration of the item threshold alone fits 15 models (about 200 s).  The job calls the very
function the test would have called, with the same arguments: the test's assertions read the
same numbers, computed earlier and elsewhere.

Run as `python tests/background.py OUT_DIR JOB…`: each job's result is pickled to
OUT_DIR/JOB.pickle (or its traceback to OUT_DIR/JOB.error) as soon as it is done, in order.
A job is claimed first (OUT_DIR/JOB.claim, created exclusively): the test process, once it has
nothing else to do, claims the jobs the background process has not started and computes them
itself (`run_one`), so both cores work until the last job is done.  When OUT_DIR/wanted exists
(the collected tests' jobs, written once collection ends), a job not listed there is skipped:
conftest starts the process before collection, on every job, when the whole suite runs.
"""

from __future__ import annotations

import os
import pickle
import sys
import traceback
from pathlib import Path
from typing import Any, Callable


def _calibrate() -> Any:
    from models.classifiers.item_mapper import calibrate

    return calibrate()


def _evaluate(how: str, name: str) -> Callable[[], Any]:
    """evaluate.cross_validate or evaluate.held_out of the classifier `name`."""
    def job() -> Any:
        from models.classifiers import evaluate, train

        return getattr(evaluate, how)(train.SPECS[name])
    return job


# In the order they run: the test that needs a job earlier in the suite comes first.
JOBS: dict[str, Callable[[], Any]] = {
    "calibrate": _calibrate,  # tests/models/test_checks_part1.py
    **{f"{how}:{name}": _evaluate(how, name)  # tests/models/test_classifiers.py
       for how in ("held_out", "cross_validate") for name in ("level", "items", "pa1")},
}


def _stem(out: Path, name: str) -> Path:
    return out / name.replace(":", "-")


def claim(out: Path, name: str) -> bool:
    """Whether this process now owns the job `name` (no other process has claimed it)."""
    try:
        os.close(os.open(_stem(out, name).with_suffix(".claim"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def done(out: Path, name: str) -> bool:
    stem = _stem(out, name)
    return stem.with_suffix(".pickle").exists() or stem.with_suffix(".error").exists()


def run_one(out: Path, name: str) -> None:
    """Compute the job `name` (claimed by the caller): its result pickled to OUT/JOB.pickle,
    whole or absent, or its traceback to OUT/JOB.error."""
    stem = _stem(out, name)
    try:
        value = JOBS[name]()
    except BaseException:  # noqa: BLE001 - the test that waits reports it
        stem.with_suffix(".error").write_text(traceback.format_exc())
        return
    partial = stem.with_suffix(".part")
    partial.write_bytes(pickle.dumps(value))
    partial.rename(stem.with_suffix(".pickle"))  # whole or absent


def wanted(out: Path) -> set[str] | None:
    """The jobs the collected tests name, once collection has ended (None before)."""
    path = out / "wanted"
    return set(path.read_text().split()) if path.exists() else None


def run(out: Path, names: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        listed = wanted(out)
        if listed is not None and name not in listed:
            continue
        if claim(out, name):
            run_one(out, name)
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]), sys.argv[2:]))

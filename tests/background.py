"""Expensive, deterministic computations that a few slow tests assert on, run in one background
process while the rest of the suite runs (tests/conftest.py starts it when such a test is
collected; `@pytest.mark.background(JOB)` names the job, the `background` fixture waits for it).

The suite itself runs in one process, so a second core sits idle; the cross-validated
calibration of the item threshold alone fits 15 models (about 200 s).  The job calls the very
function the test would have called, with the same arguments: the test's assertions read the
same numbers, computed earlier and elsewhere.

Run as `python tests/background.py OUT_DIR JOB…`: each job's result is pickled to
OUT_DIR/JOB.pickle (or its traceback to OUT_DIR/JOB.error) as soon as it is done, in order.
"""

from __future__ import annotations

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


def run(out: Path, names: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        target = out / f"{name.replace(':', '-')}.pickle"
        try:
            value = JOBS[name]()
        except BaseException:  # noqa: BLE001 - the test that waits reports it
            (out / f"{name.replace(':', '-')}.error").write_text(traceback.format_exc())
            continue
        partial = target.with_suffix(".part")
        partial.write_bytes(pickle.dumps(value))
        partial.rename(target)  # whole or absent
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]), sys.argv[2:]))

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


def require_tool(name: str) -> str:
    """The path of a system tool, or skip; in CI (PA_REVIEW_REQUIRE_TOOLS=1) a missing tool fails."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("PA_REVIEW_REQUIRE_TOOLS"):
        pytest.fail(f"{name} is required in CI but not installed")
    pytest.skip(f"{name} not installed")


_SOFFICE_PROFILE: list[Path] = []


def soffice_profile() -> str:
    """soffice's `-env:UserInstallation=…` option for one LibreOffice profile shared by the session's
    conversions (one at a time): the first start creates it, which takes seconds; the others
    reuse it instead of creating their own.  Removed when the session ends."""
    import tempfile

    if not _SOFFICE_PROFILE:
        _SOFFICE_PROFILE.append(Path(tempfile.mkdtemp(prefix="pa-review-lo-profile-")))
    return f"-env:UserInstallation=file://{_SOFFICE_PROFILE[0]}"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


# -- slow computations on the second core (tests/background.py) -----------------------------

_BACKGROUND: dict[str, object] = {}


def pytest_configure(config):
    config.addinivalue_line("markers", "background(job): the test asserts on tests/background.py's "
                                       "JOB, computed in a background process during the run")


def pytest_collection_modifyitems(session, config, items):
    """Start tests/background.py on the jobs the collected tests name, in its JOBS order, and run
    the tests that wait for a job last, in that order: the main process does all its other work
    while the background process computes, instead of sitting idle at the first waiting test."""
    import subprocess
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).parent))
    from background import JOBS

    wanted = {m.args[0] for item in items for m in item.iter_markers("background")}
    names = [n for n in JOBS if n in wanted]
    waiting = [item for item in items if item.get_closest_marker("background")]
    if waiting:
        order = {name: i for i, name in enumerate(JOBS)}
        waiting.sort(key=lambda item: order.get(item.get_closest_marker("background").args[0], len(order)))
        items[:] = [item for item in items if not item.get_closest_marker("background")] + waiting
    if not names or config.getoption("collectonly"):
        return
    out = Path(tempfile.mkdtemp(prefix="pa-review-background-"))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
    proc = subprocess.Popen([sys.executable, str(Path(__file__).parent / "background.py"),
                             str(out), *names], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _BACKGROUND.update(proc=proc, out=out, names=names)


def pytest_unconfigure(config):
    for profile in _SOFFICE_PROFILE:
        shutil.rmtree(profile, ignore_errors=True)
    proc = _BACKGROUND.get("proc")
    if proc is not None and proc.poll() is None:
        proc.kill()
        proc.wait(10)
    if _BACKGROUND.get("out"):
        shutil.rmtree(_BACKGROUND["out"], ignore_errors=True)


@pytest.fixture
def background(request):
    """The result of the job `@pytest.mark.background(JOB)` names: waited for when the background
    process runs it, else (a run that did not start it) computed here."""
    import pickle
    import time

    from background import JOBS

    name = request.node.get_closest_marker("background").args[0]
    proc, out = _BACKGROUND.get("proc"), _BACKGROUND.get("out")
    if proc is None or name not in _BACKGROUND.get("names", ()):
        return JOBS[name]()
    stem = out / name.replace(":", "-")
    result, error = stem.with_suffix(".pickle"), stem.with_suffix(".error")
    deadline = time.monotonic() + 1800
    while not (result.exists() or error.exists()):
        if proc.poll() is not None and not (result.exists() or error.exists()):
            pytest.fail(f"the background process ended (exit {proc.returncode}) without {name}")
        if time.monotonic() > deadline:
            pytest.fail(f"background job {name} did not finish in 30 minutes")
        time.sleep(0.2)
    if error.exists():
        pytest.fail(f"background job {name} failed:\n{error.read_text()}")
    return pickle.loads(result.read_bytes())

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


def _start_background(out: Path, names: list[str]) -> None:
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
    proc = subprocess.Popen([sys.executable, str(Path(__file__).parent / "background.py"),
                             str(out), *names], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _BACKGROUND.update(proc=proc, out=out, names=names)


def _stop_background() -> None:
    proc = _BACKGROUND.get("proc")
    if proc is not None and proc.poll() is None:
        proc.kill()
        proc.wait(10)


def _whole_suite(config) -> bool:
    """Whether this run collects the whole suite (`pytest`, `pytest tests`: CI's run), with no
    selection that could leave the background tests out."""
    if config.getoption("collectonly") or config.getoption("keyword") or config.getoption("markexpr"):
        return False
    here = Path(config.invocation_params.dir)
    paths = {(here / arg.split("::")[0]).resolve() for arg in config.args}
    return bool(paths) and paths <= {ROOT, ROOT / "tests"}


def pytest_sessionstart(session):
    """When the whole suite runs, start tests/background.py on every job before collection (about
    ten seconds of the second core); collection then tells it which jobs the tests want."""
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).parent))
    from background import JOBS

    if _whole_suite(session.config):
        _start_background(Path(tempfile.mkdtemp(prefix="pa-review-background-")), list(JOBS))


def pytest_collection_modifyitems(session, config, items):
    """Start tests/background.py on the jobs the collected tests name, in its JOBS order (or tell
    the process started before collection which of its jobs they are), and run the tests that
    wait for a job last, in that order: the main process does all its other work while the
    background process computes, instead of sitting idle at the first waiting test."""
    import tempfile

    from background import JOBS, done

    wanted = {m.args[0] for item in items for m in item.iter_markers("background")}
    names = [n for n in JOBS if n in wanted]
    waiting = [item for item in items if item.get_closest_marker("background")]
    if waiting:
        order = {name: i for i, name in enumerate(JOBS)}
        waiting.sort(key=lambda item: order.get(item.get_closest_marker("background").args[0], len(order)))
        items[:] = [item for item in items if not item.get_closest_marker("background")] + waiting
    # the browser tests one after another (module by module), so that they share one Chromium
    # (browser_support.chromium), closed after the last of them (pytest_runtest_teardown)
    browser = [item for item in items if item.get_closest_marker("browser")
               and not item.get_closest_marker("background")]
    if browser:
        at, moved = items.index(browser[0]), set(browser)
        rest = [item for item in items if item not in moved]
        items[:] = rest[:at] + browser + rest[at:]
    out = _BACKGROUND.get("out")
    if out is not None:  # started before collection, on every job
        listed = out / "wanted.part"
        listed.write_text("\n".join(names))
        listed.rename(out / "wanted")
        running = [n for n in JOBS if (out / f"{n.replace(':', '-')}.claim").exists()
                   and not done(out, n)]
        if names and all(n in names for n in running):
            _BACKGROUND["names"] = names
            return
        _stop_background()  # no job wanted, or busy with one that is not
        shutil.rmtree(out, ignore_errors=True)
        _BACKGROUND.clear()
    if not names or config.getoption("collectonly"):
        return
    _start_background(Path(tempfile.mkdtemp(prefix="pa-review-background-")), names)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """After the last browser test (its fixtures torn down), close the shared Chromium."""
    import sys

    support = sys.modules.get("browser_support")
    if support is not None and item.get_closest_marker("browser") and (
            nextitem is None or not nextitem.get_closest_marker("browser")):
        support.close_chromium()


def pytest_unconfigure(config):
    import sys

    for profile in _SOFFICE_PROFILE:
        shutil.rmtree(profile, ignore_errors=True)
    support = sys.modules.get("browser_support")
    if support is not None:
        support.close_chromium()  # a run stopped before its last browser test
    _stop_background()
    if _BACKGROUND.get("out"):
        shutil.rmtree(_BACKGROUND["out"], ignore_errors=True)


@pytest.fixture
def background(request):
    """The result of the job `@pytest.mark.background(JOB)` names: read from the background
    process's output when it ran the job, else computed here: this job when the background
    process has not started it, and while it computes this job, the jobs it has not reached yet
    (from the end of its queue), so that both cores work.  A run that did not start the process
    computes the job here, as the test would."""
    import pickle
    import time

    import background as bg

    name = request.node.get_closest_marker("background").args[0]
    proc, out = _BACKGROUND.get("proc"), _BACKGROUND.get("out")
    names = _BACKGROUND.get("names", ())
    if proc is None or name not in names:
        return bg.JOBS[name]()
    stem = out / name.replace(":", "-")
    result, error = stem.with_suffix(".pickle"), stem.with_suffix(".error")
    deadline = time.monotonic() + 1800
    while not bg.done(out, name):
        if bg.claim(out, name):
            bg.run_one(out, name)
            break
        other = next((n for n in reversed(names) if not bg.done(out, n) and bg.claim(out, n)), None)
        if other is not None:
            bg.run_one(out, other)
            continue
        if proc.poll() is not None and not bg.done(out, name):
            pytest.fail(f"the background process ended (exit {proc.returncode}) without {name}")
        if time.monotonic() > deadline:
            pytest.fail(f"background job {name} did not finish in 30 minutes")
        time.sleep(0.2)
    if error.exists():
        pytest.fail(f"background job {name} failed:\n{error.read_text()}")
    return pickle.loads(result.read_bytes())

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


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES

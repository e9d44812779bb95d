"""How people start pa-review without the installed script: `python -m service …` runs the same
CLI as `pa-review …`; and a browser's automatic /favicon.ico request is not a 404 in the
console of every page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from service.api.app import create_app
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_python_dash_m_service_is_the_cli():
    run = subprocess.run([sys.executable, "-m", "service", "check-text", "--as", "indicator",
                          "นักเรียนร้อยละ 120 ผ่านเกณฑ์"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1, run.stderr  # an `error` finding: the contract's exit code
    assert "indicator.invalid-percentage" in run.stdout


def test_favicon_is_not_a_404(tmp_path):
    app = create_app(Settings(data_dir=tmp_path, warm_up=False))
    with TestClient(app) as client:
        r = client.get("/favicon.ico")
    assert r.status_code in (200, 204)

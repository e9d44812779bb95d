#!/usr/bin/env python3
"""Set up and run pa-review with nothing but Python: `python3 dev.py serve` or `python3 dev.py test`.

Creates `.venv`, installs the project into it (again only when pyproject.toml changes), and for
the tests installs the system tools they drive (LibreOffice, Chromium, Thai fonts) when missing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / "bin"
APT_PACKAGES = {"soffice": "libreoffice-writer-nogui", "chromium": "chromium",
                "pdftoppm": "poppler-utils"}


def run(*cmd: str | Path, **kw) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def ensure_venv(extras: str = "test") -> None:
    if not (BIN / "python").exists():
        run(sys.executable, "-m", "venv", VENV)
    stamp = VENV / ".installed"
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == want:
        return
    run(BIN / "python", "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(BIN / "python", "-m", "pip", "install", "-q", "-e", f"{ROOT}[{extras}]")
    stamp.write_text(want)


def ensure_system_tools() -> None:
    """LibreOffice and Chromium drive the round-trip and browser tests; install them if we can."""
    missing = [pkg for tool, pkg in APT_PACKAGES.items() if not shutil.which(tool)]
    if not Path("/usr/share/fonts/truetype/tlwg").exists():
        missing.append("fonts-thai-tlwg")
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(f"dev.py: cannot install {' '.join(missing)} (need root and apt-get); "
              "tests that drive them will fail", file=sys.stderr)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run("apt-get", "update", "-qq", env=env)
    run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env,
        stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"serve", "test", "setup"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "setup":
        ensure_system_tools()
        return 0
    if command == "serve":
        return subprocess.call([str(BIN / "pa-review"), "serve", *rest])
    ensure_system_tools()
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The sample corpus through the whole reader + parser: DOCX must be exact, PDF nearly so.

`python -m tests.extractors.test_pa1_samples` is not a thing; run
`python -m pytest tests/extractors/test_pa1_samples.py -m slow -s` to print per-file figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.pa1 import parse
from sample_cache import read_raw  # extractors.read_raw, each file read once per session

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
DOCS = SAMPLES / "documents"
EXPECTED = SAMPLES / "expected"


def _expected(path: Path) -> Path:
    return EXPECTED / f"{path.name.split('.')[0]}.document.json"


def _cases(suffix: str) -> list[Path]:
    if not DOCS.is_dir():
        return []
    return sorted(p for p in DOCS.iterdir() if p.suffix == suffix and _expected(p).exists())


def flatten(value, prefix: str = "") -> dict[str, object]:
    """{"part1.areas.0.tasks.3": "…"}: one key per scalar ("cell"), lists of strings item by item."""
    out: dict[str, object] = {}
    if isinstance(value, dict):
        for k, v in value.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(value, list):
        if not value:
            out[prefix] = []
        for i, v in enumerate(value):
            out.update(flatten(v, f"{prefix}.{i}"))
    else:
        out[prefix] = value
    return out


def compare(path: Path) -> tuple[int, int, list[str]]:
    expected = flatten(json.loads(_expected(path).read_text(encoding="utf-8")))
    got = flatten(parse(read_raw(path)).dump())
    keys = sorted(set(expected) | set(got))
    wrong = [k for k in keys if expected.get(k) != got.get(k)]
    return len(keys) - len(wrong), len(keys), wrong


@pytest.mark.parametrize("path", _cases(".docx"), ids=lambda p: p.name)
def test_docx_sample_is_exact(path: Path):
    ok, total, wrong = compare(path)
    assert not wrong, f"{path.name}: {ok}/{total}; first wrong: {wrong[:5]}"


PDF_TARGET = 0.98  # the goal; below it the case is an expected failure that prints its figures
PDF_FLOOR = 0.60  # below this the PDF was not understood at all: a real failure


@pytest.mark.slow
@pytest.mark.parametrize("path", _cases(".pdf"), ids=lambda p: p.name)
def test_pdf_sample_cells(path: Path):
    ok, total, wrong = compare(path)
    print(f"{path.name}: {ok}/{total} = {ok / total:.3f}")
    assert ok / total >= PDF_FLOOR, f"{path.name}: {ok}/{total}; first wrong: {wrong[:5]}"
    if ok / total < PDF_TARGET:
        pytest.xfail(f"{ok}/{total} cells right (< {PDF_TARGET}); first wrong: {wrong[:3]}")

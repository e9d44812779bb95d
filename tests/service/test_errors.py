"""The service's error table (service/api/errors.py) lists every code the HTTP routes answer
with, at the status they answer with: a code added without a row fails here."""

from __future__ import annotations

import re
from pathlib import Path

import extractors.errors
import service.api.errors

SERVICE = Path(service.api.errors.__file__).resolve().parents[1]


def _table() -> dict[str, set[str]]:
    rows: dict[str, set[str]] = {}
    for status, code in re.findall(r"^\| (\d{3}|4xx) \| `([^`]+)` \|",
                                   service.api.errors.__doc__ or "", re.M):
        rows.setdefault(code, set()).add(status)
    return rows


def _sources(*skip: str):
    for path in sorted(SERVICE.rglob("*.py")):
        if path.name not in skip:
            yield path, path.read_text(encoding="utf-8")


def test_every_api_error_is_in_the_table_with_its_status():
    table = _table()
    assert len(table) >= 20 and "multiple-files" in table and "too-many-parts" in table
    seen = 0
    for path, text in _sources():
        for status, code in re.findall(r"(?:ApiError|error_response)\(\s*(\d{3}),\s*\"([a-z0-9-]+)\"",
                                       text):
            seen += 1
            assert status in table.get(code, set()), f"{path.name}: {status} {code} not in the table"
    assert seen >= 20


def test_every_unreadable_file_the_service_raises_is_documented():
    # codes of files that cannot be read: the service's table, or the readers' own list
    readers = set(re.findall(r"[a-z][a-z-]+", (extractors.errors.UnreadableFile.__doc__ or "")
                             .split("`code` is stable")[1]))
    table = _table()
    for path, text in _sources("cli.py"):  # the CLI's own (not-found, io-error…) never reach HTTP
        for code in re.findall(r"UnreadableFile\(\s*\"([a-z0-9-]+)\"", text):
            assert code in table or code in readers, f"{path.name}: {code} undocumented"


def test_every_batch_row_code_is_named():
    doc = service.api.errors.__doc__ or ""
    rows = doc.split("Codes a batch row can carry")[1]
    for path, text in _sources():
        for code in re.findall(r"_error(?:_dict)?\(\s*\"([a-z0-9-]+)\"", text):
            assert f"`{code}`" in rows, f"{path.name}: batch row code {code} not named"

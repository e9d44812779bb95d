"""Sample documents read once per test session.

Several test files read the same sample documents (the 192 PDFs of samples/documents are read by
tests/extractors/test_pa1_samples.py and again by tests/test_samples_extraction.py; pdfplumber
makes each reading cost about a second).  `read_raw` here is `extractors.read_raw` with the
default Limits, computed once per (path, bytes hash) in this process; every caller gets its own
unpickled copy, so no test can see another's changes.  Only the reading is shared: the parsing,
the PA1 detection and the checks still run in each test, on the real code.

Nothing is written to disk: a session starts from the files as they are in the clone.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

import extractors

_READ_RAW = extractors.read_raw  # the real reader (extract() below swaps the module's for a while)
_RAW: dict[tuple[str, str], bytes] = {}


def _key(path: Path, data: bytes) -> tuple[str, str]:
    return str(Path(path).resolve()), hashlib.sha256(data).hexdigest()


def read_raw(path: Path, data: bytes | None = None) -> Any:
    """`extractors.read_raw(path.read_bytes())`, read once per session."""
    data = Path(path).read_bytes() if data is None else data
    key = _key(path, data)
    if key not in _RAW:
        _RAW[key] = pickle.dumps(_READ_RAW(data), protocol=pickle.HIGHEST_PROTOCOL)
    return pickle.loads(_RAW[key])


def extract(path: Path) -> Any:
    """`extractors.extract(path.read_bytes(), path.name)`, the real function, whose reading step
    (read_raw with the default Limits) comes from the session's cache."""
    from extractors.sniff import Limits

    data = Path(path).read_bytes()
    real = extractors.read_raw

    def cached(got: bytes, limits: Limits = Limits()) -> Any:
        if got is data and limits == Limits():
            return read_raw(path, data)
        return real(got, limits)

    extractors.read_raw = cached
    try:
        return extractors.extract(data, Path(path).name)
    finally:
        extractors.read_raw = real

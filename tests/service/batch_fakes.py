"""Stand-ins for `service.pipeline.review` that batch tests load in worker processes by name.

The worker imports `batch_fakes:review`; tests put this folder on `sys.path` (spawned workers
inherit it).  Behaviour is chosen by the file name, and every call is logged (one `O_APPEND`
line, atomic) to `$PA_REVIEW_FAKE_LOG` so tests can count reviews per file.
"""

from __future__ import annotations

import hashlib
import os
import time

from extractors.errors import UnreadableFile


def _log(event: str, name: str) -> None:
    path = os.environ.get("PA_REVIEW_FAKE_LOG")
    if path:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f"{event}\t{os.getpid()}\t{name}\n".encode("utf-8"))
        finally:
            os.close(fd)


class FakeReport:
    def __init__(self, name: str, data: bytes, rank: str | None):
        self.name, self.data, self.rank = name, data, rank

    def to_json(self) -> dict:
        findings = [
            {"rule": "indicator.no-target", "severity": "warning", "message_th": "ไม่มีค่าเป้าหมาย",
             "message_en": "No target", "location": {"part": "part1", "area": 1,
                                                      "field": "indicators", "index": 0},
             "excerpt": "=ร้อยละของนักเรียน", "suggestion_th": None, "details": {}},
            {"rule": "header.missing-field", "severity": "error", "message_th": "ไม่มีชื่อ",
             "message_en": "No name", "location": {"part": "header", "field": "name"},
             "excerpt": "", "suggestion_th": None, "details": {}},
        ]
        return {"schema": "pa-review/1", "file": self.name,
                "sha256": hashlib.sha256(self.data).hexdigest(),
                "document": {"header": {"name": "นางสาวสมศรี ใจดี", "rank": self.rank or "teacher",
                                        "school": "โรงเรียนบ้านหนองบัว"}},
                "expected_level": None, "findings": findings,
                "summary": {"errors": 1, "warnings": 1, "infos": 0}}


_WARM = False


def warm_up() -> float:
    """As service.pipeline.warm_up: pay the cold start ($PA_REVIEW_FAKE_COLD seconds) up front."""
    global _WARM
    if not _WARM:
        time.sleep(float(os.environ.get("PA_REVIEW_FAKE_COLD", "0")))
        _WARM = True
    return 0.0


def review(data: bytes, filename: str, *, rank=None, limits=None) -> FakeReport:
    _log("start", filename)
    warm_up()  # a cold process loads its models on the first review
    delay = float(os.environ.get("PA_REVIEW_FAKE_DELAY", "0"))
    if "hang" in filename:
        time.sleep(3600)
    if "corrupt" in filename:
        _log("end", filename)
        raise UnreadableFile("corrupt", "ไฟล์เสียหรือไม่สมบูรณ์", "The file is damaged.")
    if "boom" in filename:
        _log("end", filename)
        raise RuntimeError("a bug in a reader")
    if "hog" in filename:
        hog = bytearray(4096 * 1024 * 1024)  # far above the worker's RLIMIT_AS
        hog[0] = 1
    if "crash" in filename:
        os._exit(70)  # a worker that dies on this file every time
    time.sleep(delay)
    _log("end", filename)
    return FakeReport(filename, data, rank)

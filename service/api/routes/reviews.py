"""POST /api/v1/reviews: one file in, the contract's report JSON out."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from extractors.errors import UnreadableFile
from models.document import RankId
from service import pipeline
from service.api.deps import SettingsDep, Upload, read_upload, upload_openapi
from service.api.errors import ApiError, internal_unreadable
from service.report import Report

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["reviews"])

NO_STORE = {"Cache-Control": "no-store"}  # a report holds a teacher's name, school and salary band
RECENT_SECONDS = 15 * 60
RECENT_MAX = 64


class RecentReports:
    """The last reports, in memory only, so the page can download its HTML report by sha256.

    Bounded in size and age; never written to disk.
    """

    def __init__(self, max_items: int = RECENT_MAX, seconds: float = RECENT_SECONDS) -> None:
        self.max_items, self.seconds = max_items, seconds
        self._items: OrderedDict[str, tuple[float, Report]] = OrderedDict()

    def put(self, report: Report) -> None:
        self._items[report.sha256] = (time.monotonic(), report)
        self._items.move_to_end(report.sha256)
        while len(self._items) > self.max_items:
            self._items.popitem(last=False)

    def get(self, sha256: str) -> Report | None:
        entry = self._items.get(sha256)
        if entry is None or time.monotonic() - entry[0] > self.seconds:
            self._items.pop(sha256, None)
            return None
        return entry[1]


def parse_rank(value: str | None) -> RankId | None:
    """The optional `rank` form field: blank (or only spaces) is no rank; else a rank id."""
    if not value or not value.strip():
        return None
    try:
        return RankId(value.strip())
    except ValueError:
        raise ApiError(422, "invalid-rank", "วิทยฐานะที่ระบุไม่ถูกต้อง",
                       "Unknown rank: use one of " + ", ".join(r.value for r in RankId) + ".") from None


async def in_worker(request: Request, func: Callable[..., Any], *args: Any) -> Any:
    """Blocking review work in a worker thread, bounded by the app's limiter. Any unexpected
    error is the file's 4xx (never a 500, never a traceback in the answer)."""
    try:
        return await anyio.to_thread.run_sync(lambda: func(*args), limiter=request.app.state.limiter)
    except (UnreadableFile, ApiError):
        raise
    except Exception as exc:  # noqa: BLE001
        log.error("review failed with %s", type(exc).__name__)
        raise internal_unreadable() from None


async def review_upload(request: Request, upload: Upload) -> Report:
    rank = parse_rank(upload.fields.get("rank"))
    limits = request.app.state.settings.limits()
    pool = request.app.state.review_pool
    if pool is not None:
        try:
            report = await pool.review(upload.data, upload.filename, rank, limits)
        except (UnreadableFile, ApiError):
            raise
        except Exception as exc:  # noqa: BLE001
            log.error("review failed with %s", type(exc).__name__)
            raise internal_unreadable() from None
    else:
        report = await in_worker(
            request, lambda: pipeline.review(upload.data, upload.filename, rank=rank, limits=limits))
    request.app.state.recent.put(report)
    return report


@router.post("/reviews", summary="Review one PA1 (multipart field `file`; optional `rank`)",
             openapi_extra=upload_openapi())
async def create_review(request: Request, settings: SettingsDep) -> JSONResponse:
    upload = await read_upload(request, settings)
    report = await review_upload(request, upload)
    return JSONResponse(report.to_json(), headers=NO_STORE)

"""The trainer workbench: GET /trainer, GET /trainer/handout and its small JSON API.

- POST /api/v1/trainer/analyse  {"text", "as", "rank", "area", "classroom_type"} (the check-text body) → the
  check-text object plus `highlights`, `rules` and `reading` (service.trainer.analyse);
- GET  /api/v1/trainer/ladder/{key}  key = 1.1 … 3.3 or `challenge`;
- GET  /api/v1/trainer/gallery?rule=RULE_ID  examples with their findings computed live.

A short indicator or outcome is answered on the event loop once the models are warm (well under
a millisecond, see benchmarks/check_text_latency.py); anything longer, and challenges, run in a
worker thread bounded by the trainer's own limiter, so a busy review queue never makes typing
lag.  Nothing is stored or logged.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any, Callable

import anyio
import anyio.to_thread
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from service import trainer
from service.api.errors import ApiError
from service.api.schemas import CheckTextIn
from service.render.common import AREAS, SEVERITIES
from service.render.html import environment

log = logging.getLogger(__name__)
router = APIRouter(tags=["trainer"])
TRAINER_THREADS = 4
INLINE_MAX_CHARS = 400  # an indicator or outcome this short is answered on the event loop


async def _run(request: Request, func: Callable[[], Any]) -> Any:
    state = request.app.state
    limiter = getattr(state, "trainer_limiter", None)
    if limiter is None:
        limiter = state.trainer_limiter = anyio.CapacityLimiter(TRAINER_THREADS)
    try:
        return await anyio.to_thread.run_sync(func, limiter=limiter)
    except ApiError:
        raise
    except Exception as exc:  # noqa: BLE001 - never a 500, never the text in a log
        log.error("trainer analysis failed with %s", type(exc).__name__)
        raise _failed() from None


def _failed() -> ApiError:
    return ApiError(422, "analysis-failed", "วิเคราะห์ข้อความนี้ไม่สำเร็จ กรุณาลองแก้ข้อความแล้วส่งใหม่",
                    "The text could not be analysed: edit it and try again.")


# ---- pages

@cache
def page_data() -> dict[str, Any]:
    """What the page script needs: ranks, levels, items, rules, areas, severities (Thai/English)."""
    from models.rubric import items, levels, ranks
    from models.rubric.ladder import FILING_RANKS, ladder_keys

    return {
        "ranks": [{"id": r.id.value, "th": r.th, "salary_band": r.salary_band,
                   "level": r.level.value,
                   "filing": r.id in FILING_RANKS} for r in ranks().values()],
        "levels": [{"id": lv.id.value, "th": lv.th, "en": lv.en} for lv in levels().values()],
        "items": [{"code": it.code, "th": it.th, "en": it.en} for it in items().values()],
        "ladder_keys": list(ladder_keys()),
        "rules": [{"id": r["id"], "title_th": r["title_th"], "title_en": r["title_en"],
                   "severity": r["severity"]} for r in trainer.handout_rules()],
        "areas": {str(k): v for k, v in AREAS.items()},
        "starters": _starters(),
        "severities": {k.value: v for k, v in SEVERITIES.items()},
    }


def _starters() -> list[dict[str, Any]]:
    """Weak indicators/outcomes of the gallery, one more each time a rule is new, to start with."""
    from models.rubric.gallery import gallery

    out, seen = [], set()
    for ex in gallery():
        new = set(ex.expect) - seen
        if ex.as_ == "challenge" or not new:
            continue
        seen |= set(ex.expect)
        out.append({"text": ex.text, "as": ex.as_, "area": ex.area, "rule": " ".join(ex.expect)})
    return out


@router.get("/trainer", response_class=HTMLResponse, include_in_schema=False)
async def trainer_page(request: Request, mode: str | None = None) -> HTMLResponse:
    html = environment().get_template("trainer.html").render(
        data=page_data(), workshop=(mode == "workshop"))
    return HTMLResponse(html, headers={"Cache-Control": "no-store"})


@router.get("/trainer/handout", response_class=HTMLResponse, include_in_schema=False)
async def trainer_handout(request: Request) -> HTMLResponse:
    rules = trainer.handout_rules()
    families = []
    for r in rules:
        if not families or families[-1]["family"] != r["family"]:
            families.append({"family": r["family"], "rules": []})
        families[-1]["rules"].append(r)
    html = environment().get_template("trainer_handout.html").render(
        families=families, count=len(rules), severities={k.value: v for k, v in SEVERITIES.items()})
    return HTMLResponse(html)


# ---- API

@router.post("/api/v1/trainer/analyse")
async def analyse(request: Request, body: CheckTextIn) -> dict:
    def work() -> dict:
        return trainer.analyse(body.text, body.as_, rank=body.rank, area=body.area,
                               classroom_type=body.classroom_type)

    if body.as_ != "challenge" and len(body.text) <= INLINE_MAX_CHARS and \
            getattr(request.app.state, "warm", False):
        # A short statement on warm models takes a fraction of a millisecond: answering on the
        # event loop saves the thread hop, whose GIL hand-over costs up to the 5 ms switch
        # interval when the server is busy (the p95 of typing over HTTP).
        return _inline(work)
    return await _run(request, work)


def _inline(func: Callable[[], Any]) -> Any:
    try:
        return func()
    except Exception as exc:  # noqa: BLE001 - never a 500, never the text in a log
        log.error("trainer analysis failed with %s", type(exc).__name__)
        raise _failed() from None


@router.get("/api/v1/trainer/ladder/{key}")
async def ladder(request: Request, key: str) -> dict:
    from models.rubric.ladder import ladder_keys

    if key not in ladder_keys():
        raise ApiError(404, "unknown-item", "ไม่พบรายการนี้ (ใช้ 1.1 ถึง 3.3 หรือ challenge)",
                       "Unknown item: use 1.1 to 3.3 or `challenge`.")
    return await _run(request, lambda: trainer.ladder_data(key))


@router.get("/api/v1/trainer/gallery")
async def gallery(request: Request, rule: str | None = Query(default=None, max_length=80)) -> dict:
    return {"examples": await _run(request, lambda: trainer.gallery_data(rule))}

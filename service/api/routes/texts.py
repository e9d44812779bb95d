"""POST /api/v1/check-text: one indicator, outcome or challenge statement checked alone."""

from __future__ import annotations

from fastapi import APIRouter, Request

from service import pipeline
from service.api.routes.reviews import in_worker
from service.api.schemas import CheckTextIn, CheckTextOut

router = APIRouter(prefix="/api/v1", tags=["texts"])


@router.post("/check-text", response_model=CheckTextOut)
async def check_text(request: Request, body: CheckTextIn) -> dict:
    return await in_worker(request, lambda: pipeline.check_text(
        body.text, body.as_, rank=body.rank, area=body.area, classroom_type=body.classroom_type))

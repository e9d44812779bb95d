"""GET /: the page for teachers and supervisors."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from service.render.common import AREAS, FIELDS, GATE_RULES, ITEMS, PARTS, SEVERITIES
from service.render.html import environment

router = APIRouter(tags=["web"])

# The page loads only its own scripts; inline <style> blocks are allowed, inline scripts are not.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _has_template(name: str) -> bool:
    try:
        environment().get_template(name)
        return True
    except Exception:  # noqa: BLE001 - TemplateNotFound or a broken partial: leave it out
        return False


@cache
def page_labels() -> dict:
    """Thai/English labels the page script needs, from the same tables the renderers use."""
    try:
        from models.rubric import levels
        level_names = {k.value: [v.th, v.en] for k, v in levels().items()}
    except Exception:  # noqa: BLE001 - the page still works without level names
        level_names = {}
    try:
        from models.rubric.catalog import rules
        rule_titles = {rid: [r.title_th, r.title_en] for rid, r in rules().items()}
    except Exception:  # noqa: BLE001 - without titles the batch table shows rule ids
        rule_titles = {}
    # `part_order` because the page's JSON goes through Jinja's tojson, which sorts keys.
    return {"parts": PARTS, "part_order": list(PARTS),
            "areas": {str(k): v for k, v in AREAS.items()}, "items": ITEMS,
            "fields": FIELDS, "severities": {k.value: v for k, v in SEVERITIES.items()},
            "levels": level_names, "rules": rule_titles, "gate_rules": list(GATE_RULES)}


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def index(request: Request) -> HTMLResponse:
    settings = request.app.state.settings
    has_batch = _has_template("_batch.html")
    html = environment().get_template("index.html").render(
        max_upload_mb=settings.max_upload_mb, has_batch=has_batch,
        has_batch_js=files("service").joinpath("web/static/batch.js").is_file(),
        has_trainer=request.app.state.has_trainer, labels=page_labels())
    return HTMLResponse(html, headers={"Cache-Control": "no-store", **PAGE_HEADERS})


@router.get("/favicon.ico", include_in_schema=False)
async def favicon() -> Response:
    """No icon: 204, so browsers stop asking and no page logs a 404 in its console."""
    return Response(status_code=204, headers={"Cache-Control": "public, max-age=86400"})


@router.get("/healthz", include_in_schema=False)
async def healthz(request: Request) -> dict:
    """`warm`: the readers and models are loaded, so a review answers at full speed."""
    return {"status": "ok", "warm": bool(getattr(request.app.state, "warm", False))}

"""`create_app(settings=None) -> FastAPI`: routers, error handlers, static files, lifespan.

No module-level app: `uvicorn --factory service.api.app:create_app` or `pa-review serve`.
"""

from __future__ import annotations

import importlib
import logging
import threading
from contextlib import asynccontextmanager
from importlib.resources import files

import anyio
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from service import pipeline
from service.api import errors
from service.api.deps import JsonBodyLimit
from service.api.pool import ReviewPool
from service.api.routes import annotate, reviews, texts, web
from service.settings import Settings, get_settings

log = logging.getLogger(__name__)


def _optional(module: str):
    """A module another part of the service provides, or None while it does not exist yet."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    batch_module = _optional("service.batch")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.batches = None
        if settings.warm_up:  # in the background: the server answers at once
            def warm() -> None:
                seconds = pipeline.warm_up()
                if app.state.review_pool is not None:
                    app.state.review_pool.wait_ready()
                app.state.warm = True
                log.info("warm-up done in %.1f s", seconds)
            threading.Thread(target=warm, name="pa-review-warm-up", daemon=True).start()
        else:
            app.state.warm = True
        if app.state.review_pool is not None:
            app.state.review_pool.start()
        if batch_module is not None and hasattr(batch_module, "BatchService"):
            app.state.batches = batch_module.BatchService(settings)
            app.state.batches.start()
        try:
            yield
        finally:
            if app.state.batches is not None:
                app.state.batches.stop()
            if app.state.review_pool is not None:
                app.state.review_pool.stop()

    # No /docs or /redoc: their pages load scripts from a CDN, and schools may be offline.
    # The schema itself is served at /api/v1/openapi.json.
    app = FastAPI(title="pa-review", version="1", lifespan=lifespan,
                  description="ตรวจแบบข้อตกลงในการพัฒนางาน (PA1) / PA1 reviewer",
                  docs_url=None, redoc_url=None, openapi_url="/api/v1/openapi.json")
    app.state.settings = settings
    app.state.limiter = anyio.CapacityLimiter(max(2, settings.workers * 2))
    app.state.recent = reviews.RecentReports()
    app.state.batches = None
    app.state.warm = False
    app.state.review_pool = ReviewPool(settings.review_processes) if settings.review_processes else None
    errors.install(app)
    app.add_middleware(JsonBodyLimit, paths=("/api/v1/check-text", "/api/v1/reports/html"),
                       max_bytes=settings.max_upload_bytes)

    for router_module in (reviews, texts, annotate, web):
        app.include_router(router_module.router)
    batches = _optional("service.api.routes.batches")
    if batches is not None:
        app.include_router(batches.router)
    trainer = _optional("service.api.routes.trainer")
    app.state.has_trainer = trainer is not None
    if trainer is not None:
        app.include_router(trainer.router)

    static = files("service").joinpath("web/static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app

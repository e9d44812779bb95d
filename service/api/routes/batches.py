"""Batches for supervisors: many files (or one zip) in, progress, a spreadsheet out.

POST /api/v1/batches                    multipart `files` (repeatable; documents or zips), optional
                                        `rank` and `keep` → 202 {"id", "token"} at once
GET  /api/v1/batches/{id}               progress and per-file summaries
GET  /api/v1/batches/{id}/report.xlsx   two sheets: files, findings
GET  /api/v1/batches/{id}/report.csv    one sheet (`?sheet=findings` for the findings)

The GETs need `Authorization: Bearer <token>`: 401 without it, 404 for an unknown id or a wrong
token (the same answer, compared in constant time; only a hash of the token is stored).
Uploads stream to a spool folder under data_dir with caps enforced as they arrive, so a large
zip never sits in memory.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from functools import partial
from pathlib import Path
from typing import Literal

import anyio.to_thread
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from extractors.errors import UnreadableFile
from service.api.errors import ApiError
from service.api.multipart import (SpoolFiles, field_too_large, read_multipart_into,
                                   storage_unavailable)
from service.api.routes.reviews import parse_rank
from service.batch import BatchService
from service.inputs import iter_uploads
from service.render.table import csv_bytes, xlsx_bytes

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/batches", tags=["batches"])

FORM_OVERHEAD = 1024 * 1024
MAX_FIELD_BYTES = 1024
NO_STORE = {"Cache-Control": "no-store"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _service(request: Request) -> BatchService:
    service = getattr(request.app.state, "batches", None)
    if service is None:
        raise ApiError(503, "batches-unavailable", "ระบบตรวจเป็นชุดยังไม่พร้อมใช้งาน กรุณาลองใหม่ภายหลัง",
                       "Batch review is not available right now: try again later.")
    return service


def _authorised(request: Request, batch_id: str) -> BatchService:
    service = _service(request)
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, headers={"WWW-Authenticate": "Bearer"}, detail={
            "message_th": "ต้องส่งรหัสของชุดไฟล์ (Authorization: Bearer <token>) ที่ได้ตอนอัปโหลด",
            "message_en": "Send the batch token you received at upload "
                          "(Authorization: Bearer <token>)."})
    if not service.check_token(batch_id, token):
        raise ApiError(404, "batch-not-found", "ไม่พบชุดไฟล์นี้ (รหัสไม่ถูกต้องหรือหมดอายุแล้ว)",
                       "No such batch: the id or token is wrong, or the results have expired.")
    return service


def _too_large(max_bytes: int) -> UnreadableFile:
    mb = max_bytes / (1024 * 1024)
    return UnreadableFile("too-large", f"ชุดไฟล์ที่อัปโหลดมีขนาดรวมเกิน {mb:g} MB ที่ระบบรับได้",
                          f"The batch upload is larger than the {mb:g} MB limit.", status=413)


def _too_many_files(limit: int) -> ApiError:
    return ApiError(413, "too-many-files",
                    f"อัปโหลดไฟล์มากเกินไปในชุดเดียว (รับได้ไม่เกิน {limit:,} ไฟล์) "
                    "ระบบจึงไม่ได้รับไฟล์ใดไว้ กรุณาแบ่งส่งเป็นหลายชุด",
                    f"Too many files in one batch (at most {limit:,}), so nothing was accepted: "
                    "split them into several batches.")


def _too_many_parts(limit: int) -> ApiError:
    """413, the batch sibling of the one-file routes' `too-many-parts`: every part counts (files,
    form fields, nameless parts), refused as the part past the limit begins."""
    return ApiError(413, "too-many-parts",
                    f"คำขอนี้มีไฟล์และช่องข้อมูลรวมกันเกิน {limit:,} ส่วนที่ระบบรับได้ในชุดเดียว "
                    "ระบบจึงไม่ได้รับไฟล์ใดไว้ กรุณาแบ่งส่งเป็นหลายชุด",
                    f"The upload has more than {limit:,} parts (files and form fields together), "
                    "the most one batch accepts, so nothing was accepted: split it into several "
                    "batches.")


async def _spool(request: Request, service: BatchService, spool: Path
                 ) -> tuple[list[tuple[str, Path]], dict[str, str]]:
    """Stream the multipart body: file parts to files in `spool`, small fields to memory."""
    config = service.config
    sink = SpoolFiles(spool, max_files=config.max_batch_files,
                      max_field_bytes=MAX_FIELD_BYTES,
                      too_many=partial(_too_many_files, config.max_batch_files),
                      field_too_large=field_too_large, max_parts=config.parts_limit,
                      too_many_parts=partial(_too_many_parts, config.parts_limit))
    await read_multipart_into(request, sink, max_body=config.max_batch_bytes + FORM_OVERHEAD,
                              too_large=partial(_too_large, config.max_batch_bytes),
                              field_name="files")
    return sink.saved, sink.fields


@router.post("", status_code=202, summary="Start a batch (multipart `files`: documents or a zip)")
async def create_batch(request: Request) -> JSONResponse:
    service = _service(request)
    incoming = service.config.data_dir / "incoming"
    try:
        incoming.mkdir(parents=True, exist_ok=True)
        spool = Path(tempfile.mkdtemp(dir=incoming))
    except OSError as exc:  # the server's disk, not the sender's file: never "save it again"
        log.error("batch spool unavailable: %s", type(exc).__name__)
        raise storage_unavailable() from None
    try:
        saved, fields = await _spool(request, service, spool)
        rank_id = parse_rank(fields.get("rank"))
        rank = rank_id.value if rank_id is not None else None
        keep = fields.get("keep", "").strip().lower() in ("1", "true", "on", "yes")
        if not saved:
            raise ApiError(422, "no-file", "ไม่พบไฟล์ที่อัปโหลด กรุณาเลือกไฟล์ .docx .pdf หรือ .zip",
                           "No file was uploaded: send .docx, .pdf or .zip files in the "
                           "multipart field `files`.")
        limits = service.config.input_limits()
        try:
            created = await anyio.to_thread.run_sync(
                lambda: service.submit_items(iter_uploads(saved, limits), rank=rank,
                                             keep_files=keep))
        except (OSError, sqlite3.Error) as exc:  # storing the batch failed (submit kept nothing)
            log.error("batch store failed: %s", type(exc).__name__)
            raise storage_unavailable() from None
    finally:
        shutil.rmtree(spool, ignore_errors=True)
    return JSONResponse(created.model_dump(), status_code=202, headers=NO_STORE)


@router.get("/{batch_id}", summary="Progress and per-file summaries (Bearer token)")
async def batch_status(batch_id: str, request: Request) -> JSONResponse:
    service = _authorised(request, batch_id)
    status = await anyio.to_thread.run_sync(lambda: service.status(batch_id))
    if status is None:
        raise ApiError(404, "batch-not-found", "ไม่พบชุดไฟล์นี้ (รหัสไม่ถูกต้องหรือหมดอายุแล้ว)",
                       "No such batch: the id or token is wrong, or the results have expired.")
    return JSONResponse(status.model_dump(mode="json"), headers=NO_STORE)


async def _rows(request: Request, batch_id: str):
    service = _authorised(request, batch_id)
    files = await anyio.to_thread.run_sync(lambda: service.results(batch_id))
    if files is None:
        raise ApiError(404, "batch-not-found", "ไม่พบชุดไฟล์นี้ (รหัสไม่ถูกต้องหรือหมดอายุแล้ว)",
                       "No such batch: the id or token is wrong, or the results have expired.")
    return files


@router.get("/{batch_id}/report.xlsx", summary="The batch as an Excel workbook (Bearer token)")
async def batch_xlsx(batch_id: str, request: Request) -> Response:
    files = await _rows(request, batch_id)
    body = await anyio.to_thread.run_sync(lambda: xlsx_bytes(files))
    return Response(body, media_type=XLSX, headers={
        **NO_STORE, "Content-Disposition": f'attachment; filename="pa-review-{batch_id}.xlsx"'})


@router.get("/{batch_id}/report.csv", summary="The batch as CSV, UTF-8 with BOM (Bearer token)")
async def batch_csv(batch_id: str, request: Request,
                    sheet: Literal["files", "findings"] = "files") -> Response:
    files = await _rows(request, batch_id)
    body = await anyio.to_thread.run_sync(lambda: csv_bytes(files, sheet))
    suffix = "" if sheet == "files" else "-findings"
    return Response(body, media_type="text/csv; charset=utf-8", headers={
        **NO_STORE,
        "Content-Disposition": f'attachment; filename="pa-review-{batch_id}{suffix}.csv"'})

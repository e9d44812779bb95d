"""The teacher's DOCX back with Word comments, and the report as a downloadable HTML page."""

from __future__ import annotations

import re
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from extractors.sniff import detect_format
from service.annotate import annotate_docx
from service.api.deps import SettingsDep, read_upload, upload_openapi
from service.api.errors import ApiError
from service.api.routes.reviews import NO_STORE, in_worker, review_upload
from service.render.html import render_html
from service.report import Report

router = APIRouter(prefix="/api/v1", tags=["annotate"])

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def attachment(filename: str) -> str:
    """Content-Disposition for a (possibly Thai) file name: ASCII fallback + RFC 5987 UTF-8."""
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", filename).strip("_") or "pa-review"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


# "-ผลการตรวจ" this route added before, and the " (1)" a browser adds to a second download.
_REVIEWED_SUFFIX = re.compile(r"(?:-ผลการตรวจ(?:\s*\(\d+\))?)+$")


def _stem(filename: str) -> str:
    """The upload's name without its extension, nor the suffix an earlier review gave it (a
    teacher uploads the reviewed copy again after fixing it)."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return _REVIEWED_SUFFIX.sub("", stem) or stem or "pa1"


def pdf_refused() -> ApiError:
    return ApiError(415, "pdf-no-comments",
                    "ไฟล์ PDF ใส่ความเห็นแบบ Word ไม่ได้ กรุณาดาวน์โหลดรายงานผลการตรวจ (HTML) แทน "
                    "หรืออัปโหลดไฟล์ต้นฉบับ .docx",
                    "A PDF cannot carry Word comments: download the HTML report instead, or upload "
                    "the original .docx.")


@router.post("/annotate", summary="The uploaded DOCX with every finding as a Word comment",
             openapi_extra=upload_openapi())
async def annotate(request: Request, settings: SettingsDep) -> Response:
    upload = await read_upload(request, settings)
    if b"%PDF-" in upload.data[:1024]:  # before any reading: the answer is the same, good PDF or not
        raise pdf_refused()
    detect_format(upload.data, settings.limits())
    report = await review_upload(request, upload)
    out = await in_worker(request, lambda: annotate_docx(upload.data, report))
    return Response(out, media_type=DOCX_TYPE, headers={
        "Content-Disposition": attachment(f"{_stem(upload.filename)}-ผลการตรวจ.docx"),
        "X-PA-Review-Findings": str(len(report.findings)), **NO_STORE,
    })


def _html(report: Report) -> HTMLResponse:
    return HTMLResponse(render_html(report), headers={
        "Content-Disposition": attachment(f"{_stem(report.file)}-ผลการตรวจ.html"),
        # a standalone page: no scripts at all, its own inline CSS
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
        "X-Content-Type-Options": "nosniff", **NO_STORE})


@router.post("/reports/html", summary="The report as an HTML page: multipart `file`, or a report JSON")
async def report_html(request: Request, settings: SettingsDep) -> HTMLResponse:
    if request.headers.get("content-type", "").startswith("application/json"):
        raw = await request.body()
        if len(raw) > settings.max_upload_bytes:
            raise ApiError(413, "too-large", "รายงานมีขนาดใหญ่เกินไป", "The report is too large.")
        try:
            report = Report.model_validate_json(raw)
        except ValidationError:
            raise ApiError(422, "invalid-report", "ข้อมูลรายงานไม่ถูกต้อง (ต้องเป็น JSON pa-review/1)",
                           "The body is not a valid pa-review/1 report.") from None
        return _html(report)
    upload = await read_upload(request, settings)
    return _html(await review_upload(request, upload))


@router.get("/reviews/{sha256}/report.html", summary="HTML report of a file reviewed in the last minutes")
async def recent_report_html(request: Request, sha256: str) -> HTMLResponse:
    report = request.app.state.recent.get(sha256.lower())
    if report is None:
        raise ApiError(404, "report-expired",
                       "ไม่พบรายงานนี้แล้ว (ระบบเก็บไว้ในหน่วยความจำเพียงชั่วครู่) กรุณาอัปโหลดไฟล์อีกครั้ง",
                       "This report is no longer held (reports are kept in memory only briefly): "
                       "upload the file again.")
    return _html(report)

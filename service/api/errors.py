"""Errors as JSON `{"error": {code, message_th, message_en}}`; a bad file is never a 500.

No handler echoes request input back: it could be document content.

The service's own codes (stable: extend, never rename; the readers' codes for a file they cannot
read, `corrupt`, `not-docx`, `scanned`, …, are listed in extractors/errors.py):

| status | code | when |
|---|---|---|
| 400 | `bad-multipart` | the multipart body is malformed |
| 400 | `incomplete-upload` | the body ended before its closing boundary; nothing was kept |
| 400 | `empty` | the file has no bytes, or a batch holds no .docx/.pdf |
| 401 | `http-401` | a batch route without `Authorization: Bearer <token>` |
| 404 | `batch-not-found` | unknown batch id, wrong token, or expired |
| 404 | `report-expired` | the HTML report of a recent review is no longer held |
| 404 | `unknown-item` | the trainer's ladder for an unknown item |
| 413 | `too-large` | a file, a batch or a JSON body over its size limit |
| 413 | `field-too-large` | a form field (not a file) over its limit |
| 413 | `too-many-parts` | more multipart parts than the route takes (20 on the one-file routes; `max_batch_parts`, default `max_batch_files` + 16, on /batches) |
| 413 | `too-many-files` | a batch with more files or documents than `max_batch_files` |
| 413 | `zip-bomb` | a batch zip that unpacks abnormally large or into too many entries |
| 415 | `not-multipart` | an upload route sent anything but multipart/form-data with a boundary |
| 415 | `pdf-no-comments` | /annotate was sent a PDF |
| 422 | `no-file` | no file part in the upload |
| 422 | `multiple-files` | more than one file part on a one-file route (/reviews, /annotate, /reports/html): none is reviewed; /batches takes many |
| 422 | `invalid-rank` | `rank` is not a rank id (blank is no rank) |
| 422 | `invalid-request` | a JSON body or query that fails validation |
| 422 | `invalid-report` | /reports/html was sent JSON that is not a pa-review/1 report |
| 422 | `internal` | reviewing an upload failed unexpectedly (an upload never gets a 500) |
| 422 | `analysis-failed` | the trainer's analysis failed unexpectedly |
| 500 | `internal` | any other request failed unexpectedly (a bug; logged without content) |
| 503 | `batches-unavailable` | the batch service is not running |
| 507 | `storage-unavailable` | the server could not store a batch upload (disk full, no spool folder, the batch store failing); nothing was kept |
| 4xx | `http-<status>` | any other HTTP error: unknown route (404), method (405), a JSON body that cannot be read (400: not UTF-8, nested too deep) |

Codes a batch row can carry besides the readers': `too-large`, `unsafe-name` (zip-slip),
`encrypted`, `corrupt`, `zip-in-zip` (a zip inside a zip, not opened), `unsupported-type` (a PA1
sent as .doc, .odt, .rtf or a photo inside a zip or folder: said, not dropped), `timeout`,
`internal`.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from extractors.errors import UnreadableFile

log = logging.getLogger(__name__)

_HTTP_MESSAGES = {
    400: ("คำขอไม่ถูกต้อง", "Bad request."),
    401: ("ต้องยืนยันตัวตนก่อน", "Authentication required."),
    403: ("ไม่มีสิทธิ์เข้าถึง", "Forbidden."),
    404: ("ไม่พบสิ่งที่ร้องขอ", "Not found."),
    405: ("ไม่รองรับวิธีเรียกนี้", "Method not allowed."),
    413: ("ไฟล์หรือคำขอมีขนาดใหญ่เกินไป", "The upload is too large."),
    415: ("ไม่รองรับชนิดข้อมูลนี้", "Unsupported media type."),
}

_BODY_UNREADABLE = "There was an error parsing the body"  # FastAPI's 400 for a JSON body


class ApiError(Exception):
    """An error the API answers with a Thai + English message."""

    def __init__(self, status: int, code: str, message_th: str, message_en: str) -> None:
        super().__init__(f"{code}: {message_en}")
        self.status, self.code, self.message_th, self.message_en = status, code, message_th, message_en


def error_body(code: str, message_th: str, message_en: str, **extra) -> dict:
    return {"error": {"code": code, "message_th": message_th, "message_en": message_en, **extra}}


def error_response(status: int, code: str, message_th: str, message_en: str, **extra) -> JSONResponse:
    return JSONResponse(error_body(code, message_th, message_en, **extra), status_code=status)


def unreadable_response(err: UnreadableFile) -> JSONResponse:
    status = err.status if 400 <= err.status < 500 else 422
    return error_response(status, err.code, err.message_th, err.message_en)


def internal_unreadable() -> UnreadableFile:
    return UnreadableFile(
        "internal",
        "ระบบตรวจไฟล์นี้ไม่สำเร็จเนื่องจากข้อผิดพลาดภายใน กรุณาบันทึกไฟล์ใหม่ (Save As .docx หรือ PDF) แล้วลองอีกครั้ง",
        "The file could not be reviewed because of an internal error. Save it again "
        "(Save As .docx or PDF) and try once more.",
        status=422,
    )


def _is_upload(request: Request) -> bool:
    return request.method == "POST" and "multipart/" in request.headers.get("content-type", "")


def install(app: FastAPI) -> None:
    @app.exception_handler(UnreadableFile)
    async def _unreadable(request: Request, exc: UnreadableFile) -> JSONResponse:
        return unreadable_response(exc)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message_th, exc.message_en)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = [{"loc": [str(x) for x in e.get("loc", ())], "type": e.get("type", "")}
                  for e in exc.errors()]
        return error_response(422, "invalid-request",
                              "ข้อมูลที่ส่งมาไม่ถูกต้องหรือไม่ครบ กรุณาตรวจสอบแล้วส่งใหม่",
                              "The request is invalid or incomplete: check it and send it again.",
                              fields=fields)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        th, en = _HTTP_MESSAGES.get(exc.status_code, ("เกิดข้อผิดพลาด", "Error."))
        if exc.status_code == 400 and exc.detail == _BODY_UNREADABLE:  # not UTF-8, nested too deep
            th, en = ("อ่านข้อมูลที่ส่งมาไม่ได้ กรุณาส่งเป็น JSON ที่เข้ารหัส UTF-8",
                      "The body could not be read: send it as JSON encoded in UTF-8.")
        if isinstance(exc.detail, dict) and "message_th" in exc.detail:
            th, en = exc.detail["message_th"], exc.detail.get("message_en", en)
        response = error_response(exc.status_code, f"http-{exc.status_code}", th, en)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled %s on %s %s", type(exc).__name__, request.method, request.url.path)
        if _is_upload(request):
            return unreadable_response(internal_unreadable())
        return error_response(500, "internal", "เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่อีกครั้ง",
                              "Internal error: please try again.")

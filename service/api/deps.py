"""Dependencies for the routes: settings, and uploads read into memory with the size cap enforced
while the body streams in (service/api/multipart.py: nothing is spooled to disk; nothing is
logged)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Annotated

from fastapi import Depends, Request

from extractors.errors import UnreadableFile
from service.api.errors import ApiError
from service.api.multipart import (MemoryParts, Part, field_too_large, is_blank_file,
                                   read_multipart_into)
from service.settings import Settings

MB = 1024 * 1024
FORM_OVERHEAD = 256 * 1024  # headers, boundaries and small form fields around the file
MAX_FIELD_BYTES = 64 * 1024  # any non-file form field
MAX_PARTS = 20


def upload_openapi(with_rank: bool = True) -> dict:
    """The multipart body of an upload route, for the OpenAPI schema (the body is read by hand)."""
    props: dict = {"file": {"type": "string", "format": "binary",
                            "description": "PA1 as .docx or .pdf / แบบ PA1 (.docx หรือ .pdf)"}}
    if with_rank:
        props["rank"] = {"type": "string", "enum": ["assistant", "teacher", "professional",
                                                    "senior_professional", "expert", "senior_expert"],
                         "description": "overrides the rank written in the file"}
    return {"requestBody": {"required": True, "content": {"multipart/form-data": {
        "schema": {"type": "object", "required": ["file"], "properties": props}}}}}


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def too_large(max_bytes: int) -> UnreadableFile:
    mb = max_bytes / MB
    return UnreadableFile("too-large", f"ไฟล์มีขนาดใหญ่เกิน {mb:g} MB ที่ระบบรับได้",
                          f"The file is larger than the {mb:g} MB limit.", status=413)


def no_file(field_name: str) -> ApiError:
    return ApiError(422, "no-file", "ไม่พบไฟล์ที่อัปโหลด กรุณาเลือกไฟล์ .docx หรือ .pdf",
                    f"No file was uploaded: send a .docx or .pdf in the multipart field `{field_name}`.")


@dataclass
class Upload:
    """One uploaded file held in memory, plus the small text fields sent with it."""

    filename: str
    data: bytes
    content_type: str
    fields: dict[str, str]
    files: list[Part]


def too_many_parts() -> ApiError:
    return ApiError(413, "too-many-parts", "ส่งไฟล์หรือข้อมูลมากเกินไปในคำขอเดียว",
                    "Too many parts in one request.")


def multiple_files() -> ApiError:
    """422, the sibling of `no-file`: these routes review one file per request. A second file
    was never silently dropped for the first (which one did the sender mean?)."""
    return ApiError(422, "multiple-files",
                    "ส่งได้ครั้งละ 1 ไฟล์ แต่คำขอนี้มีมากกว่า 1 ไฟล์ ระบบจึงไม่ได้ตรวจไฟล์ใดเลย "
                    "กรุณาส่งทีละไฟล์ หรือหากต้องการตรวจหลายไฟล์พร้อมกัน ให้ใช้การตรวจเป็นชุด "
                    "(POST /api/v1/batches ช่อง files)",
                    "This route takes one file per request and this request carries more than "
                    "one, so none was reviewed: send the files one at a time, or use batch review "
                    "(POST /api/v1/batches, field `files`) for many.")


async def read_multipart(request: Request, max_file_bytes: int) -> tuple[list[Part], dict[str, str]]:
    """Parse a multipart body as it streams, refusing it (413) as soon as it grows too large, and
    (422 `multiple-files`) as soon as a second file part begins: one file per request here."""
    refuse = partial(too_large, max_file_bytes)
    sink = MemoryParts(max_file_bytes=max_file_bytes, max_field_bytes=MAX_FIELD_BYTES,
                       max_parts=MAX_PARTS, too_large=refuse, too_many=too_many_parts,
                       field_too_large=field_too_large, max_files=1,
                       too_many_files=multiple_files)
    await read_multipart_into(request, sink, max_body=max_file_bytes + FORM_OVERHEAD,
                              too_large=refuse, field_name="file")
    return sink.files, sink.fields


async def read_upload(request: Request, settings: Settings, field_name: str = "file") -> Upload:
    """The one file of the request (under any part name; a blank file part, a browser's empty
    file input, does not count): 422 `no-file` without one, 422 `multiple-files` with more."""
    files, fields = await read_multipart(request, settings.max_upload_bytes)
    files = [p for p in files if not is_blank_file(p)]
    if len(files) > 1:
        raise multiple_files()
    chosen = files[0] if files else None
    if chosen is None:
        raise no_file(field_name)
    return Upload(filename=chosen.filename or "upload", data=bytes(chosen.data),
                  content_type=chosen.content_type, fields=fields, files=files)


class JsonBodyLimit:
    """ASGI middleware: a JSON body on `paths` larger than `max_bytes` is refused with 413 while it
    streams in (uploads have their own limit in `read_multipart`)."""

    def __init__(self, app, *, paths: tuple[str, ...], max_bytes: int) -> None:
        self.app, self.paths, self.max_bytes = app, paths, max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope.get("path") not in self.paths:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if b"multipart/" in headers.get(b"content-type", b""):
            await self.app(scope, receive, send)
            return
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0
        refused = False

        async def limited_receive():
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    refused = True
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _BodyTooLarge:
            if refused:
                await self._refuse(send)

    async def _refuse(self, send) -> None:
        import json

        body = json.dumps({"error": {
            "code": "too-large", "message_th": "ข้อมูลที่ส่งมามีขนาดใหญ่เกินไป",
            "message_en": "The request body is too large."}}, ensure_ascii=False).encode("utf-8")
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(Exception):
    pass

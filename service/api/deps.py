"""Dependencies for the routes: settings, and uploads read into memory with the size cap enforced
while the body streams in (nothing is spooled to disk; nothing is logged)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from python_multipart.multipart import MultipartParser, parse_options_header

from extractors.errors import UnreadableFile
from service.api.errors import ApiError
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
class Part:
    name: str = ""
    filename: str | None = None
    content_type: str = ""
    data: bytearray = field(default_factory=bytearray)


@dataclass
class Upload:
    """One uploaded file held in memory, plus the small text fields sent with it."""

    filename: str
    data: bytes
    content_type: str
    fields: dict[str, str]
    files: list[Part]


async def read_multipart(request: Request, max_file_bytes: int) -> tuple[list[Part], dict[str, str]]:
    """Parse a multipart body as it streams, refusing it (413) as soon as it grows too large."""
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    if content_type != b"multipart/form-data" or b"boundary" not in params:
        raise ApiError(415, "not-multipart",
                       "ต้องส่งไฟล์แบบ multipart/form-data (ช่อง file)",
                       "Send the file as multipart/form-data (field `file`).")
    max_body = max_file_bytes + FORM_OVERHEAD  # one file per request on these routes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_body:
        raise too_large(max_file_bytes)  # refused before a byte of the body is read

    parts: list[Part] = []
    header_field, header_value = bytearray(), bytearray()
    state: dict[str, Part | None] = {"part": None}
    headers: dict[bytes, bytes] = {}
    failure: list[Exception] = []

    def on_part_begin() -> None:
        headers.clear()
        state["part"] = Part()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        headers[bytes(header_field).lower()] = bytes(header_value)
        header_field.clear()
        header_value.clear()

    def on_headers_finished() -> None:
        part: Part = state["part"]  # type: ignore[assignment]
        _, disp = parse_options_header(headers.get(b"content-disposition", b""))
        part.name = disp.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" in disp:
            part.filename = disp[b"filename"].decode("utf-8", "replace")
        part.content_type = headers.get(b"content-type", b"").decode("latin-1")
        if len(parts) >= MAX_PARTS:
            failure.append(ApiError(413, "too-many-parts", "ส่งไฟล์หรือข้อมูลมากเกินไปในคำขอเดียว",
                                    "Too many parts in one request."))

    def on_part_data(data: bytes, start: int, end: int) -> None:
        part: Part = state["part"]  # type: ignore[assignment]
        part.data.extend(data[start:end])
        cap = max_file_bytes if part.filename is not None else MAX_FIELD_BYTES
        if len(part.data) > cap and not failure:
            failure.append(too_large(max_file_bytes))

    def on_part_end() -> None:
        parts.append(state["part"])  # type: ignore[arg-type]

    parser = MultipartParser(params[b"boundary"], callbacks={
        "on_part_begin": on_part_begin, "on_part_data": on_part_data, "on_part_end": on_part_end,
        "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_headers_finished": on_headers_finished,
    })
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > max_body:
                raise too_large(max_file_bytes)
            parser.write(chunk)
            if failure:
                raise failure[0]
        parser.finalize()
    except (UnreadableFile, ApiError):
        raise
    except Exception:  # malformed multipart
        raise ApiError(400, "bad-multipart", "ข้อมูลที่ส่งมาเสียหรือไม่สมบูรณ์ กรุณาอัปโหลดใหม่",
                       "The upload is malformed or incomplete: please upload again.") from None
    if failure:
        raise failure[0]
    files = [p for p in parts if p.filename is not None]
    fields = {p.name: p.data.decode("utf-8", "replace") for p in parts if p.filename is None}
    return files, fields


async def read_upload(request: Request, settings: Settings, field_name: str = "file") -> Upload:
    files, fields = await read_multipart(request, settings.max_upload_bytes)
    chosen = next((p for p in files if p.name == field_name), None) or (files[0] if files else None)
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

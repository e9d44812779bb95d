"""One streaming multipart/form-data reader for the upload routes.

The body is parsed as it arrives (python_multipart's MultipartParser), so a size limit refuses it
(413) before the rest is read. What happens to each part is the sink's business: `MemoryParts`
keeps every part in memory (one PA1 per request), `SpoolFiles` writes file parts to a folder and
keeps only the small fields (batches of many files or a zip). The limits and the route's own
413 messages are passed in. A body is whole only once its closing boundary (`--boundary--`) has
been parsed: a body cut off before it is refused (400 `incomplete-upload`), so no route ever
sees a partial last part. Nothing is logged: parts may be document content.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import AsyncIterable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol
from urllib.parse import unquote_to_bytes

from fastapi import Request
from python_multipart.multipart import MultipartParser, parse_options_header

from extractors.errors import UnreadableFile
from service.api.errors import ApiError

Refusal = Callable[[], Exception]  # builds the ApiError/UnreadableFile a limit answers with

# The parser's own logger warns on every malformed body, quoting the byte it stopped at: the
# 400 already says so, and no byte of a body is logged. A logger of its own, enabled for nothing
# (not registered with logging, so no global setting changes).
_PARSER_LOG = logging.Logger("pa-review.multipart-parser", level=logging.CRITICAL + 1)


def not_multipart(field_name: str) -> ApiError:
    """415: "file" → "Send the file as …", "files" → "Send the files as …"."""
    return ApiError(415, "not-multipart", f"ต้องส่งไฟล์แบบ multipart/form-data (ช่อง {field_name})",
                    f"Send the {field_name} as multipart/form-data (field `{field_name}`).")


def bad_multipart() -> ApiError:
    return ApiError(400, "bad-multipart", "ข้อมูลที่ส่งมาเสียหรือไม่สมบูรณ์ กรุณาอัปโหลดใหม่",
                    "The upload is malformed or incomplete: please upload again.")


def incomplete_upload() -> ApiError:
    """400: the body ended (or the connection broke) before the closing boundary."""
    return ApiError(400, "incomplete-upload",
                    "การอัปโหลดถูกตัดขาดก่อนส่งข้อมูลครบ ระบบจึงไม่ได้รับไฟล์นี้ "
                    "กรุณาส่งใหม่อีกครั้ง",
                    "The upload was cut off before it was complete, so nothing was accepted: "
                    "please send it again.")


def field_too_large() -> ApiError:
    """413 for a form field (not a file) past its limit: a different fix from a large file."""
    return ApiError(413, "field-too-large",
                    "ข้อความในช่องของแบบฟอร์ม (ที่ไม่ใช่ไฟล์) ยาวเกินกว่าที่ระบบรับได้ "
                    "กรุณาตรวจสอบแล้วส่งใหม่",
                    "A form field (not the file) is longer than the service accepts: check it "
                    "and send it again.")


def storage_unavailable() -> ApiError:
    """507: the server could not store the upload (disk full, folder gone): not the sender's
    fault, so not `bad-multipart`; the sink is closed as failed, nothing partial is kept."""
    return ApiError(507, "storage-unavailable",
                    "ระบบไม่สามารถบันทึกไฟล์ที่อัปโหลดได้ในขณะนี้ (พื้นที่จัดเก็บไม่พอหรือขัดข้อง) "
                    "ไฟล์นี้ไม่ได้ถูกรับไว้ กรุณาลองใหม่ภายหลัง",
                    "The service could not store the upload just now (storage full or failing), "
                    "so nothing was accepted: please try again later.")


def file_name(raw: bytes) -> str:
    """A part's filename as text: UTF-8 (what browsers send), else cp874 (a legacy Thai client),
    else UTF-8 with U+FFFD marks; control characters (NUL, ESC, …) dropped, as no file name
    has them and spreadsheets refuse them."""
    for encoding in ("utf-8", "cp874"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("utf-8", "replace")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc")


_EXTENDED_FILENAME = re.compile(rb"""(?:^|;)\s*filename\*\s*=\s*"?[A-Za-z0-9_-]*'[^']*'([^";\s]*)""",
                                re.IGNORECASE)


def extended_file_name(disposition: bytes) -> str | None:
    """The RFC 5987 `filename*=UTF-8''…` of a Content-Disposition sent without a plain
    `filename` (some HTTP libraries do), which the header parser drops: without it the file
    would be taken for a form field. Percent-decoded, then read as `file_name` reads it."""
    match = _EXTENDED_FILENAME.search(disposition)
    return file_name(unquote_to_bytes(match.group(1))) if match else None


class PartSink(Protocol):
    """Where the parts go. `begin`/`write` may raise ApiError or UnreadableFile to refuse the
    upload; `close` runs once at the end, `failed` when the upload was refused or broke."""

    def begin(self, name: str, filename: str | None, content_type: str) -> None: ...

    def write(self, data: bytes) -> None: ...

    def end(self) -> None: ...

    def close(self, failed: bool) -> None: ...


async def read_multipart_into(request: Request, sink: PartSink, *, max_body: int,
                              too_large: Refusal, field_name: str) -> None:
    """Stream the request's multipart body into `sink` (see `stream_multipart`)."""
    await stream_multipart(request.headers.get("content-type", ""),
                           request.headers.get("content-length"), request.stream(), sink,
                           max_body=max_body, too_large=too_large, field_name=field_name)


async def stream_multipart(content_type: str, content_length: str | None,
                           chunks: AsyncIterable[bytes], sink: PartSink, *, max_body: int,
                           too_large: Refusal, field_name: str) -> None:
    """Parse a multipart body chunk by chunk into `sink`.

    415 `not-multipart` for another content type (naming `field_name`); `too_large()` when the
    declared length or the bytes received pass `max_body` (the declared length is refused before a
    byte is read); 400 `bad-multipart` for a malformed body; 400 `incomplete-upload` when the
    body ends, or the stream breaks, before the closing boundary (the sink is then closed as
    failed, so nothing partial is kept); the sink's own refusal otherwise.
    Reading stops at the first chunk after which a refusal is pending.
    """
    kind, params = parse_options_header(content_type)
    if kind != b"multipart/form-data" or b"boundary" not in params:
        raise not_multipart(field_name)
    if content_length and content_length.isdigit() and int(content_length) > max_body:
        raise too_large()

    header_field, header_value = bytearray(), bytearray()
    headers: dict[bytes, bytes] = {}
    failure: list[Exception] = []  # the first refusal; the rest of the chunk is parsed, not kept
    ended: list[bool] = []  # the parser's `end` event: the closing boundary was read

    def deliver(call: Callable[..., None], *args: object) -> None:
        if failure:
            return
        try:
            call(*args)
        except (ApiError, UnreadableFile) as exc:
            failure.append(exc)
        except OSError:  # the sink's disk, not the body: never reported as a malformed upload
            failure.append(storage_unavailable())

    def on_part_begin() -> None:
        headers.clear()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        headers[bytes(header_field).lower()] = bytes(header_value)
        header_field.clear()
        header_value.clear()

    def on_headers_finished() -> None:
        raw_disp = headers.get(b"content-disposition", b"")
        _, disp = parse_options_header(raw_disp)
        name = disp.get(b"name", b"").decode("utf-8", "replace")
        filename = file_name(disp[b"filename"]) if b"filename" in disp else \
            extended_file_name(raw_disp)
        deliver(sink.begin, name, filename, headers.get(b"content-type", b"").decode("latin-1"))

    def on_part_data(data: bytes, start: int, end: int) -> None:
        deliver(sink.write, data[start:end])

    def on_part_end() -> None:
        deliver(sink.end)

    def on_end() -> None:
        ended.append(True)

    callbacks = {
        "on_part_begin": on_part_begin, "on_part_data": on_part_data, "on_part_end": on_part_end,
        "on_end": on_end,
        "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_headers_finished": on_headers_finished,
    }
    try:
        parser = MultipartParser(params[b"boundary"], callbacks=callbacks)
        parser.logger = _PARSER_LOG
    except Exception:  # a boundary the parser refuses (over 256 characters, RFC 2046 allows 70)
        sink.close(True)
        raise bad_multipart() from None
    received = 0
    failed = True
    try:
        try:
            async for chunk in chunks:
                received += len(chunk)
                if received > max_body:
                    raise too_large()
                try:
                    parser.write(chunk)
                except Exception:  # malformed multipart
                    raise bad_multipart() from None
                if failure:
                    raise failure[0]
        except (UnreadableFile, ApiError):
            raise
        except Exception:  # the stream itself broke off (the client went away)
            raise incomplete_upload() from None
        if failure:
            raise failure[0]
        # python_multipart's finalize() does not check this: a body cut off mid-part would
        # otherwise end quietly, its last part unfinished (or, spooled, kept as if whole)
        if not ended:
            raise incomplete_upload()
        failed = False
    finally:
        sink.close(failed)


@dataclass
class Part:
    """One part held in memory: a file (`filename` set) or a form field."""

    name: str = ""
    filename: str | None = None
    content_type: str = ""
    data: bytearray = field(default_factory=bytearray)


def is_blank_file(part: Part) -> bool:
    """A file part with no name and no bytes: what a browser sends for a file input left empty."""
    return part.filename == "" and not part.data


@dataclass
class MemoryParts:
    """Every part in memory, in order. A file past `max_file_bytes` is refused with
    `too_large()`, a field past `max_field_bytes` with `field_too_large()`; part number
    `max_parts + 1` with `too_many()`; with `max_files` set, file number `max_files + 1` with
    `too_many_files()` as soon as it begins (a blank file part, see `is_blank_file`, is not a
    file), so a second document is never read."""

    max_file_bytes: int
    max_field_bytes: int
    max_parts: int
    too_large: Refusal
    too_many: Refusal
    field_too_large: Refusal
    max_files: int | None = None
    too_many_files: Refusal | None = None
    parts: list[Part] = field(default_factory=list)
    _part: Part | None = field(default=None, init=False, repr=False)

    def begin(self, name: str, filename: str | None, content_type: str) -> None:
        self._part = Part(name=name, filename=filename, content_type=content_type)
        if len(self.parts) >= self.max_parts:
            raise self.too_many()
        if filename:
            self._check_files()

    def _check_files(self) -> None:
        if self.max_files is None or self.too_many_files is None:
            return
        files = sum(1 for p in self.parts if p.filename is not None and not is_blank_file(p))
        if files >= self.max_files:
            raise self.too_many_files()

    def write(self, data: bytes) -> None:
        part = self._part
        assert part is not None
        first = not part.data
        part.data.extend(data)
        if part.filename == "" and first and data:  # a nameless file part turns out to be a file
            self._check_files()
        if part.filename is not None and len(part.data) > self.max_file_bytes:
            raise self.too_large()
        if part.filename is None and len(part.data) > self.max_field_bytes:
            raise self.field_too_large()

    def end(self) -> None:
        if self._part is not None:
            self.parts.append(self._part)
            self._part = None

    def close(self, failed: bool) -> None:
        self._part = None

    @property
    def files(self) -> list[Part]:
        return [p for p in self.parts if p.filename is not None]

    @property
    def fields(self) -> dict[str, str]:
        return {p.name: p.data.decode("utf-8", "replace") for p in self.parts if p.filename is None}


@dataclass
class SpoolFiles:
    """File parts written to `folder` (000000.upload, 000001.upload, …) as they stream; named
    fields kept in memory. File number `max_files + 1` is refused with `too_many()`, a field past
    `max_field_bytes` with `field_too_large()`; with `max_parts` set, part number
    `max_parts + 1` (files, fields, nameless parts alike) with `too_many_parts()`, so a body of
    many tiny parts costs no more than that. On failure the files written are removed."""

    folder: Path
    max_files: int
    max_field_bytes: int
    too_many: Refusal
    field_too_large: Refusal
    max_parts: int | None = None
    too_many_parts: Refusal | None = None
    saved: list[tuple[str, Path]] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    parts: int = 0  # parts begun
    _name: str = field(default="", init=False, repr=False)
    _is_file: bool = field(default=False, init=False, repr=False)
    _handle: IO[bytes] | None = field(default=None, init=False, repr=False)
    _field: bytearray = field(default_factory=bytearray, init=False, repr=False)

    def begin(self, name: str, filename: str | None, content_type: str) -> None:
        self.parts += 1
        if self.max_parts is not None and self.too_many_parts is not None \
                and self.parts > self.max_parts:
            raise self.too_many_parts()
        self._name, self._is_file, self._field = name, filename is not None, bytearray()
        if filename is None:
            return
        if len(self.saved) >= self.max_files:
            raise self.too_many()
        path = self.folder / f"{len(self.saved):06d}.upload"
        self._handle = open(path, "wb")  # noqa: SIM115 - closed in end() or close()
        self.saved.append((filename, path))

    def write(self, data: bytes) -> None:
        if self._handle is not None:
            self._handle.write(data)
        elif not self._is_file:
            self._field.extend(data)
            if len(self._field) > self.max_field_bytes:
                raise self.field_too_large()

    def end(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        elif not self._is_file and self._name:
            self.fields[self._name] = bytes(self._field).decode("utf-8", "replace")

    def close(self, failed: bool) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if failed:
            for _, path in self.saved:
                path.unlink(missing_ok=True)

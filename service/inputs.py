"""The files of a batch, from a directory, a zip or a list of uploads: .docx and .pdf only, safely.

- Nothing is ever written to disk under a name taken from the archive; names are display names.
  Entries that try to climb out of the archive (`../`, absolute paths, drive letters: zip-slip)
  are refused and reported, not silently renamed.
- Folders inside a zip or a directory are walked; `__MACOSX/`, hidden files (`.x`), Office lock
  files (`~$x.docx`) and symlinks are skipped. A zip inside a zip is not opened but reported
  (`zip-in-zip`), so its documents never vanish without a word; so is a PA1 sent as Word 97,
  OpenDocument, RTF or a photo (`unsupported-type`, saying to send .docx or PDF).
- More documents than `max_files` refuse the whole batch (413 `too-many-files`).
- The outer zip is read entry by entry with caps on the number of entries, on each file's size
  (counting real bytes, not the sizes the archive claims) and on the total, and with a
  compression-ratio check against zip bombs.
- Names in zips made on Thai Windows (no UTF-8 flag, bytes in cp874/TIS-620, which Python's
  zipfile decodes as cp437) are decoded back to Thai; the Info-ZIP Unicode path field and
  UTF-8 names without the flag are honoured too.
"""

from __future__ import annotations

import io
import os
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator

from extractors.errors import UnreadableFile

MB = 1024 * 1024
EXTENSIONS = (".docx", ".pdf")


@dataclass(frozen=True)
class InputLimits:
    max_file_bytes: int = 20 * MB  # one document (same as the upload cap)
    max_files: int = 5000  # documents in one batch
    max_entries: int = 20000  # entries of one zip, folders and skipped ones included
    max_total_bytes: int = 2048 * MB  # all documents unpacked together
    max_ratio: float = 200.0  # uncompressed / compressed for one zip entry


@dataclass(frozen=True)
class InputItem:
    """One document of a batch: its bytes, or why it cannot be part of the review."""

    name: str
    data: bytes | None = None
    error: dict[str, str] | None = None  # {"code", "message_th", "message_en"}


def _error(code: str, th: str, en: str) -> dict[str, str]:
    return {"code": code, "message_th": th, "message_en": en}


def _too_large(limit: int) -> dict[str, str]:
    mb = limit / MB
    return _error("too-large", f"ไฟล์มีขนาดใหญ่เกิน {mb:g} MB ที่ระบบรับได้",
                  f"The file is larger than the {mb:g} MB limit.")


def _zip_bomb() -> UnreadableFile:
    return UnreadableFile(
        "zip-bomb", "ไฟล์ zip นี้เมื่อแตกออกมีขนาดใหญ่หรือมีจำนวนไฟล์มากผิดปกติ (อาจเป็น zip bomb) ระบบจึงไม่เปิด",
        "This zip unpacks to an abnormal size or number of files (a possible zip bomb), "
        "so it was not opened.", status=413)


def _too_many_documents(limit: int) -> UnreadableFile:
    """More documents than one batch takes: a plain count, not a zip bomb."""
    return UnreadableFile(
        "too-many-files", f"ชุดนี้มีเอกสารมากกว่า {limit:,} ไฟล์ที่ระบบรับได้ในชุดเดียว "
        "ระบบจึงไม่ได้รับไฟล์ใดไว้ กรุณาแบ่งส่งเป็นหลายชุด",
        f"The batch holds more than {limit:,} documents, the most one batch accepts, so nothing "
        "was accepted: split it into several batches.", status=413)


def _nested_zip() -> dict[str, str]:
    return _error("zip-in-zip",
                  "ไฟล์ zip นี้ซ้อนอยู่ในไฟล์ zip อีกชั้นหนึ่ง ระบบไม่เปิด zip ซ้อนกัน "
                  "กรุณาอัปโหลดไฟล์ zip นี้แยกต่างหาก (ส่งได้หลายไฟล์ในชุดเดียว)",
                  "This zip sits inside another zip, and zips inside zips are not opened: upload "
                  "it on its own (one batch takes several zips).")


# What a teacher may send instead of a .docx or .pdf. Such a file is a row of the batch saying how
# to send it, not dropped without a word; notes, spreadsheets and the like stay out.
_WORD_FORMATS = (".doc", ".docm", ".dot", ".dotx", ".odt", ".rtf", ".pages", ".wps")
_IMAGE_FORMATS = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff")


def other_format_error(name: str) -> dict[str, str] | None:
    """Why a PA1 sent as Word 97, OpenDocument, RTF or a photo is not reviewed; None otherwise."""
    lower = name.lower()
    ext = lower[lower.rfind("."):] if "." in lower else ""
    if ext in _WORD_FORMATS:
        return _error("unsupported-type",
                      f"ระบบอ่านไฟล์ {ext} ไม่ได้ อ่านได้เฉพาะ .docx และ .pdf กรุณาเปิดไฟล์นี้แล้ว"
                      "บันทึกเป็น .docx (Save As) หรือ PDF แล้วส่งใหม่",
                      f"A {ext} file cannot be read, only .docx and .pdf: open it, Save As .docx "
                      "or PDF, and send it again.")
    if ext in _IMAGE_FORMATS:
        return _error("unsupported-type",
                      f"ไฟล์ภาพ ({ext}) อ่านข้อความไม่ได้ ระบบอ่านได้เฉพาะ .docx และ .pdf "
                      "กรุณาส่งไฟล์ .docx หรือ PDF ที่บันทึกจากโปรแกรมพิมพ์เอกสาร",
                      f"An image ({ext}), such as a photo or a scan, cannot be read, only .docx and "
                      "PDF: send the .docx, or a PDF saved from the word processor.")
    return None


def _bad_zip() -> UnreadableFile:
    return UnreadableFile("corrupt", "ไฟล์ zip เสียหรือไม่สมบูรณ์ เปิดไม่ได้",
                          "The zip archive is damaged or incomplete and cannot be opened.")


# -- names ----------------------------------------------------------------------------------


def _has_thai(text: str) -> bool:
    return any("\u0e01" <= ch <= "\u0e5b" for ch in text)


def _unicode_path_extra(extra: bytes) -> str | None:
    """The Info-ZIP Unicode Path extra field (0x7075), if present."""
    i = 0
    while i + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, i)
        body = extra[i + 4:i + 4 + size]
        if tag == 0x7075 and len(body) > 5 and body[0] == 1:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
        i += 4 + size
    return None


def decode_zip_name(info: zipfile.ZipInfo) -> str:
    """The entry's real name: UTF-8 flag, Unicode extra field, UTF-8 bytes, or Thai cp874."""
    if info.flag_bits & 0x800:
        return info.filename
    unicode_name = _unicode_path_extra(info.extra)
    if unicode_name:
        return unicode_name
    try:
        raw = info.filename.encode("cp437")  # zipfile decoded the raw bytes as cp437
    except UnicodeEncodeError:
        return info.filename
    if raw.isascii():
        return info.filename
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        thai = raw.decode("cp874")  # Thai Windows' OEM code page = TIS-620 + a few signs
    except UnicodeDecodeError:
        return info.filename
    return thai if _has_thai(thai) else info.filename


def safe_relative(name: str) -> str | None:
    """`name` as a clean relative POSIX path, or None if it escapes (zip-slip) or is empty."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/"))
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or "\x00" in name:
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _skipped_part(rel: str) -> bool:
    """Folders and files a person did not mean to send (macOS metadata, hidden, lock files)."""
    parts = rel.split("/")
    return any(p == "__MACOSX" or p.startswith(".") or p.startswith("~$") for p in parts)


def _upload_name(name: str | None) -> str:
    """A display name for an uploaded file: its relative path, or at least its last part."""
    name = name or ""
    last = PurePosixPath(name.replace("\\", "/")).name
    return safe_relative(name) or (last if last not in ("", ".", "..") else "") or "file"


def is_document_name(name: str) -> bool:
    return name.lower().endswith(EXTENSIONS)


def is_zip(data: bytes) -> bool:
    """A zip that is not itself a DOCX (a DOCX is a zip with word/document.xml)."""
    if not (data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06")):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        return False
    return "word/document.xml" not in names and "[Content_Types].xml" not in names


# -- sources --------------------------------------------------------------------------------


def iter_zip(data: bytes | Path, limits: InputLimits = InputLimits(),
             prefix: str = "") -> Iterator[InputItem]:
    """The documents of a zip, one at a time. Raises UnreadableFile for a bad or bomb zip."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        archive = zipfile.ZipFile(source)
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        raise _bad_zip() from None
    if len(infos) > limits.max_entries:
        raise _zip_bomb()
    declared = sum(i.file_size for i in infos if is_document_name(i.filename))
    if declared > limits.max_total_bytes:
        raise _zip_bomb()
    total = 0
    count = 0
    with archive:
        for info in infos:
            if info.is_dir():
                continue
            name = decode_zip_name(info)
            rel = safe_relative(name)
            if rel is None:
                yield InputItem(prefix + name.replace("\\", "/"), error=_error(
                    "unsafe-name", "ชื่อไฟล์ในไฟล์ zip ชี้ออกนอกโฟลเดอร์ (zip-slip) ระบบจึงข้ามไฟล์นี้",
                    "The name inside the zip points outside its folder (zip-slip), so the file "
                    "was skipped."))
                continue
            if _skipped_part(rel):
                continue
            if rel.lower().endswith(".zip"):  # said, not silently dropped: its files would be
                yield InputItem(prefix + rel, error=_nested_zip())
                continue
            if not is_document_name(rel):
                other = other_format_error(rel)
                if other is not None:
                    count += 1
                    if count > limits.max_files:
                        raise _too_many_documents(limits.max_files)
                    yield InputItem(prefix + rel, error=other)
                continue
            count += 1
            if count > limits.max_files:
                raise _too_many_documents(limits.max_files)
            if info.flag_bits & 0x1:
                yield InputItem(prefix + rel, error=_error(
                    "encrypted", "ไฟล์นี้ในไฟล์ zip ถูกตั้งรหัสผ่านไว้ อ่านไม่ได้",
                    "This file inside the zip is password-protected and cannot be read."))
                continue
            if info.file_size > limits.max_file_bytes:
                yield InputItem(prefix + rel, error=_too_large(limits.max_file_bytes))
                continue
            if info.file_size > MB and info.file_size / max(info.compress_size, 1) > limits.max_ratio:
                raise _zip_bomb()
            try:
                with archive.open(info) as stream:
                    body = stream.read(limits.max_file_bytes + 1)  # real bytes, not the header's
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                    RuntimeError):
                yield InputItem(prefix + rel, error=_error(
                    "corrupt", "ไฟล์นี้ในไฟล์ zip เสียหาย แตกไฟล์ไม่ได้",
                    "This file inside the zip is damaged and cannot be unpacked."))
                continue
            if len(body) > limits.max_file_bytes:
                yield InputItem(prefix + rel, error=_too_large(limits.max_file_bytes))
                continue
            total += len(body)
            if total > limits.max_total_bytes:
                raise _zip_bomb()
            yield InputItem(prefix + rel, body)


def iter_directory(root: Path, limits: InputLimits = InputLimits()) -> Iterator[InputItem]:
    """The documents under a folder (recursively, sorted, no symlinks followed)."""
    root = Path(root)
    count = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not _skipped_part(d))
        for filename in sorted(filenames):
            path = Path(dirpath) / filename
            rel = unicodedata.normalize("NFC", path.relative_to(root).as_posix())
            if _skipped_part(rel) or path.is_symlink() or not path.is_file():
                continue
            if filename.lower().endswith(".zip"):
                yield from iter_zip(path, limits, prefix=rel + "/")
                continue
            other = None if is_document_name(filename) else other_format_error(filename)
            if not is_document_name(filename) and other is None:
                continue
            count += 1
            if count > limits.max_files:
                raise UnreadableFile(
                    "too-large", f"โฟลเดอร์มีเอกสารมากกว่า {limits.max_files} ไฟล์ที่ระบบรับได้ในชุดเดียว",
                    f"The folder holds more than {limits.max_files} documents, the most one "
                    "batch accepts.", status=413)
            if other is not None:
                yield InputItem(rel, error=other)
                continue
            if path.stat().st_size > limits.max_file_bytes:
                yield InputItem(rel, error=_too_large(limits.max_file_bytes))
                continue
            yield InputItem(rel, path.read_bytes())


def iter_source(source: Path, limits: InputLimits = InputLimits()) -> Iterator[InputItem]:
    """`pa-review batch DIR_OR_ZIP`: a folder, a zip, or a single document."""
    source = Path(source)
    if source.is_dir():
        yield from iter_directory(source, limits)
        return
    if source.stat().st_size > limits.max_total_bytes:
        raise _zip_bomb()
    if source.suffix.lower() == ".zip":
        yield from iter_zip(source, limits)
        return
    data = source.read_bytes()
    if is_zip(data):
        yield from iter_zip(data, limits)
    else:
        yield InputItem(source.name, data)


def _path_is_zip(path: Path) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head not in (b"PK\x03\x04", b"PK\x05\x06"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        return False
    return "word/document.xml" not in names and "[Content_Types].xml" not in names


def iter_uploads(files: Iterable[tuple[str, bytes | Path]],
                 limits: InputLimits = InputLimits()) -> Iterator[InputItem]:
    """HTTP uploads, in memory (bytes) or spooled to disk (Path, so a large zip never sits in
    memory): several documents, or zips of them (a DOCX is never taken for a zip)."""
    count = 0
    for name, source in files:
        base = _upload_name(name)
        on_disk = isinstance(source, Path)
        if _path_is_zip(source) if on_disk else is_zip(source):
            for item in iter_zip(source, limits):
                count += 1
                if count > limits.max_files:
                    raise _too_many_documents(limits.max_files)
                yield item
            continue
        count += 1
        if count > limits.max_files:
            raise _too_many_documents(limits.max_files)
        size = source.stat().st_size if on_disk else len(source)
        if size > limits.max_file_bytes:
            yield InputItem(base, error=_too_large(limits.max_file_bytes))
            continue
        yield InputItem(base, source.read_bytes() if on_disk else source)

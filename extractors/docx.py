"""DOCX → RawDocument: the body in document order (paragraphs, tables, content controls, text
boxes), with list labels, styles and exact SourceRefs. Page headers and footers are not read.

The XML parts are screened for DTDs/entities before python-docx parses anything, and the zip
itself was screened by `extractors.sniff.check_docx_container`.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from extractors.budget import Budget
from extractors.docx_numbering import Numbering
from extractors.docx_text import ParagraphReader, StyleInfo
from extractors.docx_walk import Walker
from extractors.errors import UnreadableFile
from extractors.raw import RawDocument
from extractors.sniff import Limits, check_docx_container

# Word macro-enabled documents and templates have the same body: let python-docx open them.
_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _corrupt() -> UnreadableFile:
    return UnreadableFile(
        "corrupt", "ไฟล์ DOCX เสียหรือไม่สมบูรณ์ เปิดอ่านเนื้อหาไม่ได้ ลองเปิดใน Word แล้วบันทึกใหม่",
        "The DOCX is damaged or incomplete and its content cannot be read: open it in Word "
        "and save it again.", status=422)


def _xml_attack() -> UnreadableFile:
    return UnreadableFile(
        "xml-attack", "ไฟล์ DOCX มีโครงสร้าง XML ที่ไม่ปลอดภัย (DTD/entity) ระบบจึงไม่เปิด",
        "The DOCX contains unsafe XML (a DTD or entity declarations), so it was not opened.",
        status=422)


def screen_xml_parts(data: bytes) -> None:
    """Refuse any part whose XML prolog declares a DTD (billion laughs, external entities).

    Entities can only be declared in the DOCTYPE, and the DOCTYPE can only come before the root
    element, so reading each part's prolog is enough (the rest of the part is not unpacked
    twice). Every part is screened, whatever its name: its content type could make it XML.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                with archive.open(info) as stream:
                    if _prolog_declares_dtd(stream):
                        raise _xml_attack()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError, zlib.error):
        raise _corrupt() from None


class _Prolog:
    """A growing buffer over a part's stream."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.buf = stream.read(2048)
        self.eof = len(self.buf) < 2048

    def more(self) -> bool:
        if self.eof:
            return False
        chunk = self.stream.read(65536)
        self.eof = len(chunk) < 65536
        self.buf += chunk
        return bool(chunk)

    def ensure(self, n: int) -> None:
        while len(self.buf) < n and self.more():
            pass

    def find(self, token: bytes, start: int) -> int:
        while True:
            at = self.buf.find(token, start)
            if at >= 0 or not self.more():
                return at


def _prolog_declares_dtd(stream) -> bool:
    pro = _Prolog(stream)
    head = pro.buf[:2]
    codec = {b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16", b"<\x00": "utf-16-le",
             b"\x00<": "utf-16-be"}.get(head)
    if codec:  # UTF-16 XML (rare, legal): screen it decoded
        while pro.more():
            pass
        try:
            pro.buf = pro.buf.decode(codec).encode("utf-8")
        except UnicodeDecodeError:
            return False  # not text: not XML python-docx could parse either
    pos = 3 if pro.buf.startswith(b"\xef\xbb\xbf") else 0
    while True:
        pro.ensure(pos + 16)
        while pos < len(pro.buf) and pro.buf[pos:pos + 1] in b" \t\r\n":
            pos += 1
            if pos >= len(pro.buf):
                pro.ensure(pos + 16)
        if pro.buf[pos:pos + 1] != b"<":
            return False  # no markup (binary part) or the end
        if pro.buf.startswith(b"<?", pos):
            close = b"?>"
        elif pro.buf.startswith(b"<!--", pos):
            close = b"-->"
        elif pro.buf.startswith(b"<!", pos):
            return True  # <!DOCTYPE (or any other declaration) before the root element
        else:
            return False  # the root element: the prolog is over
        end = pro.find(close, pos + 2)
        if end < 0:
            return False  # unterminated: the XML parser will call it corrupt
        pos = end + len(close)


def _open(data: bytes):
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    for content_type in _MAIN_TYPES:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    try:
        part = Package.open(io.BytesIO(data)).main_document_part
        if part.content_type != CT.WML_DOCUMENT_MAIN and part.content_type not in _MAIN_TYPES:
            raise UnreadableFile(
                "not-docx", "ไฟล์นี้ไม่ใช่เอกสาร Word (.docx)",
                "This file is not a Word document (.docx).", status=415)
        return part.document
    except UnreadableFile:
        raise
    except Exception:  # python-docx/lxml/zipfile: any failure to parse means a damaged file
        raise _corrupt() from None


def _part_element(getter):
    try:
        part = getter()
    except Exception:
        return None
    return getattr(part, "element", None)


def read_docx(data: bytes, *, limits: Limits, budget: Budget) -> RawDocument:
    """Read a DOCX's body into a RawDocument (text normalised). Raises UnreadableFile."""
    check_docx_container(data, limits)
    screen_xml_parts(data)
    budget.check()
    document = _open(data)
    budget.check()
    doc_part = document.part
    styles = StyleInfo.from_styles(_part_element(lambda: document.styles))
    numbering = Numbering(_part_element(lambda: doc_part.part_related_by(_RT_NUMBERING)),
                          styles.num)
    walker = Walker(reader=ParagraphReader(styles), numbering=numbering, budget=budget)
    body = document.element.body
    try:
        blocks = walker.read_body(body) if body is not None else []
    except RecursionError:  # absurdly deep nesting (tables in tables in …)
        raise _corrupt() from None
    budget.check()
    pages, producer = _app_properties(document)
    notes = [f"producer: {producer}"] if producer else []
    notes += [f"{key}: {n}" for key, n in sorted(walker.reader.counts.items()) if n]
    return RawDocument(format="docx", blocks=blocks, pages=pages, notes=notes + walker.notes)


_RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RT_APP = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "extended-properties")
_PAGES = re.compile(rb"<(?:\w+:)?Pages>(\d{1,6})</(?:\w+:)?Pages>")
_APPLICATION = re.compile(rb"<(?:\w+:)?Application>([^<]{1,120})</(?:\w+:)?Application>")


def _app_properties(document) -> tuple[int, str | None]:
    """(page count Word stored at its last save, at least 1; the producing application) from
    docProps/app.xml. The count is only an estimate: converters often write 1."""
    try:
        blob = document.part.package.part_related_by(_RT_APP).blob
    except Exception:
        return 1, None
    pages = _PAGES.search(blob)
    app = _APPLICATION.search(blob)
    producer = app.group(1).decode("utf-8", "replace").strip()[:80] if app else None
    return (max(int(pages.group(1)), 1) if pages else 1), producer

"""DOCX → RawDocument: the body in document order (paragraphs, tables, content controls, text
boxes), with list labels, styles and exact SourceRefs. Page headers and footers are not read.

The XML parts are screened for DTDs/entities before python-docx parses anything, and the zip
itself was screened by `extractors.sniff.check_docx_container`.
"""

from __future__ import annotations

import io
import re
import zipfile

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
_XML_SUFFIXES = (".xml", ".rels", ".vml")


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


def _looks_utf16(head: bytes) -> bool:
    return head[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(head) > 3 and b"\x00" in head[:4])


def screen_xml_parts(data: bytes) -> None:
    """Refuse any XML part declaring a DTD or entities (billion laughs, external entities)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                name = info.filename.lower()
                if not name.endswith(_XML_SUFFIXES) and "xml" not in name:
                    continue
                raw = archive.read(info)
                if _looks_utf16(raw[:4]):
                    try:
                        raw = raw.decode("utf-16").encode("utf-8")
                    except UnicodeDecodeError:
                        raise _corrupt() from None
                if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
                    raise _xml_attack()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError):
        raise _corrupt() from None


def _open(data: bytes):
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.package import OpcPackage
    from docx.opc.part import PartFactory
    from docx.parts.document import DocumentPart

    for content_type in _MAIN_TYPES:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    try:
        part = OpcPackage.open(io.BytesIO(data)).main_document_part
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
    try:
        blocks = walker.body(document.element.body)
    except UnreadableFile:
        raise
    except RecursionError:
        raise _corrupt() from None
    budget.check()
    return RawDocument(format="docx", blocks=blocks, pages=_pages(document), notes=walker.notes)


_RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RT_APP = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "extended-properties")
_PAGES = re.compile(rb"<(?:\w+:)?Pages>(\d{1,6})</(?:\w+:)?Pages>")


def _pages(document) -> int:
    """The page count Word stored in docProps/app.xml at its last save (1 when absent)."""
    try:
        m = _PAGES.search(document.part.package.part_related_by(_RT_APP).blob)
    except Exception:
        return 1
    return max(int(m.group(1)), 1) if m else 1

"""Tell a file's format from its bytes (never from its name) and refuse dangerous containers."""

from __future__ import annotations

import io
import re
import threading
import zipfile
from dataclasses import dataclass
from typing import Literal

from extractors.errors import UnreadableFile

Format = Literal["docx", "pdf"]

# PDFium is not thread-safe, not even across different documents: every pdfium call in the
# process (sniffing here, extractors/pdf.py) must hold this lock (the service reads in threads).
PDFIUM_LOCK = threading.RLock()


@dataclass(frozen=True)
class Limits:
    """Per-file limits. The service and CLI take them from settings."""

    max_bytes: int = 20 * 1024 * 1024  # upload size
    max_unpacked_bytes: int = 200 * 1024 * 1024  # sum of a DOCX's uncompressed parts
    max_ratio: float = 200.0  # uncompressed / compressed for one part (zip bomb)
    max_zip_entries: int = 2000
    max_pages: int = 60
    seconds: float = 30.0  # time budget to read one file


def _err(code: str, th: str, en: str, status: int = 422) -> UnreadableFile:
    return UnreadableFile(code, th, en, status=status)


def detect_format(data: bytes, limits: Limits = Limits()) -> Format:
    """Return "docx" or "pdf", or raise UnreadableFile saying what the file is instead."""
    if not data or not data.strip(b"\x00 \t\r\n"):
        raise _err("empty", "ไฟล์ว่างเปล่า ไม่มีข้อมูลให้อ่าน",
                   "The file is empty: there is nothing to read.", 400)
    if len(data) > limits.max_bytes:
        mb = limits.max_bytes / (1024 * 1024)
        raise _err("too-large", f"ไฟล์มีขนาดใหญ่เกิน {mb:g} MB ที่ระบบรับได้",
                   f"The file is larger than the {mb:g} MB limit.", 413)
    head = data[:1024]
    # zip first: a zip whose first stored entry is a PDF has "%PDF-" in its first KB too
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        check_docx_container(data, limits)
        return "docx"
    if b"%PDF-" in head:
        check_pdf_container(data, limits)
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # OLE directory entries can sit anywhere (the end, in a big file): search it all (≤ max_bytes)
        if _utf16("EncryptionInfo") in data or _utf16("EncryptedPackage") in data:
            raise _err("encrypted", "ไฟล์ DOCX ถูกตั้งรหัสผ่านไว้ กรุณาเอารหัสผ่านออกแล้วอัปโหลดใหม่",
                       "The DOCX is password-protected: remove the password and upload it again.")
        ole_th, ole_en = _describe_ole(data)
        raise _err("unsupported-type",
                   f"เป็น{ole_th} กรุณาบันทึกเป็น .docx หรือ PDF แล้วอัปโหลดใหม่",
                   f"This is {ole_en}: save it as .docx or PDF and upload it again.", 415)
    kind = _describe(head)
    advice_th, advice_en = kind.get("advice_th", ""), kind.get("advice_en", "")
    raise _err("unsupported-type",
               f"ไม่ใช่ไฟล์ DOCX หรือ PDF ({kind['th']}) ระบบอ่านได้เฉพาะ .docx และ .pdf{advice_th}",
               f"Not a DOCX or PDF file ({kind['en']}): only .docx and .pdf can be read.{advice_en}",
               415)


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _describe_ole(head: bytes) -> tuple[str, str]:
    """What an OLE compound file (old Office format) holds, from its stream names."""
    if _utf16("WordDocument") in head:
        return "ไฟล์ Word รุ่นเก่า (.doc)", "an old Word (.doc) file"
    if _utf16("Workbook") in head or _utf16("Book") in head:
        return "ไฟล์ Excel รุ่นเก่า (.xls)", "an old Excel (.xls) file"
    if _utf16("PowerPoint Document") in head:
        return "ไฟล์ PowerPoint รุ่นเก่า (.ppt)", "an old PowerPoint (.ppt) file"
    return "ไฟล์ Word รุ่นเก่า (.doc)", "an old Word (.doc) file"


_PHOTO = {"advice_th": " (ภาพถ่ายหรือภาพสแกนอ่านข้อความไม่ได้) กรุณาส่งไฟล์ที่บันทึกจากโปรแกรมพิมพ์เอกสาร",
          "advice_en": " Photos and scans cannot be read: upload the file saved from the word "
                       "processor."}
_SAVE_AS = {"advice_th": " กรุณาเปิดใน Word แล้วบันทึกเป็น .docx",
            "advice_en": " Open it in Word and save it as .docx."}


def _describe(head: bytes) -> dict[str, str]:
    signatures = [
        (b"\x89PNG", "รูปภาพ PNG", "a PNG image", _PHOTO),
        (b"\xff\xd8\xff", "รูปภาพ JPEG", "a JPEG image", _PHOTO),
        (b"GIF8", "รูปภาพ GIF", "a GIF image", _PHOTO),
        (b"II*\x00", "รูปภาพ TIFF", "a TIFF image", _PHOTO),
        (b"MM\x00*", "รูปภาพ TIFF", "a TIFF image", _PHOTO),
        (b"{\\rtf", "ไฟล์ RTF", "an RTF file", _SAVE_AS),
        (b"Rar!", "ไฟล์ RAR", "a RAR archive", {}),
        (b"\x1f\x8b", "ไฟล์บีบอัด gzip", "a gzip archive", {}),
        (b"7z\xbc\xaf", "ไฟล์ 7z", "a 7z archive", {}),
    ]
    for magic, th, en, advice in signatures:
        if head.startswith(magic):
            return {"th": th, "en": en, **advice}
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1") or (
            head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        return {"th": "รูปภาพจากโทรศัพท์ (HEIC/WebP)", "en": "a phone photo (HEIC/WebP)", **_PHOTO}
    if b"<w:wordDocument" in head or b'progid="Word.Document"' in head:
        return {"th": "เอกสาร Word 2003 XML", "en": "a Word 2003 XML document", **_SAVE_AS}
    if re.search(rb"^MIME-Version:|Content-Type: multipart/related", head, re.I | re.M):
        return {"th": "หน้าเว็บแบบไฟล์เดียว (MHTML)", "en": "a single-file web page (MHTML)",
                **_SAVE_AS}
    if re.search(rb"<html|<!doctype html", head, re.I):
        return {"th": "หน้าเว็บ HTML", "en": "an HTML page", **_SAVE_AS}
    if _is_text(head):
        return {"th": "ไฟล์ข้อความธรรมดา", "en": "plain text"}
    return {"th": "ไฟล์ชนิดที่ไม่รู้จัก", "en": "an unknown binary format"}


def _is_text(head: bytes) -> bool:
    """UTF-8 (a character cut at the end of the sample is fine) or Thai TIS-620/cp874 text."""
    if any(b < 0x09 or 0x0E <= b < 0x1B for b in head):
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 3 and e.reason == "unexpected end of data":
            return True
    try:
        head.decode("cp874")
        return True
    except UnicodeDecodeError:
        return False


def check_docx_container(data: bytes, limits: Limits = Limits()) -> None:
    """Open the zip without unpacking it: refuse corrupt zips, non-DOCX zips and zip bombs."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        raise _err("corrupt", "ไฟล์เสียหรือไม่สมบูรณ์ (เปิดเป็นไฟล์ zip/DOCX ไม่ได้)",
                   "The file is damaged or incomplete: it cannot be opened as a zip/DOCX.") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names and not _declares_word_main(archive, infos):
        what_th, what_en = _describe_zip(archive, names)
        if what_en == "a plain zip archive":
            advice_th = " ถ้าต้องการตรวจหลายไฟล์พร้อมกัน ให้ใช้การตรวจแบบชุด (batch)"
            advice_en = " To check several files at once, use a batch."
        else:
            advice_th = " กรุณาบันทึกเป็น .docx หรือ PDF แล้วอัปโหลดใหม่"
            advice_en = " Save it as .docx or PDF and upload it again."
        raise _err("not-docx", f"เป็น{what_th} ไม่ใช่เอกสาร Word (.docx){advice_th}",
                   f"This is {what_en}, not a Word document (.docx).{advice_en}", 415)
    if len(infos) > limits.max_zip_entries:
        raise _bomb()
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _err("encrypted", "ไฟล์ DOCX ถูกเข้ารหัสไว้ กรุณาเอารหัสผ่านออกแล้วอัปโหลดใหม่",
                       "The DOCX is encrypted: remove the password and upload it again.")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > limits.max_unpacked_bytes or (info.file_size > 1_000_000 and ratio > limits.max_ratio):
            raise _bomb()


_WORD_MAIN = re.compile(rb"wordprocessingml\.(?:document|template)\.main\+xml|"
                        rb"ms-word\.(?:document|template)\.macroEnabled(?:Template)?\.main\+xml")


def _declares_word_main(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> bool:
    """A Word main part under another name than word/document.xml, declared in
    [Content_Types].xml (some generators write word/document2.xml)."""
    info = next((i for i in infos if i.filename == "[Content_Types].xml"), None)
    if info is None or info.file_size > 1_000_000:
        return False
    try:
        return bool(_WORD_MAIN.search(archive.read(info)))
    except Exception:
        return False


_ODF = {b"application/vnd.oasis.opendocument.text": ("ไฟล์ LibreOffice Writer (.odt)",
                                                     "a LibreOffice Writer document (.odt)"),
        b"application/vnd.oasis.opendocument.spreadsheet": ("ไฟล์ LibreOffice Calc (.ods)",
                                                            "a LibreOffice Calc spreadsheet (.ods)"),
        b"application/vnd.oasis.opendocument.presentation": ("ไฟล์ LibreOffice Impress (.odp)",
                                                             "a LibreOffice Impress deck (.odp)")}


def _describe_zip(archive: zipfile.ZipFile, names: set[str]) -> tuple[str, str]:
    """What a zip that is not a DOCX holds (Thai, English)."""
    if "xl/workbook.xml" in names:
        return "ไฟล์ Excel (.xlsx)", "an Excel workbook (.xlsx)"
    if "ppt/presentation.xml" in names:
        return "ไฟล์ PowerPoint (.pptx)", "a PowerPoint deck (.pptx)"
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:100].strip()
        except Exception:
            mimetype = b""
        if mimetype in _ODF:
            return _ODF[mimetype]
    if "content.xml" in names:
        return "ไฟล์ OpenDocument (.odt/.ods)", "an OpenDocument file (.odt/.ods)"
    if any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
        return "ไฟล์ Pages/Numbers ของ Apple", "an Apple Pages/Numbers file"
    return "ไฟล์ zip ทั่วไป", "a plain zip archive"


def check_pdf_container(data: bytes, limits: Limits = Limits()) -> None:
    """Open the PDF with pdfium (cheap: no page is parsed) and refuse password-protected,
    unopenable and over-long PDFs before any reader starts."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as e:
            if e.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY) \
                    or "password" in str(e).lower():
                raise _err("encrypted",
                           "ไฟล์ PDF ถูกตั้งรหัสผ่านไว้ กรุณาเอารหัสผ่านออกแล้วอัปโหลดใหม่",
                           "The PDF is password-protected: remove the password and upload it "
                           "again.") from None
            raise _pdf_corrupt() from None
        except Exception:
            raise _pdf_corrupt() from None
        try:
            pages = len(doc)
        finally:
            doc.close()
    if pages <= 0:
        raise _pdf_corrupt()
    if pages > limits.max_pages:
        raise _err("too-many-pages",
                   f"ไฟล์มี {pages} หน้า เกินกว่า {limits.max_pages} หน้าที่ระบบรับได้ "
                   "แบบ PA1 ปกติมีไม่กี่หน้า กรุณาส่งเฉพาะแบบข้อตกลง",
                   f"The PDF has {pages} pages, more than the {limits.max_pages} allowed: "
                   "a PA1 form is a few pages, please upload the agreement alone.", 413)


def _pdf_corrupt() -> UnreadableFile:
    return _err("corrupt", "ไฟล์ PDF เสียหรือไม่สมบูรณ์ ระบบเปิดอ่านไม่ได้",
                "The PDF is damaged or incomplete and cannot be opened.")


def _bomb() -> UnreadableFile:
    return _err("zip-bomb", "ไฟล์ DOCX นี้เมื่อแตกออกมีขนาดใหญ่ผิดปกติ (อาจเป็น zip bomb) ระบบจึงไม่เปิด",
                "This DOCX unpacks to an abnormal size (a possible zip bomb), so it was not opened.", 413)

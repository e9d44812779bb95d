"""extractors.sniff: the format from the bytes (never the name), containers refused early."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from extractors.budget import Budget
from extractors.docx import read_docx
from extractors.errors import UnreadableFile
from extractors.sniff import Limits, check_docx_container, check_pdf_container, detect_format

BROKEN = Path(__file__).resolve().parents[2] / "samples" / "broken"
DATA = Path(__file__).resolve().parent / "data"
THAI = "แบบข้อตกลงในการพัฒนางาน ชื่อ นายสมชาย ใจดี ตำแหน่ง ครู "


def blank_pdf(pages: int = 1) -> bytes:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


def code_of(data: bytes, limits: Limits = Limits()) -> str:
    with pytest.raises(UnreadableFile) as err:
        detect_format(data, limits)
    return err.value.code


def rezip(data: bytes, rename: dict[str, str] | None = None,
          edit: dict[str, bytes] | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            name = (rename or {}).get(info.filename, info.filename)
            z.writestr(name, (edit or {}).get(name, body))
    return out.getvalue()


def test_formats_from_bytes():
    assert detect_format((DATA / "lo-tables.docx").read_bytes()) == "docx"
    assert detect_format(blank_pdf()) == "pdf"
    assert detect_format(b"\r\n   " + blank_pdf()) == "pdf"  # junk before %PDF- is tolerated


@pytest.mark.parametrize("data,code", [
    (b"", "empty"), (b"\x00\x00  \n", "empty"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "unsupported-type"),
    ("สวัสดี".encode("cp874") * 50, "unsupported-type"),
    (b"{\\rtf1\\ansi hello}", "unsupported-type"),
    (b"PK\x03\x04" + b"\x00" * 30, "corrupt"),
])
def test_refusals(data, code):
    assert code_of(data) == code


@pytest.mark.parametrize("head,kind_en,advice_en", [
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "phone photo", "Photos and scans"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG", "Photos and scans"),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n", "MHTML",
     "save it as .docx"),
    (b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>',
     "Word 2003 XML", "save it as .docx"),
    (b"<!DOCTYPE html><html><body>PA1</body></html>", "HTML", "save it as .docx"),
])
def test_what_the_file_is_and_what_to_do(head, kind_en, advice_en):
    with pytest.raises(UnreadableFile) as err:
        detect_format(head)
    assert err.value.code == "unsupported-type" and err.value.status == 415
    assert kind_en in err.value.message_en and advice_en in err.value.message_en


def test_a_zip_holding_a_pdf_is_not_taken_for_a_pdf():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("pa1.pdf", blank_pdf())
    assert b"%PDF-" in out.getvalue()[:1024]
    assert code_of(out.getvalue()) == "not-docx"


def test_text_cut_inside_a_thai_character_is_still_text():
    data = (THAI * 40).encode("utf-8")
    assert len(data) > 1024
    with pytest.raises(UnreadableFile) as err:
        detect_format(data)
    assert "plain text" in err.value.message_en


def test_thai_windows_text_is_described_as_text():
    with pytest.raises(UnreadableFile) as err:
        detect_format(THAI.encode("cp874") * 3)
    assert "plain text" in err.value.message_en and "ไฟล์ข้อความ" in err.value.message_th


def test_old_office_files_are_named():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(UnreadableFile) as err:
        detect_format(ole + "Workbook".encode("utf-16-le"))
    assert err.value.code == "unsupported-type" and ".xls" in err.value.message_en
    with pytest.raises(UnreadableFile) as err:
        detect_format((BROKEN / "doc-named.docx").read_bytes())
    assert ".doc" in err.value.message_en and ".doc" in err.value.message_th
    assert code_of((BROKEN / "encrypted.docx").read_bytes()) == "encrypted"


def test_docx_container_checks():
    docx_bytes = (DATA / "lo-tables.docx").read_bytes()
    check_docx_container(docx_bytes)
    assert code_of(docx_bytes, Limits(max_zip_entries=3)) == "zip-bomb"
    with pytest.raises(UnreadableFile) as err:
        detect_format((BROKEN / "xlsx-named.docx").read_bytes())
    assert err.value.code == "not-docx" and "Excel" in err.value.message_en


def test_word_main_part_under_another_name_is_a_docx():
    data = (DATA / "lo-tables.docx").read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    types = src.read("[Content_Types].xml").replace(b"/word/document.xml", b"/word/main.xml")
    rels = src.read("_rels/.rels").replace(b"word/document.xml", b"word/main.xml")
    moved = rezip(data, rename={"word/document.xml": "word/main.xml",
                                "word/_rels/document.xml.rels": "word/_rels/main.xml.rels"},
                  edit={"[Content_Types].xml": types, "_rels/.rels": rels})
    assert detect_format(moved) == "docx"
    raw = read_docx(moved, limits=Limits(), budget=Budget(30))
    assert "งาน (Tasks)" in raw.text


def test_macro_enabled_document_is_read():
    data = (DATA / "lo-tables.docx").read_bytes()
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml")
    docm = rezip(data, edit={"[Content_Types].xml": types})
    assert detect_format(docm) == "docx"
    assert "งาน (Tasks)" in read_docx(docm, limits=Limits(), budget=Budget(30)).text


def test_pdf_container_checks():
    check_pdf_container(blank_pdf(3))
    with pytest.raises(UnreadableFile) as err:
        check_pdf_container(blank_pdf(3), Limits(max_pages=2))
    assert err.value.code == "too-many-pages" and err.value.status == 413
    with pytest.raises(UnreadableFile) as err:
        check_pdf_container((BROKEN / "encrypted.pdf").read_bytes())
    assert err.value.code == "encrypted" and "รหัสผ่าน" in err.value.message_th
    with pytest.raises(UnreadableFile) as err:
        check_pdf_container(b"%PDF-1.4\n garbage")
    assert err.value.code == "corrupt"
    assert code_of((BROKEN / "pages-3000.pdf").read_bytes()) == "too-many-pages"


def test_a_name_never_decides():
    # detect_format takes no name at all; a PDF renamed .docx is a PDF
    assert detect_format((BROKEN / "pdf-named.docx").read_bytes()) == "pdf"

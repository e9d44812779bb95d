"""Recreate the bad input files of samples/broken/ and expected.json.

    python samples/broken/make_broken.py            # all files
    python samples/broken/make_broken.py NAME ...   # only these

Needs LibreOffice (`soffice`) for the .doc and the password-protected PDF, Pillow for the
scanned PDF, and msoffcrypto-tool for the encrypted DOCX. msoffcrypto-tool is NOT a project
dependency: install it aside, only to run this script, e.g.
`pip install --target /tmp/msoff msoffcrypto-tool` then `PYTHONPATH=/tmp/msoff python …`.
Files are kept to a few KB: minimal hand-written DOCX parts, a compact PDF writer with object
streams for the 3000-page PDF.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
THAI = "แบบข้อตกลงในการพัฒนางาน (PA 1/ส) ปีงบประมาณ พ.ศ. 2566"


def document_xml(body: str, prolog: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog
            + f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def minimal_docx(document: str | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """The smallest DOCX Word and python-docx open: content types, rels, document."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document or document_xml(para(THAI)))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def soffice(src_name: str, data: bytes, convert_to: str, out_ext: str) -> bytes:
    exe = shutil.which("soffice")
    if not exe:
        sys.exit("soffice (LibreOffice) is needed for this file")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / src_name
        src.write_bytes(data)
        subprocess.run([exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", convert_to, "--outdir", f"{tmp}/out", str(src)],
                       check=True, capture_output=True, timeout=180)
        return (Path(tmp) / "out" / f"{src.stem}.{out_ext}").read_bytes()


# -- one function per file ---------------------------------------------------------------------

def empty() -> bytes:
    return b""


def png_named_docx() -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("1", (8, 8), 1).save(buf, "PNG")
    return buf.getvalue()


def jpeg_named_docx() -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("L", (8, 8), 200).save(buf, "JPEG", quality=50)
    return buf.getvalue()


def html_named_docx() -> bytes:
    return ("<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\"><title>PA1</title>"
            f"</head><body><h1>{THAI}</h1></body></html>\n").encode()


def text_named_docx() -> bytes:
    return (THAI + "\nชื่อ นายสมชาย ใจดี ตำแหน่ง ครู\n").encode()


def doc_named_docx() -> bytes:
    return soffice("pa1.docx", minimal_docx(), "doc:MS Word 97", "doc")


def pdf_named_docx() -> bytes:
    return soffice("pa1.docx", minimal_docx(document_xml(para("ชื่อ นายสมชาย ใจดี"))), "pdf", "pdf")


def truncated_docx() -> bytes:
    data = minimal_docx()
    return data[: len(data) // 2]


def bad_xml_docx() -> bytes:
    broken = document_xml(para(THAI))[:-40]  # cut inside the body: not well-formed
    return minimal_docx(broken)


def plain_zip_named_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("อ่านก่อน.txt", THAI)
    return out.getvalue()


def xlsx_named_docx() -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    wb.active["A1"] = THAI
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def odt_named_docx() -> bytes:
    return soffice("pa1.docx", minimal_docx(), "odt", "odt")


def encrypted_docx() -> bytes:
    try:
        import msoffcrypto.format.ooxml as ooxml
    except ImportError:
        sys.exit("msoffcrypto-tool is needed for encrypted.docx (see the module docstring)")
    out = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(minimal_docx())).encrypt("1234", out)
    return out.getvalue()


def encrypted_pdf() -> bytes:
    options = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
               '"DocumentOpenPassword":{"type":"string","value":"1234"}}')
    return soffice("pa1.docx", minimal_docx(document_xml(para("PA1"))), options, "pdf")


def zip_bomb_docx() -> bytes:
    """5 MB of document.xml (a paragraph, then whitespace) in a ~5 KB file (ratio ≈ 1000):
    refused from the zip directory, before anything is unpacked."""
    return minimal_docx(document_xml(para(THAI) + " " * (5 * 1024 * 1024)))


def billion_laughs_docx() -> bytes:
    lol = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    prolog = f"<!DOCTYPE w:document [{''.join(lol)}]>\n"
    return minimal_docx(document_xml("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog))


def external_entity_docx() -> bytes:
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    return minimal_docx(document_xml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog))


def pages_3000_pdf() -> bytes:
    """3000 blank A4 pages, compact: all objects in one compressed object stream + xref stream
    (pypdfium2 writes the same document uncompressed in 376 KB; this one is a few KB)."""
    n = 3000
    objs = {1: b"<</Type/Catalog/Pages 2 0 R>>",
            2: b"<</Type/Pages/Count %d/Kids[%s]>>" % (
                n, b" ".join(b"%d 0 R" % (3 + i) for i in range(n)))}
    for i in range(n):
        objs[3 + i] = b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"
    header, body = [], b""
    for num_, data in objs.items():
        header.append(b"%d %d" % (num_, len(body)))
        body += data + b"\n"
    head = b" ".join(header) + b"\n"
    stream = zlib.compress(head + body, 9)
    ostm = 3 + n
    xref = ostm + 1
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    ostm_at = len(out)
    out += (b"%d 0 obj\n<</Type/ObjStm/N %d/First %d/Filter/FlateDecode/Length %d>>\nstream\n"
            % (ostm, len(objs), len(head), len(stream)) + stream + b"\nendstream\nendobj\n")
    xref_at = len(out)
    rows = [b"\x00\x00\x00\x00\x00\xff\xff"]
    for index, num_ in enumerate(objs):
        rows.append(b"\x02" + ostm.to_bytes(4, "big") + index.to_bytes(2, "big"))
    rows.append(b"\x01" + ostm_at.to_bytes(4, "big") + b"\x00\x00")
    rows.append(b"\x01" + xref_at.to_bytes(4, "big") + b"\x00\x00")
    table = zlib.compress(b"".join(rows), 9)
    out += (b"%d 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Root 1 0 R/Filter/FlateDecode/Length %d>>"
            b"\nstream\n" % (xref, xref + 1, len(table)) + table + b"\nendstream\nendobj\n")
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    import pypdfium2 as pdfium
    assert len(pdfium.PdfDocument(out)) == n, "the compact PDF must open with 3000 pages"
    return out


def scanned_pdf() -> bytes:
    """A page that is only a picture of text (no text layer), as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", (620, 877), 255)
    draw = ImageDraw.Draw(img)
    font_path = next((p for p in ("/usr/local/share/fonts/thai/THSarabunNew.ttf",
                                  "/usr/share/fonts/truetype/tlwg/Garuda.ttf") if Path(p).exists()),
                     None)
    font = ImageFont.truetype(font_path, 28) if font_path else ImageFont.load_default()
    lines = [THAI, "ชื่อ นายสมชาย ใจดี ตำแหน่ง ครู วิทยฐานะ ชำนาญการ",
             "ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง"]
    for i, line in enumerate(lines):
        draw.text((40, 60 + 44 * i), line, font=font, fill=0)
    out = io.BytesIO()
    img.convert("1").save(out, "PDF", resolution=75)
    return out.getvalue()


def garbage_pdf() -> bytes:
    return b"%PDF-1.7\n" + b"\x00\x13not really a pdf\n" * 8 + b"%%EOF\n"


# name → (maker, expected error code or None when the file must be read, what it shows)
FILES: dict[str, tuple[Callable[[], bytes], str | None, str]] = {
    "empty.docx": (empty, "empty", "zero bytes"),
    "png-named.docx": (png_named_docx, "unsupported-type", "a PNG image renamed .docx"),
    "jpeg-named.docx": (jpeg_named_docx, "unsupported-type", "a JPEG image renamed .docx"),
    "html-named.docx": (html_named_docx, "unsupported-type", "an HTML page renamed .docx"),
    "text-named.docx": (text_named_docx, "unsupported-type", "Thai plain text renamed .docx"),
    "doc-named.docx": (doc_named_docx, "unsupported-type", "a Word 97 .doc renamed .docx"),
    "pdf-named.docx": (pdf_named_docx, None, "a real PDF renamed .docx: read as PDF"),
    "truncated.docx": (truncated_docx, "corrupt", "a DOCX cut in half (no zip directory)"),
    "bad-xml.docx": (bad_xml_docx, "corrupt", "a valid zip whose document.xml is not XML"),
    "plain-zip.docx": (plain_zip_named_docx, "not-docx", "a zip of a text file"),
    "xlsx-named.docx": (xlsx_named_docx, "not-docx", "an Excel workbook renamed .docx"),
    "odt-named.docx": (odt_named_docx, "not-docx", "a LibreOffice Writer .odt renamed .docx"),
    "encrypted.docx": (encrypted_docx, "encrypted", "a password-protected DOCX (OLE container)"),
    "encrypted.pdf": (encrypted_pdf, "encrypted", "a PDF with an open password (LibreOffice)"),
    "zip-bomb.docx": (zip_bomb_docx, "zip-bomb", "5 MB document.xml compressed ~1000:1"),
    "billion-laughs.docx": (billion_laughs_docx, "xml-attack", "entity expansion in document.xml"),
    "external-entity.docx": (external_entity_docx, "xml-attack", "an external entity (XXE)"),
    "pages-3000.pdf": (pages_3000_pdf, "too-many-pages", "3000 blank pages"),
    "scanned.pdf": (scanned_pdf, "scanned", "an image-only page, no text layer"),
    "garbage.pdf": (garbage_pdf, "corrupt", "a %PDF- header and nothing a PDF reader can open"),
}


def main(names: list[str]) -> None:
    chosen = names or list(FILES)
    for name in chosen:
        maker, _, _ = FILES[name]
        data = maker()
        (HERE / name).write_bytes(data)
        print(f"{name:24} {len(data):>7} bytes")
    expected = {name: code for name, (_, code, _) in FILES.items()}
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])

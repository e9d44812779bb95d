"""Regenerate the LibreOffice-saved DOCX fixtures of tests/extractors/test_docx.py.

    python tests/extractors/data/make_data.py

Each file is first built with python-docx (+ raw XML for what python-docx cannot author), then
opened and saved again by LibreOffice (`soffice --headless --convert-to docx`), so the tests see
the XML a real second producer writes (its own numbering, tables, text-box and field markup).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx_xml import (abstract_num, checkbox_sdt, field_paragraph, new_document,  # noqa: E402
                      num, numpr, p, textbox_paragraph, to_bytes, tracked_paragraph)

ZWSP = "\u200b"


def features() -> bytes:
    blocks = [
        p("แบบข้อตกลงในการพัฒนางาน"),
        p(f"การ{ZWSP}พัฒนา{ZWSP}ทักษะ{ZWSP}การ{ZWSP}อ่าน"),
        p("ข้อแรก", ppr=numpr(10)),
        p("ข้อสอง", ppr=numpr(10)),
        p("ข้อไทยหนึ่ง", ppr=numpr(11)),
        p("ข้อไทยสอง", ppr=numpr(11)),
        p("ข้ออักษรหนึ่ง", ppr=numpr(12)),
        p("ข้ออักษรสอง", ppr=numpr(12)),
        checkbox_sdt(True, "ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน"),
        checkbox_sdt(False, "ห้องเรียนปฐมวัย"),
        textbox_paragraph("ย่อหน้ายึดกล่อง", "ข้อความในกล่อง"),
        tracked_paragraph("คงไว้", "เพิ่มเข้า", "ลบออก"),
        field_paragraph("ปีงบประมาณ ", 'DOCPROPERTY "Year"', "2566"),
        '<w:p><w:sdt><w:sdtPr><w:alias w:val="ชื่อ"/></w:sdtPr><w:sdtContent><w:r>'
        '<w:t>นายสมชาย ใจดี</w:t></w:r></w:sdtContent></w:sdt></w:p>',
        p("จบ"),
    ]
    numbering = [abstract_num(90, [("decimal", "%1.", 1)]),
                 abstract_num(91, [("thaiNumbers", "%1)", 1)]),
                 abstract_num(92, [("thaiLetters", "%1.", 1)]),
                 num(10, 90), num(11, 91), num(12, 92)]
    return to_bytes(new_document(blocks, numbering))


def tables() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("ตาราง")
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    head = table.cell(0, 1).merge(table.cell(0, 2))
    head.text = "งาน (Tasks)"
    table.cell(0, 0).text = "ด้าน"
    table.cell(0, 3).text = "ตัวชี้วัด"
    area = table.cell(1, 0).merge(table.cell(3, 0))
    area.text = "1. ด้านการจัดการเรียนรู้"
    for r in range(1, 4):
        table.cell(r, 1).text = f"งานที่ {r}"
        table.cell(r, 2).text = f"ภาคเรียน {r}"
        table.cell(r, 3).text = f"ร้อยละ {70 + r}"
    inner = table.cell(2, 3).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "ซ้อน ก"
    inner.cell(1, 1).text = "ซ้อน ข"
    document.add_paragraph("หลังตาราง")
    return to_bytes(document)


def resave(name: str, data: bytes) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice not found")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src" / name
        src.parent.mkdir()
        src.write_bytes(data)
        out = Path(tmp) / "out"
        profile = Path(tmp) / "profile"
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)],
                       check=True, capture_output=True, timeout=180)
        (HERE / name).write_bytes((out / name).read_bytes())


if __name__ == "__main__":
    resave("lo-features.docx", features())
    resave("lo-tables.docx", tables())
    print("wrote", *(str(p) for p in sorted(HERE.glob("lo-*.docx"))))

"""The stated workload total when a PDF joins it to the 1.4 line above it.

A PDF cannot show whether a line of Thai ended its paragraph or wrapped between two words:
with Loma, Kinnari, Sawasdee or Waree, LibreOffice leaves "รวมทั้งสิ้น ๒๔ ชั่วโมง/สัปดาห์" under a
1.4 line that nearly fills the page, and the reader joins the two. The total must still be
read as stated (not the sum of the lines), so that workload.sum-mismatch can fire."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from test_pa1_build import HEADER, PART2, Doc

from extractors.pa1 import parse

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "documents"

HEAD = """
ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง
1. ภาระงาน จะมีภาระงานเป็นไปตามที่ ก.ค.ศ. กำหนด ดังนี้
1.1 ชั่วโมงสอนตามตารางสอน รวมจำนวน 18 ชั่วโมง/สัปดาห์ ดังนี้
รายวิชา ค14101 คณิตศาสตร์ 4 จำนวน 5 ชั่วโมง/สัปดาห์ รวม 2 ห้อง
รายวิชา ว14101 วิทยาศาสตร์ 4 จำนวน 13 ชั่วโมง/สัปดาห์
1.2 งานส่งเสริมและสนับสนุนการจัดการเรียนรู้ จำนวน 4 ชั่วโมง/สัปดาห์
1.3 งานพัฒนาคุณภาพการจัดการศึกษาของสถานศึกษา จำนวน 2 ชั่วโมง/สัปดาห์
"""
TAIL = "2. งานที่จะปฏิบัติตามมาตรฐานตำแหน่งครู (ให้ระบุรายละเอียดของงานที่จะปฏิบัติในแต่ละด้าน)"


def workload(*last: str):
    doc = Doc(fmt="pdf").lines(HEADER).lines(HEAD)
    for line in last:
        doc.p(line)
    doc.lines(TAIL).lines(PART2)
    return parse(doc.raw()).workload


@pytest.mark.parametrize("joined", [
    "๑.๔ งานตอบสนองนโยบายและจุดเน้น จำนวน ๑ ชั่วโมง/สัปดาห์รวมทั้งสิ้น ๒๖ ชั่วโมง/สัปดาห์",
    "1.4 งานตอบสนองนโยบายและจุดเน้น จำนวน 1 ชั่วโมง/สัปดาห์ รวมทั้งหมด 26 ชั่วโมง/สัปดาห์",
    "1.4 งานตอบสนองนโยบายและจุดเน้น จำนวน 1 ชั่วโมง/สัปดาห์รวม 26 ชั่วโมง/สัปดาห์",
])
def test_total_joined_to_the_policy_line_is_the_stated_total(joined: str) -> None:
    w = workload(joined)
    assert (w.teaching, w.support, w.quality, w.policy) == (18, 4, 2, 1)
    assert (w.total, w.stated_total) == (26, 26)


def test_lines_without_a_joined_total_are_unchanged() -> None:
    w = workload("1.4 งานตอบสนองนโยบายและจุดเน้น จำนวน 1 ชั่วโมง/สัปดาห์")
    assert (w.policy, w.total, w.stated_total) == (1, 25, None)
    w = workload("1.4 งานตอบสนองนโยบายและจุดเน้น จำนวน 1 ชั่วโมง/สัปดาห์",
                 "รวมทั้งสิ้น 26 ชั่วโมง/สัปดาห์")
    assert (w.policy, w.total, w.stated_total) == (1, 26, 26)
    assert w.subjects[0].endswith("รวม 2 ห้อง")  # a subject line keeps its own "รวม"


def _font_swapped_pdf(docx: Path, font: str, tmp_path: Path) -> bytes:
    """`docx` with TH SarabunPSK replaced by `font` in word/*.xml, printed by LibreOffice."""
    from conftest import require_tool, soffice_profile

    soffice = require_tool("soffice")
    swapped = tmp_path / f"{docx.stem}-{font}.docx"
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(swapped, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if re.fullmatch(r"word/[^/]+\.xml", item.filename):
                data = data.replace(b"TH SarabunPSK", font.encode())
            out.writestr(item, data)
    subprocess.run([soffice, soffice_profile(), "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(swapped)],
                   check=True, capture_output=True, timeout=180)
    return swapped.with_suffix(".pdf").read_bytes()


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.parametrize("name, font, total", [
    ("heldout6-m2-science-professional.docx", "Loma", 24),
    ("heldout5-m5-chemistry-senior.docx", "Waree", 25),
])
def test_stated_total_survives_a_pdf_in_another_font(name: str, font: str, total: int,
                                                     tmp_path: Path) -> None:
    from extractors import extract

    docx = SAMPLES / name
    if not docx.exists():
        pytest.skip(f"{name} not in samples/documents")
    got = extract(_font_swapped_pdf(docx, font, tmp_path), filename=name)
    w = got.document.workload
    assert (w.total, w.stated_total) == (total, total)
    assert w.teaching + w.support + w.quality + w.policy != total  # the sum-mismatch stays

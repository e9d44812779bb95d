"""PDF line wraps the parser must see through: a range wrapped at its dash, a form heading
glued to the last line above it, decimals at a line start.  Hand-built RawDocuments."""

from __future__ import annotations

from test_pa1_build import TABLE_HEAD
from test_pa1_pdf import pdf_doc, row, table

from extractors.pa1 import parse
from extractors.pa1.lists import split_items
from extractors.raw import Paragraph
from models.document import SourceRef


def _paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(t, SourceRef(kind="page", page=0)) for t in texts]


def test_range_wrapped_at_its_dash_in_a_numbered_list_is_one_item():
    t = table([row([[h] for h in TABLE_HEAD], 0),
               row([["1. ด้านการจัดการเรียนรู้"],
                    ["๑. จัดทำหน่วยการเรียนรู้คละชั้น ป.๑", "- ๓ ที่ใช้หัวเรื่องเดียวกัน", "๒. ออกแบบแผน"],
                    ["๑. นักเรียนอ่านออก"],
                    ["๑. นักเรียนชั้น ป.๑ ร้อยละ ๘๐ อ่านออก", "๒. นักเรียนชั้น ป.๒", "- ๓ ร้อยละ ๗๐ มีผลสัมฤทธิ์"]],
                   0)], 0)
    a1 = parse(pdf_doc(t)).part1.areas[0]
    assert a1.tasks == ["จัดทำหน่วยการเรียนรู้คละชั้น ป.๑ - ๓ ที่ใช้หัวเรื่องเดียวกัน", "ออกแบบแผน"]
    assert a1.indicators == ["นักเรียนชั้น ป.๑ ร้อยละ ๘๐ อ่านออก", "นักเรียนชั้น ป.๒ - ๓ ร้อยละ ๗๐ มีผลสัมฤทธิ์"]


def test_range_wrapped_after_a_number_in_a_dash_list_stays_in_its_item():
    items = split_items(_paras("- นักเรียนร้อยละ 85 ท่องสูตรคูณแม่ 2", "- 5 ได้ถูกต้อง", "- นักเรียนมีความสุข"),
                        wrapped=True)
    assert [i.text for i in items] == ["นักเรียนร้อยละ 85 ท่องสูตรคูณแม่ 2 - 5 ได้ถูกต้อง", "นักเรียนมีความสุข"]


def test_a_dash_list_item_starting_with_a_number_is_still_an_item():
    items = split_items(_paras("- จัดกิจกรรมลูกเสือ", "- 5 ส ในห้องเรียน", "- เยี่ยมบ้าน"), wrapped=True)
    assert [i.text for i in items] == ["จัดกิจกรรมลูกเสือ", "5 ส ในห้องเรียน", "เยี่ยมบ้าน"]


def test_typed_dash_paragraphs_in_a_docx_stay_items():
    items = split_items(_paras("1. นักเรียนชั้น ป.2", "- 3 คน"), wrapped=False)
    assert [i.text for i in items] == ["นักเรียนชั้น ป.2", "3 คน"]

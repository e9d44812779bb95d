"""PDF line wraps the parser must see through: a range wrapped at its dash, a form heading
glued to the last line above it, decimals at a line start.  Hand-built RawDocuments."""

from __future__ import annotations

from test_pa1_build import HEADER, PART2, TABLE_HEAD, WORKLOAD, Doc
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


def _paragraph_layout_pdf(body: list[str]) -> Doc:
    return Doc(fmt="pdf").lines(HEADER).lines(WORKLOAD).lines("\n".join(body)).lines(PART2)


def test_part2_heading_glued_to_the_last_indicator_is_split_off():
    body = ["ด้านที่ 1 ด้านการจัดการเรียนรู้", "งาน (Tasks)", "1. วิเคราะห์หลักสูตร", "ผลลัพธ์ (Outcomes)",
            "1. นักเรียนมีความรู้", "ตัวชี้วัด (Indicators)",
            "1. นักเรียนร้อยละ 80 ตอบถูกอย่างน้อย 8 ใน 10 ข้อส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย"
            "ในการพัฒนาผลลัพธ์การเรียนรู้ของผู้เรียน"]
    d = Doc(fmt="pdf").lines(HEADER).lines(WORKLOAD).lines("\n".join(body))
    d.lines("\n".join(PART2.strip().split("\n")[1:]))  # Part 2 without its own heading line
    doc = parse(d.raw())
    assert doc.part1.areas[0].indicators == ["นักเรียนร้อยละ 80 ตอบถูกอย่างน้อย 8 ใน 10 ข้อ"]
    assert doc.part2 is not None and doc.part2.title.startswith("การพัฒนาทักษะ")
    assert doc.sources["part2"].kind == "paragraph"


def test_area_and_subheadings_glued_inside_a_pdf_paragraph_open_their_own_lists():
    body = ["ด้านที่ 1 ด้านการจัดการเรียนรู้", "งาน (Tasks)", "1. วิเคราะห์หลักสูตร",
            "ผลลัพธ์ (Outcomes)", "1. นักเรียนมีความรู้", "ตัวชี้วัด (Indicators)",
            "1. นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์ด้านที่ 2 ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้",
            "งาน (Tasks)", "1. เยี่ยมบ้านนักเรียนผลลัพธ์ (Outcomes) 1. นักเรียนได้รับการดูแล",
            "ตัวชี้วัด (Indicators)", "1. ร้อยละ 100 ได้รับการเยี่ยมบ้าน"]
    doc = parse(_paragraph_layout_pdf(body).raw())
    assert doc.layout == "paragraphs"
    a1, a2 = doc.part1.areas
    assert a1.indicators == ["นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์"]
    assert a2.tasks == ["เยี่ยมบ้านนักเรียน"] and a2.outcomes == ["นักเรียนได้รับการดูแล"]
    assert a2.indicators == ["ร้อยละ 100 ได้รับการเยี่ยมบ้าน"]


def test_part2_sections_glued_to_the_paragraph_above_are_split_off():
    part2 = ("ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทายในการพัฒนาผลลัพธ์การเรียนรู้ของผู้เรียน\n"
             "ประเด็นท้าทาย เรื่อง การพัฒนาการอ่าน\n"
             "1. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้\n"
             "นักเรียนอ่านไม่คล่อง ๒. วิธีการดำเนินการให้บรรลุผล\n"
             "1. จัดกิจกรรมพี่ช่วยน้อง ๓. ผลลัพธ์การพัฒนาที่คาดหวัง ๓.๑ เชิงปริมาณ\n"
             "- นักเรียนร้อยละ ๗๕ อ่านผ่านเกณฑ์ ๓.๒ เชิงคุณภาพ\n"
             "- นักเรียนอ่านคล่องขึ้น")
    d = Doc(fmt="pdf").lines(HEADER).lines(WORKLOAD).lines("ด้านที่ 1 ด้านการจัดการเรียนรู้\nงาน (Tasks)\n1. ก")
    p2 = parse(d.lines(part2).raw()).part2
    assert p2.problem == "นักเรียนอ่านไม่คล่อง"
    assert p2.method == ["จัดกิจกรรมพี่ช่วยน้อง"]
    assert p2.quantitative == ["นักเรียนร้อยละ ๗๕ อ่านผ่านเกณฑ์"]
    assert p2.qualitative == ["นักเรียนอ่านคล่องขึ้น"]


def test_docx_paragraphs_are_not_cut_at_heading_words():
    body = ["ด้านที่ 1 ด้านการจัดการเรียนรู้", "งาน (Tasks)", "1. จัดกิจกรรมตามด้านที่ 2 ด้านการส่งเสริม"]
    d = Doc().lines(HEADER).lines(WORKLOAD).lines("\n".join(body)).lines(PART2)
    assert parse(d.raw()).part1.areas[0].tasks == ["จัดกิจกรรมตามด้านที่ 2 ด้านการส่งเสริม"]


def test_a_decimal_wrapped_to_a_line_start_is_not_an_item_code():
    t = table([row([[h] for h in TABLE_HEAD], 0),
               row([["1. ด้านการจัดการเรียนรู้"], ["1.1 จัดทำหลักสูตร", "1.5 วัดและประเมินผล"],
                    ["1. นักเรียนมีความรู้"],
                    ["1. นักเรียนร้อยละ ๘๐ มีผลการเรียนระดับ", "๑.๕ ขึ้นไป", "2. นักเรียนร้อยละ 70 ได้คะแนน",
                     "3.2 คะแนนขึ้นไป", "3. นักเรียนเรียนวันละ", "1.5 ชั่วโมง"]], 0)], 0)
    a1 = parse(pdf_doc(t)).part1.areas[0]
    assert a1.tasks == ["จัดทำหลักสูตร", "วัดและประเมินผล"] and a1.items == {"1.1": [0], "1.5": [1]}
    assert a1.indicators == ["นักเรียนร้อยละ ๘๐ มีผลการเรียนระดับ ๑.๕ ขึ้นไป",
                             "นักเรียนร้อยละ 70 ได้คะแนน 3.2 คะแนนขึ้นไป", "นักเรียนเรียนวันละ 1.5 ชั่วโมง"]


def test_thai_letter_numbering_is_stripped_like_numbers():
    items = split_items(_paras("ก. จัดทำข้อมูลนักเรียน", "รายบุคคล", "ข. เยี่ยมบ้านนักเรียน", "(ค) ประสานผู้ปกครอง"),
                        wrapped=True)
    assert [(i.text, i.label) for i in items] == [("จัดทำข้อมูลนักเรียนรายบุคคล", "ก"), ("เยี่ยมบ้านนักเรียน", "ข"),
                                                 ("ประสานผู้ปกครอง", "ค")]


def test_letters_out_of_order_or_under_numbers_or_grades_are_text():
    under_numbers = split_items(_paras("1. จัดกิจกรรม", "ก. อ่านออกเสียง", "ข. เขียนตามคำบอก", "2. วัดผล"))
    assert [i.text for i in under_numbers] == ["จัดกิจกรรม ก. อ่านออกเสียง ข. เขียนตามคำบอก", "วัดผล"]
    grades = split_items(_paras("นักเรียนชั้น", "ม. 1 ร้อยละ 80", "ป. 2 ร้อยละ 70"))
    assert [i.text for i in grades] == ["นักเรียนชั้น", "ม. 1 ร้อยละ 80", "ป. 2 ร้อยละ 70"]
    not_from_ko = split_items(_paras("ข. เยี่ยมบ้าน", "ค. ประสาน"))
    assert [i.text for i in not_from_ko] == ["ข. เยี่ยมบ้าน", "ค. ประสาน"]


def test_challenge_title_glued_to_the_last_indicator_does_not_take_it_along():
    body = ["ด้านที่ 1 ด้านการจัดการเรียนรู้", "งาน (Tasks)", "1. วิเคราะห์หลักสูตร", "ผลลัพธ์ (Outcomes)",
            "1. นักเรียนมีความรู้", "ตัวชี้วัด (Indicators)",
            "1. นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์ประเด็นท้าทาย เรื่อง การพัฒนาการอ่านของนักเรียน"]
    d = Doc(fmt="pdf").lines(HEADER).lines(WORKLOAD).lines("\n".join(body))
    d.lines("1. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้\nนักเรียนอ่านไม่คล่อง")
    doc = parse(d.raw())
    assert doc.part1.areas[0].indicators == ["นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์"]
    assert doc.part2.title == "การพัฒนาการอ่านของนักเรียน"


def test_a_standard_code_wrapped_after_its_strand_letter_stays_in_its_item():
    items = split_items(_paras("๑. ออกแบบกิจกรรมการเขียนเรียงความตามมาตรฐาน ท",
                               "๒.๑ ป.๖/๒ โดยใช้แผนภาพความคิด", "๒. จัดทำแบบประเมินการเขียน"),
                        wrapped=True)
    assert [i.text for i in items] == [
        "ออกแบบกิจกรรมการเขียนเรียงความตามมาตรฐาน ท ๒.๑ ป.๖/๒ โดยใช้แผนภาพความคิด",
        "จัดทำแบบประเมินการเขียน"]


def test_an_item_code_after_an_ordinary_line_still_starts_a_task():
    items = split_items(_paras("๑.๑ ปรับปรุงหลักสูตรรายวิชา", "๑.๒ ออกแบบแผนการจัดการเรียนรู้"), wrapped=True)
    assert len(items) == 2

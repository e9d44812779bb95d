"""Part 1 in every layout, from hand-built RawDocuments."""

from __future__ import annotations

from test_pa1_build import HEADER, PART2, TABLE_HEAD, WORKLOAD, C, Doc, build_table

from extractors.pa1 import parse

AREA1 = "1. ด้านการจัดการเรียนรู้ ลักษณะงานที่เสนอให้ครอบคลุมถึง การสร้างและหรือพัฒนาหลักสูตร"
AREA2 = "2. ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้ ลักษณะงานที่เสนอให้ครอบคลุมถึง การจัดทำข้อมูลสารสนเทศ"
AREA3 = "3. ด้านการพัฒนาตนเองและวิชาชีพ ลักษณะงานที่เสนอให้ครอบคลุมถึง การพัฒนาตนเองอย่างเป็นระบบ"


def with_table(rows: list[list], **kw) -> Doc:
    return Doc().lines(HEADER).lines(WORKLOAD).table(rows, **kw).lines(PART2)


def test_area_rows_inline_numbering_soft_breaks_and_labels():
    rows = [
        TABLE_HEAD,
        [AREA1,
         "1.จัดทำหลักสูตร 2.ออกแบบแผนการจัดการเรียนรู้ 3. จัดกิจกรรม Active Learning",
         "1) นักเรียนมีทักษะการแก้โจทย์ปัญหา\n2) นักเรียนใช้สื่อได้",
         C(["นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์ร้อยละ 70", "นักเรียนร้อยละ 75 ใช้สื่อได้ระดับดีขึ้นไป"],
           labels=["1.", "2."])],
        [AREA2, ["- จัดทำข้อมูลสารสนเทศ", "- เยี่ยมบ้านนักเรียน"], "นักเรียนได้รับการดูแล",
         "นักเรียนร้อยละ 100 ได้รับการเยี่ยมบ้าน"],
        [AREA3, ["๑. พัฒนาตนเอง", "๒. เข้าร่วม PLC"], ["๑. นักเรียนได้เรียนรู้"], ["๑. ร้อยละ 80"]],
    ]
    doc = parse(with_table(rows).raw())
    assert doc.layout == "area-rows"
    a1, a2, a3 = doc.part1.areas
    assert a1.tasks == ["จัดทำหลักสูตร", "ออกแบบแผนการจัดการเรียนรู้", "จัดกิจกรรม Active Learning"]
    assert a1.outcomes == ["นักเรียนมีทักษะการแก้โจทย์ปัญหา", "นักเรียนใช้สื่อได้"]
    assert a1.indicators == ["นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์ร้อยละ 70",
                             "นักเรียนร้อยละ 75 ใช้สื่อได้ระดับดีขึ้นไป"]
    assert a1.items == {}
    assert a2.tasks == ["จัดทำข้อมูลสารสนเทศ", "เยี่ยมบ้านนักเรียน"]
    assert a3.tasks == ["พัฒนาตนเอง", "เข้าร่วม PLC"] and a3.indicators == ["ร้อยละ 80"]
    ref = doc.sources["part1.1.indicators.1"]
    assert (ref.table, ref.row, ref.cell, ref.line) == (0, 1, 3, 1)
    assert doc.sources["part1.2.tasks.1"].line == 1
    assert doc.confidence["part1.1.tasks.0"] == 1.0


def test_wrapped_line_continues_the_numbered_item():
    rows = [TABLE_HEAD, [AREA1, ["1. จัดทำหลักสูตรรายวิชา", "คณิตศาสตร์ให้สอดคล้องกับท้องถิ่น", "2. ออกแบบ"],
                         "1. ก", "1. ข"]]
    a1 = parse(with_table(rows).raw()).part1.areas[0]
    assert a1.tasks == ["จัดทำหลักสูตรรายวิชา คณิตศาสตร์ให้สอดคล้องกับท้องถิ่น", "ออกแบบ"]


def test_item_codes_in_tasks_are_recorded_and_stripped():
    rows = [TABLE_HEAD,
            [AREA1, ["1.1 จัดทำหลักสูตร", "(1.2) ออกแบบการเรียนรู้", "ตัวชี้วัดที่ 1.3 จัดกิจกรรม", "4. สร้างสื่อ"],
             "นักเรียนมีความรู้", "ร้อยละ 80"],
            [AREA2, ["2.1 จัดทำสารสนเทศ", "1.5 ไม่ใช่ของด้านนี้"], "ก", "ข"]]
    areas = parse(with_table(rows).raw()).part1.areas
    assert areas[0].tasks == ["จัดทำหลักสูตร", "ออกแบบการเรียนรู้", "จัดกิจกรรม", "สร้างสื่อ"]
    assert areas[0].items == {"1.1": [0], "1.2": [1], "1.3": [2]}
    assert areas[1].tasks == ["จัดทำสารสนเทศ", "1.5 ไม่ใช่ของด้านนี้"]
    assert areas[1].items == {"2.1": [0]}


def test_continuation_rows_and_vmerge():
    rows = [TABLE_HEAD,
            [C(AREA1, rows=2), "1. จัดทำหลักสูตร", "1. นักเรียนมีความรู้", "1. ร้อยละ 80"],
            [C("2. ออกแบบการเรียนรู้", col=1), C("2. นักเรียนคิดเป็น", col=2), C("2. ร้อยละ 70", col=3)],
            ["", "3. จัดกิจกรรม", "", ""],
            [AREA2, "1. ข้อมูลนักเรียน", "1. ได้รับการดูแล", "1. ร้อยละ 100"]]
    areas = parse(with_table(rows).raw()).part1.areas
    assert areas[0].tasks == ["จัดทำหลักสูตร", "ออกแบบการเรียนรู้", "จัดกิจกรรม"]
    assert areas[0].outcomes == ["นักเรียนมีความรู้", "นักเรียนคิดเป็น"]
    assert areas[0].indicators == ["ร้อยละ 80", "ร้อยละ 70"]
    assert areas[1].tasks == ["ข้อมูลนักเรียน"]


def test_table_continued_on_the_next_page_without_header():
    d = (Doc().lines(HEADER).lines(WORKLOAD)
         .table([TABLE_HEAD, [AREA1, "1. ก", "1. ข", "1. ค"]])
         .table([["", "2. ง", "2. จ", "2. ฉ"], [AREA3, "1. ช", "1. ซ", "1. ฌ"]])
         .lines(PART2))
    areas = parse(d.raw()).part1.areas
    assert [a.area for a in areas] == [1, 3]
    assert areas[0].tasks == ["ก", "ง"] and areas[0].indicators == ["ค", "ฉ"]
    assert areas[1].tasks == ["ช"]


def test_item_rows_with_area_heading_rows():
    head = ["ตัวชี้วัด/ประเด็น", "งาน (Tasks)", "ผลลัพธ์ (Outcomes)", "ตัวชี้วัด (Indicators)"]
    rows = [head,
            [C("ด้านที่ 1 ด้านการจัดการเรียนรู้", span=4)],
            ["1.1 สร้างและหรือพัฒนาหลักสูตร", "วิเคราะห์หลักสูตร\nจัดทำคำอธิบายรายวิชา", "นักเรียนเรียนตามหลักสูตร", "ร้อยละ 80"],
            ["1.2 ออกแบบการจัดการเรียนรู้", "ออกแบบแผน Active Learning", "นักเรียนได้ลงมือทำ", "ร้อยละ 85"],
            ["1.3 จัดกิจกรรมการเรียนรู้", "", "", ""],
            [C("ด้านที่ 2 ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้", span=4)],
            ["2.1 จัดทำข้อมูลสารสนเทศ", "จัดทำข้อมูลรายบุคคล", "ครูรู้จักนักเรียน", "ร้อยละ 100"],
            [C("ด้านที่ 3 ด้านการพัฒนาตนเองและวิชาชีพ", span=4)],
            ["3.1 พัฒนาตนเองอย่างเป็นระบบ", "อบรม 20 ชั่วโมง", "นักเรียนได้เรียนวิธีใหม่", "ร้อยละ 80"],
            ["3.2 แลกเปลี่ยนเรียนรู้ (PLC)", "เข้าร่วม PLC", "นักเรียนได้รับการแก้ปัญหา", "ร้อยละ 75"]]
    doc = parse(with_table(rows).raw())
    assert doc.layout == "item-rows"
    a1, a2, a3 = doc.part1.areas
    assert a1.tasks == ["วิเคราะห์หลักสูตร", "จัดทำคำอธิบายรายวิชา", "ออกแบบแผน Active Learning"]
    assert a1.items == {"1.1": [0, 1], "1.2": [2]}
    assert a1.indicators == ["ร้อยละ 80", "ร้อยละ 85"]
    assert a2.items == {"2.1": [0]}
    assert a3.items == {"3.1": [0], "3.2": [1]}
    assert doc.sources["part1.1.tasks.2"].row == 3
    assert doc.sources["part1.3.tasks.1"].row == 9


def test_semester_columns():
    rows = [[C("ลักษณะงาน", rows=2), C("งาน (Tasks)", span=2), C("ผลลัพธ์ (Outcomes)", rows=2),
             C("ตัวชี้วัด (Indicators)", rows=2)],
            [C("ภาคเรียนที่ 1", col=1), C("ภาคเรียนที่ 2", col=2)],
            [AREA1, "1. ก1\n2. ก2", "1. ข1", "1. ผล", "1. ชี้"],
            [AREA2, "1. ค1", "1. ง1\n2. ง2", "1. ผล2", "1. ชี้2"]]
    doc = parse(with_table(rows).raw())
    assert doc.layout == "semester-columns"
    a1, a2 = doc.part1.areas
    assert a1.tasks == ["ก1", "ก2", "ข1"]
    assert a2.tasks == ["ค1", "ง1", "ง2"]
    assert a1.outcomes == ["ผล"] and a2.indicators == ["ชี้2"]


def test_semester_columns_across_rows_of_one_area():
    rows = [[C("ลักษณะงาน", rows=2), C("งาน (Tasks)", span=2), C("ผลลัพธ์ (Outcomes)", rows=2),
             C("ตัวชี้วัด (Indicators)", rows=2)],
            [C("ภาคเรียนที่ 1", col=1), C("ภาคเรียนที่ 2", col=2)],
            [C(AREA1, rows=2), "1. ก1", "1. ข1", "1. ผล", "1. ชี้"],
            [C("2. ก2", col=1), C("2. ข2", col=2), C("", col=3), C("", col=4)]]
    a1 = parse(with_table(rows).raw()).part1.areas[0]
    assert a1.tasks == ["ก1", "ก2", "ข1", "ข2"]


def test_nested_table_in_a_cell_is_read_in_order():
    inner = build_table([["1. จัดทำหลักสูตร"], ["2. ออกแบบการเรียนรู้"]], 0, nested=(0,))
    rows = [TABLE_HEAD, [AREA1, C(inner), "1. นักเรียนมีความรู้", "1. ร้อยละ 80"]]
    a1 = parse(with_table(rows).raw()).part1.areas[0]
    assert a1.tasks == ["จัดทำหลักสูตร", "ออกแบบการเรียนรู้"]


def test_part1_table_nested_in_a_wrapper_table():
    inner = build_table([TABLE_HEAD, [AREA1, "1. ก", "1. ข", "1. ค"], [AREA2, "1. ง", "1. จ", "1. ฉ"]], 0,
                        nested=(0,))
    d = Doc().lines(HEADER).lines(WORKLOAD).table([[C(inner)]]).lines(PART2)
    areas = parse(d.raw()).part1.areas
    assert [a.tasks for a in areas] == [["ก"], ["ง"]]


def test_headers_missing_columns_by_order():
    d = Doc().lines(HEADER).lines(WORKLOAD)
    d.table([[AREA1, "1. ก", "1. ข", "1. ค"], [AREA2, "1. ง", "1. จ", "1. ฉ"]])
    d.lines(PART2)
    doc = parse(d.raw())
    a1, a2 = doc.part1.areas
    assert (a1.tasks, a1.outcomes, a1.indicators) == (["ก"], ["ข"], ["ค"])
    assert (a2.area, a2.tasks) == (2, ["ง"])
    assert doc.confidence["part1.1.tasks.0"] < 1.0


def test_a_headerless_workload_table_is_not_part1():
    d = Doc().lines(HEADER).p("ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง")
    d.table([["1.1 ชั่วโมงสอนตามตารางสอน", "ค14101", "18"], ["1.2 งานส่งเสริมและสนับสนุน", "-", "4"],
             ["1.3 งานพัฒนาคุณภาพ", "-", "2"], ["1.4 งานตอบสนองนโยบาย", "-", "1"]])
    doc = parse(d.raw())
    assert doc.part1.areas == [] and doc.workload.teaching == 18 and doc.workload.total == 25


def test_paragraphs_layout():
    body = """
ด้านที่ 1 ด้านการจัดการเรียนรู้
งาน (Tasks)
1. วิเคราะห์หลักสูตร
2. ออกแบบแผนการจัดการเรียนรู้
ผลลัพธ์ (Outcomes)
1. นักเรียนมีความรู้
ตัวชี้วัด (Indicators)
1. นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์
ด้านที่ 2 ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้
งาน (Tasks)
1. เยี่ยมบ้านนักเรียน
ผลลัพธ์ (Outcomes)
1. นักเรียนได้รับการดูแล
ตัวชี้วัด (Indicators)
1. ร้อยละ 100
ด้านที่ 3 ด้านการพัฒนาตนเองและวิชาชีพ
งาน (Tasks)
3.1 อบรมออนไลน์
"""
    doc = parse(Doc().lines(HEADER).lines(WORKLOAD).lines(body).lines(PART2).raw())
    assert doc.layout == "paragraphs"
    a1, a2, a3 = doc.part1.areas
    assert a1.tasks == ["วิเคราะห์หลักสูตร", "ออกแบบแผนการจัดการเรียนรู้"]
    assert a1.outcomes == ["นักเรียนมีความรู้"]
    assert a1.indicators == ["นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์"]
    assert a2.tasks == ["เยี่ยมบ้านนักเรียน"] and a2.indicators == ["ร้อยละ 100"]
    assert a3.tasks == ["อบรมออนไลน์"] and a3.items == {"3.1": [0]}
    assert doc.part2 is not None and doc.part2.title.startswith("การพัฒนาทักษะ")
    assert doc.sources["part1.1.tasks.1"].kind == "paragraph"


def test_placeholder_items_are_dropped():
    rows = [TABLE_HEAD, [AREA1, "1. จัดทำหลักสูตร\n2. ..........", "1. ........", ""]]
    a1 = parse(with_table(rows).raw()).part1.areas[0]
    assert a1.tasks == ["จัดทำหลักสูตร"] and a1.outcomes == [] and a1.indicators == []


def test_three_columns_without_labels_are_the_three_areas_in_order():
    rows = [["งาน (Tasks)", "ผลลัพธ์ (Outcomes)", "ตัวชี้วัด (Indicators)"],
            ["1. ก", "1. ข", "1. ค"], ["1. ง", "1. จ", "1. ฉ"], ["1. ช", "1. ซ", "1. ฌ"]]
    doc = parse(with_table(rows).raw())
    assert [(a.area, a.tasks) for a in doc.part1.areas] == [(1, ["ก"]), (2, ["ง"]), (3, ["ช"])]
    assert doc.confidence["part1.2.tasks.0"] < 1.0


def test_items_with_blanks_left_in_have_lower_confidence():
    rows = [TABLE_HEAD, [AREA1, "1. จัดทำหลักสูตรวิชา..........\n2. ออกแบบ", "1. ก", "1. ข"]]
    doc = parse(with_table(rows).raw())
    assert doc.part1.areas[0].tasks[0] == "จัดทำหลักสูตรวิชา.........."
    assert doc.confidence["part1.1.tasks.0"] == 0.8 and doc.confidence["part1.1.tasks.1"] == 1.0


def test_paragraphs_layout_without_part2_stops_at_the_signature_block():
    body = """
ด้านที่ 1 ด้านการจัดการเรียนรู้
งาน (Tasks)
1. วิเคราะห์หลักสูตร
ผลลัพธ์ (Outcomes)
1. นักเรียนมีความรู้
ตัวชี้วัด (Indicators)
1. นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์
ด้านที่ 3 ด้านการพัฒนาตนเองและวิชาชีพ
งาน (Tasks)
1. อบรมออนไลน์
ผลลัพธ์ (Outcomes)
1. นักเรียนได้เรียนวิธีใหม่
ตัวชี้วัด (Indicators)
1. นักเรียนร้อยละ 75 มีผลงานระดับดีขึ้นไป
ลงชื่อ....................................ผู้จัดทำข้อตกลง
(นายสมชาย ใจดี)
ความเห็นของผู้อำนวยการสถานศึกษา
( ) เห็นชอบ
"""
    doc = parse(Doc().lines(HEADER).lines(WORKLOAD).lines(body).raw())
    assert doc.part2 is None
    assert doc.part1.area(3).indicators == ["นักเรียนร้อยละ 75 มีผลงานระดับดีขึ้นไป"]

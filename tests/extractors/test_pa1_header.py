"""Header and workload of the PA1 form, from hand-built RawDocuments."""

from __future__ import annotations

import pytest
from test_pa1_build import HEADER, PART2, WORKLOAD, C, Doc

from extractors.pa1 import parse
from models.document import ClassroomType, RankId


def doc_with(header: str, workload: str = WORKLOAD) -> Doc:
    return Doc().lines(header).lines(workload)


def test_official_header():
    d = parse(doc_with(HEADER).lines(PART2).raw())
    h = d.header
    assert h.name == "นายสมชาย ใจดี"
    assert h.position == "ครู"
    assert h.rank == RankId.PROFESSIONAL
    assert h.salary_band == "คศ.2"
    assert h.school == "โรงเรียนบ้านหนองบัว"
    assert h.affiliation == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1"
    assert h.fiscal_year == 2566
    assert h.period is not None and (h.period.start, h.period.end) == ("2565-10-01", "2566-09-30")
    assert h.classroom_types == [ClassroomType.GENERAL]
    # sources point at the paragraph the value came from
    assert d.sources["header.name"].paragraph == 6
    assert d.sources["header.school"].paragraph == 7
    assert d.confidence["header.name"] == 1.0


def test_thai_digits_abbreviated_period_and_spacing():
    header = """
ปีงบประมาณ ๒๕๖๗
ระหว่างวันที่ ๑ ต.ค. ๖๖ – ๓๐ ก.ย. ๖๗
ชื่อ-สกุล นางสาว มณี    รักเรียน
ตำแหน่ง ครู วิทยฐานะ -
สถานศึกษา.......โรงเรียนวัดใหม่.......สังกัด สพป.เชียงใหม่ เขต ๒
รับเงินเดือนในอันดับ ค.ศ. ๑ อัตราเงินเดือน ๒๕,๐๐๐ บาท
[/] ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน [ ] ห้องเรียนปฐมวัย (/) ห้องเรียนการศึกษาพิเศษ
"""
    h = parse(doc_with(header).raw()).header
    assert h.name == "นางสาวมณี รักเรียน"
    assert h.fiscal_year == 2567
    assert (h.period.start, h.period.end) == ("2566-10-01", "2567-09-30")
    assert h.rank == RankId.TEACHER
    assert h.school == "โรงเรียนวัดใหม่"
    assert h.affiliation == "สพป.เชียงใหม่ เขต ๒"
    assert h.salary_band == "คศ.1"
    assert h.classroom_types == [ClassroomType.GENERAL, ClassroomType.SPECIAL_EDUCATION]


def test_template_placeholders_are_none():
    header = """
แบบข้อตกลงในการพัฒนางาน (PA 1/ส)
ปีงบประมาณ ....................
ระหว่างวันที่.....เดือน.....พ.ศ.ถึงวันที่.....เดือน.....พ.ศ.
ชื่อ..........................นามสกุล..........................ตำแหน่ง..................
สถานศึกษา..........................สังกัด..........................
รับเงินเดือนในอันดับ ............ อัตราเงินเดือน ............ บาท
☐ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน
☐ ห้องเรียนปฐมวัย
"""
    d = parse(doc_with(header, "").raw())
    h = d.header
    assert h.name is None and h.position is None and h.school is None and h.affiliation is None
    assert h.fiscal_year is None and h.period is None and h.salary_band is None
    assert h.classroom_types == [] and h.rank is None


def test_header_in_borderless_two_column_table():
    d = (Doc().p("แบบข้อตกลงในการพัฒนางาน (PA 1/ส)").p("ปีงบประมาณ 2566")
         .table([["ชื่อ", "นางมณี รักเรียน"], ["ตำแหน่ง", "ครู"], ["วิทยฐานะ", "ชำนาญการพิเศษ"],
                 ["สถานศึกษา", "โรงเรียนบ้านหนองบัว"], ["สังกัด", "สพม.ขอนแก่น"],
                 ["อันดับ", "คศ.3"]])
         .lines(WORKLOAD))
    doc = parse(d.raw())
    h = doc.header
    assert h.name == "นางมณี รักเรียน"
    assert h.rank == RankId.SENIOR_PROFESSIONAL
    assert h.school == "โรงเรียนบ้านหนองบัว"
    assert h.salary_band == "คศ.3"
    ref = doc.sources["header.name"]
    assert (ref.kind, ref.table, ref.row, ref.cell) == ("cell", 0, 0, 1)


def test_value_on_the_next_line():
    header = """
ชื่อ
นายสมชาย ใจดี
สถานศึกษา
โรงเรียนบ้านหนองบัว
"""
    h = parse(doc_with(header).raw()).header
    assert h.name == "นายสมชาย ใจดี"
    assert h.school == "โรงเรียนบ้านหนองบัว"


@pytest.mark.parametrize("line, extra, rank", [
    ("ชื่อ นายก ข ตำแหน่ง ครูชำนาญการพิเศษ", "", RankId.SENIOR_PROFESSIONAL),
    ("ชื่อ นายก ข ตำแหน่ง ครู วิทยฐานะชำนาญการพิเศษ", "", RankId.SENIOR_PROFESSIONAL),
    ("ชื่อ นายก ข ตำแหน่ง ครู วิทยฐานะ ชพ.", "", RankId.SENIOR_PROFESSIONAL),
    ("ชื่อ นายก ข ตำแหน่ง ครู วิทยฐานะ เชี่ยวชาญ", "", RankId.EXPERT),
    ("ชื่อ นายก ข ตำแหน่ง ครู", "รับเงินเดือนในอันดับ คศ.3", RankId.SENIOR_PROFESSIONAL),
    ("ชื่อ นายก ข ตำแหน่ง ครู", "", RankId.TEACHER),
    ("ชื่อ นายก ข ตำแหน่ง ครู วิทยฐานะ ไม่มีวิทยฐานะ", "อันดับ คศ.1", RankId.TEACHER),
    ("ชื่อ นายก ข ตำแหน่ง ครู วิทยฐานะ -", "", RankId.TEACHER),
    ("ชื่อ นายก ข ตำแหน่ง ครูผู้ช่วย", "", RankId.ASSISTANT),
    ("ชื่อ นายก ข", "สำหรับข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งครู วิทยฐานะครูเชี่ยวชาญ",
     RankId.EXPERT),
    ("ชื่อ นายก ข ตำแหน่ง ..........", "ข้าพเจ้าขอแสดงเจตจำนงในการจัดทำข้อตกลงในการพัฒนางานตำแหน่งครู "
     "วิทยฐานะชำนาญการ ซึ่งเป็นตำแหน่ง/วิทยฐานะที่ดำรงอยู่ในปัจจุบัน", RankId.PROFESSIONAL),
])
def test_rank_variants(line, extra, rank):
    h = parse(doc_with(f"{line}\n{extra}\n" if extra else line).raw()).header
    assert h.rank == rank


def test_rank_from_band_has_lower_confidence():
    d = parse(doc_with("ชื่อ นายก ข ตำแหน่ง ครู\nรับเงินเดือนในอันดับ คศ.3").raw())
    assert d.header.rank == RankId.SENIOR_PROFESSIONAL
    assert d.confidence["header.rank"] < 1.0


@pytest.mark.parametrize("tick", ["☑", "☒", "■", "✓", "✔", "(/)", "[/]", "[✓]", "⊠"])
def test_ticks(tick):
    header = f"☐ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน\n{tick} ห้องเรียนปฐมวัย\n□ ห้องเรียนสายวิชาชีพ\n( ) ห้องเรียนการศึกษานอกระบบ"
    assert parse(doc_with(header).raw()).header.classroom_types == [ClassroomType.EARLY_CHILDHOOD]


def test_classroom_ticks_in_a_table_row():
    d = Doc().table([["☑", "ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน", "☐", "ห้องเรียนปฐมวัย"],
                     ["☐", "ห้องเรียนสายวิชาชีพ", "☑", "ห้องเรียนการศึกษานอกระบบ / ตามอัธยาศัย"]])
    h = parse(d.lines(WORKLOAD).raw()).header
    assert h.classroom_types == [ClassroomType.GENERAL, ClassroomType.NON_FORMAL]


# --- workload --------------------------------------------------------------------------------

def test_workload_lines_with_subjects_and_total():
    d = parse(doc_with(HEADER).raw())
    w = d.workload
    assert (w.teaching, w.support, w.quality, w.policy, w.total) == (18, 4, 2, 1, 25)
    assert w.stated_total == 25
    assert w.subjects == ["รายวิชา ค14101 คณิตศาสตร์ 4 จำนวน 5 ชั่วโมง/สัปดาห์",
                          "รายวิชา ว14101 วิทยาศาสตร์ 4 จำนวน 13 ชั่วโมง/สัปดาห์"]
    assert d.sources["workload.teaching"].kind == "paragraph"
    assert "header.name" in d.sources


def test_workload_thai_digits_no_total_gives_sum():
    workload = """
ส่วนที่ ๑ ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง
๑. ภาระงาน
๑.๑ ชั่วโมงสอนตามตารางสอน รวมจำนวน ๒๐ ชั่วโมง/สัปดาห์
๑.๒ งานส่งเสริมและสนับสนุนการจัดการเรียนรู้ จำนวน ๓ ชั่วโมง/สัปดาห์
๑.๓ งานพัฒนาคุณภาพการจัดการศึกษาของสถานศึกษา จำนวน ๒.๕ ชั่วโมง/สัปดาห์
๑.๔ งานตอบสนองนโยบายและจุดเน้น จำนวน ๑ ชั่วโมง/สัปดาห์
"""
    w = parse(doc_with(HEADER, workload).raw()).workload
    assert (w.teaching, w.support, w.quality, w.policy) == (20, 3, 2.5, 1)
    assert w.total == 26.5 and w.stated_total is None


def test_workload_placeholders_are_none():
    workload = """
ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง
1.1 ชั่วโมงสอนตามตารางสอน รวมจำนวน ........ ชั่วโมง/สัปดาห์
1.2 งานส่งเสริมและสนับสนุนการจัดการเรียนรู้ จำนวน ....... ชั่วโมง/สัปดาห์
1.3 งานพัฒนาคุณภาพการจัดการศึกษาของสถานศึกษา จำนวน ....... ชั่วโมง/สัปดาห์
1.4 งานตอบสนองนโยบายและจุดเน้น จำนวน ...... ชั่วโมง/สัปดาห์
"""
    w = parse(doc_with(HEADER, workload).raw()).workload
    assert (w.teaching, w.support, w.quality, w.policy, w.total) == (None, None, None, None, None)


def test_workload_as_a_table():
    d = (Doc().lines(HEADER).p("ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง").p("1. ภาระงาน")
         .table([["ภาระงาน", "ชั่วโมง/สัปดาห์"],
                 ["1.1 ชั่วโมงสอนตามตารางสอน", "๑๖"],
                 ["1.2 งานส่งเสริมและสนับสนุนการจัดการเรียนรู้", "4"],
                 ["1.3 งานพัฒนาคุณภาพการจัดการศึกษาของสถานศึกษา", "2"],
                 ["1.4 งานตอบสนองนโยบายและจุดเน้น", "2"],
                 ["รวม", "24"]]))
    doc = parse(d.raw())
    w = doc.workload
    assert (w.teaching, w.support, w.quality, w.policy, w.total) == (16, 4, 2, 2, 24)
    assert w.stated_total == 24
    assert doc.sources["workload.teaching"].kind == "cell" and doc.sources["workload.teaching"].cell == 1


def test_no_workload():
    w = parse(Doc().lines(HEADER).raw()).workload
    assert w.teaching is None and w.total is None


def test_empty_and_junk_never_raise():
    for d in (Doc(), Doc().p(""), Doc().p("....").table([[C("")]]),
              Doc().table([[]]).p("ส่วนที่ 2").p("ลงชื่อ")):
        doc = parse(d.raw())
        assert doc.header.name is None


def test_period_with_a_blank_start():
    h = parse(doc_with("ระหว่างวันที่ ........ ถึงวันที่ 30 กันยายน 2566").raw()).header
    assert h.period is not None and (h.period.start, h.period.end) == (None, "2566-09-30")


def test_teaching_subtotal_under_a_bare_1_1_and_final_total():
    workload = """
ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง
1.1 ชั่วโมงสอนตามตารางสอน ดังนี้
ค21101 คณิตศาสตร์ 1 จำนวน 10 ชั่วโมง/สัปดาห์
ค21201 คณิตศาสตร์เพิ่มเติม 1 จำนวน 6 ชั่วโมง/สัปดาห์
รวม 16 ชั่วโมง/สัปดาห์
1.2 งานส่งเสริมและสนับสนุนการจัดการเรียนรู้ จำนวน 4 ชั่วโมง/สัปดาห์
1.3 งานพัฒนาคุณภาพการจัดการศึกษาของสถานศึกษา จำนวน 2 ชั่วโมง/สัปดาห์
1.4 งานตอบสนองนโยบายและจุดเน้น จำนวน 2 ชั่วโมง/สัปดาห์
รวมทั้งสิ้น 24 ชั่วโมง/สัปดาห์
"""
    w = parse(doc_with(HEADER, workload).raw()).workload
    assert (w.teaching, w.support, w.quality, w.policy, w.total, w.stated_total) == (16, 4, 2, 2, 24, 24)
    assert len(w.subjects) == 2


def test_ticks_after_their_labels():
    d = Doc().table([["ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน", "☐", "ห้องเรียนปฐมวัย", "☑"]])
    assert parse(d.lines(WORKLOAD).raw()).header.classroom_types == [ClassroomType.EARLY_CHILDHOOD]


def test_rank_field_contradicted_by_the_title_line_has_lower_confidence():
    header = HEADER.replace("วิทยฐานะ ชำนาญการ\n", "วิทยฐานะ ชำนาญการพิเศษ\n")
    d = parse(doc_with(header).raw())
    assert d.header.rank == RankId.SENIOR_PROFESSIONAL
    assert d.confidence["header.rank"] <= 0.7
    assert parse(doc_with(HEADER).raw()).confidence["header.rank"] == 1.0


def test_name_after_phu_jat_tham_without_a_name_label():
    h = parse(doc_with("ผู้จัดทำข้อตกลง นางสาวมณี รักเรียน  ตำแหน่ง ครู").raw()).header
    assert h.name == "นางสาวมณี รักเรียน" and h.position == "ครู"
    assert parse(doc_with("ผู้จัดทำข้อตกลง\nชื่อ นายก ข").raw()).header.name == "นายก ข"

"""Part 2 (the challenge), list splitting and rank resolution."""

from __future__ import annotations

import pytest
from test_pa1_build import HEADER, PART2, WORKLOAD, C, Doc

from extractors.pa1 import parse
from extractors.pa1.lists import item_code, split_inline, strip_numbering
from extractors.pa1.rank import rank_from_sentence, rank_from_value, salary_band
from models.document import RankId


def doc(part2: str) -> Doc:
    return Doc().lines(HEADER).lines(WORKLOAD).lines(part2)


def test_official_part2():
    d = parse(doc(PART2).raw())
    c = d.part2
    assert c.title == "การพัฒนาทักษะการแก้โจทย์ปัญหาคณิตศาสตร์ของนักเรียนชั้นประถมศึกษาปีที่ 4"
    assert c.problem == "นักเรียนร้อยละ 57 มีคะแนนต่ำกว่าเกณฑ์\nครูใช้วิธีบรรยายเป็นหลัก"
    assert c.method == ["วิเคราะห์ผู้เรียนรายบุคคล (ต.ค. 2565)", "สร้างแบบฝึกทักษะ 5 ชุด", "ประเมินผลหลังเรียน"]
    assert c.quantitative == ["นักเรียนร้อยละ 75 มีคะแนนผ่านเกณฑ์ร้อยละ 70"]
    assert c.qualitative == ["นักเรียนแก้โจทย์ปัญหาได้อย่างเป็นขั้นตอน"]
    assert d.sources["part2.method.2"].kind == "paragraph"
    assert "part2.problem" in d.sources and "part2.title" in d.sources


def test_no_part2_is_none():
    assert parse(doc("").raw()).part2 is None


def test_sections_absent():
    d = parse(doc("""
ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทายในการพัฒนาผลลัพธ์การเรียนรู้ของผู้เรียน
ประเด็นท้าทาย เรื่อง ..............................
1. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้
2. วิธีการดำเนินการให้บรรลุผล
3. ผลลัพธ์การพัฒนาที่คาดหวัง
3.1 เชิงปริมาณ
3.2 เชิงคุณภาพ
ลงชื่อ......................ผู้จัดทำข้อตกลง
""").raw())
    c = d.part2
    assert c is not None
    assert (c.title, c.problem, c.method, c.quantitative, c.qualitative) == (None, None, [], [], [])


def test_title_on_the_next_line_and_content_after_colon():
    d = parse(doc("""
ส่วนที่ ๒ ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย
ประเด็นท้าทาย เรื่อง
การพัฒนาการอ่านออกเขียนได้ของนักเรียนชั้น ป.1
๑. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้ : นักเรียน 5 คนอ่านไม่ออก
๒. วิธีการดำเนินการให้บรรลุผล
๑. สำรวจ ๒. ฝึกอ่าน ๓. ประเมินผล
๓. ผลลัพธ์การพัฒนาที่คาดหวัง
๓.๑ ผลลัพธ์เชิงปริมาณ
นักเรียนร้อยละ 80 อ่านออก
๓.๒ ผลลัพธ์เชิงคุณภาพ
นักเรียนอ่านคล่อง
ความเห็นของผู้อำนวยการสถานศึกษา
เห็นชอบ
""").raw())
    c = d.part2
    assert c.title == "การพัฒนาการอ่านออกเขียนได้ของนักเรียนชั้น ป.1"
    assert c.problem == "นักเรียน 5 คนอ่านไม่ออก"
    assert c.method == ["สำรวจ", "ฝึกอ่าน", "ประเมินผล"]
    assert c.quantitative == ["นักเรียนร้อยละ 80 อ่านออก"]
    assert c.qualitative == ["นักเรียนอ่านคล่อง"]


def test_part2_in_a_one_column_table():
    d = Doc().lines(HEADER).lines(WORKLOAD).p("ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย")
    d.table([[["ประเด็นท้าทาย เรื่อง การอ่าน", "1. สภาพปัญหา", "อ่านไม่ออก", "2. วิธีการดำเนินการให้บรรลุผล",
               "1. ฝึก", "3. ผลลัพธ์การพัฒนาที่คาดหวัง", "3.1 เชิงปริมาณ", "ร้อยละ 80", "3.2 เชิงคุณภาพ",
               "อ่านคล่อง"]]])
    c = parse(d.raw()).part2
    assert (c.title, c.problem, c.method, c.quantitative, c.qualitative) == (
        "การอ่าน", "อ่านไม่ออก", ["ฝึก"], ["ร้อยละ 80"], ["อ่านคล่อง"])
    assert parse(d.raw()).sources["part2.method.0"].kind == "cell"


# --- lists -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, stripped, label", [
    ("1. ก", "ก", "1"), ("๑. ก", "ก", "1"), ("1) ก", "ก", "1"), ("๑) ก", "ก", "1"), ("(1) ก", "ก", "1"),
    ("- ก", "ก", "-"), ("• ก", "ก", "•"), ("▪ ก", "ก", "▪"), ("2.) ก", "ก", "2"), ("4..ก", "ก", "4"),
    ("1.1 ก", "1.1 ก", None), ("ร้อยละ 80", "ร้อยละ 80", None), ("3.5 ชั่วโมง", "3.5 ชั่วโมง", None),
])
def test_strip_numbering(text, stripped, label):
    assert strip_numbering(text) == (stripped, label)


def test_split_inline_only_at_the_next_number():
    assert split_inline("1.ร้อยละ 80 ระดับ 2 ขึ้นไป 2.ป.4 มีทักษะ 3. ข") == [
        "1.ร้อยละ 80 ระดับ 2 ขึ้นไป", "2.ป.4 มีทักษะ", "3. ข"]
    assert split_inline("ไม่มีเลข 1. ก") == ["ไม่มีเลข 1. ก"]


@pytest.mark.parametrize("text, area, code, rest", [
    ("1.1 ก", 1, "1.1", "ก"), ("(1.2) ก", 1, "1.2", "ก"), ("ตัวชี้วัดที่ 1.3 ก", 1, "1.3", "ก"),
    ("๒.๔ ก", 2, "2.4", "ก"), ("1.1 ก", 2, None, "1.1 ก"), ("2.5 ก", 2, None, "2.5 ก"),
    ("1.1.1 ก", 1, None, "1.1.1 ก"),
])
def test_item_code(text, area, code, rest):
    assert item_code(text, area) == (code, rest)


# --- rank ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, rank", [
    ("ครูชำนาญการพิเศษ", RankId.SENIOR_PROFESSIONAL), ("ชพ.", RankId.SENIOR_PROFESSIONAL),
    ("ชำนาญการ", RankId.PROFESSIONAL), ("ชก.", RankId.PROFESSIONAL), ("เชี่ยวชาญพิเศษ", RankId.SENIOR_EXPERT),
    ("ชช.", RankId.EXPERT), ("-", RankId.TEACHER), ("ไม่มีวิทยฐานะ", RankId.TEACHER), ("ครู", RankId.TEACHER),
    ("ครูผู้ช่วย", RankId.ASSISTANT), ("......", None), ("", None),
])
def test_rank_from_value(value, rank):
    assert rank_from_value(value) == rank


def test_rank_from_sentence_ignores_the_template_words():
    assert rank_from_sentence("ตำแหน่งครู วิทยฐานะ........ ซึ่งเป็นตำแหน่ง/วิทยฐานะที่ดำรงอยู่") is None
    assert rank_from_sentence("ตำแหน่งครู (ไม่มีวิทยฐานะ)") == RankId.TEACHER


@pytest.mark.parametrize("text, band", [("คศ.2", "คศ.2"), ("ค.ศ. ๓", "คศ.3"), ("คศ 4", "คศ.4"),
                                        ("ครูผู้ช่วย", "ครูผู้ช่วย"), ("....", None)])
def test_salary_band(text, band):
    assert salary_band(text) == band


# --- robustness ------------------------------------------------------------------------------

def test_perturbed_documents_never_raise(caplog):
    """Blocks dropped, duplicated, truncated or garbled: parse() returns, never raises, and no
    part of it had to swallow an exception (that would be logged as an error)."""
    import random

    from test_pa1_build import TABLE_HEAD, C

    from extractors.raw import Paragraph, RawDocument, Table

    base = (Doc().lines(HEADER).lines(WORKLOAD)
            .table([TABLE_HEAD, [C("1. ด้านการจัดการเรียนรู้", rows=2), "1. ก\n2. ข", "1. ค", "1. ง"],
                    [C("3. จ", col=1), C("", col=2)], [C("ด้านที่ 2", span=4)], ["2.1 ฉ", "ช", "", "ซ"]])
            .lines(PART2)).blocks
    rng = random.Random(7)
    junk = ["", "....", "☑", "1.", "(", "ส่วนที่ 2", "ส่วนที่ 1", "ประเด็นท้าทาย เรื่อง", "๑.๑", "3.1 เชิงปริมาณ",
            "ลงชื่อ", "ด้านที่ 3", "งาน (Tasks)", "\n\n", "ค.ศ.", "ปีงบประมาณ ๙๙๙๙๙"]
    for _ in range(150):
        blocks = list(base)
        for _ in range(rng.randint(1, 6)):
            i = rng.randrange(len(blocks))
            op = rng.choice(["drop", "dup", "cut", "junk", "swap"])
            b = blocks[i]
            if op == "drop" and len(blocks) > 1:
                blocks.pop(i)
            elif op == "dup":
                blocks.insert(i, b)
            elif op == "swap":
                j = rng.randrange(len(blocks))
                blocks[i], blocks[j] = blocks[j], blocks[i]
            elif isinstance(b, Paragraph):
                text = b.text[: rng.randrange(len(b.text) + 1)] if op == "cut" else rng.choice(junk)
                blocks[i] = Paragraph(text, b.ref)
            elif isinstance(b, Table) and b.rows:
                blocks[i] = Table(b.rows[: rng.randrange(len(b.rows) + 1)], b.ref, b.n_cols)
        doc = parse(RawDocument(format=rng.choice(["docx", "pdf"]), blocks=blocks))
        assert doc.dump(full=True)["header"] is not None
    assert not [r for r in caplog.records if r.name.startswith("extractors.pa1") and r.levelname == "ERROR"]


def test_part_headings_numbered_by_word():
    d = Doc().lines(HEADER).p("ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง", label="ส่วนที่ 1")
    d.lines(WORKLOAD.split("\n", 2)[2])
    d.p("ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย", label="ส่วนที่ 2")
    d.lines(PART2.split("\n", 2)[2])
    doc = parse(d.raw())
    assert doc.workload.teaching == 18
    assert doc.part2 is not None and doc.part2.method[0].startswith("วิเคราะห์ผู้เรียน")


def test_part_heading_label_is_part_of_the_key():
    from extractors.pa1.sections import find_regions, linearise

    d = Doc().p("ชื่อ นายก ข").p("ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง", label="ส่วนที่ ๑")
    d.p("ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย", label="ส่วนที่ ๒")
    regions = find_regions(linearise(d.raw()), set())
    assert (regions.part1_start, regions.part2_start) == (1, 2)


@pytest.mark.parametrize("a, b, joined", [("ปีการ", "ศึกษา", "ปีการศึกษา"), ("ร้อยละ", "๘๐ มี", "ร้อยละ ๘๐ มี"),
                                          ("O-", "NET", "O-NET"), ("PLC", "มา", "PLC มา"), ("", "ก", "ก"),
                                          # the text calls for a space (pdf_wrap): a district
                                          ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพิษณุโลก", "เขต 3",
                                           "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพิษณุโลก เขต 3"),
                                          ("จำนวน 38 คน", "ภาคเรียนที่ 2", "จำนวน 38 คน ภาคเรียนที่ 2")])
def test_join_wrapped(a, b, joined):
    from extractors.pa1.lists import join_wrapped
    assert join_wrapped(a, b) == joined


def test_quoted_title_and_inline_results():
    d = parse(doc("""
ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย
ประเด็นท้าทาย “การพัฒนาการอ่านจับใจความ”
3. ผลลัพธ์การพัฒนาที่คาดหวัง
3.1 เชิงปริมาณ นักเรียนร้อยละ 80 อ่านจับใจความได้
3.2 เชิงคุณภาพ นักเรียนสรุปเรื่องที่อ่านได้
""").raw())
    c = d.part2
    assert c.title == "การพัฒนาการอ่านจับใจความ"
    assert c.quantitative == ["นักเรียนร้อยละ 80 อ่านจับใจความได้"]
    assert c.qualitative == ["นักเรียนสรุปเรื่องที่อ่านได้"]


def test_page_numbers_left_in_the_body_are_dropped():
    c = parse(doc(PART2.replace("2) สร้างแบบฝึกทักษะ 5 ชุด", "- 2 -\n2) สร้างแบบฝึกทักษะ 5 ชุด")).raw()).part2
    assert c.method == ["วิเคราะห์ผู้เรียนรายบุคคล (ต.ค. 2565)", "สร้างแบบฝึกทักษะ 5 ชุด", "ประเมินผลหลังเรียน"]


def test_title_on_a_line_of_its_own_starting_with_reuang():
    c = parse(doc("""
ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทายในการพัฒนาผลลัพธ์การเรียนรู้ของผู้เรียน
เรื่อง การพัฒนาทักษะการเขียนสะกดคำ
1. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้
นักเรียนเขียนผิด
""").raw()).part2
    assert c.title == "การพัฒนาทักษะการเขียนสะกดคำ" and c.problem == "นักเรียนเขียนผิด"


def test_part_headings_are_anchors_in_sources():
    d = parse(doc(PART2).raw())
    assert d.sources["header"].paragraph == 0
    assert d.sources["part1"].paragraph == 16 and d.sources["part2"].paragraph == 26


def test_part2_without_heading_or_title_starts_at_its_problem_section():
    c = parse(doc(PART2.split("\n", 3)[3]).raw()).part2
    assert c is not None and c.title is None
    assert c.problem.startswith("นักเรียนร้อยละ 57") and len(c.method) == 3


def test_word_label_is_not_repeated_on_soft_broken_lines_of_a_cell():
    d = Doc().lines(HEADER).lines(WORKLOAD).lines(PART2.split("2. วิธีการ")[0])
    d.p("2. วิธีการดำเนินการให้บรรลุผล")
    d.table([[C(["วิเคราะห์ผู้เรียน\nรายบุคคล", "สร้างแบบฝึก"], labels=["1)", "2)"])]])
    c = parse(d.raw()).part2
    assert c.method == ["วิเคราะห์ผู้เรียน รายบุคคล", "สร้างแบบฝึก"]

"""What a PDF reader hands over: tables cut by page breaks, grids that differ between pages,
wrapped lines split into paragraphs.  Hand-built RawDocuments with bounding boxes."""

from __future__ import annotations

from test_pa1_build import HEADER, PART2, TABLE_HEAD, WORKLOAD, Doc

from extractors.pa1 import parse
from extractors.raw import Cell, Paragraph, RawDocument, Row, Table
from models.document import SourceRef

# x ranges of the four columns of the official table, in points
X = [(57, 150), (150, 300), (300, 420), (420, 540)]


def cell(texts: list[str], x0: float, x1: float, page: int, col: int, span: int = 1, top: float = 100) -> Cell:
    paras = [Paragraph(t, SourceRef(kind="page", page=page, bbox=(x0 + 2, top + 20 * i, x1 - 2, top + 20 * i + 16)))
             for i, t in enumerate(texts)]
    return Cell(list(paras), SourceRef(kind="page", page=page, bbox=(x0, top, x1, top + 200)),
                grid_col=col, grid_span=span)


def row(cells_texts: list[list[str]], page: int, xs=X) -> Row:
    return Row([cell(t, x0, x1, page, i) for i, (t, (x0, x1)) in enumerate(zip(cells_texts, xs))])


def table(rows: list[Row], page: int, n_cols: int = 4) -> Table:
    return Table(rows, SourceRef(kind="page", page=page, bbox=(57, 50, 540, 780)), n_cols)


def pdf_doc(*tables: Table, part2: str = PART2) -> RawDocument:
    d = Doc(fmt="pdf").lines(HEADER).lines(WORKLOAD)
    d.blocks.extend(tables)
    d.lines(part2)
    return RawDocument(format="pdf", blocks=d.blocks)


def test_row_cut_by_a_page_break_is_joined():
    t1 = table([row([[h] for h in TABLE_HEAD], 0),
                row([["1. ด้านการจัดการเรียนรู้"], ["1. จัดทำหลักสูตร", "2. วัดและประเมินผลด้วยแบบ"],
                     ["1. นักเรียนมีความรู้"], ["1. ร้อยละ 80 ได้ระดับ 3"]], 0)], 0)
    t2 = table([row([[], ["สังเกตพฤติกรรม", "3. จัดบรรยากาศ"], [], ["ขึ้นไป"]], 1),
                row([["2. ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้"], ["1. เยี่ยมบ้าน"], ["1. ได้รับการดูแล"],
                     ["1. ร้อยละ 100"]], 1)], 1)
    doc = parse(pdf_doc(t1, t2))
    a1, a2 = doc.part1.areas
    assert a1.tasks == ["จัดทำหลักสูตร", "วัดและประเมินผลด้วยแบบสังเกตพฤติกรรม", "จัดบรรยากาศ"]
    assert a1.indicators == ["ร้อยละ 80 ได้ระดับ 3 ขึ้นไป"]
    assert a2.tasks == ["เยี่ยมบ้าน"]
    assert doc.confidence["part1.1.tasks.1"] < 1.0


def test_continued_table_with_a_different_grid_maps_columns_by_position():
    t1 = table([row([[h] for h in TABLE_HEAD], 0),
                row([["1. ด้านการจัดการเรียนรู้"], ["1. ก"], ["1. ข"], ["1. ค"]], 0)], 0)
    # next page: the reader saw the Tasks column as two grid columns
    xs = [(57, 150), (150, 220), (220, 300), (300, 420), (420, 540)]
    r = Row([cell(["3. ด้านการพัฒนาตนเองและวิชาชีพ"], 57, 150, 1, 0), cell([], 150, 220, 1, 1),
             cell(["1. อบรม"], 220, 300, 1, 2), cell(["1. นักเรียนได้ประโยชน์"], 300, 420, 1, 3),
             cell(["1. ร้อยละ 75"], 420, 540, 1, 4)])
    t2 = table([r], 1, n_cols=len(xs))
    areas = parse(pdf_doc(t1, t2)).part1.areas
    assert [a.area for a in areas] == [1, 3]
    assert areas[1].tasks == ["อบรม"] and areas[1].outcomes == ["นักเรียนได้ประโยชน์"]
    assert areas[1].indicators == ["ร้อยละ 75"]


def test_header_split_over_two_rows_is_skipped():
    t = table([row([["ลักษณะงานที่เสนอให้"], ["งาน (Tasks)"], ["ผลลัพธ์ (Outcomes) ที่"], ["ตัวชี้วัด (Indicators) ที่จะ"]], 0),
               row([["ครอบคลุม"], [], ["จะเกิดขึ้นกับผู้เรียน"], ["เกิดขึ้นกับผู้เรียน"]], 0),
               row([["1. ด้านการจัดการเรียนรู้"], ["1. ก"], ["1. ข"], ["1. ค"]], 0)], 0)
    a1 = parse(pdf_doc(t)).part1.areas[0]
    assert (a1.tasks, a1.outcomes, a1.indicators) == (["ก"], ["ข"], ["ค"])


def test_item_row_split_inside_a_page_continues_the_item():
    head = ["ตัวชี้วัด", "งาน (Tasks)", "ผลลัพธ์ (Outcomes)", "ตัวชี้วัด (Indicators)"]
    t = table([row([[h] for h in head], 0),
               row([["3.2 แลกเปลี่ยนเรียนรู้"], ["เข้าร่วม PLC"], ["ครูนำไปใช้"], ["ร้อยละ 80"]], 0),
               row([["3.3 นำความรู้ ความสามารถ ทักษะที่ได้จาก"], ["นำความรู้มาปรับกิจกรรม"], ["เด็กคิดแก้"],
                    ["เด็กร้อยละ 85 มีทักษะการคิดแก้"]], 0),
               row([["การพัฒนาตนเองและวิชาชีพมาใช้"], ["บ้านนักวิทยาศาสตร์น้อย"], [], ["ปัญหาในระดับดี"]], 0)], 0)
    doc = parse(pdf_doc(t))
    a3 = doc.part1.areas[0]
    assert doc.layout == "area-rows" or a3.items
    assert a3.tasks == ["เข้าร่วม PLC", "นำความรู้มาปรับกิจกรรมบ้านนักวิทยาศาสตร์น้อย"]
    assert a3.indicators == ["ร้อยละ 80", "เด็กร้อยละ 85 มีทักษะการคิดแก้ปัญหาในระดับดี"]
    assert a3.items == {"3.2": [0], "3.3": [1]}


def test_run_on_header_line():
    d = Doc(fmt="pdf").p("สถานศึกษา โรงเรียนบ้านหนองบัว  สังกัด สพฐ.รับเงินเดือนในอันดับ คศ.5  อัตราเงินเดือน 76,800 บาท")
    h = parse(RawDocument(format="pdf", blocks=d.blocks)).header
    assert h.affiliation == "สพฐ." and h.salary_band == "คศ.5"


def test_problem_lines_split_by_the_reader_are_joined():
    def p(text, x1, top):
        return Paragraph(text, SourceRef(kind="page", page=3, bbox=(85, top, x1, top + 16)))
    blocks = list(Doc(fmt="pdf").lines(HEADER).lines(WORKLOAD).blocks) + [
        Paragraph("ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย", SourceRef(kind="page", page=3)),
        Paragraph("1. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้", SourceRef(kind="page", page=3)),
        p("จากการประเมินเด็กชั้นอนุบาลปีที่ 2 ปีการ", 515, 100),
        p("ศึกษา 2565 พบว่าเด็ก 11 คนมีทักษะต่ำ", 400, 120),
        p("กิจกรรมที่ผ่านมาเน้นการฟัง", 300, 140),
        p("2. วิธีการดำเนินการให้บรรลุผล", 300, 160),
    ]
    c = parse(RawDocument(format="pdf", blocks=blocks)).part2
    assert c.problem == "จากการประเมินเด็กชั้นอนุบาลปีที่ 2 ปีการศึกษา 2565 พบว่าเด็ก 11 คนมีทักษะต่ำ\nกิจกรรมที่ผ่านมาเน้นการฟัง"


def test_header_value_wrapped_to_the_next_line():
    def p(text, x0, x1, top):
        return Paragraph(text, SourceRef(kind="page", page=0, bbox=(x0, top, x1, top + 16)))
    blocks = [p("ชื่อ-สกุล นายอนุชา คำแสน", 62, 378, 176),
              p("สถานศึกษา ศูนย์การศึกษานอกระบบและการศึกษาตามอัธยาศัย", 62, 518, 219),
              p("อำเภอแม่สาย", 303, 360, 240),
              p("สังกัด สำนักงาน กศน.จังหวัดเชียงราย", 62, 434, 261)]
    h = parse(RawDocument(format="pdf", blocks=blocks)).header
    assert h.school == "ศูนย์การศึกษานอกระบบและการศึกษาตามอัธยาศัยอำเภอแม่สาย"
    assert h.affiliation == "สำนักงาน กศน.จังหวัดเชียงราย"


def test_run_on_parenthesised_item_codes_are_split():
    body = """
ด้านที่ 1 ด้านการจัดการเรียนรู้
งาน (Tasks)
(1.1) จัดทำแผน
(1.3) จัดกระบวนการเรียนรู้ ONIE (1.4) พัฒนาสื่อคลิปวิดีโอ
- จัดบรรยากาศ
"""
    d = Doc(fmt="pdf").lines(HEADER).lines(WORKLOAD).lines(body).lines(PART2)
    a1 = parse(RawDocument(format="pdf", blocks=d.blocks)).part1.areas[0]
    assert a1.tasks == ["จัดทำแผน", "จัดกระบวนการเรียนรู้ ONIE", "พัฒนาสื่อคลิปวิดีโอ", "จัดบรรยากาศ"]
    assert a1.items == {"1.1": [0], "1.3": [1], "1.4": [2]}


def test_semester_subheader_opening_the_next_page():
    t1 = table([row([["ลักษณะงานที่เสนอ"], ["งาน (Tasks)"], ["ผลลัพธ์"], ["ตัวชี้วัด (Indicators)"]], 0)], 0)
    xs = [(57, 150), (150, 225), (225, 300), (300, 420), (420, 540)]
    t2 = table([row([["ให้ครอบคลุม"], ["ภาคเรียนที่ ๑"], ["ภาคเรียนที่ ๒"], ["(Outcomes)"], ["ที่จะเกิดขึ้น"]], 1, xs),
                row([["๒. ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้"], ["1. ก1"], ["1. ข1"], ["1. ผล"], ["1. ชี้"]], 1, xs),
                row([[], ["2. ก2"], ["2. ข2"], [], []], 1, xs)], 1, n_cols=5)
    doc = parse(pdf_doc(t1, t2))
    assert doc.layout == "semester-columns"
    a2 = doc.part1.areas[0]
    assert a2.area == 2 and a2.tasks == ["ก1", "ก2", "ข1", "ข2"]
    assert a2.outcomes == ["ผล"] and a2.indicators == ["ชี้"]

"""Rows copied from a past PA1 (models.checks.past_year; samples/README.md, "Rows copied from a past
PA1"): which dated rows are last year's work, and what that does to part1.item-uncovered."""

from __future__ import annotations

import pytest

from models.checks import part1, past_year
from models.checks.context import CheckContext
from models.document import Area, Header, Pa1Document, Part1, Period

CTX = CheckContext(rank=None, expected_level=None)

# (task, the agreement's fiscal year or None, the past year read or None: this year's work)
ROWS = [
    # past: an academic year before fiscal − 1, a fiscal year before the agreement's
    ("จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2565 เรื่อง การพัฒนาทักษะการแก้โจทย์ปัญหาของนักเรียนชั้น ม.1/2",
     2569, 2565),
    ("อบรมออนไลน์ผ่าน OBEC Channel ช่วงปิดโรงเรียนจากสถานการณ์โควิด-19 (ปีการศึกษา 2564)", 2569, 2564),
    ("จัดทำแผนพัฒนาตนเอง (ID Plan) ปีงบประมาณ 2567 และเข้ารับการอบรมการจัดการเรียนรู้เชิงรุก", 2569,
     2567),
    ("จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2567 เรื่อง การอ่านจับใจความ", 2569, 2567),
    ("ทำหน้าที่กรรมการคุมสอบปลายภาคเรียนที่ 1/2567", 2569, 2567),
    ("ประชุมผู้ปกครองภาคเรียนที่ 2/66", 2569, 2566),  # a two-digit year is 25xx
    # current: the fiscal year starts on 1 October, so academic year fiscal − 1 is this year's
    ("จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2568 เรื่อง การอ่านจับใจความ", 2569, None),
    ("จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2569 เรื่อง การอ่านจับใจความ", 2569, None),
    ("จัดทำแผนพัฒนาตนเอง (ID Plan) ปีงบประมาณ 2569", 2569, None),
    ("ทำหน้าที่กรรมการคุมสอบปลายภาคเรียนที่ 1/2567", 2568, None),
    ("จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2566-2568 เรื่อง การอ่าน", 2569, None),  # the range reaches now
    ("นำวิจัยปีการศึกษา 2565 มาขยายผลในปีการศึกษา 2568", 2569, None),
    # a past year as baseline or starting point: this year's work
    ("วิเคราะห์ผล O-NET ภาษาไทย ปีการศึกษา ๒๕๖๖ รายสาระ พบสาระวรรณคดีต่ำสุด จึงจัดติวเฉพาะมาตรฐาน",
     2569, None),
    ("วิเคราะห์ผลสัมฤทธิ์ทางการเรียนภาคเรียนที่ 1/2566 เทียบกับค่าเป้าหมายของกลุ่มสาระ", 2569, None),
    ("นำผลสอบ A-Level เคมีของรุ่นพี่ปีการศึกษา ๒๕๖๖ มาแยกตามหัวข้อ", 2569, None),
    ("พัฒนาชุดกิจกรรมต่อเนื่องจากปีการศึกษา 2566 เรื่องการอ่านคำควบกล้ำ", 2569, None),
    ("จัดทำหน่วยการจัดประสบการณ์ 40 หน่วย (ใช้ของปีการศึกษา 2566 ปรับหน่วยให้ตรงกับปฏิทินปีนี้)",
     2569, None),
    ("นำงานวิจัยปีการศึกษา 2565 มาต่อยอดเป็นชุดกิจกรรม", 2569, None),
    ("วิเคราะห์ผลการประเมินพัฒนาการ ปีการศึกษา 2567 เทียบกับ 2566", 2569, None),
    # an edition, an order number, a plain year: not the work's date
    ("วิเคราะห์หลักสูตร ว15101 ปีการศึกษา 2565 จัดทำโครงสร้างรายวิชา", 2569, None),
    ("เป็นกรรมการจัดทำคู่มือระบบดูแลช่วยเหลือนักเรียน ฉบับปีการศึกษา 2566", 2569, None),
    ("จัดประสบการณ์ตามหลักสูตรการศึกษาปฐมวัย พุทธศักราช 2560", 2569, None),
    ("เป็นครูที่ปรึกษาตามคำสั่งโรงเรียนที่ 088/2565", 2569, None),
    ("เข้าร่วมพิธีรับเกียรติบัตรครูดีเด่น ประจำปี ๒๕๖๕", 2569, None),
    ("พัฒนารายวิชาการผลิตสัตว์ปีก ปีการศึกษา 2565", 2569, 2565),  # ผลิต is no data (ผล)
    # English rows name the academic year too, in the Buddhist or the Common Era (+543)
    ("Classroom action research on phonics games for P.4/2 students, academic year 2566", 2569,
     2566),
    ("Attended a CPD workshop on teaching chemistry through English in AY 2023, 18 hours", 2569, 2566),
    ("Curriculum mapping of EP English P.1, academic year 2568", 2569, None),
    ("Analyse the O-NET results of academic year 2566 by strand and re-teach the weakest", 2569, None),
    # data the row itself makes or reports is the work dated, not a baseline
    ("จัดทำข้อมูลนักเรียนรายบุคคล ชั้น ป.4 ปีการศึกษา 2566", 2569, 2566),
    ("จัดทำข้อมูลสารสนเทศนักเรียนในที่ปรึกษา ปีการศึกษา 2566 ได้แก่ ผลการเรียน เวลาเรียน", 2569, 2566),
    ("เยี่ยมบ้านนักเรียนครบทุกคน และรายงานผลการเยี่ยมบ้าน ปีการศึกษา 2566", 2569, 2566),
    ("วิเคราะห์ข้อมูลนักเรียนรายบุคคล ปีการศึกษา 2566 เพื่อจัดกลุ่มสอนเสริม", 2569, None),
    ("จัดทำข้อมูลนักเรียนรายบุคคล ชั้น ป.4 ปีการศึกษา 2568", 2569, None),
    # no year known: the least the agreement can be (fiscal 2565, the first PA round)
    ("อบรมออนไลน์ผ่าน OBEC Channel ช่วงปิดโรงเรียนจากสถานการณ์โควิด-19 (ปีการศึกษา 2564)", None, None),
    ("พัฒนาตนเองตามแผน ID Plan ปีงบประมาณ 2566 อบรมหลักสูตรจิตวิทยาการเรียนรู้", None, None),
    ("จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2562 เรื่อง การอ่าน", None, 2562),
    # … but work said to be done back then is past whatever the year (Thai digits)
    ("ส่งรายงานวิจัยในชั้นเรียนที่ทำไว้เมื่อปีการศึกษา ๒๕๖๕ ให้ฝ่ายวิชาการ", None, 2565),
    ("ส่งรายงานวิจัยในชั้นเรียนที่ทำไว้เมื่อปีการศึกษา ๒๕๖๕ ให้ฝ่ายวิชาการ", 2566, 2565),
    ("วิเคราะห์ผลการประเมินที่ทำไว้เมื่อปีการศึกษา 2565 เพื่อปรับการสอน", None, None),
    # no year named at all; relative words name last year's data, not the row's date
    ("วิเคราะห์ผล O-NET ปีที่ผ่านมารายสาระ พบสาระการวัดต่ำที่สุด", 2569, None),
    ("จัดทำวิจัยในชั้นเรียนเรื่องการอ่านจับใจความ", 2569, None),
]


@pytest.mark.parametrize("task,year,expected", ROWS)
def test_dated_rows(task: str, year: int | None, expected: int | None):
    found = past_year.past_year(task, year)
    assert (found.year if found else None) == expected
    if found:
        assert found.agreement_year == year


def test_the_latest_year_the_document_names_is_a_floor():
    tasks = ["จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2565 เรื่อง การอ่าน",
             "ประชุมผู้ปกครองภาคเรียนที่ 1/2568"]
    # fiscal ≥ 2568 since a row is dated 2568: 2565 is two years and more before it
    assert set(past_year.past_rows(tasks, None)) == {0}
    assert past_year.past_rows(tasks[:1], None) == {}  # alone, 2565 may be current (fiscal 2566)


def test_the_agreements_year_from_the_header():
    assert past_year.agreement_year(Header(fiscal_year=2569)) == 2569
    assert past_year.agreement_year(Header(period=Period(start="2567-10-01", end="2568-09-30"))) \
        == 2568
    assert past_year.agreement_year(Header(period=Period(start="2567-10-01"))) == 2568
    assert past_year.agreement_year(Header()) is None


@pytest.mark.parametrize("setting,year", [
    ("ม.2 คณิตศาสตร์ ค22101 ครู ชำนาญการ PA ปีงบประมาณ 2569 (รายการงานคัดลอกจากปีก่อน)", 2569),
    ("ป.๓ ครูประจำชั้น PA ปีงบประมาณ ๒๕๖๘", 2568),
    ("ป.2 ครูประจำชั้น (ใช้ของปีก่อน ลืมแก้ปีงบประมาณ)", None),
    ("", None),
])
def test_a_task_lists_setting_plays_the_header(setting: str, year: int | None):
    assert past_year.setting_year(setting) == year


RESEARCH = "จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2565 เรื่อง การพัฒนาทักษะการแก้โจทย์ปัญหาของนักเรียน"
AREA1 = ["วิเคราะห์หลักสูตรและพัฒนาหน่วยการเรียนรู้วิชาคณิตศาสตร์ ป.4",
         "ออกแบบแผนการจัดการเรียนรู้แบบลงมือปฏิบัติ",
         "จัดกิจกรรมการเรียนรู้แบบกลุ่มร่วมมือ",
         "สร้างแบบฝึกทักษะการแก้โจทย์ปัญหา",
         "วัดและประเมินผลตามสภาพจริงด้วยแบบทดสอบและเกณฑ์การให้คะแนน",
         RESEARCH,
         "จัดบรรยากาศห้องเรียนและมุมคณิตศาสตร์",
         "อบรมบ่มนิสัยด้านความมีวินัยและความรับผิดชอบ"]


def test_a_past_row_addresses_no_item():
    area = Area(area=1, tasks=AREA1)
    assert "1.6" not in part1.covered_items(area, year=2569)[0]
    assert "1.6" in part1.covered_items(area, year=2566)[0]  # 2565 is current for fiscal 2566
    layout = Area(area=1, tasks=AREA1, items={f"1.{k + 1}": [k] for k in range(8)})
    assert part1.covered_items(layout, generous=False, year=2569)[0] == \
        {"1.1", "1.2", "1.3", "1.4", "1.5", "1.7", "1.8"}


def _doc(fiscal_year: int | None, tasks: list[str]) -> Pa1Document:
    return Pa1Document(header=Header(fiscal_year=fiscal_year),
                       part1=Part1(areas=[Area(area=1, tasks=tasks)]))


def test_the_finding_and_the_uncovered_item():
    found = [f for f in part1.check(_doc(2569, AREA1), CTX)
             if f.rule in ("part1.task-past-year", "part1.item-uncovered")]
    past = [f for f in found if f.rule == "part1.task-past-year"]
    assert len(past) == 1
    f = past[0]
    assert f.location.model_dump() == {"part": "part1", "area": 1, "field": "tasks", "index": 5}
    assert f.details == {"year": 2565, "year_kind": "academic", "agreement_year": 2569,
                         "evidence": ["ปีการศึกษา 2565"]}
    assert f.excerpt == RESEARCH and f.severity.value == "warning"
    assert "ปีการศึกษา 2565" in f.message_th and "ปีงบประมาณ 2569" in f.message_th
    assert "academic year 2565" in f.message_en
    assert "ปีงบประมาณ 2569" in f.suggestion_th
    assert "1.6" in {x.details["item"] for x in found if x.rule == "part1.item-uncovered"}


def test_no_finding_when_the_year_is_current_or_unknown():
    for year in (2566, None):  # 2565 is current for 2566; unknown: it may be (fiscal ≥ 2565)
        found = list(part1.check(_doc(year, AREA1), CTX))
        assert not [f for f in found if f.rule == "part1.task-past-year"]
        assert "1.6" not in {f.details.get("item") for f in found
                             if f.rule == "part1.item-uncovered"}


def test_no_year_in_the_header_but_a_later_one_in_the_document():
    tasks = AREA1[:-1] + ["อบรมบ่มนิสัยด้านความมีวินัย ตลอดปีการศึกษา 2568"]
    past = [f for f in part1.check(_doc(None, tasks), CTX) if f.rule == "part1.task-past-year"]
    assert [f.location.index for f in past] == [5]
    assert past[0].details["agreement_year"] is None
    assert "ปีของข้อตกลงนี้" in past[0].suggestion_th

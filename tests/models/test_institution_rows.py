"""models.checks.institution_rows: a row whose subject is the school, the college, a department or
the district office states the institution's work, not the teacher's, and addresses no item (9 spent
rows of 4 writers; with work said to be run by another unit, 12 rows of 6 writers; all labelled
with no item).  Rows written for these tests."""

from __future__ import annotations

import pytest

from models.checks import part1
from models.checks.institution_rows import institution_row, without_institution_rows
from models.document import Area


@pytest.mark.parametrize("task,fires", [
    # the institution's system or programme, no part of the teacher's
    ("วิทยาลัยมีระบบบันทึกเวลาเรียนออนไลน์ให้ครูทุกคนเช็กชื่อทุกคาบ", True),
    ("โรงเรียนจัดโครงการสอนเสริมช่วงเย็นให้นักเรียน ม.3 ก่อนสอบ O-NET", True),
    ("สพป.เชียงใหม่ เขต 2 ดำเนินการนิเทศติดตามการใช้หลักสูตรของโรงเรียนในสังกัด", True),
    ("- แผนกวิชาช่างเชื่อมโลหะกำหนดให้ครูประเมินชิ้นงานตามแบบฟอร์มกลาง", True),
    ("2. สถานศึกษาส่งเสริมให้ครูทำวิจัยในชั้นเรียนปีละหนึ่งเรื่อง", True),
    ("ทางโรงเรียนได้รับรางวัลสถานศึกษาปลอดบุหรี่ระดับจังหวัด", True),
    # the teacher's own work, or her part stated
    ("โรงเรียนจัดค่ายวิชาการ โดยข้าพเจ้าเป็นผู้ออกแบบฐานกิจกรรมวิทยาศาสตร์", False),
    ("วิทยาลัยจัดอบรมภายใน ข้าพเจ้าเป็นวิทยากรเรื่องการเขียนแผนฐานสมรรถนะ", False),
    ("ร่วมกับโรงเรียนในเครือข่ายจัดค่ายคณิตศาสตร์ให้นักเรียน ป.6", False),
    ("งานความร่วมมือของวิทยาลัย จัดทำบันทึกข้อตกลงกับสถานประกอบการ", False),
    ("คณะกรรมการนิเทศภายในระดับกลุ่มสาระ", False),
    ("โครงการโรงเรียนสุจริต จัดกิจกรรมออมทรัพย์กับนักเรียนในชั้น", False),
    ("จัดทำแผนการจัดการเรียนรู้ตามหลักสูตรสถานศึกษา", False),
    ("", False),
])
def test_institution_row(task, fires):
    assert institution_row(task) is fires


def test_blanks_only_institution_rows():
    area = Area(area=1, tasks=["สอนคณิตศาสตร์ ป.5", "วิทยาลัยมีระบบวัดผลออนไลน์ ครูทุกคนกรอกคะแนน"])
    assert without_institution_rows(area).tasks == ["สอนคณิตศาสตร์ ป.5", ""]
    plain = Area(area=1, tasks=["สอนคณิตศาสตร์ ป.5"])
    assert without_institution_rows(plain) is plain


AREA1 = ["วิเคราะห์หลักสูตรรายวิชาคณิตศาสตร์ ป.4 จัดทำคำอธิบายรายวิชาและหน่วยการเรียนรู้",
         "เขียนแผนการจัดการเรียนรู้แบบเน้นการปฏิบัติครบทุกหน่วย",
         "สอนโดยใช้เกมและกิจกรรมกลุ่มให้นักเรียนลงมือแก้โจทย์",
         "ทำสื่อบัตรคำและแผ่นภาพเศษส่วนให้นักเรียนใช้ฝึก",
         "ทำวิจัยในชั้นเรียนเรื่องการแก้ปัญหาการบวกเศษส่วนของนักเรียน ป.4",
         "จัดมุมคณิตศาสตร์และป้ายนิเทศในห้องเรียน",
         "อบรมนักเรียนให้มีวินัยและความรับผิดชอบในการส่งงาน"]
COLLEGE_MEASURES = ("โรงเรียนมีระบบวัดผลและประเมินผลออนไลน์ "
                    "ครูทุกคนบันทึกคะแนนสอบตามปฏิทินของฝ่ายวัดผล")
OWN_MEASURES = ("วัดผลและประเมินผลด้วยแบบทดสอบท้ายหน่วยและแบบสังเกตพฤติกรรม "
                "บันทึกคะแนนในระบบของโรงเรียน")


def test_the_schools_system_covers_no_item():
    covered = part1.covered_items(Area(area=1, tasks=AREA1 + [COLLEGE_MEASURES]), year=2569)[0]
    assert "1.5" not in covered
    covered = part1.covered_items(Area(area=1, tasks=AREA1 + [OWN_MEASURES]), year=2569)[0]
    assert "1.5" in covered


@pytest.mark.parametrize("task,fires", [
    # work another unit or person runs: the teacher sends pupils or is told
    ("ส่งนักเรียนเข้าค่ายคุณธรรมที่ครูฝ่ายปกครองเป็นผู้รับผิดชอบ", True),
    ("นักเรียนได้รับวัคซีนและตรวจสุขภาพประจำปี โดยเจ้าหน้าที่ รพ.สต. เป็นผู้ดำเนินการ", True),
    ("แจ้งผู้ปกครองเรื่องทุนการศึกษา โดยงานแนะแนวเป็นผู้ประสานงาน", True),
    # the teacher herself, a class teacher or adviser, pupils
    ("ฝึกนักเรียนเข้าแถวเคารพธงชาติ โดยครูเป็นผู้ดูแลทุกเช้า", False),
    ("จัดป้ายนิเทศที่นักเรียนเป็นผู้จัดทำทุกเดือน", False),
    ("เยี่ยมบ้านนักเรียนร่วมกับครูประจำชั้นที่เป็นผู้ดูแลห้อง", False),
    ("จัดกิจกรรมจิตอาสา โดยข้าพเจ้าเป็นผู้รับผิดชอบ", False),
])
def test_work_another_runs(task, fires):
    assert institution_row(task) is fires

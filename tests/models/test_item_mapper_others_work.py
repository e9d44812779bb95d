"""item_mapper.others_work: a task whose every piece of work is another agent's (the clause reading)
covers no item: every item of the area is set aside."""

from __future__ import annotations

import pytest

from models.checks.part1 import covered_items
from models.classifiers.item_mapper import others_work
from models.document import Area
from ruled_out_support import every_item_set_aside


@pytest.mark.parametrize("task,area,fires", [
    ("ครูอัตราจ้างเป็นผู้ออกข้อสอบและตรวจข้อสอบกลางภาค–ปลายภาคให้ ข้าพเจ้ารวบรวมคะแนนส่งงานวัดผล", 1, True),
    # classroom assistants, special-education aides and child minders (clause_words.txt [agents])
    ("พี่เลี้ยงเด็กจัดมุมประสบการณ์และทำความสะอาดห้องเรียนทุกเช้า", 1, True),
    ("ผู้ช่วยครูเป็นผู้ทดสอบและกรอกผลการประเมินตามเป้าหมาย IEP ให้ทุกภาคเรียน", 1, True),
    ("พี่เลี้ยงเด็กพิเศษดูแลฝึกกิจวัตร การแต่งกาย การเข้าห้องน้ำ ให้เด็ก", 1, True),
    ("ผู้ดูแลเด็กเป็นผู้ฝึกเด็กแปรงฟัน ล้างมือ เข้าห้องน้ำ ตามตารางกิจวัตร", 1, True),
    ("ฝึกเด็กแปรงฟัน ล้างมือ เข้าห้องน้ำ ตามตารางกิจวัตร", 1, False),
    ("โรงเรียนจัดประชุมผู้ปกครองนักเรียนประจำปีการศึกษา โดยฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ", 2, True),
    ("นักเรียนกลุ่มเสี่ยงในชั้น ป.6 ได้รับการช่วยเหลือจากโครงการเพื่อนช่วยเพื่อนของสภานักเรียน", 2, True),
    # the teacher's own work, or her own work beside another's
    ("ออกข้อสอบและตรวจข้อสอบกลางภาค–ปลายภาค", 1, False),
    ("ประเมินพัฒนาการเด็กตามแบบประเมิน และครูอัตราจ้างเป็นผู้กรอกผลลงระบบ", 1, False),
    ("เป็นพี่เลี้ยงครูบรรจุใหม่ สังเกตการสอนและให้ข้อเสนอแนะ", 3, False),
    ("ประสานผู้ปกครองให้ดูแลการอ่านของนักเรียนที่บ้าน", 2, False),
])
def test_someone_elses_work(task, area, fires):
    assert others_work(task) is fires
    if fires:
        assert every_item_set_aside(area, task)


def test_a_colleagues_tests_leave_the_item_uncovered():
    import models.classifiers.item_mapper as im

    tasks = ["วิเคราะห์หลักสูตรและจัดทำหน่วยการเรียนรู้วิทยาศาสตร์ ม.1",
             "สอนตามแผนโดยให้นักเรียนทดลองเป็นกลุ่ม",
             "ครูอัตราจ้างเป็นผู้ออกข้อสอบและตรวจข้อสอบกลางภาค–ปลายภาคให้"]
    im.clear_set_aside()
    assert "1.5" not in covered_items(Area(area=1, tasks=tasks, items={}))[0]
    # the same exams set and marked by the teacher: covered.  (Since round 12 the task-coverage
    # model, trained on 35 writers, sets the colleague's row aside by itself, so switching the
    # rule off no longer shows the difference; test_someone_elses_work pins the rule.)
    own = [*tasks[:2], "ออกข้อสอบและตรวจข้อสอบกลางภาค–ปลายภาคให้"]
    im.clear_set_aside()
    assert "1.5" in covered_items(Area(area=1, tasks=own, items={}))[0]
    im.clear_set_aside()


def test_an_assistants_assessment_leaves_the_item_uncovered():
    """The assistant named as an agent (clause_words.txt) makes the row someone else's work: the
    rule and the retrained task-coverage model (its cl_other gate) both set 1.5 aside; with the
    agent unknown the row was the teacher's assessment (1.5 covered)."""
    import models.classifiers.item_mapper as im

    tasks = ["จัดทำ IEP ของนักเรียนในห้องเรียนบกพร่องทางการได้ยิน 6 คน",
             "สอนภาษามือไทยและฝึกฟังร่วมกับเครื่องช่วยฟัง รายบุคคลวันละ 30 นาที",
             "ผู้ช่วยครูเป็นผู้ทดสอบและกรอกผลการประเมินตามเป้าหมาย IEP ให้ทุกภาคเรียน"]
    im.clear_set_aside()
    assert "1.5" not in covered_items(Area(area=1, tasks=tasks, items={}))[0]
    im.clear_set_aside()

"""models.thai.clauses: a task read clause by clause (who does each piece, done or promised)."""

import pytest

from models.thai.clauses import clauses, hands_on, reading


@pytest.mark.parametrize("task", [
    # the school's office is named as the one responsible (the brief's kind 1)
    "โรงเรียนจัดประชุมผู้ปกครอง โดยฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ",
    # the learners receive it from someone else (task_sets20 tn043, tn038)
    "นักเรียนได้รับการอบรมป้องกันยาเสพติดจากตำรวจ สภ.อำเภอ ในโครงการ D.A.R.E. ที่ฝ่ายปกครองเป็นผู้ประสานงาน",
    "นักเรียนกลุ่มที่อ่านไม่คล่องได้รับการดูแลจากโครงการพี่ช่วยน้องอ่านของสภานักเรียนในช่วงพักกลางวัน",
    # the school as the subject of the work
    "ผู้อำนวยการจัดอบรมการใช้สื่อดิจิทัลให้ครูทุกคน",
])
def test_another_agent_does_the_work(task):
    r = reading(task)
    assert r.other and r.own_empty


@pytest.mark.parametrize("task", [
    "จัดประชุมผู้ปกครองชั้นเรียนภาคเรียนละ 1 ครั้ง",  # no agent named: the teacher's
    "รับผิดชอบงานสารบรรณ และงานจัดซื้อจัดจ้างของโรงเรียน",  # an office named by its work
    "ปฏิบัติงานอื่นตามที่ได้รับมอบหมายจากผู้อำนวยการ กศน.อำเภอ",  # an assignment the teacher does
    "งานวันสำคัญ จัดป้ายนิเทศหน้าห้องเรียน",  # a heading, then the teacher's work
])
def test_the_teacher_does_the_work(task):
    r = reading(task)
    assert not r.other and not r.own_empty


def test_a_relative_clause_names_another_agents_thing_without_taking_the_work():
    r = reading("สอนตามแผนการจัดการเรียนรู้ที่กลุ่มสาระการเรียนรู้จัดทำไว้ให้ครบทุกคาบ")
    assert r.relative_other and not r.other and r.own
    assert not reading("สอนตามแผนการจัดการเรียนรู้ของตนเองครบทุกคาบ").relative_other


def test_a_purpose_clause_only_promises():
    cs = clauses("วิเคราะห์ผลการสอบ O-NET เพื่อนำผลไปพัฒนาการเรียนการสอนต่อไป")
    assert [c.role for c in cs] == ["main", "purpose"]
    assert cs[1].promised and not cs[0].promised
    r = reading("วิเคราะห์ผลการสอบ O-NET เพื่อนำผลไปพัฒนาการเรียนการสอนต่อไป")
    assert "พัฒนา" not in r.own and "นำผล" in r.promised
    # a means clause is done work; เพื่อน is a friend, not a purpose
    cs = clauses("จัดกิจกรรมเพื่อนช่วยเพื่อน โดยจับคู่นักเรียนเก่งกับนักเรียนอ่อน")
    assert [c.role for c in cs] == ["main", "means"]


def test_new_work_after_a_purpose_is_done_work():
    cs = clauses("จัดทำข้อมูลนักเรียนรายบุคคล เพื่อใช้ในการดูแล และติดตามนักเรียนกลุ่มเสี่ยงทุกเดือน")
    assert [c.role for c in cs] == ["main", "purpose", "main"]


@pytest.mark.parametrize("piece, expected", [
    ("ส่งสมุดรายงานผลการเรียนให้ผู้ปกครองลงนาม", True),
    ("แจ้งข่าวสารผู้ปกครองทางไลน์กลุ่มห้อง", True),
    ("รวบรวมเกียรติบัตรการอบรมเข้าแฟ้มพัฒนางาน", True),
    ("แจ้งผู้ปกครองผ่านไลน์กลุ่มห้องเรื่องนักเรียนที่ค้างส่งงาน และร่วมกันติดตาม", False),
    ("ส่งเสริมให้นักเรียนมีจิตอาสา", False),
    ("ส่งต่อนักเรียนกลุ่มเสี่ยงให้ครูแนะแนว", False),
])
def test_hands_on(piece, expected):
    assert hands_on(piece) is expected


def test_hands_on_reading_needs_every_own_piece():
    assert reading("ส่งสมุดรายงานผลการเรียนให้ผู้ปกครองลงนาม เพื่อให้ผู้ปกครองมีส่วนร่วม").hands_on
    assert not reading("ส่งสมุดรายงานผลการเรียนให้ผู้ปกครองลงนาม และประชุมผู้ปกครองชั้นเรียน").hands_on


def test_a_typed_item_number_is_not_read():
    assert reading("2.4 โรงเรียนจัดประชุมผู้ปกครอง").other

"""item_mapper.no_own_work: rows that name no work of the area's items (a bare photo, an award, the
teacher as speaker or chair for other teachers in areas 1-2) are set aside for every item."""

from __future__ import annotations

import pytest

from models.checks.part1 import covered_items
from models.classifiers.item_mapper import ITEMS_BY_AREA, no_own_work, set_aside
from models.document import Area


@pytest.mark.parametrize("task,area,empty", [
    ("ภาพถ่ายกิจกรรม", 2, True),
    ("ภาพถ่ายกิจกรรมการเรียนการสอน", 1, True),
    ("ภาพถ่ายห้องเรียน", 1, True),
    ("ภาพถ่ายการจัดมุมรักการอ่านในห้องเรียน", 1, False),  # the photo names its work (1.7)
    ("ได้รับรางวัลครูที่ปรึกษาดีเด่นระดับสำนักงานเขตพื้นที่", 2, True),
    ("เกียรติบัตรรางวัลสื่อการสอนดีเด่น ระดับเขตพื้นที่", 1, True),
    ("ทำกระดาน Padlet รวบรวมตัวอย่างเรียงความที่ได้รับรางวัลพร้อมคำวิจารณ์", 1, False),
    ("เป็นประธานเครือข่ายพัฒนาคุณภาพการศึกษาอำเภอ จัดประชุมครูวิทยาศาสตร์", 2, True),
    ("เป็นวิทยากรอบรมครูในกลุ่มเครือข่ายเรื่องการจัดการเรียนรู้เชิงรุก", 1, True),
    # area 3: sharing with other teachers is its work (3.2/3.3)
    ("เป็นวิทยากรขยายผลการจัดการเรียนรู้แบบ STEM ให้ครูในกลุ่มโรงเรียน", 3, False),
    ("เชิญผู้ปกครองเป็นวิทยากรสอนอาชีพทำขนมให้นักเรียน", 2, False),  # the parent is the speaker
    ("เป็นครูพี่เลี้ยงนักศึกษาฝึกประสบการณ์วิชาชีพครู 2 คน ตรวจแผนการจัดการเรียนรู้ของนักศึกษา", 1, True),
    ("เป็นพี่เลี้ยงครูบรรจุใหม่ สังเกตการสอนและให้ข้อเสนอแนะ", 3, False),  # 3.2's work
    ("จัดรุ่นพี่เป็นพี่เลี้ยงช่วยเหลือผู้เรียนที่ขาดเรียนบ่อย", 2, False),  # learners mentor learners
    ("ส่งเสริมการใช้สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษาอย่างหลากหลายและมีประสิทธิภาพ", 1, True),
    ("ส่งเสริมและพัฒนาหลักสูตรสถานศึกษาอย่างมีประสิทธิภาพ สอดคล้องกับบริบทของผู้เรียน", 1, True),
    ("ส่งเสริมให้นักเรียนมีจิตอาสาผ่านกิจกรรมบำเพ็ญประโยชน์ในวันสำคัญ", 1, False),  # 1.8's work
    ("ออกแบบการจัดการเรียนรู้ที่เน้นผู้เรียนเป็นสำคัญอย่างมีประสิทธิภาพ", 1, False),  # a verb of work
])
def test_a_row_without_the_areas_work(task, area, empty):
    assert no_own_work(task, area) is empty
    aside = set_aside(area, [task])
    assert ({(0, i) for i in ITEMS_BY_AREA[area]} <= aside) is empty


def test_a_bare_photo_covers_nothing_but_a_named_one_does():
    tasks = ["ภาพถ่ายกิจกรรมการเรียนการสอน", "ภาพถ่ายมุมวิทยาศาสตร์ที่จัดในห้องเรียน"]
    aside = set_aside(1, tasks)
    assert {(0, i) for i in ITEMS_BY_AREA[1]} <= aside
    assert (1, "1.7") not in aside


@pytest.mark.parametrize("row,item", [
    ("ได้รับรางวัลครูที่ปรึกษาดีเด่นระดับสำนักงานเขตพื้นที่ และเกียรติบัตรการดำเนินงาน"
     "ระบบดูแลช่วยเหลือนักเรียนระดับดีเยี่ยม", "2.2"),
    ("เป็นประธานเครือข่ายพัฒนาคุณภาพการศึกษาอำเภอ จัดประชุมครูวิทยาศาสตร์และเป็นวิทยากรอบรม"
     "การจัดการเรียนรู้เชิงรุก", "2.4"),
])
def test_an_award_or_a_chair_leaves_the_item_uncovered(row, item, monkeypatch):
    import models.classifiers.item_mapper as im

    tasks = ["จัดทำข้อมูลสารสนเทศผู้เรียนรายบุคคลและข้อมูลรายวิชาที่สอน", row]
    im.clear_set_aside()
    assert item not in covered_items(Area(area=2, tasks=tasks, items={}))[0]
    monkeypatch.setattr(im, "no_own_work", lambda task, area: False)  # without the rule: covered
    im.clear_set_aside()
    assert item in covered_items(Area(area=2, tasks=list(tasks), items={}))[0]
    im.clear_set_aside()


def test_a_rubric_name_followed_by_a_role_for_teachers_is_set_aside():
    role = "สร้างและหรือพัฒนาหลักสูตร โดยเป็นวิทยากรอบรมการจัดทำหลักสูตรสถานศึกษาให้ครูโรงเรียนในกลุ่มเครือข่าย"
    work = "สร้างและหรือพัฒนาหลักสูตร โดยปรับโครงสร้างรายวิชาวิทยาศาสตร์ ม.1 ให้มีหน่วยโครงงาน"
    aside = set_aside(1, [role, work])
    assert (0, "1.1") in aside
    assert (1, "1.1") not in aside


@pytest.mark.parametrize("task,area,empty", [
    # a typed item number in front of the row does not hide a row without work
    ("1.4 ภาพถ่ายกิจกรรม", 1, True),
    ("3.2 ภาพถ่ายกิจกรรม", 3, True),
    ("1.5 นักเรียนร้อยละ 75 มีผลการประเมินรายวิชาชีววิทยาระดับ 3 ขึ้นไป", 1, True),  # an outcome
    ("2.1 (ระบุงานที่จะปฏิบัติเกี่ยวกับการจัดทำข้อมูลสารสนเทศของผู้เรียนและรายวิชา)", 2, True),
    ("1.7 ภาพถ่ายมุมวิทยาศาสตร์ที่จัดในห้องเรียน", 1, False),  # names its work
    ("2.1 จัดทำข้อมูลสารสนเทศผู้เรียนรายบุคคลและข้อมูลรายวิชาที่สอน", 2, False),
])
def test_a_typed_item_number_is_read_past(task, area, empty):
    aside = set_aside(area, [task])
    assert ({(0, i) for i in ITEMS_BY_AREA[area]} <= aside) is empty


def test_row_text_drops_a_typed_item_number_only():
    from models.classifiers.coverage_model import row_text

    assert row_text("1.4 ภาพถ่ายกิจกรรม") == "ภาพถ่ายกิจกรรม"
    assert row_text("ข้อ 3.1: อบรมออนไลน์") == "อบรมออนไลน์"
    assert row_text("1.5 ชั่วโมงต่อสัปดาห์ สอนเสริม") == "1.5 ชั่วโมงต่อสัปดาห์ สอนเสริม"  # a quantity
    assert row_text("ภาพถ่ายกิจกรรม") == "ภาพถ่ายกิจกรรม"


def test_training_after_the_name_of_3_1_keeps_it_however_compound_the_rest():
    compound = ("พัฒนาตนเองตาม ID Plan โดยอบรมการสอนเคมีแบบ STEM ของ สสวท. 30 ชั่วโมง ร่วมแลกเปลี่ยนเรียนรู้"
                "ในชุมชนการเรียนรู้ทางวิชาชีพ (PLC) ของกลุ่มสาระทุกเดือน และนำกิจกรรม STEM มาใช้สอนนักเรียน ม.5")
    assert (0, "3.1") not in set_aside(3, [compound])
    # the name with other work after it is still set aside
    assert (0, "3.1") in set_aside(3, ["พัฒนาตนเองด้านภาษาอังกฤษ โดยเป็นครูผู้ควบคุมนักเรียนไปทัศนศึกษา"])


@pytest.mark.parametrize("task,keeps", [
    # the curriculum committee's work is 1.1's (its appointment is 1.1's evidence; 3 of 3 tasks of
    # two writers), other committee duties cover no area-1 item
    ("ร่วมเป็นกรรมการปรับปรุงหลักสูตรสถานศึกษา กลุ่มสาระภาษาไทย และจัดทำหน่วยการเรียนรู้ภาษาไทย ป.3", True),
    ("เป็นกรรมการปรับปรุงหลักสูตรสถานศึกษา และเขียนคำอธิบายรายวิชาเพิ่มเติม 'การแปรรูปกล้วย'", True),
    ("เป็นกรรมการคุมสอบ O-NET ชั้น ป.๖ และกรรมการรับส่งข้อสอบ NT ของกลุ่มโรงเรียน", False),
    ("เป็นกรรมการตัดสินการประกวดมารยาทไทยระดับกลุ่มโรงเรียนตามที่ได้รับมอบหมาย", False),
])
def test_the_curriculum_committee_keeps_1_1(task, keeps):
    from models.classifiers.item_mapper import curriculum_committee

    assert curriculum_committee(task) is keeps
    aside = set_aside(1, [task])
    assert ((0, "1.1") not in aside) is keeps
    assert {(0, i) for i in ITEMS_BY_AREA[1] if i != "1.1"} <= aside  # still a duty for the rest

"""Part 2 results and the method's evaluating step read from the clause's structure (round 14):
who owns what a result counts (the learners' records, works and units), and which method steps
evaluate what the learners did.  Cases written for these tests, not copied from labelled rows."""

from __future__ import annotations

import pytest

from models.checks import challenge
from models.checks.context import CheckContext
from models.checks.indicator import check_indicator
from models.findings import Location

_LOC = Location(part="part2", field="quantitative", index=0)


def _rules(text: str) -> set[str]:
    found = check_indicator(text, None, CheckContext(rank=None, expected_level=None), _LOC,
                            skip=("indicator.no-target",))
    return {f.rule for f in found}


# (result, not-learner fires)
OWNERSHIP = [
    # a learner's own record graded right after it, no ที่
    ("นักเรียนชั้น ป.6 ร้อยละ 90 มีแฟ้มสะสมงานผ่านเกณฑ์การประเมินระดับดีขึ้นไป", False),
    ("เด็กปฐมวัยร้อยละ 80 มีสมุดบันทึกพัฒนาการได้ระดับ 3 ขึ้นไป", False),
    # … but a record merely kept is still a document (not graded)
    ("นักเรียนร้อยละ 100 มีข้อมูลรายบุคคลในระบบ", True),
    # a unit whose measure is its learners' figure
    ("ห้อง ม.2 ทุกห้องมีค่าเฉลี่ยคะแนนสอบปลายภาคไม่ต่ำกว่าร้อยละ 65", False),
    ("ไม่มีโรงเรียนในกลุ่มเครือข่ายที่มีอัตราการขาดเรียนเกินร้อยละ 3", False),
    ("ชั้นเรียนอนุบาล 2 ทุกห้องมีผลการประเมินพัฒนาการด้านร่างกายระดับดีขึ้นไปร้อยละ 85", False),
    # … not what the unit has of its own, nor its teachers
    ("ห้องเรียนมีบรรยากาศเอื้อต่อการเรียนรู้ร้อยละ 100", True),
    ("โรงเรียนในเครือข่ายมีครูที่ผ่านการอบรมร้อยละ 80", True),
    # a learners' work with its flaw named anywhere in the relative clause
    ("ชิ้นงานที่ระบายสีไม่เรียบลดลงจาก 15 ชิ้นเหลือไม่เกิน 3 ชิ้น", False),
    ("รายงานการทดลองที่บันทึกผลผิดลดลงจาก 12 ฉบับเหลือไม่เกิน 2 ฉบับ", False),
    # … not the teacher's works, published or assigned, nor a threshold read as a flaw
    ("ผลงานที่ได้รับการเผยแพร่ไม่น้อยกว่า 2 ชิ้น", True),
    ("ชิ้นงานที่ครูผลิตไม่น้อยกว่า 5 ชิ้น", True),
]


@pytest.mark.parametrize("text,fires", OWNERSHIP)
def test_who_owns_what_the_result_counts(text, fires):
    assert ("indicator.not-learner" in _rules(text)) is fires


# (result, no-criterion fires): a zero count of units over a figure is its own bar; a named\n# earlier test is a baseline
ZERO_UNITS = [
    ("ไม่มีห้องเรียนใดที่มีอัตราการมาสายเกินร้อยละ 5", False),
    ("ไม่มีโรงเรียนในเครือข่ายที่มีอัตราการออกกลางคันสูงกว่าร้อยละ 2", False),
    ("นักเรียนร้อยละ 80 มีทักษะการอ่าน", True),
    # a result above an earlier test named is anchored to it
    ("นักเรียนทุกคนมีคะแนนปลายภาคสูงกว่าการสอบกลางภาค", False),
    ("นักเรียนร้อยละ 75 มีคะแนนสูงกว่าผลการประเมินครั้งก่อนหน้า", False),
    # … not above the same end-of-programme test, which names no baseline
    ("นักเรียนทุกคนมีคะแนนสูงกว่าการทดสอบหลังเรียน", True),
]


@pytest.mark.parametrize("text,fires", ZERO_UNITS)
def test_a_zero_count_of_units_has_its_bar(text, fires):
    assert ("indicator.no-criterion" in _rules(text)) is fires


# (method step, evaluates): what the learners made, kept or filled, assessed; a retest
STEPS = [
    ("ประเมินแฟ้มสะสมผลงานและการนำเสนอด้วยเกณฑ์ของกลุ่มสาระ (มีนาคม 2569)", True),
    ("ตรวจความถูกต้องของบันทึกการทดลองทุกกลุ่มและสรุปผลรายเดือน", True),
    ("ตรวจสมุดบันทึกการออมของนักเรียนทุกสัปดาห์", True),
    ("ประเมินโครงงานอาชีพ 4 ระดับ (กุมภาพันธ์ 2569)", True),
    ("ให้ผู้ทรงคุณวุฒิตรวจสอบ แก้ไข และทดสอบการเขียนซ้ำ (มกราคม 2569)", True),
    ("ทดสอบการว่ายน้ำ 25 เมตรอีกครั้งเมื่อจบหน่วย", True),
    # not collecting the works, not the teacher's own log, not the material checked by experts
    ("รวบรวมใบงานที่นักเรียนทำเสร็จ จัดเก็บเป็นแฟ้ม", False),
    ("ตรวจบันทึกหลังสอนทุกสัปดาห์", False),
    ("ให้ผู้เชี่ยวชาญตรวจสอบความเหมาะสมของชุดกิจกรรม", False),
    ("จัดทำแบบบันทึกการอ่านให้นักเรียน", False),
]


@pytest.mark.parametrize("step,evaluates", STEPS)
def test_a_step_assessing_what_learners_did_evaluates(step, evaluates):
    assert challenge._evaluates(step) is evaluates

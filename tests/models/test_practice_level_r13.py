"""Readings of the practice level (models.classifiers.practice_level) changed in round 13 after the
round-12 blind sets (challenges21/22, statements14), each with a text it reads and one it does not."""

from __future__ import annotations

import pytest

from level_without import level_model_without
from models.classifiers.practice_level import below_expected, cue_scores, problem_others_measured
from models.document import LevelId


def _own(text: str) -> list[str]:
    _, found = cue_scores(text)
    return [p for p in found[LevelId.ORIGINATE] if p.endswith("ของตนเอง")]


@pytest.mark.parametrize("step, own", [
    # whose class it is used in, not whose model it is (challenges21 c21-023; the 32 spent rows so
    # written, e.g. challenges7 cw037 "ทดลองใช้ในชั้นเรียนของตนเอง")
    ("ครูนำเทคนิคในคู่มือ เช่น Think-Pair-Share, Jigsaw ไปใช้ในชั้นเรียนของตนเอง ภาคเรียนที่ 1", False),
    ("ทดลองใช้ในห้องของตนเอง และปรับปรุง (พฤษภาคม 2568)", False),
    ("ใช้ชุดกิจกรรมกับนักเรียนในห้องเรียนของตนเอง กรกฎาคม 2568", False),
    # the teacher's own model or material stays her own
    ("สร้างรูปแบบการสอนอ่านของตนเอง 5 ขั้น (มิถุนายน 2568)", True),
    ("จัดทำชุดกิจกรรมของตนเอง 8 ชุด และให้ผู้เชี่ยวชาญ 3 ท่านตรวจ", True),
])
def test_ones_own_class_is_no_model_of_ones_own(step, own):
    assert bool(_own("การพัฒนาการอ่านของนักเรียน\n" + step)) is own


_C21_023 = {
    "title": "การคิดค้นและปรับเปลี่ยนกระบวนการจัดการเรียนรู้เคมีสู่การจัดการเรียนรู้เชิงรุก "
             "โดยขับเคลื่อนครูกลุ่มสาระการเรียนรู้วิทยาศาสตร์",
    "problem": "จากการนิเทศภายในปีการศึกษา 2567 ครูกลุ่มสาระวิทยาศาสตร์ 12 คน จัดการเรียนรู้เชิงรุกได้ในระดับดีขึ้นไป"
               "เพียง 4 คน นักเรียนชั้น ม.4–ม.6 มีผลสัมฤทธิ์วิชาเคมีเฉลี่ยร้อยละ 55.60",
    "method": ["ศึกษาคู่มือการจัดการเรียนรู้เชิงรุก (Active Learning) ของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
               "จัดอบรมครูกลุ่มสาระวิทยาศาสตร์ 12 คน ตามหลักสูตรในคู่มือ 2 วัน (มิถุนายน 2568)",
               "ครูนำเทคนิคในคู่มือ เช่น Think-Pair-Share, Jigsaw ไปใช้ในชั้นเรียนของตนเอง ภาคเรียนที่ 1 "
               "ปีการศึกษา 2568",
               "นิเทศติดตามการใช้เทคนิคด้วยแบบนิเทศของ สพฐ. (สิงหาคม 2568)",
               "สรุปผลการนิเทศ"],
}


def test_colleagues_trained_on_an_agency_manual_are_below_invent():
    # challenges21 c21-023 (expert, apply), read invent in the round-12 blind set, by a model
    # that never saw its writer
    text = "\n".join([_C21_023["title"], *_C21_023["method"]])
    with level_model_without("challenges21.jsonl"):
        verdict = below_expected(text, LevelId.INVENT, _C21_023["problem"])
    assert verdict is not None and verdict.label == LevelId.APPLY


_C21_041_PROBLEM = ("จากการประเมินผลงานสร้างสรรค์ของนักเรียนชั้น ม.5 ในโรงเรียนเครือข่าย 5 แห่ง จำนวน 420 คน "
                    "เมื่อเดือนมิถุนายน 2568 ด้วยแบบประเมินความคิดสร้างสรรค์ทางศิลปะ 4 ด้าน มีผลงานระดับดีขึ้นไป"
                    "ร้อยละ 22.86 ผลงานส่วนใหญ่ลอกแบบจากอินเทอร์เน็ต")
_C21_041_TEXT = [
    "การสร้างการเปลี่ยนแปลงการเรียนรู้ศิลปะร่วมสมัยจากภูมิปัญญาผ้าทอ ด้วยรูปแบบ WEAVE-Art Model "
    "สู่เครือข่ายโรงเรียน 5 แห่ง",
    "ขยายผล WEAVE-Art Model ที่ครูพัฒนาและใช้ในโรงเรียนตนเองมาแล้ว 2 ปี จัดทำชุดลายผ้าทอ 30 ลาย และคู่มือครู "
    "(มิถุนายน 2568)",
    "อบรมครูศิลปะ 5 โรงเรียน และร่วมกับกลุ่มทอผ้าบ้านนาโพธิ์ให้ปราชญ์สอนนักเรียน โค้ชครูเดือนละ 1 ครั้ง "
    "(กรกฎาคม – กันยายน 2568)",
    "นักเรียนสร้างสรรค์ผลงานศิลปะร่วมสมัยจากลายผ้า และจัดนิทรรศการร่วม 5 โรงเรียน (กันยายน 2568)",
]


@pytest.mark.parametrize("last, measured", [
    # the learners' works assessed measure the learners (challenges21 c21-041, impact)
    ("ประเมินผลงานด้วยแบบประเมินความคิดสร้างสรรค์ชุดเดิม", True),
    ("ประเมินชิ้นงานด้วยแบบประเมินชุดเดิม (กันยายน 2568)", True),
    # the teachers' works assessed do not; an exhibition only measures nothing
    ("ประเมินผลงานของครูศิลปะด้วยแบบประเมินชุดเดิม", False),
    ("จัดนิทรรศการผลงานที่หอประชุมอำเภอ (ตุลาคม 2568)", False),
])
def test_learners_works_assessed_in_other_schools_are_measured(last, measured):
    text = "\n".join([*_C21_041_TEXT, last])
    assert bool(problem_others_measured(_C21_041_PROBLEM, text)) is measured


_C21_045 = {
    "title": "การพัฒนาความสามารถในการสื่อสารภาษาอังกฤษของนักเรียนมัธยมศึกษาตอนปลาย ในเครือข่ายโรงเรียนคุณภาพ"
             "ประจำตำบล ๑๑ แห่ง ด้วยรูปแบบ SPEAK-UP Model",
    "problem": "ผลการทดสอบการพูดภาษาอังกฤษตามกรอบ CEFR เมื่อเดือนพฤษภาคม ๒๕๖๘ นักเรียนชั้น ม.๕ ในโรงเรียนเครือข่าย "
               "๑๑ แห่ง จำนวน ๗๔๒ คน อยู่ในระดับ A2 ขึ้นไป ๑๙๕ คน (ร้อยละ ๒๖.๒๘) ส่วนห้องเรียนที่ใช้ SPEAK-UP Model "
               "ในโรงเรียนของครู ๒ ปี อยู่ในระดับ A2 ขึ้นไปร้อยละ ๗๑.๔๐\n"
               "ครูภาษาอังกฤษในเครือข่าย ๑๖ คน ระบุในแบบสอบถามว่าไม่มีรูปแบบการฝึกพูดที่ใช้กับห้องเรียนขนาดใหญ่ได้",
    "method": ["ปรับ SPEAK-UP Model เป็นชุดสำหรับห้องเรียนขนาดใหญ่ (๔๐ คนขึ้นไป) พร้อมบัตรภารกิจ ๓๖ ชุด "
               "และคลิปตัวอย่างการสอน (พฤษภาคม ๒๕๖๘)",
               "อบรมครู ๑๖ คน และโค้ชผ่านการสังเกตชั้นเรียนทั้งแบบลงพื้นที่และออนไลน์ คนละ ๔ ครั้ง "
               "ระหว่างเดือนมิถุนายน – กันยายน ๒๕๖๘",
               "ครูในเครือข่ายใช้รูปแบบกับนักเรียน ม.๕ ภาคเรียนที่ ๑ ปีการศึกษา ๒๕๖๘",
               "ทดสอบการพูดตามกรอบ CEFR ชุดคู่ขนาน โดยครูต่างโรงเรียนเป็นผู้ประเมินไขว้ (กันยายน ๒๕๖๘)",
               "ถอดบทเรียนและเสนอ สพม. บรรจุเป็นกิจกรรมของเครือข่ายในปีการศึกษา ๒๕๖๙"],
}


@pytest.mark.parametrize("step, measured", [
    # teachers named as the raters (challenges21 c21-045; challenges15 c15-031 "โดยครูนาฏศิลป์ ๒ คนให้คะแนน")
    ("ทดสอบการพูดตามกรอบ CEFR ชุดคู่ขนาน โดยครูต่างโรงเรียนเป็นผู้ประเมินไขว้ (กันยายน ๒๕๖๘)", True),
    ("ประเมินทักษะการพูดด้วยแบบประเมินชุดเดิม โดยครู ๒ คนให้คะแนนอิสระกัน", True),
    # the teachers' own skill assessed is not the learners'
    ("ประเมินทักษะการสอนพูดของครูในเครือข่ายด้วยแบบสังเกตชั้นเรียน (กันยายน ๒๕๖๘)", False),
])
def test_teachers_as_raters_still_measure_the_learners(step, measured):
    text = "\n".join([_C21_045["title"], *_C21_045["method"][:3], step])
    assert bool(problem_others_measured(_C21_045["problem"], text)) is measured


def test_network_learners_rated_by_teachers_are_impact():
    # challenges21 c21-045 (senior expert, impact; its measuring step names teachers as the raters):
    # read invent in the round-12 blind set, by a model that never saw its writer
    text = "\n".join([_C21_045["title"], *_C21_045["method"]])
    with level_model_without("challenges21.jsonl"):
        assert below_expected(text, LevelId.IMPACT, _C21_045["problem"]) is None

"""The teacher's own approach, built in earlier years in her own class, refined and spread to
colleagues, the department or other schools (challenges17/18, round 10): readings of
models.classifiers.practice_level, each with a text it reads and one it does not."""

from __future__ import annotations

import pytest

from level_without import model_without
from models.classifiers.practice_level import below_expected, cue_scores, problem_others_measured
from models.document import LevelId


def _found(text: str, level: LevelId, problem: str | None = None) -> list[str]:
    _, found = cue_scores(text, problem)
    return found[level]


@pytest.mark.parametrize("step, invent", [
    # colleagues' teaching observed, a demonstration lesson, a workshop for teachers
    ("ประชุมเชิงปฏิบัติการให้ครูคณิตศาสตร์ ม.3 อีก 3 คน และสังเกตการสอนร่วมกันเดือนละ 1 ครั้ง", True),
    ("สอนสาธิตให้ครูภาษาอังกฤษอีก 3 คน สัปดาห์ละ 1 คาบ", True),
    # the mentor's teaching watched, or the mentor watching: the teacher learns the job
    ("สังเกตการสอนของครูพี่เลี้ยงในรายวิชาเดียวกัน 4 ครั้ง", False),
    ("ให้ครูพี่เลี้ยงสังเกตการสอนเดือนละ 1 ครั้ง และปรับการจัดกิจกรรมตามคำแนะนำ", False),
    # the department or centre adopting it, the school putting it into its curriculum
    ("กลุ่มสาระการเรียนรู้คณิตศาสตร์ตกลงใช้บัตรสะท้อนคิดกับนักเรียน ม.3 ทุกห้อง (มิถุนายน 2568)", True),
    ("โรงเรียนบรรจุหลักสูตรย่อยในโครงสร้างรายวิชาภาษาอังกฤษ ป.1 – ป.6", True),
    ("ศูนย์ฯ กำหนดให้ทุกหน่วยบริการใช้แนวทางเดียวกัน (มิถุนายน 2568)", True),
    # packaging is no adoption
    ("ให้นักเรียนออกแบบบรรจุภัณฑ์กล้วยตากของโรงเรียน 3 แบบ", False),
])
def test_colleagues_and_adoption_are_invent(step, invent):
    text = "การพัฒนาการเรียนรู้ของนักเรียน\n" + step
    assert bool(_found(text, LevelId.INVENT)) is invent


@pytest.mark.parametrize("step, execute", [
    # the teacher's own mentor
    ("ขอคำแนะนำจากครูพี่เลี้ยงในการจัดกิจกรรม (พฤษภาคม 2568)", True),
    ("จัดกิจกรรมภายใต้การดูแลของครูพี่เลี้ยง", True),
    # aides the teacher trains (special-education service units)
    ("อบรมครูและครูพี่เลี้ยงหน่วยบริการ 12 คน และลงพื้นที่เป็นพี่เลี้ยงหน่วยละ 2 ครั้ง", False),
])
def test_a_mentor_is_the_teachers_own_only_when_she_asks_him(step, execute):
    text = "การฝึกทักษะการสื่อสารด้วยภาพ\n" + step
    assert bool(_found(text, LevelId.EXECUTE)) is execute


_TEXT = "การใช้บัตรสะท้อนคิดท้ายคาบ\nใช้บัตรสะท้อนคิดกับนักเรียน ม.3 ทุกห้อง"


@pytest.mark.parametrize("problem, own", [
    ('รูปแบบ "เล่น–หยุด–คิด" ที่ครูพัฒนาใช้ในโรงเรียนอนุบาลประจำอำเภอมา ๒ ปี', True),
    ("ครูใช้วิธีสอนอ่านแจกลูกสะกดคำแบบ \"คำพาเดิน\" ที่ตนพัฒนาและโรงเรียนใช้ทั้งระดับชั้นมา 2 ปี", True),
    ("ในปีการศึกษา 2567 ครูได้สร้างบัตรสะท้อนคิดท้ายคาบ 3 คำถาม และวิธีจัดกลุ่มนักเรียนตามคำตอบเพื่อสอนซ้ำ"
     "ในคาบถัดไป ทดลองใช้ในห้องของตนจนได้ผล", True),
    # another body's, or nothing made before
    ("รูปแบบการสอนอ่านที่สำนักงานเขตพื้นที่พัฒนาและส่งให้โรงเรียนใช้", False),
    ("ครูสอนคณิตศาสตร์ ม.3 ด้วยการบรรยายและให้ทำแบบฝึกหัดท้ายบท", False),
])
def test_an_own_approach_made_before_in_the_problem_is_originate(problem, own):
    assert (problem_phrase_in(_found(_TEXT, LevelId.ORIGINATE, problem))) is own


def problem_phrase_in(found: list[str]) -> bool:
    return any("พัฒนา" in p or "สร้าง" in p for p in found)


_C17_023 = {
    "title": 'การใช้ "บัตรสะท้อนคิดท้ายคาบ" ในการสอนคณิตศาสตร์ระดับชั้นมัธยมศึกษาปีที่ 3',
    "problem": "ผลสัมฤทธิ์วิชาคณิตศาสตร์ปีการศึกษา 2567 ของนักเรียน ม.3 จำนวน 135 คน ได้ระดับ 1 และ 0 รวม 41 คน "
               "(ร้อยละ 30.37) ครูพบจากการตรวจงานว่านักเรียนไม่รู้ตัวว่าเข้าใจผิดจนถึงวันสอบ\nในปีการศึกษา 2567 "
               "ครูได้สร้างบัตรสะท้อนคิดท้ายคาบ 3 คำถาม และวิธีจัดกลุ่มนักเรียนตามคำตอบเพื่อสอนซ้ำในคาบถัดไป "
               "ทดลองใช้ในห้องของตนจนได้ผล ปีนี้จึงชวนเพื่อนครูคณิตศาสตร์ ม.3 อีก 3 คน มาใช้ร่วมกัน",
    "method": ["ปรับปรุงบัตรสะท้อนคิดและคู่มือการจัดกลุ่มสอนซ้ำจากผลการใช้ปี 2567 (พฤษภาคม 2568)",
               "ประชุมเชิงปฏิบัติการให้ครูคณิตศาสตร์ ม.3 อีก 3 คน และสังเกตการสอนร่วมกันเดือนละ 1 ครั้ง "
               "ตลอดภาคเรียนที่ 1/2568 ผ่าน PLC",
               "กลุ่มสาระการเรียนรู้คณิตศาสตร์ตกลงใช้บัตรสะท้อนคิดกับนักเรียน ม.3 ทุกห้อง (มิถุนายน 2568)",
               "เปรียบเทียบผลสอบกลางภาคและปลายภาคของนักเรียน ม.3 ทั้ง 5 ห้อง กับปีการศึกษา 2567 (ตุลาคม 2568)"],
}


def _below(part2: dict, expected: LevelId) -> bool:
    text = "\n".join([part2["title"], *part2["method"]])
    return below_expected(text, expected, part2["problem"]) is not None


def test_own_card_refined_and_taken_up_by_the_department_is_not_below_originate():
    # challenges17 c17-023 (senior professional, invent): read execute before
    assert not _below(_C17_023, LevelId.ORIGINATE)


def _below_without_writer(part2: dict, expected: LevelId, corpus: str = "challenges17.jsonl") -> bool:
    """below_expected's decision by the level model trained without `corpus`.  Since round 11 the
    shipped model trains on the spent challenge files and has learnt the rows these variants are
    cut from (c17-023 invent, c17-035 impact), so their copied title and lines weigh for the row's
    label (c17-023 cut: model P(invent) 0.54 shipped, 0.36 without challenges17, 0.12 on level.csv
    alone); a variant is judged as the writer's unseen text would be."""
    from models.classifiers.practice_level import ORDER, level_probabilities
    from models.classifiers.train import SPECS

    probs, _ = level_probabilities("\n".join([part2["title"], *part2["method"]]),
                                   model_without(corpus), problem=part2["problem"])
    detected = max(ORDER, key=lambda lv: probs[lv])
    below = sum(p for lv, p in probs.items() if ORDER.index(lv) < ORDER.index(expected))
    return ORDER.index(detected) < ORDER.index(expected) and below >= SPECS["level"].threshold


def test_a_card_only_used_in_own_classes_stays_below_invent():
    # a strict xfail from round 12 to round 14: with challenges25/26 in its training the level model
    # without challenges17 reads the card used only in her own classes below invent, as labelled
    part2 = {**_C17_023, "problem": _C17_023["problem"].split("\n")[0],
             "method": [_C17_023["method"][0], _C17_023["method"][3]]}
    assert _below_without_writer(part2, LevelId.INVENT)


_C17_035 = {
    "title": "การช่วยให้นักเรียนชั้นประถมศึกษาปีที่ 1 ในโรงเรียนขนาดเล็กใกล้เคียงอ่านออกเขียนได้",
    "problem": 'ครูใช้วิธีสอนอ่านแจกลูกสะกดคำแบบ "คำพาเดิน" ที่ตนพัฒนาและโรงเรียนใช้ทั้งระดับชั้นมา 2 ปี '
               "ผลการคัดกรองการอ่าน ป.1 ของโรงเรียนผ่านเกณฑ์ร้อยละ 91 แต่โรงเรียนขนาดเล็ก 4 แห่งในตำบลเดียวกัน "
               "มีนักเรียน ป.1 รวม 38 คน ผ่านเกณฑ์การคัดกรองครั้งที่ 1 ภาคเรียนที่ 1/2568 เพียง 14 คน (ร้อยละ 36.84) "
               "ครูแต่ละแห่งสอนหลายชั้นพร้อมกัน",
    "method": ["ประชุมผู้บริหารและครู ป.1 ทั้ง 4 โรงเรียน วางแผนร่วมกัน (มิถุนายน 2568)",
               "ปรับชุดสื่อคำพาเดินให้ใช้ได้ในห้องเรียนคละชั้น และอบรมครู 4 คน (มิถุนายน 2568)",
               "ลงไปสอนร่วมโรงเรียนละ 2 ครั้งต่อเดือน และติดตามผ่านกลุ่มไลน์ ระหว่างกรกฎาคม – กันยายน 2568",
               "ร่วมคัดกรองการอ่านครั้งที่ 2 ตามปฏิทินของ สพฐ. กับนักเรียน ป.1 ทั้ง 38 คน และเปรียบเทียบกับครั้งที่ 1 "
               "(กันยายน 2568)"],
}


def test_other_schools_learners_placed_in_the_problem_and_measured_are_impact():
    # challenges17 c17-035 (expert, impact): read apply before
    text = "\n".join([_C17_035["title"], *_C17_035["method"]])
    assert problem_others_measured(_C17_035["problem"], text)
    assert not _below(_C17_035, LevelId.IMPACT)


def test_learners_of_ones_own_school_measured_are_not_impact():
    problem = ("ผลการคัดกรองการอ่าน ป.1 ของโรงเรียน มีนักเรียน ป.1 รวม 38 คน ผ่านเกณฑ์การคัดกรองครั้งที่ 1 "
               "ภาคเรียนที่ 1/2568 เพียง 14 คน (ร้อยละ 36.84)")
    text = "\n".join([_C17_035["title"], *_C17_035["method"]])
    assert problem_others_measured(problem, text) == []
    # the cues: no impact without other schools' learners measured (with c17-035's own problem:
    # impact on top)
    scores, _ = cue_scores(text, problem)
    assert scores[LevelId.IMPACT] < 0 and max(scores, key=scores.get) != LevelId.IMPACT
    own_problem, _ = cue_scores(text, _C17_035["problem"])
    assert max(own_problem, key=own_problem.get) == LevelId.IMPACT
    # (Until round 10 the whole decision was pinned here too: below impact.  Since the level model
    # trains on other writers' challenges it reads this method (the 4 schools' teachers trained,
    # co-teaching in each, their 38 pupils screened) as impact, P 0.87 even without challenges17,
    # and the rule no longer fires: a reading the 17 other writers' labels make, not a cue.)


def test_other_schools_learners_not_measured_are_not_impact():
    method = _C17_035["method"][:3]
    text = "\n".join([_C17_035["title"], *method])
    assert problem_others_measured(_C17_035["problem"], text) == []


@pytest.mark.parametrize("step, apply", [
    # a change after reviewers checked the teacher's own stories revises them (challenges17 c17-024)
    ("สร้างเรื่องราวทางสังคมด้วยภาพถ่ายนักเรียนและห้องเรียนจริง 6 เรื่อง ให้นักจิตวิทยาและครูการศึกษาพิเศษ "
     "3 ท่านตรวจ แล้วปรับคำให้สั้นลง", False),
    # given words changed with nobody reviewing is adaptation
    ("นำเรื่องราวทางสังคมจากคู่มือมาใช้ และปรับคำให้สั้นลง", True),
])
def test_a_change_after_review_is_revision_not_adaptation(step, apply):
    text = "การพัฒนาชุดเรื่องราวทางสังคม\n" + step
    assert bool(_found(text, LevelId.APPLY)) is apply


_C17_024 = {
    "title": "การพัฒนาชุดเรื่องราวทางสังคม (Social Story) ภาพถ่ายจริง เพื่อลดพฤติกรรมกรีดร้องเมื่อเปลี่ยนกิจกรรม"
             "ของนักเรียนออทิสติก 4 คน",
    "problem": "จากการบันทึก ABC 2 สัปดาห์ นักเรียนออทิสติกห้อง 3 จำนวน 4 คน กรีดร้องเฉลี่ยวันละ 7 ครั้ง ร้อยละ 80 "
               "เกิดเมื่อครูบอกให้หยุดกิจกรรมที่ชอบเพื่อไปกิจกรรมอื่น โดยไม่มีสัญญาณเตือนล่วงหน้า",
    "method": ["บันทึกพฤติกรรมแบบ ABC ก่อนดำเนินการ 2 สัปดาห์",
               "สร้างเรื่องราวทางสังคมด้วยภาพถ่ายนักเรียนและห้องเรียนจริง 6 เรื่อง และนาฬิกาเตือนภาพ "
               "ให้นักจิตวิทยาและครูการศึกษาพิเศษ 3 ท่านตรวจ แล้วปรับคำให้สั้นลง",
               "ทดลองใช้กับนักเรียน 1 คน 5 วัน แล้วปรับลำดับภาพ",
               "ใช้เรื่องราวทางสังคมก่อนเปลี่ยนกิจกรรมทุกครั้ง ครั้งที่ 1 – 30",
               "บันทึกความถี่การกรีดร้องด้วยแบบบันทึก ABC ชุดเดิม และเทียบกับก่อนดำเนินการ"],
}


def test_own_stories_reviewed_and_revised_are_not_below_originate():
    # challenges17 c17-024 (senior professional, originate): read apply before
    assert not _below(_C17_024, LevelId.ORIGINATE)

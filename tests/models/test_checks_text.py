"""check_text: the single-statement check behind check-text and the trainer page."""

from __future__ import annotations

import pytest

from models.checks.text import check_text


def test_contract_shape():
    data = check_text("ร้อยละของนักเรียนมีทักษะการคิดวิเคราะห์", "indicator").dump()
    assert set(data) == {"findings", "level", "suggestion_th"}
    assert data["level"] is None
    assert data["suggestion_th"] == "นักเรียนร้อยละ … มีทักษะการคิดวิเคราะห์อยู่ในระดับดีขึ้นไป"
    assert data["findings"][0]["rule"] == "indicator.no-target"


def test_good_indicator_has_nothing_to_say():
    r = check_text("นักเรียนร้อยละ 80 มีทักษะการคิดวิเคราะห์อยู่ในระดับดีขึ้นไป", "indicator")
    assert r.findings == [] and r.suggestion_th is None


def test_outcome():
    r = check_text("ครูมีแผนการจัดการเรียนรู้ที่เน้นผู้เรียนเป็นสำคัญ", "outcome")
    assert [f.rule for f in r.findings] == ["part1.outcome-teacher-centred"]
    assert r.suggestion_th.startswith("นักเรียนมี")


@pytest.mark.parametrize("text", [
    "นักเรียนทุกคนได้รับการดูแลช่วยเหลืออย่างทั่วถึง",  # the guideline's own example
    "นักเรียนได้รับการแก้ไขปัญหาการอ่าน",  # slides line 698's wording
    "เด็กได้รับการส่งเสริมพัฒนาการผ่านการเล่น",
    "นักเรียนได้เข้าร่วมการแข่งขันทักษะทางวิชาการ",
])
def test_learners_who_receive_care_are_learners(text):
    """Product decision (round 5, samples/README.md labelling guideline): an outcome whose subject
    is the learners who receive care, help or development is not teacher-centred; the same
    words as an indicator count provision (process-not-result)."""
    assert check_text(text, "outcome").findings == []
    assert "indicator.process-not-result" in {f.rule for f in check_text(text, "indicator").findings}


@pytest.mark.parametrize("text", ["ผู้ปกครองได้รับการดูแลช่วยเหลือ", "ครูได้รับการพัฒนาตนเองตามแผน"])
def test_others_who_receive_are_not_learners(text):
    assert [f.rule for f in check_text(text, "outcome").findings] == ["part1.outcome-teacher-centred"]


def test_placeholders_reported_for_any_kind():
    r = check_text("นักเรียนชั้น ป.xx ร้อยละ 80 มีผลการเรียนอยู่ในระดับดีขึ้นไป", "indicator")
    assert [f.rule for f in r.findings] == ["document.placeholder-left"]


def test_challenge_level_and_below_expected():
    low = check_text("จัดกิจกรรมตามคู่มือครูให้นักเรียนทำแบบฝึกหัด", "challenge",
                     rank="senior_professional")
    assert low.level is not None
    rules = [f.rule for f in low.findings]
    if low.level.value in ("execute", "apply", "solve"):
        f = low.findings[rules.index("challenge.level-below-expected")]
        assert f.details["expected"] == "originate" and f.details["detected"] == low.level.value
    no_rank = check_text("จัดกิจกรรมตามคู่มือครูให้นักเรียนทำแบบฝึกหัด", "challenge")
    assert "challenge.level-below-expected" not in [f.rule for f in no_rank.findings]


def test_bad_arguments():
    with pytest.raises(ValueError):
        check_text("x", "task")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        check_text("x", "indicator", area=4)
    with pytest.raises(ValueError):
        check_text("x", "indicator", rank="principal")


@pytest.mark.parametrize("text, teacher_centred", [
    # the IEP by its acronym as the head, the pupils only its owners (statements10 s10031; as the
    # long name in statements4 s4088, s9071, t267, s11116)
    ("แผน IEP ของนักเรียนทุกคนได้รับการปรับปรุงให้เป็นปัจจุบัน", True),
    ("แผน IEP ได้รับการทบทวนร่วมกับผู้ปกครองครบทุกคน", True),
    ("นักเรียนพิการเรียนร่วมมีพัฒนาการตามเป้าหมายในแผน IEP", False),
    # the teaching with no named agent (statements11 s11100, statements9 s9115), classroom research
    # (statements9 s9126), the teaching as the head
    ("จัดกิจกรรมการเรียนรู้แบบ Active Learning ได้อย่างมีประสิทธิภาพ", True),
    ("จัดกิจกรรมการเรียนรู้โดยใช้ปัญหาเป็นฐาน (PBL) ในรายวิชาชีววิทยา", True),
    ("มีความรู้ความสามารถในการทำวิจัยในชั้นเรียนเพื่อแก้ปัญหาผู้เรียน", True),
    ("การสอนมีประสิทธิภาพยิ่งขึ้น", True),
    # learners named first, or the teaching that results in the learners' change, stay learners
    ("นักเรียนสามารถจัดกิจกรรมการเรียนรู้ร่วมกับเพื่อนได้", False),
    ("ผู้เรียนมีความสามารถในการทำวิจัยอย่างง่ายเกี่ยวกับชุมชนของตนเอง", False),
    ("การสอนแบบโครงงานส่งผลให้นักเรียนมีทักษะการทำงานเป็นทีม", False),
    # learners who use a material: learners (the outcome guideline above; statements9 s9018)
    ("ผู้เรียนได้ใช้สื่อเทคโนโลยีที่ครูจัดทำในการเรียนรู้ด้วยตนเอง", False),
])
def test_outcome_subject_documents_and_teaching(text, teacher_centred):
    rules = [f.rule for f in check_text(text, "outcome").findings]
    assert (rules == ["part1.outcome-teacher-centred"]) is teacher_centred
    if not teacher_centred:
        assert rules == []


@pytest.mark.parametrize("text, teacher_centred", [
    # the early-childhood lesson plan, the cumulative record and instruction as the head
    ("แผนการจัดประสบการณ์ได้รับการปรับปรุงให้สอดคล้องกับพัฒนาการของเด็ก", True),
    ("ระเบียนสะสมของนักเรียนได้รับการบันทึกครบถ้วน", True),
    ("การเรียนการสอนมีคุณภาพมากขึ้น", True),
    # the children's development along the plan, instruction resulting in learners' change
    ("เด็กมีพัฒนาการด้านร่างกายตามแผนการจัดประสบการณ์", False),
    ("การเรียนการสอนแบบโครงงานส่งผลให้นักเรียนมีทักษะการทำงานเป็นทีม", False),
])
def test_outcome_plans_records_and_instruction(text, teacher_centred):
    rules = [f.rule for f in check_text(text, "outcome").findings]
    assert rules == (["part1.outcome-teacher-centred"] if teacher_centred else [])


@pytest.mark.parametrize("text, teacher_centred", [
    # the learners' scores only recorded are the teacher's record, as ผลการเรียน…ได้รับการบันทึก
    ("คะแนนของนักเรียนได้รับการบันทึกครบถ้วน", True),
    ("คะแนนเก็บของนักเรียนได้รับการบันทึกในระบบครบทุกรายวิชา", True),
    # scores that rise are the learners' result
    ("คะแนนของนักเรียนสูงขึ้น", False),
    ("คะแนน O-NET ของนักเรียนสูงขึ้นจากปีการศึกษา 2567", False),
])
def test_outcome_scores_recorded(text, teacher_centred):
    rules = [f.rule for f in check_text(text, "outcome").findings]
    assert rules == (["part1.outcome-teacher-centred"] if teacher_centred else [])

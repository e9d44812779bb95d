"""Whose learners a finding's message names: in early childhood (classroom_types ปฐมวัย, or
check-text's classroom_type early_childhood) the learners are เด็ก and teaching is
การจัดประสบการณ์; elsewhere นักเรียน and การจัดการเรียนรู้.  The words are data
(models/rubric/learners.toml), filled by the catalogue from the `learner` a check names, as the
suggestions already were."""

from __future__ import annotations

import pytest

from models.checks import run
from models.checks.context import CheckContext
from models.checks.text import check_text
from models.document import Area, Challenge, Header, Pa1Document, Part1
from models.rubric.catalog import learner_words, rule

RULES = ("indicator.no-target", "challenge.problem-no-evidence", "challenge.no-target-group",
         "challenge.method-no-evaluation")


def _doc(classroom_types: list[str]) -> Pa1Document:
    return Pa1Document(
        header=Header(classroom_types=classroom_types),
        part1=Part1(areas=[Area(area=1, tasks=["จัดกิจกรรมเสริมประสบการณ์"],
                                outcomes=["มีพัฒนาการด้านร่างกายสมวัย"],
                                indicators=["ร้อยละของผู้เรียนมีพัฒนาการด้านร่างกายสมวัย"])]),
        part2=Challenge(title="ประเด็นท้าทาย เรื่อง การพัฒนากล้ามเนื้อมัดเล็ก",
                        problem="กล้ามเนื้อมัดเล็กยังไม่แข็งแรง ใช้กรรไกรไม่คล่อง",
                        method=["จัดกิจกรรมปั้นดินน้ำมัน ภาคเรียนที่ 1 ปีการศึกษา 2567"],
                        quantitative=["ร้อยละ 80 ใช้กรรไกรตัดกระดาษตามเส้นได้"],
                        qualitative=["ใช้มือได้คล่องขึ้น"]))


def _found(classroom_types: list[str]) -> dict:
    findings = run(_doc(classroom_types), CheckContext(rank=None, expected_level=None))
    return {f.rule: f for f in findings if f.rule in RULES}


def test_an_early_childhood_pa1_says_dek_in_the_messages():
    found = _found(["early_childhood"])
    assert set(found) == set(RULES)
    assert "เด็กร้อยละ 80" in found["indicator.no-target"].message_th
    assert "80% of children" in found["indicator.no-target"].message_en
    assert "จำนวนเด็กที่ยังไม่ผ่าน" in found["challenge.problem-no-evidence"].message_th
    assert "how many children" in found["challenge.problem-no-evidence"].message_en
    assert "จำนวนเด็ก)" in found["challenge.no-target-group"].message_th
    assert "number of children" in found["challenge.no-target-group"].message_en
    assert "หลังการจัดประสบการณ์" in found["challenge.method-no-evaluation"].suggestion_th
    for f in found.values():
        assert "นักเรียน" not in f.message_th + (f.suggestion_th or ""), f.rule
        assert "การจัดการเรียนรู้" not in (f.suggestion_th or ""), f.rule


def test_a_school_pa1_still_says_nakrian():
    found = _found(["general"])
    assert set(found) == set(RULES)
    assert "นักเรียนร้อยละ 80" in found["indicator.no-target"].message_th
    assert "80% of students" in found["indicator.no-target"].message_en
    assert "จำนวนนักเรียนที่ยังไม่ผ่าน" in found["challenge.problem-no-evidence"].message_th
    assert "จำนวนนักเรียน)" in found["challenge.no-target-group"].message_th
    assert "หลังการจัดการเรียนรู้" in found["challenge.method-no-evaluation"].suggestion_th
    for f in found.values():
        assert "เด็ก" not in f.message_th + (f.suggestion_th or ""), f.rule
        assert "จัดประสบการณ์" not in (f.suggestion_th or ""), f.rule


@pytest.mark.parametrize("classroom_type, learners, instruction", [
    ("early_childhood", "เด็ก", "การจัดประสบการณ์"), (None, "นักเรียน", "การจัดการเรียนรู้")])
def test_check_text_follows_its_classroom_type(classroom_type, learners, instruction):
    indicator = check_text("ร้อยละของผู้เรียนมีพัฒนาการด้านร่างกายสมวัย", "indicator",
                           classroom_type=classroom_type)
    [no_target] = [f for f in indicator.findings if f.rule == "indicator.no-target"]
    assert f"{learners}ร้อยละ 80" in no_target.message_th
    challenge = check_text("ประเด็นท้าทาย เรื่อง การพัฒนากล้ามเนื้อมัดเล็ก\nวิธีการดำเนินการ\n"
                           "1) จัดกิจกรรมปั้นดินน้ำมัน", "challenge", classroom_type=classroom_type)
    rules = {f.rule: f for f in challenge.findings}
    assert f"จำนวน{learners})" in rules["challenge.no-target-group"].message_th
    assert f"หลัง{instruction}" in rules["challenge.method-no-evaluation"].suggestion_th


def test_a_rule_rendered_without_a_learner_names_nakrian():
    th, en = rule("challenge.no-target-group").render()
    assert th.endswith("จำนวนนักเรียน)") and en.endswith("number of students).")
    assert learner_words({"learner": "เด็ก", "learners_en": "kids"})["learners_en"] == "kids"


@pytest.mark.parametrize("classroom_types,learners", [(["early_childhood"], "เด็ก"), (["general"], "นักเรียน")])
def test_a_placeholder_left_suggests_the_count_of_its_learners(classroom_types, learners):
    base = _doc(classroom_types)
    area = base.part1.areas[0].model_copy(update={"indicators": ["เด็กร้อยละ ..... มีพัฒนาการด้านร่างกายสมวัย"]})
    doc = base.model_copy(update={"part1": base.part1.model_copy(update={"areas": [area]})})
    [f] = [f for f in run(doc, CheckContext(rank=None, expected_level=None))
           if f.rule == "document.placeholder-left"]
    assert f.suggestion_th.endswith(f"ชั้น จำนวน{learners}")
    [t] = [f for f in check_text("นักเรียนร้อยละ ..... อ่านออกเสียงได้", as_="indicator",
                                 classroom_type=classroom_types[0]).findings
           if f.rule == "document.placeholder-left"]
    assert t.suggestion_th.endswith(f"ชั้น จำนวน{learners}")

"""Part 2 suggestions name the document's learners: เด็ก in an early-childhood PA1 (as Part 1's
rewrites do, suggest.learner_of), นักเรียน otherwise; a pasted challenge says เด็ก when check-text
is told the text is early childhood."""

from __future__ import annotations

import pytest

from models.checks import challenge, run
from models.checks.context import CheckContext
from models.document import Area, Challenge, Header, Pa1Document, Part1

CTX = CheckContext(rank=None, expected_level=None)

# a challenge whose sections leave out the data, the number and the target group, and whose
# qualitative result repeats the quantitative one
THIN = Challenge(title="การพัฒนากล้ามเนื้อมัดเล็ก", problem="กล้ามเนื้อมัดเล็กยังไม่แข็งแรง",
                 method=["จัดกิจกรรมปั้นดินน้ำมัน"],
                 quantitative=["มีพัฒนาการด้านกล้ามเนื้อมัดเล็กดีขึ้น"],
                 qualitative=["มีพัฒนาการด้านกล้ามเนื้อมัดเล็กดีขึ้น"])
TEMPLATED = ("challenge.problem-no-evidence", "challenge.quantitative-no-number",
             "challenge.no-target-group", "challenge.qualitative-repeats-quantitative")


def _doc(types: list[str], part2: Challenge | None) -> Pa1Document:
    return Pa1Document(header=Header(classroom_types=types),
                       part1=Part1(areas=[Area(area=1, tasks=["จัดประสบการณ์การเรียนรู้"])]),
                       part2=part2)


def _suggestions(types: list[str], part2: Challenge | None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in run(_doc(types, part2), CTX):
        if f.rule.startswith("challenge.") and f.suggestion_th:
            out.setdefault(f.rule, []).append(f.suggestion_th)
    return out


@pytest.mark.parametrize("types, word, other", [(["early_childhood"], "เด็ก", "นักเรียน"),
                                                (["general"], "นักเรียน", "เด็ก")])
def test_challenge_templates_name_the_documents_learners(types, word, other):
    sugg = _suggestions(types, THIN)
    assert set(TEMPLATED) <= set(sugg), sugg
    for rule in TEMPLATED:
        [s] = sugg[rule]
        assert word in s and other not in s, (rule, s)
    assert sugg["challenge.quantitative-no-number"] == [f"{word}ร้อยละ … มี…อยู่ในระดับดีขึ้นไป"]
    assert sugg["challenge.no-target-group"] == [f"{word}ชั้น…ปีที่… ห้อง… จำนวน … คน"]


@pytest.mark.parametrize("types, word, other", [(["early_childhood"], "เด็ก", "นักเรียน"),
                                                (["general"], "นักเรียน", "เด็ก")])
def test_missing_sections_and_missing_part2_name_the_documents_learners(types, word, other):
    sugg = _suggestions(types, Challenge(title="การพัฒนากล้ามเนื้อมัดเล็ก"))
    sections = sugg["challenge.section-missing"]
    with_learners = [s for s in sections if word in s]
    assert len(with_learners) == 3, sections  # problem, quantitative, qualitative
    assert not any(other in s for s in sections)
    [missing] = _suggestions(types, None)["challenge.missing"]
    assert f"ของ{word}ชั้น…" in missing and other not in missing


def test_unticked_early_childhood_document_read_from_its_classes():
    from models.document import Workload

    doc = Pa1Document(workload=Workload(subjects=["ชั้นอนุบาลปีที่ 2 จำนวน 18 ชั่วโมง"]),
                      part1=Part1(areas=[Area(area=1, tasks=["จัดประสบการณ์"])]), part2=THIN)
    found = {f.rule: f.suggestion_th for f in run(doc, CTX)}
    assert found["challenge.quantitative-no-number"].startswith("เด็กร้อยละ …")


def test_a_pasted_challenge_says_which_learners_it_was_told():
    text = ("ประเด็นท้าทาย เรื่อง การพัฒนากล้ามเนื้อมัดเล็ก\nสภาพปัญหา: กล้ามเนื้อมัดเล็กยังไม่แข็งแรง\n"
            "วิธีการดำเนินการ\n1) จัดกิจกรรมปั้นดินน้ำมัน\nผลลัพธ์การพัฒนาที่คาดหวัง\nเชิงปริมาณ\n"
            "1) มีพัฒนาการด้านกล้ามเนื้อมัดเล็กดีขึ้น")
    default = {f.rule: f.suggestion_th for f in challenge.check_text(text, CTX)}
    early = {f.rule: f.suggestion_th for f in challenge.check_text(text, CTX, "เด็ก")}
    assert default["challenge.no-target-group"].startswith("นักเรียนชั้น")
    assert early["challenge.no-target-group"].startswith("เด็กชั้น")
    assert early["challenge.quantitative-no-number"].startswith("เด็กร้อยละ …")
    assert early["indicator.vague-change"].startswith("เด็กร้อยละ …")
    assert default["indicator.vague-change"].startswith("นักเรียนร้อยละ …")

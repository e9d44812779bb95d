"""challenge.* rules: every case of samples/rules/challenge.*.toml fires or stays silent, the
baseline is clean, and a few cases the fixtures do not cover (absent Part 2, no rank)."""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path

import pytest

from models.checks import challenge
from models.checks.context import CheckContext
from models.checks.suggest_en import english_places
from models.document import LevelId, Pa1Document, RankId
from models.rubric import expected_level
from level_without import level_model_without
from rule_fixtures import baseline, merge_patch

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "samples" / "rules"
BASELINE = baseline()


def with_part2(part2: dict) -> tuple[Pa1Document, CheckContext]:
    """The baseline document with `part2` patched in, and its rank's context."""
    doc = Pa1Document.model_validate(merge_patch(copy.deepcopy(BASELINE), {"part2": part2}))
    return doc, CheckContext(rank=doc.header.rank, expected_level=expected_level(doc.header.rank))


def review(case: dict) -> list:
    data = merge_patch(copy.deepcopy(BASELINE), json.loads(case.get("patch", "{}")))
    doc = Pa1Document.model_validate(data)
    rank = RankId(case["rank"]) if "rank" in case else doc.header.rank
    ctx = CheckContext(rank=rank, expected_level=expected_level(rank) if rank else None,
                       english=english_places(doc))  # as models.checks.run sets it
    return list(challenge.check(doc, ctx))


def level_below(rank: str, part2: dict) -> bool:
    """Whether the baseline document with `part2` patched in, at `rank`, is read below the
    rank's expected level."""
    patch = json.dumps({"part2": part2}, ensure_ascii=False)
    return any(f.rule == "challenge.level-below-expected"
               for f in review({"rank": rank, "patch": patch}))


def cases():
    for path in sorted(RULES.glob("challenge.*.toml")):
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        for kind in ("fires", "passes"):
            for i, case in enumerate(spec.get(kind, [])):
                yield pytest.param(spec["rule"], kind, case, id=f"{spec['rule']}-{kind}-{i}")


def test_every_challenge_rule_has_samples():
    from models.rubric.catalog import rules
    ids = {r for r in rules() if r.startswith("challenge.")}
    have = {p.stem for p in RULES.glob("challenge.*.toml")}
    assert ids <= have, ids - have
    for path in RULES.glob("challenge.*.toml"):
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        assert len(spec.get("fires", [])) >= 2 and len(spec.get("passes", [])) >= 2, path.name


@pytest.mark.parametrize("rule, kind, case", list(cases()))
def test_rule_sample(rule: str, kind: str, case: dict):
    found = [f for f in review(case) if f.rule == rule]
    if kind == "passes":
        assert not found, case["note"]
        return
    assert found, case["note"]
    f = found[0]
    for key, value in case.get("location", {}).items():
        assert getattr(f.location, key) == value, (case["note"], f.location)
    for key, value in case.get("details", {}).items():
        assert f.details.get(key) == value, (case["note"], f.details)


def test_baseline_is_clean():
    assert review({}) == []


def test_no_part2_gives_only_missing():
    assert [f.rule for f in review({"patch": '{"part2": null}'})] == ["challenge.missing"]


def test_level_not_judged_without_rank():
    data = merge_patch(copy.deepcopy(BASELINE), {"header": {"rank": None}})
    doc = Pa1Document.model_validate(data)
    ctx = CheckContext(rank=None, expected_level=None)
    assert not [f for f in challenge.check(doc, ctx) if f.rule == "challenge.level-below-expected"]


def test_level_finding_carries_evidence_and_score():
    found = [f for f in review({"patch": '{"header": {"rank": "expert", "salary_band": "คศ.4"}}'})
             if f.rule == "challenge.level-below-expected"]
    assert found
    d = found[0].details
    assert d["expected"] == LevelId.INVENT.value and d["detected"] in ("execute", "apply", "solve",
                                                                         "originate")
    assert 0.0 <= d["score"] <= 1.0 and d["evidence"]
    assert found[0].excerpt == BASELINE["part2"]["title"]


@pytest.mark.parametrize("text, expected", [
    ("นักเรียนชั้นประถมศึกษาปีที่ 4/2", {"ป.4"}),
    ("นักเรียน ม.2/1 - 2/3 และ ม.๓", {"ม.2", "ม.3"}),
    ("เด็กชั้นอนุบาลปีที่ 2", {"อ.2"}),
    ("รายวิชา ค14101 คณิตศาสตร์ (ทป.1)", set()),
    ("นักเรียนชั้นมัธยมศึกษาปีที่ 4-6", {"ม.4", "ม.5", "ม.6"}),
    ("นักเรียน ป.1 – ป.3 จำนวน 60 คน", {"ป.1", "ป.2", "ป.3"}),
])
def test_grades(text: str, expected: set[str]):
    assert challenge.grades(text) == expected


def test_target_group_finding_is_about_the_whole_challenge():
    patch = json.dumps({"part2": {"title": "การพัฒนาการอ่าน", "problem": "นักเรียนร้อยละ 45 อ่านไม่คล่อง",
                                  "quantitative": ["นักเรียนร้อยละ 75 ผ่านเกณฑ์"]}}, ensure_ascii=False)
    found = [f for f in review({"patch": patch}) if f.rule == "challenge.no-target-group"]
    assert len(found) == 1 and found[0].location.field is None and found[0].excerpt == ""


@pytest.mark.parametrize("steps, has_period", [
    # an unnamed term's start, middle or end (challenges12 c12-002, challenges19 c19-044, challenges20
    # c20-036: the 3 spent methods whose only time word it is, all labelled no-timeline)
    (["นิเทศติดตามและทดสอบผลสัมฤทธิ์ของนักเรียนชั้นมัธยมศึกษาปีที่ 1 – 3 ปลายภาคเรียน", "สรุปรายงานผล"], False),
    (["โค้ชครูชั้น ป.1 – ป.3 จำนวน 5 คน สัปดาห์ละ 1 ครั้ง จนครบภาคเรียน"], False),
    (["ทดสอบคำศัพท์ และเปรียบเทียบกับคะแนนต้นภาคเรียน"], False),
    # a term, year or month left as template dots (challenges18 c18-009, challenges20 c20-003)
    (["ทดสอบก่อนเรียน ภาคเรียนที่ ...... ปีการศึกษา ..........", "ทดสอบหลังเรียนและเปรียบเทียบคะแนน"], False),
    (["ศึกษาหนังสือเรียนและปรับกิจกรรม (เดือน ................)", "สรุปผล ภาคเรียนที่ ..../......"], False),
    # named, they keep the period
    (["ทดสอบผลสัมฤทธิ์ปลายภาคเรียนที่ 2/2569"], True),
    (["ทดสอบก่อนเรียน ภาคเรียนที่ 1 ปีการศึกษา 2569"], True),
])
def test_unnamed_or_unfilled_terms_are_no_period(steps: list[str], has_period: bool) -> None:
    doc, ctx = with_part2({"method": steps})
    assert bool(list(challenge.method_no_timeline(doc, ctx))) is not has_period


@pytest.mark.parametrize("step, evaluates", [
    # -- a baseline step does not evaluate the result
    ("วิเคราะห์ผลการทดสอบวินิจฉัยมโนทัศน์รายข้อ (พฤศจิกายน 2568)", False),  # the starting point
    ("ทดสอบความเข้าใจต้นภาคเรียน (พฤษภาคม 2567)", False),
    ("ทดสอบด้วยแบบทดสอบชุดเดิมปลายภาคเรียน (กันยายน 2567)", True),
    ("ทดสอบหลังเรียนและเปรียบเทียบกับก่อนเรียน", True),
    # -- what evaluates the result
    ("ประเมินความพึงพอใจของนักเรียนต่อกิจกรรม", False),  # satisfaction is no result
    ("สอบถามความพึงพอใจและจัดนิทรรศการผลงาน", False),
    ("ประเมินทักษะการวินิจฉัยอาการเสียของนักศึกษาด้วยแบบประเมินการปฏิบัติ", True),  # the skill, not a baseline
    ("วิเคราะห์ผลการทดสอบวินิจฉัยรายข้อ", False),  # a diagnostic test is the baseline
    ("สังเกตพฤติกรรมของนักเรียนด้วยแบบบันทึกการสังเกต", True),
    ("ตรวจเรียงความด้วยเกณฑ์รูบริก", True),
    ("ให้นักเรียนบันทึกอาหารในแบบบันทึกพฤติกรรมสุขภาพ", False),  # the learners' own log
    # -- repeated checks and error counts evaluate
    # a second screening after the work is no baseline (challenges7 cw013)
    ("ทดสอบการอ่านคำคู่เทียบ 40 คำ ทุก 4 สัปดาห์ และคัดกรองการอ่านครั้งที่ 2 (ตุลาคม 2569)", True),
    ("คัดกรองการอ่านครั้งที่ 1 ด้วยแบบคัดกรองของ สพฐ. (พฤษภาคม 2569)", False),  # the first is the baseline
    # the learners' work checked again (cw025)
    ("ตรวจการเขียนตัวเลข 1 – 9 ซ้ำ 3 รอบ และนับจำนวนตัวเลขที่กลับด้าน (กันยายน 2569)", True),
    # errors counted at the end measure the result (cw042); errors analysed for a cause do not
    ("ประเมินงานเขียนด้วยเกณฑ์ของกลุ่มสาระ และนับข้อผิดพลาดด้านโครงสร้างประโยค (กุมภาพันธ์ 2570)", True),
    ("ทดสอบปฏิบัติ จับเวลา และบันทึกจำนวนข้อผิดพลาดต่อคน (กุมภาพันธ์ 2569)", True),
    ("วิเคราะห์ข้อผิดพลาดจากกระดาษคำตอบและสัมภาษณ์นักเรียน (พฤษภาคม 2569)", False),
    ("วิเคราะห์ใบบันทึกข้อผิดพลาดและสัมภาษณ์นักศึกษา ๘ คน เพื่อหาสาเหตุ", False),
    # a parallel form is a retest, even of a diagnostic test (challenges11 c11-010); a parallel class is not
    ("กันยายน ๒๕๖๙ ทดสอบด้วยแบบทดสอบวินิจฉัยสองลำดับขั้นฉบับคู่ขนาน และสัมภาษณ์นักเรียนกลุ่มเดิม", True),
    ("ทดสอบวินิจฉัยความเข้าใจคลาดเคลื่อนก่อนเรียน (พฤษภาคม 2569)", False),
    # a screening at the year's end measures the result (challenges12 c12-035); at its start it is the baseline
    ("คัดกรองการอ่านนักเรียนทุกคนต้นปี กลางปี และปลายปีการศึกษา ๒๕๖๘ ด้วยแบบคัดกรองชุดเดียวกัน", True),
    ("คัดกรองการอ่านนักเรียนทุกคนต้นปีการศึกษา ๒๕๖๘", False),
    ("จัดทำคู่มือระบบคัดกรองและซ่อมอ่าน ๓ ระดับ แบบคัดกรองชุดเดียวกัน และชุดซ่อมอ่าน", False),
    # the learners' own fault-finding skill tested is no baseline (challenges11 c11-020, as cy038)
    ("มีนาคม 2570 ทดสอบสมรรถนะการวิเคราะห์ข้อบกพร่องแบบจับเวลา 5 อาการสุ่ม ตามเกณฑ์ประเมินของสาขาวิชา", True),
    ("ทดสอบเพื่อวิเคราะห์ข้อบกพร่องของนักเรียนรายข้อ (พฤษภาคม 2569)", False),
    # -- foundation tests and goal assessments
    # a foundation test analysed is the starting point (challenges9 cy033)
    ("วิเคราะห์ผลการทดสอบพื้นฐานรายข้อและสัมภาษณ์นักเรียน (พฤษภาคม 2567)", False),
    ("ทดสอบความรู้พื้นฐานคณิตศาสตร์ของนักเรียน (พฤษภาคม 2567)", False),
    # basic words tested after the work are the result (challenges5 cv007)
    ("ทดสอบการอ่านคำพื้นฐาน 50 คำ หลังการฝึก (กันยายน 2568)", True),
    # the learners assessed against their IEP goals (challenges9 cy044, cy024)
    ("สังเกตและบันทึกปฏิสัมพันธ์ในชั้นเรียน และประเมินตามเป้าหมาย IEP ภาคเรียนละ 1 ครั้ง", True),
    ("ประชุมครู วิเคราะห์ข้อมูล IEP และกำหนดเป้าหมายร่วม (พฤษภาคม 2567)", False),
    # -- comparing as learning, and sitting an exam
    # เปรียบเทียบ with no earlier measurement, time or result is the learners comparing as a learning
    # activity (challenges12 c12-017, challenges13 c13-016, challenges14 c14-017: method-no-evaluation;
    # lexicon/comparison_bases.txt, 56 spent steps of 17 files)
    ("ให้นักเรียนอัดเสียงตนเองด้วยแท็บเล็ตของโรงเรียนและฟังเปรียบเทียบกับเสียงต้นแบบ", False),
    ("จัดการเรียนรู้ด้วยสถานการณ์จำลองการวางแผนรายรับรายจ่าย การเปรียบเทียบสินเชื่อ (กรกฎาคม – สิงหาคม 2568)", False),
    ("จัดทำบัตรคำ 3 สี และแผนการสอนเปรียบเทียบประโยคภาษามือกับประโยคภาษาไทย 12 แผน", False),
    # … and set against an earlier measurement or a time it evaluates (ch011, c12-019, c14-022)
    ("ตรวจบันทึกการอ่านทุกสัปดาห์และนับจำนวนเล่มที่นักเรียนอ่านเมื่อสิ้นภาคเรียน เปรียบเทียบกับภาคเรียนที่ 1", True),
    ("เขียนสรุปความจากบทความใหม่ 1 เรื่อง และเปรียบเทียบกับครั้งแรก", True),
    ("บันทึกจำนวนใบงานที่ทำเสร็จด้วยแบบบันทึกเดิม แล้วเปรียบเทียบกับก่อนดำเนินการ", True),
    # the learners sit an exam (challenges13 c13-027, c13-029, challenges15 c15-024; lexicon/exam_kinds.txt)
    ("สอบปฏิบัติเขียนโปรแกรมชุดคู่ขนาน (กันยายน 2568)", True),
    ("สอบเขียนปลายภาคตามเกณฑ์ CEFR โดยครูสองคนตรวจไขว้ (กันยายน 2568)", True),
    # not asking (สอบถาม), checking (ตรวจสอบ) or an exam bank built
    ("สอบถามผู้ปกครองเรื่องการอ่านที่บ้าน (พฤษภาคม 2568)", False),
    ("จัดทำคลังสื่อและข้อสอบกลางร่วมกับเครือข่าย", False),
    # -- measured again or with the same form
    # a screening or a record taken again or with the same form measures the result (challenges16
    # c16-007, challenges18 c18-038, clean; lexicon/repeated_measure.txt, 50 spent steps of 17 files)
    ("คัดกรองการอ่านออกเสียงด้วยแบบคัดกรองของ สพฐ. อีกครั้ง (กุมภาพันธ์ ๒๕๗๐)", True),
    ("บันทึกพฤติกรรมการลุกจากที่นั่งด้วยแบบบันทึกเดิม 10 วัน (กันยายน 2569)", True),
    # … not a first screening, a record with no repeat, nor a model's "ทวนซ้ำ" step
    ("คัดกรองการอ่านออกเสียงด้วยแบบคัดกรองของ สพฐ. (พฤษภาคม ๒๕๖๙)", False),
    ("บันทึกพฤติกรรมการลุกจากที่นั่งทุกวัน (กรกฎาคม 2569)", False),
    ("คิดค้นรูปแบบการฝึก 4 ขั้น บันทึก–วิเคราะห์–แก้ไข–ทวนซ้ำ", False),
])
def test_a_step_evaluates_the_result(step, evaluates):
    """challenge._evaluates: whether a method step measures the result (not the baseline, not
    a learning activity), one row per reading."""
    assert challenge._evaluates(step) is evaluates


@pytest.mark.parametrize("text, group", [
    ("อบรมครู กศน.ตำบลในเครือข่าย 30 คน", False),  # teachers, a space inside their description
    ("ครูภาษาไทย 3 คน และนักเรียน 40 คน", True),
])
def test_counts_of_teachers_are_no_target_group(text, group):
    assert challenge.has_target_group(text) is group


@pytest.mark.parametrize("text, spread", [
    # learners "in the network", measured there
    ("เรื่อง การขยายผลรูปแบบ…สู่ กศน.ตำบลในเครือข่าย\nอบรมครู 12 คน\nประเมินการอ่านของผู้เรียนในเครือข่าย", True),
    # pilot schools' learners assessed
    ("เรื่อง การขยายผลชุดการทดลอง\nคัดเลือกโรงเรียนนำร่อง 10 แห่ง\nประเมินทักษะของนักเรียน ม.1 ในโรงเรียนนำร่อง", True),
    # network teachers only assessed: dissemination, not impact
    ("เรื่อง การเผยแพร่รูปแบบสู่ครูในโรงเรียนเครือข่าย\nอบรมครูในโรงเรียนเครือข่าย 8 โรงเรียน\n"
     "ประเมินความพึงพอใจของครูในโรงเรียนเครือข่าย", False),
    # the adopting schools' learners' scores collected (รวบรวม… as เก็บ…)
    ("เรื่อง คลังโจทย์ออนไลน์\nเปิดให้ครูในโรงเรียนอื่น 8 แห่งใช้กับนักเรียนของตน\n"
     "รวบรวมคะแนนของนักเรียนในโรงเรียนผู้ใช้และวิเคราะห์การเปลี่ยนแปลง", True),
    # the network schools' learners assessed against their IEP goals (challenges9 cy044)
    ("การจัดการเรียนรวมสำหรับนักเรียนออทิสติกในโรงเรียนเครือข่าย 6 โรงเรียน\n"
     "อบรมครูเรียนรวม 12 คน\nประเมินตามเป้าหมาย IEP ภาคเรียนละ 1 ครั้ง", True),
    # the teachers' plans checked against the IEP form are not learners measured
    ("การจัดการเรียนรวมในโรงเรียนเครือข่าย 6 โรงเรียน\nอบรมครูเรียนรวม 12 คน\n"
     "ตรวจแผน IEP ของครูในเครือข่าย", False),
    # results summed up centre by centre (challenges6 cu039)
    ("การส่งเสริมพัฒนาการด้านภาษาของเด็กปฐมวัยในตำบล ร่วมกับศูนย์พัฒนาเด็กเล็ก\n"
     "อบรมครูผู้ดูแลเด็ก 9 คน และจัดถุงหนังสือหมุนเวียน\nศูนย์ฯ จัดกิจกรรมอ่านด้วยกันทุกวัน\n"
     "สรุปผลรายศูนย์ และคืนข้อมูลให้ อบต.", True),
    # teachers' results per school are not learners'
    ("การพัฒนาครูในเครือข่าย\nอบรมครู 20 คน\nประเมินสมรรถนะครูรายโรงเรียน", False),
    # one's own classes only
    ("การพัฒนาการอ่าน\nฝึกอ่านทุกวัน\nทดสอบการอ่านของนักเรียนชั้น ป.2", False),
    # a measuring step over all the organisations (challenges13 c13-038, c13-042)
    ("การขยายผลชุดการทดลองราคาประหยัดสู่โรงเรียนขนาดเล็กในอำเภอ\nอบรมครู 7 คน และนิเทศถึงห้องเรียนคนละ 3 ครั้ง\n"
     "ครูทั้ง 7 คนใช้ชุดการทดลองกับนักเรียน ม.1\nประเมินทักษะการทดลองด้วยแบบประเมินชุดเดิมทั้ง 7 โรงเรียน", True),
    ("การสร้างการเปลี่ยนแปลงผลสัมฤทธิ์ O-NET ของนักเรียนชั้น ม.3 ในเครือข่าย 6 โรงเรียน\n"
     "อบรมครู 11 คน และโค้ชเดือนละ 1 ครั้ง\nครูทั้ง 11 คนสอนซ่อมตามจุดอ่อนรายสาระ\n"
     "ทดสอบเสมือน O-NET ร่วมกันทั้ง 6 โรงเรียน และเปรียบเทียบกับปีก่อน", True),
    # the organisations met, not their learners measured
    ("การขยายผลชุดการทดลองสู่โรงเรียนขนาดเล็กในอำเภอ\nอบรมครู 7 คน\nสรุปผลและนำเสนอในการประชุมทั้ง 7 โรงเรียน",
     False),
    # a handbook mailed to the network, the teacher's own classes measured (challenges13 c13-025)
    ("การคิดค้นรูปแบบการพูดนำเสนอของนักเรียนชั้น ม.5 สู่เครือข่ายโรงเรียนสหวิทยาเขต\n"
     "ใช้รูปแบบกับนักเรียน ม.5/1 ของผู้สอน\nประเมินการพูดนำเสนอด้วยเกณฑ์ชุดเดิม\n"
     "จัดทำคู่มือส่งให้โรงเรียนในเครือข่าย 12 โรงเรียน และเผยแพร่ทางเว็บไซต์", False),
    # … or presented at the network's teachers' meeting
    ("การคิดค้นรูปแบบการพูดนำเสนอของนักเรียนชั้น ม.5 สู่เครือข่ายโรงเรียนสหวิทยาเขต\n"
     "ใช้รูปแบบกับนักเรียน ม.5/1 ของผู้สอน\nประเมินการพูดนำเสนอด้วยเกณฑ์ชุดเดิม\n"
     "นำเสนอรูปแบบในการประชุมเครือข่ายครูภาษาไทย", False),
    # the network's teachers trained to use it: their learners are taught with it
    ("การคิดค้นรูปแบบการพูดนำเสนอของนักเรียนชั้น ม.5 สู่เครือข่ายโรงเรียนสหวิทยาเขต\n"
     "อบรมครูภาษาไทยของโรงเรียนในเครือข่าย 12 คน ให้ใช้รูปแบบ\nประเมินการพูดนำเสนอด้วยเกณฑ์ชุดเดิม", True),
    # one's own school's learners assessed, and the adopting schools only counted (challenges11 c11-043)
    ("การสร้างการเปลี่ยนแปลงการจัดการเรียนรู้ภาษาอังกฤษสู่เครือข่าย\nจัดอบรมออนไลน์ให้ครูภาษาอังกฤษในจังหวัด 2 รุ่น\n"
     "ประเมินการพูดของนักเรียน ม.1 – ม.3 ของโรงเรียนตามกรอบ CEFR และสำรวจจำนวนโรงเรียนที่นำไปใช้", False),
    # the adopting schools' learners assessed
    ("การสร้างการเปลี่ยนแปลงการจัดการเรียนรู้ภาษาอังกฤษสู่เครือข่าย\nจัดอบรมออนไลน์ให้ครูภาษาอังกฤษในจังหวัด 2 รุ่น\n"
     "ประเมินการพูดตามกรอบ CEFR ของนักเรียนในโรงเรียนที่นำไปใช้ และเปรียบเทียบกับปีก่อน", True),
    # schools counted in โรง, run on unspaced (challenges15 c15-043, impact)
    ("การพัฒนาสมรรถนะพลเมืองของนักเรียนชั้นมัธยมศึกษาปีที่ 4 – 6 ผ่านโครงงานพลเมืองในชุมชน\n"
     "อบรมครูสังคมศึกษาจาก 11 โรง 22 คน และนิเทศแบบพี่เลี้ยงในชุมชนของแต่ละโรง\n"
     "ประเมินสมรรถนะพลเมืองของนักเรียนทั้ง 11 โรงด้วยแบบประเมินชุดเดิมของเขตพื้นที่", True),
    # … not the school's canteen or workshop
    ("การพัฒนาพฤติกรรมการกินของนักเรียน\nอบรมครูเวรโรงอาหาร 4 คน\n"
     "ประเมินพฤติกรรมการกินของนักเรียนทั้ง 2 โรงอาหาร", False),
    ("การพัฒนาทักษะช่างของนักเรียน\nอบรมครูฝึก 3 คน\nประเมินทักษะของนักเรียนทั้ง 3 โรงฝึกงาน", False),
])
def test_other_organisations_learners_measured(text, spread):
    from models.classifiers.practice_level import other_learners_measured

    assert bool(other_learners_measured(text)) is spread


@pytest.mark.parametrize("problem, evidence", [
    ("คะแนนเฉลี่ยวิชาวิทยาศาสตร์ของนักเรียน ม.๑ ปีการศึกษา ๒๕๖๗ เท่ากับ ๔๒.๕๐", True),
    ("นักเรียนส่วนใหญ่อ่านหนังสือไม่คล่อง", False),
])
def test_a_figure_after_its_measure_is_evidence(problem, evidence):
    from models.checks.context import CheckContext

    assert challenge.problem_has_evidence(problem, CheckContext(rank=None, expected_level=None)) is evidence


@pytest.mark.parametrize("text, level", [
    # คิดค้น, but nobody else's practice changes: the teacher's own model
    ("การคิดค้นรูปแบบการสอนอ่าน 'อ่านเป็นภาพ'\nคิดค้นรูปแบบและให้ผู้เชี่ยวชาญ 5 ท่านตรวจสอบ\n"
     "ทดลองใช้กับนักเรียน 10 คน แล้วปรับปรุง\nใช้กับนักเรียนชั้น ป.5/2 และทดสอบหลังใช้", "originate"),
    # a cause quoted from the literature is no cause found: a published technique adapted
    ("การแก้ปัญหาการอ่านด้วยเทคนิค SQ4R\nสภาพปัญหา งานวิจัยหลายเรื่องระบุว่าสาเหตุมาจากการขาดกลยุทธ์\n"
     "ศึกษาเทคนิค SQ4R จากตำรา\nปรับขั้นตอนให้เหมาะกับนักเรียน\nทดสอบหลังเรียน", "apply"),
])
def test_level_by_substance(text, level):
    from models.classifiers.practice_level import predict_level

    assert predict_level(text).label.value == level


def test_organisation_nouns_are_one_prefix_free_list() -> None:
    """The patterns built on ORG_NOUN rely on no noun being a prefix of another (the alternation's
    order then never matters), and every organisation pattern reads the same list."""
    from models.classifiers import practice_level
    from models.thai.analysis import ORG_NOUN, ORG_NOUNS

    assert ORG_NOUN == "(?:" + "|".join(ORG_NOUNS) + ")"
    assert not [(a, b) for a in ORG_NOUNS for b in ORG_NOUNS if a != b and b.startswith(a)]
    assert ORG_NOUN in challenge._THING_COUNT.pattern
    for pattern in (practice_level._OTHER_ORGS, practice_level._BEYOND, practice_level._SHARED_WITH_OTHERS):
        assert ORG_NOUN in pattern.pattern


@pytest.mark.parametrize("steps, has_period", [
    (["นิเทศเดือนละ 1 ครั้ง และประชุมผู้ปกครองทุกภาคเรียน"], False),
    (["นิเทศภาคเรียนละ 2 ครั้ง"], False),
    (["ประเมินการอ่าน และเปรียบเทียบกับผลเดือนมิถุนายน 2568"], False),
    (["ประเมินการอ่าน และเปรียบเทียบกับข้อมูลเดือนพฤษภาคม"], False),
    (["นิเทศเดือนละ 1 ครั้ง ตลอดภาคเรียนที่ 2/2568"], True),
    (["ประเมินการอ่านเมื่อเดือนกุมภาพันธ์ 2569 และเปรียบเทียบกับผลเดือนมิถุนายน 2568"], True),
    # every N weeks or months is a frequency (challenges10 c10-038); a bare span of N weeks is no period
    # either (challenges12 c12-007, challenges14 c14-028), see test_a_bare_span_is_no_period
    (["ทดสอบย่อยทุก 2 สัปดาห์ และให้คะแนนพัฒนาการของกลุ่ม"], False),
    (["ชั่งน้ำหนักวัดส่วนสูงซ้ำทุก 3 เดือน"], False),
    (["ฝึกต่อเนื่อง 8 สัปดาห์ และทดสอบย่อยทุก 2 สัปดาห์"], False),
])
def test_frequencies_and_baseline_months_are_no_period(steps: list[str], has_period: bool) -> None:
    doc, ctx = with_part2({"method": steps})
    fired = list(challenge.method_no_timeline(doc, ctx))
    assert bool(fired) is not has_period


@pytest.mark.parametrize("steps, has_period", [
    # a span of N weeks, days or months says how long, not when: the two spent methods whose only time
    # words are such a span (and frequencies) are labelled no-timeline by both writers who wrote one
    (["ฝึกในช่วง 20 นาทีแรกของคาบพลศึกษา สัปดาห์ละ 2 คาบ",
      "ทดสอบสมรรถภาพทางกายซ้ำด้วยแบบทดสอบชุดเดิมเมื่อฝึกครบ 12 สัปดาห์"], False),          # c12-007
    (["จัดกิจกรรมทำอาหารอย่างง่ายจากผักที่ปลูกเอง สัปดาห์ละ 1 ครั้ง",
      "สรุปเปรียบเทียบกับช่วงก่อนดำเนินการเมื่อครบ ๑๒ สัปดาห์"], False),                   # c14-028
    (["จัดกิจกรรมเล่านิทานเป็นเวลา 8 สัปดาห์ แล้วประเมินการฟังของเด็ก"], False),
    (["ใช้ชุดฝึกระยะเวลา 3 เดือน", "อบรมผู้ปกครอง 2 วัน"], False),
    # with a named term, a month or weeks of the term in order, the span keeps its period
    (["ใช้ชุดฝึกในภาคเรียนที่ 2/2567 ระยะเวลา 6 สัปดาห์"], True),                         # cx016
    (["ฝึกต่อเนื่อง 8 สัปดาห์ (มิถุนายน – กรกฎาคม 2568)"], True),
    (["สัปดาห์ที่ 1 – 4 ฝึกอ่านคำพื้นฐาน", "สัปดาห์ที่ 5 – 8 ฝึกอ่านเป็นประโยค ครบ 8 สัปดาห์"], True),
])
def test_a_bare_span_is_no_period(steps: list[str], has_period: bool) -> None:
    doc, ctx = with_part2({"method": steps})
    assert bool(list(challenge.method_no_timeline(doc, ctx))) is not has_period


@pytest.mark.parametrize("result, number", [
    # a mean set against the published national or district mean (challenges6 cu031, challenges7 cw012)
    ("คะแนนเฉลี่ย O-NET วิชาภาษาไทยของนักเรียนชั้นมัธยมศึกษาปีที่ 3 ปีการศึกษา 2569 ไม่ต่ำกว่าค่าเฉลี่ยระดับประเทศ", True),
    ("ค่าเฉลี่ยร้อยละการอ่านออกเสียง (RT) ชั้นประถมศึกษาปีที่ 1 สูงกว่าค่าเฉลี่ยระดับเขตพื้นที่", True),
    # any result set against a published mean or target (challenges18 c18-039 [1], challenges20 c20-032
    # [2], c20-045 [1]; lexicon/published_bars.txt: 14 spent results of 10 files, none labelled)
    ("ผลการทดสอบ NT ชั้น ป.๓ ด้านคณิตศาสตร์ ไม่ต่ำกว่าค่าเฉลี่ยระดับเขตพื้นที่", True),
    ("นักเรียนชั้นประถมศึกษาปีที่ 1 มีผลการประเมิน RT ไม่ต่ำกว่าค่าเฉลี่ยระดับเขตพื้นที่", True),
    ("นักเรียนทุกโรงเรียนมีผลการทดสอบการอ่านผ่านเกณฑ์ไม่น้อยกว่าเป้าหมายของเขตพื้นที่", True),
    # a target nobody published ("เป้าหมายที่ตั้งไว้") is no figure
    ("นักเรียนมีผลการทดสอบการอ่านไม่น้อยกว่าเป้าหมายที่ตั้งไว้", False),
    # a mean that only rises has no figure
    ("คะแนนเฉลี่ย O-NET วิชาภาษาไทยของนักเรียนสูงขึ้น", False),
    ("นักเรียนมีผลสัมฤทธิ์ไม่ต่ำกว่าเดิม", False),
])
def test_a_mean_against_a_published_mean_is_a_number(result, number):
    doc, ctx = with_part2({"quantitative": [result]})
    assert bool(list(challenge.quantitative_no_number(doc, ctx))) is not number


@pytest.mark.parametrize("text, level", [
    # DLTV lessons and the worksheets that come with them, used as supplied (challenges7 cw008)
    ("การพัฒนาทักษะการเขียนเรื่องจากภาพของนักเรียนชั้นประถมศึกษาปีที่ 4/2 โดยใช้บทเรียนการศึกษาทางไกลผ่านดาวเทียม (DLTV)\n"
     "ศึกษาตารางออกอากาศ DLTV ชั้น ป.4 หน่วยการเขียน (มิถุนายน 2569)\n"
     "ให้นักเรียนเรียนตามบทเรียน DLTV และทำใบงานที่มากับบทเรียน ระหว่างเดือนกรกฎาคม – กันยายน 2569\n"
     "ตรวจงานเขียนของนักเรียนด้วยเกณฑ์การให้คะแนนงานเขียน 4 ด้าน หลังจบหน่วย (กันยายน 2569)", "execute"),
    # DLTV with its worksheets adapted to the village's words (challenges6 cu002): apply
    ("การส่งเสริมการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษาปีที่ 1 – 3 โดยใช้บทเรียน DLTV ร่วมกับบัตรคำท้องถิ่น\n"
     "เปิดบทเรียน DLTV วิชาภาษาไทยตามตารางออกอากาศให้นักเรียนเรียนพร้อมกัน\n"
     "ปรับใบงานประจำบทเรียนเป็นคำในหมู่บ้าน และทำบัตรคำท้องถิ่น 100 คำ\n"
     "ทดสอบการอ่านออกเขียนได้ด้วยแบบทดสอบของเขตพื้นที่", "apply"),
])
def test_broadcast_lessons_as_supplied_are_execute(text, level):
    from models.classifiers.practice_level import predict_level

    assert predict_level(text).label.value == level


PASTED = """ประเด็นท้าทาย เรื่อง การพัฒนาการอ่านของนักเรียน
สภาพปัญหา: นักเรียนส่วนใหญ่อ่านหนังสือไม่คล่อง
วิธีการดำเนินการ
1) จัดกิจกรรมตามคู่มือครู
2) ให้นักเรียนทำแบบฝึกหัดทุกวัน
ผลลัพธ์การพัฒนาที่คาดหวัง
เชิงปริมาณ
1) นักเรียนอ่านได้ดีขึ้น
เชิงคุณภาพ
1) นักเรียนรักการอ่าน"""


def test_a_pasted_challenge_is_read_by_its_headings():
    pasted = challenge.read_text(PASTED)
    ch = pasted.challenge
    assert ch.title == "การพัฒนาการอ่านของนักเรียน"
    assert ch.problem == "นักเรียนส่วนใหญ่อ่านหนังสือไม่คล่อง"
    assert ch.method == ["จัดกิจกรรมตามคู่มือครู", "ให้นักเรียนทำแบบฝึกหัดทุกวัน"]
    assert ch.quantitative == ["นักเรียนอ่านได้ดีขึ้น"] and ch.qualitative == ["นักเรียนรักการอ่าน"]
    assert pasted.written == {"title", "problem", "method", "quantitative", "qualitative"}
    # a title followed by numbered steps, no headings: the steps are the method
    bare = challenge.read_text("เรื่อง การสร้างชุดฝึก\n1. วิเคราะห์ข้อผิดพลาด\n2. สร้างชุดฝึก 8 เล่ม")
    assert bare.challenge.method == ["วิเคราะห์ข้อผิดพลาด", "สร้างชุดฝึก 8 เล่ม"] and "problem" not in bare.written


def test_a_pasted_weak_challenge_gets_the_rules_one_text_can_judge():
    ctx = CheckContext(rank=None, expected_level=None)
    got = {(f.rule, f.location.field, f.location.index) for f in challenge.check_text(PASTED, ctx)}
    assert {("challenge.method-no-evaluation", "method", None), ("challenge.method-no-timeline", "method", None),
            ("challenge.no-target-group", None, None), ("challenge.problem-no-evidence", "problem", None),
            ("challenge.quantitative-no-number", "quantitative", 0),
            ("indicator.vague-change", "quantitative", 0)} <= got
    assert not [r for r, _, _ in got if r in ("challenge.section-missing", "indicator.no-target")]
    for f in challenge.check_text(PASTED, ctx):
        assert f.excerpt in PASTED  # excerpts point at what was pasted


@pytest.mark.parametrize("text", [
    "การพัฒนา",  # a title alone: the level only
    "จัดกิจกรรมตามคู่มือครูให้นักเรียนทำแบบฝึกหัด",
    # a sound challenge: dates, an evaluating step, a class named, figures in problem and result
    "ประเด็นท้าทาย เรื่อง การแก้ปัญหาการอ่านคำควบกล้ำของนักเรียนชั้นประถมศึกษาปีที่ 3/1\n"
    "สภาพปัญหา จากการทดสอบการอ่านเดือนพฤษภาคม 2569 นักเรียน 12 คน จาก 30 คน อ่านคำควบกล้ำผิดร้อยละ 40\n"
    "วิธีการดำเนินการ\n1. วิเคราะห์คำที่อ่านผิดและสัมภาษณ์นักเรียนเพื่อหาสาเหตุ (มิถุนายน 2569)\n"
    "2. ฝึกอ่านด้วยบัตรคำคู่เทียบ วันละ 20 นาที ระหว่างเดือนกรกฎาคม – สิงหาคม 2569\n"
    "3. ทดสอบหลังเรียนด้วยแบบทดสอบคู่ขนานและเปรียบเทียบกับก่อนเรียน (กันยายน 2569)\n"
    "ผลลัพธ์การพัฒนาที่คาดหวัง เชิงปริมาณ\n1. นักเรียนร้อยละ 80 อ่านคำควบกล้ำได้ถูกต้องไม่น้อยกว่า 16 จาก 20 คำ",
])
def test_a_text_without_flaws_or_method_gets_no_section_finding(text):
    ctx = CheckContext(rank=None, expected_level=None)
    assert challenge.check_text(text, ctx) == []


def test_check_text_as_challenge_on_the_command_line(capsys):
    from service.cli import main

    assert main(["check-text", "--as", "challenge", "--rank", "professional", PASTED]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"findings", "level", "suggestion_th"}  # the contract's object
    rules = [f["rule"] for f in out["findings"]]
    assert "challenge.level-below-expected" in rules and "challenge.method-no-timeline" in rules
    assert len(rules) == len(set(rules)) and out["level"] and out["suggestion_th"]


@pytest.mark.parametrize("steps, has_period", [
    # the end of an unnamed term is a point in the cycle, not the period (challenges6 cu040)
    (["ประเมินสมรรถนะด้วยแบบประเมินฉบับเดิมเมื่อจบภาคเรียน เปรียบเทียบกับปีการศึกษา 2568"], False),
    (["สรุปผลเมื่อสิ้นภาคเรียน"], False),
    # a named or spanned term is one
    (["ประเมินสมรรถนะเมื่อสิ้นภาคเรียนที่ 2/2569"], True),
    (["ฝึกอ่านตลอดภาคเรียนที่ 2/2569 และสรุปผลเมื่อจบภาคเรียน"], True),
    # throughout an unnamed term is no period (round 13: challenges21 c21-027, challenges22 c22-029,
    # the only 2 spent methods so written, both labelled no-timeline)
    (["ฝึกอ่านตลอดภาคเรียน และสรุปผลเมื่อจบภาคเรียน"], False),
    (["จัดประสบการณ์ตามรูปแบบสัปดาห์ละ 3 วัน ตลอดภาคเรียน", "ประเมินพัฒนาการ 4 ด้านด้วยแบบประเมินของสถานศึกษา"], False),
    # the end of an unnamed school year is no period either (challenges9 cy041); a named year is one
    (["นิเทศแบบเพื่อนช่วยเพื่อนทุกสัปดาห์", "ประเมินทักษะด้วยแบบประเมินชุดเดิมเมื่อสิ้นปีการศึกษา"], False),
    (["ประเมินทักษะด้วยแบบประเมินชุดเดิมเมื่อสิ้นปีการศึกษา 2568"], True),
])
def test_the_end_of_an_unnamed_term_is_no_period(steps: list[str], has_period: bool) -> None:
    doc, ctx = with_part2({"method": steps})
    assert bool(list(challenge.method_no_timeline(doc, ctx))) is not has_period


@pytest.mark.parametrize("problem, evidence", [
    # the learners' works counted against an assessment (challenges8 cx8-28)
    ("ในปีการศึกษา 2567 โครงงานสังคมศึกษาของนักเรียนชั้นมัธยมศึกษาปีที่ 3 จำนวน 22 โครงงาน "
     "ได้ระดับดีขึ้นไปตามเกณฑ์ประเมินโครงงานเพียง 6 โครงงาน", True),
    # learners counted by a diagnostic test (challenges4 cz018)
    ("จากแบบวินิจฉัยความเข้าใจคลาดเคลื่อน 2 ชั้น นักเรียนชั้นประถมศึกษาปีที่ 6 มีความเข้าใจคลาดเคลื่อน 18 คน", True),
    ("โครงงานของนักเรียนส่วนใหญ่ยังไม่ใช้ข้อมูลจริง", False),
    ("นักศึกษาขาดทักษะการวินิจฉัยอาการเสียของเครื่องยนต์", False),
])
def test_works_counted_and_diagnostic_tests_are_evidence(problem, evidence):
    assert challenge.problem_has_evidence(problem, CheckContext(rank=None, expected_level=None)) is evidence


@pytest.mark.parametrize("result, number", [
    ("ไม่มีงานเขียนของนักเรียนที่แสดงความคิดเห็นโดยไม่อ้างข้อมูล", True),  # a zero count (cx8-20)
    ("ไม่มีอุบัติเหตุจากการปฏิบัติงานของนักศึกษาตลอดภาคเรียน", True),
    ("นักเรียนมีงานเขียนที่อ้างข้อมูลมากขึ้น", False),
    # all of a counted set of patrols or people (challenges10 c10-032, challenges12 c12-031)
    ("ทั้ง 8 หมู่ ทำอาหารกลุ่มและกางเต็นท์ได้เองโดยครูไม่ต้องช่วย", True),
    ("ครูวิทยาศาสตร์ทั้ง 3 ท่านใช้กระบวนการ “สงสัย ลอง เล่า” ได้ครบทุกขั้นตอนตามแบบสังเกตการสอน", True),
    ("หมู่ลูกเสือทำอาหารกลุ่มและกางเต็นท์ได้เองคล่องขึ้น", False),
])
def test_a_result_opening_with_none_is_a_zero_count(result, number):
    doc, ctx = with_part2({"quantitative": [result]})
    assert bool(list(challenge.quantitative_no_number(doc, ctx))) is not number


@pytest.mark.parametrize("text, level", [
    # accounting software is the skill's tool; the exercise set is the teacher's own, validated (cx8-32)
    ("การพัฒนาชุดฝึกสมรรถนะการปิดบัญชีด้วยโปรแกรมสำเร็จรูปจากกรณีธุรกิจจำลอง ของนักศึกษา ปวส.2\n"
     "สร้างกรณีธุรกิจจำลองและชุดฝึก 4 ระดับ พร้อมเฉลยและเกณฑ์ตรวจ (ตุลาคม – พฤศจิกายน 2568)\n"
     "ให้ผู้เชี่ยวชาญด้านการบัญชี 3 ท่านตรวจสอบและปรับปรุง (พฤศจิกายน 2568)\n"
     "ทดลองใช้กับนักศึกษา 10 คน และปรับปรุงระดับความยาก (ธันวาคม 2568)\n"
     "ประเมินสมรรถนะด้วยแบบประเมินสมรรถนะรายวิชาและตรวจงานปิดบัญชี (มีนาคม 2569)", "originate"),
    # a ready-made teaching programme bought and followed (statements5 s5263): execute
    ("การสร้างการเปลี่ยนแปลงด้านการฟังพูดภาษาอังกฤษของนักเรียนชั้น ม.4 ด้วยโปรแกรมสำเร็จรูป\n"
     "โรงเรียนจัดซื้อโปรแกรมฝึกฟังพูดสำเร็จรูปของบริษัทเอกชน\n"
     "จัดให้นักเรียนเรียนตามบทเรียนของโปรแกรมตามลำดับ", "execute"),
])
def test_accounting_software_is_no_ready_made_material(text, level):
    from models.classifiers.practice_level import predict_level

    assert predict_level(text).label.value == level


@pytest.mark.parametrize("text, adapts", [
    # the teacher's own game tried out, then its rules changed: revision, not adaptation (challenges13 c13-017)
    ("การพัฒนาทักษะการอ่านโน้ตด้วยเกมการ์ดที่ผู้สอนออกแบบ\nออกแบบเกมการ์ด 3 ระดับ\n"
     "ทดลองเล่นกับนักเรียน 15 คน ปรับกติกาและระดับความยาก\nใช้เกมในคาบเรียน 15 นาทีแรก", False),
    ("การพัฒนาการทรงตัว\nออกแบบสถานีฝึก 6 สถานี\nทดลองใช้กับนักเรียน 8 คน ปรับเวลาประจำสถานี", False),
    # a published game's rules changed for the class: adaptation
    ("การฝึกสูตรคูณด้วยเกมกระดาน\nศึกษาเกมที่มีผู้พัฒนาไว้\nปรับกติกาเกมให้ใช้โจทย์สูตรคูณแม่ 2–9", True),
    # the noun การทดลอง ending a step is no try-out (challenges9 cy031, challenges7 cw004: apply)
    ("การสอนเรื่องแรงด้วยการทดลอง\nเลือกการทดลองในคู่มือครู 6 การทดลอง\nปรับใบงานการทดลองให้เหมาะกับนักเรียน", True),
])
def test_a_change_after_a_try_out_is_no_adaptation(text, adapts):
    from models.classifiers.practice_level import cue_scores

    _, found = cue_scores(text)
    assert bool(found[LevelId.APPLY]) is adapts


_OWN_MODEL = ("การพัฒนาทักษะการพูดนำเสนอของนักเรียนชั้น ม.5 สู่เครือข่ายโรงเรียนสหวิทยาเขต\n"
              "พัฒนารูปแบบการสอน 5 ขั้น ให้ผู้เชี่ยวชาญ 5 ท่านตรวจ IOC\nทดลองใช้กับ ม.5/3 และปรับปรุง\n"
              "ใช้รูปแบบกับนักเรียน ม.5/1 ของผู้สอน\nประเมินการพูดนำเสนอด้วยเกณฑ์ชุดเดิม\n")


@pytest.mark.parametrize("last, level", [
    # an own validated model whose handbook is mailed and put on the web, or presented at a network
    # meeting: dissemination advises nobody (challenges13 c13-025, originate)
    ("จัดทำคู่มือส่งให้โรงเรียนในเครือข่าย 12 โรงเรียน และเผยแพร่ทางเว็บไซต์", ("originate",)),
    ("นำเสนอรูปแบบในการประชุมเครือข่ายครูภาษาไทย", ("originate",)),
    # the network's teachers trained in it: a model for others at least
    ("อบรมครูภาษาไทยของโรงเรียนในเครือข่าย 12 โรงเรียน ให้ใช้รูปแบบ", ("invent", "impact")),
    # … or published to them through a PLC (samples/specs welfare-school-expert-itemrows)
    # (round 11: read originate since the level model trains on the 18 spent challenge files, whose
    # labels read an own model only published to a network as originate; the sample document this
    # came from, samples/specs welfare-school-expert-itemrows, is still not flagged: evaluate_rules)
    pytest.param("สรุปผล เผยแพร่รูปแบบสู่โรงเรียนในเครือข่าย 8 แห่ง ผ่าน PLC", ("invent", "impact"),
                 marks=pytest.mark.xfail(strict=True, reason="read originate by the model trained on "
                                                             "the spent challenge files (round 11)")),
])
def test_a_model_mailed_or_presented_to_a_network_advises_nobody(last, level):
    from models.classifiers.practice_level import predict_level

    assert predict_level(_OWN_MODEL + last).label.value in level


_HOLLOW_TITLE = ("การคิดค้นและปรับเปลี่ยนระบบนิเวศการเรียนรู้เชิงรุกแบบองค์รวม (Holistic Active Learning Ecosystem: HALE) "
                 "สู่การเป็นโรงเรียนต้นแบบการจัดการเรียนรู้ฐานสมรรถนะ\n")


@pytest.mark.parametrize("method, below", [
    # three published techniques in one's own classes under an inventing title (challenges13 c13-033, apply)
    ("ศึกษาคู่มือการจัดการเรียนรู้เชิงรุก (Active Learning) ของ สพฐ. และเลือกเทคนิค Think-Pair-Share, Jigsaw\n"
     "จัดการเรียนรู้ด้วยเทคนิคดังกล่าวในรายวิชาที่ผู้สอนรับผิดชอบ ภาคเรียนที่ 1/2568\n"
     "ถ่ายภาพและบันทึกวีดิทัศน์การจัดการเรียนรู้ เผยแพร่ทางเพจโรงเรียน\nสรุปรายงานผลการดำเนินงาน (กันยายน 2568)", True),
    # the method invents and changes colleagues' practice: the title holds
    ("คิดค้นรูปแบบการจัดการเรียนรู้ 5 ขั้น ตรวจสอบโดยผู้ทรงคุณวุฒิ 5 ท่าน\n"
     "เป็นพี่เลี้ยงครูในกลุ่มสาระ 4 คนให้นำรูปแบบไปใช้ในห้องของตน\n"
     "ประเมินสมรรถนะของนักเรียนทุกห้องด้วยแบบประเมินชุดเดิม", False),
])
def test_an_inventing_title_over_a_method_showing_nothing_of_it_counts_nothing(method, below):
    from models.classifiers.practice_level import below_expected

    assert (below_expected(_HOLLOW_TITLE + method, LevelId.INVENT) is not None) is below


@pytest.mark.parametrize("step, whole", [
    ("จัดเวลาซ่อมอ่านทั้งช่วงชั้น วันละ 20 นาที หลังพักกลางวัน", True),  # challenges12 c12-035 (invent)
    ("ติดตามผลการประเมินจากสถานประกอบการของผู้เรียนทั้งแผนก", True),  # statements5 s5273 (invent)
    ("ใช้รูปแบบกับนักเรียนทั้งสายชั้น ป.4", True),
    ("ประเมินนักเรียนทั้งระดับชั้น ม.1", True),
    ("ฝึกอ่านกับนักเรียนชั้น ป.2/1 ทั้งห้อง", False),  # one's own class
])
def test_a_whole_grade_band_or_department_is_whole_school_change(step, whole):
    from models.classifiers.practice_level import cue_scores

    _, found = cue_scores("การพัฒนาการอ่าน\n" + step)
    assert any(p.startswith("ทั้ง") for p in found[LevelId.INVENT]) is whole


@pytest.mark.parametrize("text, level", [
    # คิดค้นและปรับเปลี่ยน in the title only, an own validated model in own classes (challenges9 cy038)
    ("การคิดค้นและปรับเปลี่ยนการจัดการเรียนรู้คณิตศาสตร์ด้วยรูปแบบ 'คิดเล่น เห็นภาพ' ของนักเรียนชั้น ป.3\n"
     "คิดค้นรูปแบบ 5 ขั้น พร้อมสื่อบล็อกฐานสิบ (มิถุนายน 2567)\n"
     "ตรวจสอบรูปแบบโดยผู้เชี่ยวชาญ 5 ท่าน และทดลองใช้ 2 สัปดาห์แล้วปรับปรุง\n"
     "ใช้รูปแบบกับนักเรียนชั้น ป.3/1 และ 3/2\nทดสอบหลังเรียน และเปรียบเทียบผล", "originate"),
    # the same with colleagues coached and the school adopting it: practice changes
    ("การคิดค้นและปรับเปลี่ยนการจัดการเรียนรู้คณิตศาสตร์ด้วยรูปแบบ 'คิดเล่น เห็นภาพ' ของนักเรียนชั้น ป.3\n"
     "คิดค้นรูปแบบ 5 ขั้น พร้อมสื่อบล็อกฐานสิบ (มิถุนายน 2567)\n"
     "ตรวจสอบรูปแบบโดยผู้เชี่ยวชาญ 5 ท่าน และทดลองใช้ 2 สัปดาห์แล้วปรับปรุง\n"
     "โค้ชครูคณิตศาสตร์ 4 คน ใช้รูปแบบในทุกห้อง โดยโรงเรียนกำหนดเป็นแนวปฏิบัติ\nทดสอบหลังเรียน และเปรียบเทียบผล",
     "invent"),
])
def test_a_title_only_transformation_changes_no_practice(text, level):
    from models.classifiers.practice_level import predict_level

    assert predict_level(text).label.value == level


@pytest.mark.parametrize("problem, evidence", [
    # the size of the groups formed is no data about the current state (challenges6 cu003)
    ("นักเรียนชั้นมัธยมศึกษาปีที่ 2/7 ส่วนใหญ่ยังแก้สมการได้ไม่ถูกต้อง ทำให้ผลสัมฤทธิ์ต่ำกว่าที่ควรจะเป็น "
     "ครูจึงนำเทคนิค TAI มาปรับใช้ โดยจัดกลุ่มคละความสามารถ 4 คน", False),
    # learners counted in a group of the screening are
    ("ผลการคัดกรองการอ่าน นักเรียน 41 คน อยู่ในกลุ่มอ่านไม่คล่อง 13 คน", True),
])
def test_group_size_is_no_evidence(problem, evidence):
    assert challenge.problem_has_evidence(problem, CheckContext(rank=None, expected_level=None)) is evidence


def _cue(part2: dict, level: LevelId) -> bool:
    """Whether the cue voice weighs for `level` (a diagnosis the method takes up for solve, the
    teacher's own earlier model for originate).  The tests of a diagnosis read below pin this
    voice, not the rule's decision: since round 12 the level model trains on the spent challenge
    files, and even without the writer a case is cut from it reads these cut-down texts from their
    title and method alone (c12's talk case: solve 0.63 with or without a diagnosis).  The
    decision across writers is measured by `benchmarks.evaluate_challenges --loco-level`; the
    cases' `fires` is the decision the cue leads to with level.csv's model."""
    from models.classifiers.practice_level import cue_scores

    scores, _ = cue_scores("\n".join([part2["title"], *part2["method"]]), part2["problem"])
    return scores[level] > 0


_TALK_METHOD = ["เตรียมสถานการณ์จากชีวิตประจำวันของนักเรียน 12 สถานการณ์ และชุดกิจกรรมฝึกแปลงประโยคเป็นสมการ "
                "(พฤศจิกายน 2568)",
                "ให้นักเรียนเขียนประโยคก่อน แล้วแปลงเป็นสมการทีละขั้น ในคาบเรียน เดือนธันวาคม 2568",
                "ให้นักเรียนจับคู่ตรวจงานของเพื่อนด้วยรายการตรวจ 4 ข้อ",
                "ทดสอบหลังเรียนเรื่องการแปลงโจทย์ปัญหาเป็นสมการ 10 ข้อ (มกราคม 2569)"]
_TALK_DATA = ("จากแบบฝึกการแก้โจทย์ปัญหาสมการของนักเรียนชั้นมัธยมศึกษาปีที่ 2/4 จำนวน 36 คน "
              "แปลงโจทย์ปัญหาเป็นสมการได้ถูกต้องเพียง 12 คน\n")


@pytest.mark.parametrize("finding, fires", [
    # talking with the learners finds why (challenges12 c12-014: solve), as an interview does
    ("เมื่อพูดคุยกับนักเรียนพบว่านักเรียนเข้าใจเรื่องในโจทย์ แต่ไม่รู้วิธีเปลี่ยนประโยคเป็นสัญลักษณ์", False),
    # listening to each learner read finds it (challenges12 c12-012, c12-017: solve)
    ("จากการฟังนักเรียนทั้ง 36 คน อ่านโจทย์ออกเสียงและเล่าว่าจะทำอย่างไรเป็นรายคน เมื่อเดือนตุลาคม 2568 "
     "พบว่านักเรียนเข้าใจเรื่องในโจทย์ แต่ไม่รู้วิธีเปลี่ยนประโยคเป็นสัญลักษณ์", False),
    # a bare พบว่า reporting a figure diagnoses nothing (7ea8ba2): the practice stays below solve
    ("เมื่อสิ้นภาคเรียนที่ 1/2568 พบว่า 24 คน ได้คะแนนต่ำกว่า 5 จาก 10 คะแนน", True),
    # the listening skill named as a subject is no listening to the learners
    ("ทักษะการฟังของนักเรียนพบว่า 24 คน ได้คะแนนต่ำกว่า 5 จาก 10 คะแนน", True),
])
def test_talking_with_or_listening_to_learners_diagnoses(finding, fires):
    part2 = {"title": "การแก้ปัญหาการแปลงโจทย์ปัญหาเป็นสมการของนักเรียนชั้นมัธยมศึกษาปีที่ 2/4",
             "problem": _TALK_DATA + finding, "method": _TALK_METHOD}
    assert _cue(part2, LevelId.SOLVE) is not fires


_MEALS_TITLE = ("การแก้ปัญหาภาวะผอมของนักเรียนหอพักชั้นมัธยมศึกษาปีที่ 4 "
                "โดยใช้บันทึกอาหารและกิจกรรมโภชนาการร่วมกับโรงครัว")
_MEALS_METHOD = ["ชั่งน้ำหนัก วัดส่วนสูง และเก็บบันทึกอาหาร 7 วัน (มิถุนายน 2569)",
                 "ประชุมร่วมกับแม่ครัวและครูหอพัก ปรับเวลาอาหารเช้าและเพิ่มนมกับไข่ (พฤศจิกายน 2569)",
                 "นักเรียนกลุ่มเป้าหมายบันทึกอาหารและออกกำลังกายตามแผนรายบุคคล ระหว่างเดือนพฤศจิกายน 2569 – "
                 "กุมภาพันธ์ 2570",
                 "ชั่งน้ำหนัก วัดส่วนสูง ประเมินภาวะโภชนาการอีกครั้ง (กุมภาพันธ์ 2570)"]
_MEALS_DATA = ("ผลการชั่งน้ำหนักและวัดส่วนสูงเดือนพฤษภาคม 2569 นักเรียนหอพักชั้น ม.4 จำนวน 45 คน "
               "มีภาวะผอมตามเกณฑ์ของกรมอนามัย 11 คน (ร้อยละ 24.44)")


@pytest.mark.parametrize("finding, fires", [
    # a record kept and what it showed diagnoses (challenges16 c16-022: solve; 21 spent rows so
    # written, all solve or above)
    (" จากบันทึกอาหาร 7 วัน พบว่า 9 ใน 11 คน ไม่รับประทานอาหารเช้าและได้โปรตีนต่ำกว่าที่ควร "
     "เพราะตื่นไม่ทันเวลาอาหารเช้าของหอพัก", False),
    # the figures alone, or a record named with nothing found, do not
    ("", True),
    (" นักเรียนบันทึกอาหารเป็นบางวัน", True),
])
def test_a_record_and_what_it_showed_diagnoses(finding, fires):
    part2 = {"title": _MEALS_TITLE, "problem": _MEALS_DATA + finding, "method": _MEALS_METHOD}
    assert _cue(part2, LevelId.SOLVE) is not fires


_CLIPS = {"title": "การพัฒนาผลสัมฤทธิ์ทางการเรียน เรื่อง พันธะเคมี ของนักเรียนชั้นมัธยมศึกษาปีที่ 4/2 "
                   "โดยใช้นวัตกรรมการเรียนรู้ด้วยสื่อวีดิทัศน์",
          "problem": "ผลการสอบกลางภาคเรียนที่ 2 ปีการศึกษา 2567 รายวิชาเคมี 1 นักเรียนชั้น ม.4/2 จำนวน 40 คน "
                     "มีคะแนนเฉลี่ย 11.35 จาก 30 คะแนน และได้คะแนนต่ำกว่าร้อยละ 50 จำนวน 29 คน",
          "method": ["เลือกคลิปวีดิทัศน์เรื่องพันธะเคมีจากคลังสื่อของ สสวท. จำนวน 8 ตอน",
                     "ให้นักเรียนดูคลิป{order}และทำแบบฝึกหัดในหนังสือเรียนตามที่กำหนด ระหว่างเดือนพฤศจิกายน 2567 – "
                     "มกราคม 2568",
                     "ทดสอบหลังเรียนด้วยแบบทดสอบ 30 ข้อ (กุมภาพันธ์ 2568)", "สรุปผลรายงานผู้บริหาร"]}


@pytest.mark.parametrize("order, fires", [
    ("ตามลำดับ", True),  # the clips in their order (challenges15 c15-010, teacher: execute)
    ("ตามลำดับตอน", True),
    ("", False),  # nothing says they are taken as supplied: the expected apply stands
])
def test_clips_taken_in_their_order_are_used_as_supplied(order, fires):
    part2 = {**_CLIPS, "method": [m.replace("{order}", order) for m in _CLIPS["method"]]}
    with level_model_without("challenges15.jsonl"):
        assert level_below("teacher", part2) is fires


_READING = {"title": "การพัฒนาการอ่านคล่องของนักเรียนชั้นประถมศึกษาปีที่ 4 โดยใช้ชุดฝึกอ่านคล่องตามแนวทางของ"
                     "สำนักการศึกษา กรุงเทพมหานคร",
            "problem": "ผลการประเมินการอ่านคล่องเมื่อเดือนกันยายน 2569 นักเรียนชั้นประถมศึกษาปีที่ 4/2 จำนวน 35 คน "
                       "อ่านได้ต่ำกว่าเกณฑ์ 90 คำต่อนาที 14 คน คิดเป็นร้อยละ 40",
            "method": ["ศึกษาชุดฝึกอ่านคล่องของสำนักการศึกษา กรุงเทพมหานคร {adapt}(ตุลาคม 2569)",
                       "ฝึกอ่านซ้ำ (repeated reading) วันละ 15 นาที ก่อนเรียน ระหว่างเดือนพฤศจิกายน 2569 – "
                       "กุมภาพันธ์ 2570",
                       "บันทึกอัตราการอ่านทุก 2 สัปดาห์ลงในกราฟของนักเรียน",
                       "ประเมินการอ่านคล่องด้วยบทอ่านมาตรฐานชุดเดิม (กุมภาพันธ์ 2570)", "สรุปรายงานผล"]}


@pytest.mark.parametrize("adapt, fires", [
    # a package's stories adapted to the class, no cause sought: apply below the expected solve
    # (challenges16 c16-009, professional)
    ("และปรับเนื้อเรื่องบางเรื่องให้เป็นเรื่องใกล้ตัวนักเรียนในชุมชนริมคลอง ", True),
    ("และปรับเรื่องราวบางเรื่องให้ใกล้ตัวนักเรียน ", True),
    pytest.param("", False, marks=pytest.mark.xfail(strict=True, reason=(
        "round 14: with challenges25/26 in its training, the level model without challenges16 reads "
        "a supplied package used as it comes below the expected solve; no spent label says either "
        "way, left for the next round"))),  # nothing said of how it is used: no finding
])
def test_a_packages_stories_adapted_are_apply(adapt, fires):
    part2 = {**_READING, "method": [m.replace("{adapt}", adapt) for m in _READING["method"]]}
    with level_model_without("challenges16.jsonl"):
        assert level_below("professional", part2) is fires


_TALES = {"title": "การแก้ไขปัญหาการอ่านออกเสียงของนักเรียนชั้นประถมศึกษาปีที่ 1 – 3 ห้องเรียนคละชั้น โดยใช้นิทานพื้นบ้าน",
          "method": ["รวบรวมนิทานพื้นบ้านจากหนังสือนิทานของห้องสมุดและเว็บไซต์ 10 เรื่อง (พฤษภาคม 2568)",
                     "ใช้นิทานในช่วงกิจกรรมรักการอ่านทุกเช้า ระหว่างเดือนมิถุนายน – สิงหาคม 2568 "
                     "ให้รุ่นพี่ ป.3 อ่านให้รุ่นน้องฟังแล้วอ่านตาม",
                     "ทดสอบการอ่านออกเสียงด้วยแบบทดสอบการอ่านของโรงเรียน (กันยายน 2568)", "สรุปผลและรายงาน"]}


@pytest.mark.parametrize("problem, fires", [
    # a cause asserted with no figure at all diagnoses nothing (challenges14 c14-016, professional,
    # apply: "no diagnosis"; statements2.md: a cause merely stated leaves apply)
    ("นักเรียนในห้องเรียนคละชั้นไม่ค่อยสนใจการอ่าน อ่านหนังสือไม่คล่อง ผลการอ่านยังไม่เป็นที่น่าพอใจ "
     "สาเหตุเนื่องจากนักเรียนส่วนใหญ่พูดภาษาถิ่นที่บ้าน และผู้ปกครองไม่มีเวลาสอนอ่าน", True),
    # the reading tested and what it found: a diagnosis the method takes up
    ("ผลการทดสอบการอ่านออกเสียงนักเรียนห้องเรียนคละชั้น 18 คน อ่านไม่คล่อง 11 คน จากการฟังนักเรียนอ่านทีละคน "
     "พบว่านักเรียนไม่สนใจการอ่านและอ่านหนังสือไม่คล่อง สาเหตุเนื่องจากพูดภาษาถิ่นที่บ้าน", False),
])
def test_a_cause_asserted_without_data_is_no_diagnosis(problem, fires):
    assert _cue({**_TALES, "problem": problem}, LevelId.SOLVE) is not fires


_SCREENING = {"title": "การยกระดับการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษาปีที่ ๑ – ๓ ด้วยระบบคัดกรองและซ่อมอ่าน ๓ ระดับ",
              "method": ["จัดทำคู่มือระบบคัดกรองและซ่อมอ่าน ๓ ระดับ แบบคัดกรองชุดเดียวกัน และชุดซ่อมอ่าน (พฤษภาคม ๒๕๖๘)",
                         "โค้ชครูประจำชั้น ป.๑ – ป.๓ จำนวน ๕ ท่าน ในการคัดกรองและซ่อมอ่านรายคน สังเกตและให้ข้อมูลย้อนกลับ"
                         "ท่านละ ๔ ครั้งต่อภาคเรียน ปีการศึกษา ๒๕๖๘",
                         "จัดเวลาซ่อมอ่านทั้งช่วงชั้น วันละ ๒๐ นาที หลังพักกลางวัน",
                         "คัดกรองการอ่านนักเรียนทุกคนต้นปี กลางปี และปลายปีการศึกษา ๒๕๖๘ ด้วยแบบคัดกรองชุดเดียวกัน",
                         "ประชุมครูช่วงชั้นทุกสิ้นเดือนเพื่อดูผลคัดกรองรายคนและปรับกลุ่มซ่อมอ่าน"]}
_SCREENING_YEARS = ("ปลายปีการศึกษา ๒๕๖๗ ทั้งช่วงชั้นยังมีนักเรียนอ่านไม่ออก ๗ คน (ป.๒ ๔ คน ป.๓ ๓ คน) "
                    "ครูประจำชั้นอีก ๕ ท่านคัดกรองนักเรียนคนละแบบ และไม่มีเวลาซ่อมเสริมที่แน่นอน")


@pytest.mark.parametrize("before, fires", [
    # the teacher's own system, made and used in her classes before, told in the problem
    # (challenges12 c12-035, expert, invent: taken school-wide with five teachers coached)
    ("ผู้สอนพัฒนาระบบคัดกรองและซ่อมอ่าน ๓ ระดับ (ทั้งห้อง กลุ่มเล็ก รายคน) และใช้กับชั้นที่ตนสอนในปีการศึกษา "
     "๒๕๖๖ – ๒๕๖๗ นักเรียนที่อ่านไม่ออกในชั้นของผู้สอนลดจาก ๙ คน เหลือ ๑ คน\n", False),
    # the district's system received: nothing of her own before
    ("โรงเรียนได้รับระบบคัดกรองการอ่านจากสำนักงานเขตพื้นที่ในปีการศึกษา ๒๕๖๗\n", True),
])
def test_an_own_model_told_in_the_problem_is_originate(before, fires):
    assert _cue({**_SCREENING, "problem": before + _SCREENING_YEARS}, LevelId.ORIGINATE) is not fires


@pytest.mark.parametrize("problem, evidence", [
    # learners, incidents or groups counted from a record, an observation or a check of their work
    # (challenges14 c14-004, challenges18 c18-011, challenges12 c12-003, clean;
    # lexicon/problem_evidence.txt, 179 spent problems of 18 files)
    ("จากแบบบันทึกพัฒนาการด้านร่างกายภาคเรียนที่ 2/2567 เด็กชั้นอนุบาลปีที่ 3 จำนวน 16 คน มี 6 คน "
     "ที่ยังจับดินสอแบบกำมือ และตัดกระดาษตามเส้นไม่ได้", True),
    ("ภาคเรียนที่ 2/2568 งานช่างยนต์มีบันทึกอุบัติเหตุเล็กน้อยในโรงฝึกงาน 9 ครั้ง และจากการสังเกต "
     "นักศึกษาไม่สวมแว่นตานิรภัยขณะใช้หินเจียร 17 ครั้ง จากการปฏิบัติงาน 40 ครั้ง", True),
    ("จากการตรวจรายงานการทดลองในภาคเรียนที่ 1/2568 ทั้ง 14 กลุ่ม มีเพียง 5 กลุ่มที่บันทึกผลเป็นตาราง", True),
    # … not the same counts with no record or observation, nor the size of groups formed (cu003)
    ("เด็กชั้นอนุบาลปีที่ 3 จำนวน 16 คน ยังจับดินสอแบบกำมือ", False),
    ("นักเรียนส่วนใหญ่ยังแก้สมการไม่ถูกต้อง ครูสังเกตว่าควรจัดกลุ่มคละความสามารถ 4 คน", False),
])
def test_counts_from_a_record_or_an_observation_are_evidence(problem, evidence):
    assert challenge.problem_has_evidence(problem, CheckContext(rank=None, expected_level=None)) is evidence


@pytest.mark.parametrize("step, evaluates", [
    # the survey's words end at a conjunction: the test after it evaluates (challenges19 c19-005)
    ("ประเมินความพึงพอใจและทดสอบหลังเรียน (กันยายน 2568)", True),
    ("ประเมินความพึงพอใจของนักเรียนที่มีต่อการเรียน", False),
    # a trait assessed again, named between (challenges22 c22-037)
    ("ประเมินสมรรถภาพทางกายตามเกณฑ์กรมอนามัยซ้ำ (กุมภาพันธ์ 2569)", True),
    ("ประเมินสมรรถภาพทางกายตามเกณฑ์กรมอนามัย", False),
    # a behaviour watched with a record form (challenges10 c10-007)
    ("สังเกตการล้างมือหน้าอ่างด้วยแบบตรวจสอบรายการ 7 ขั้นตอน สัปดาห์ละ 1 วัน", True),
    ("สังเกตการล้างมือหน้าอ่าง", False),
    # an entry assessment is the baseline (challenges16 c16-028)
    ("วิเคราะห์ผลการประเมินแรกเข้าและสอบถามผู้ปกครองผ่านล่าม (พฤษภาคม 2569)", False),
    ("วิเคราะห์ผลการประเมินหลังใช้บัตรภาพ (กุมภาพันธ์ 2570)", True),
])
def test_round13_evaluation_readings(step, evaluates):
    """challenge.method-no-evaluation's step reading (round 13, each counted across the spent files)."""
    assert challenge._evaluates(step) is evaluates


@pytest.mark.parametrize("problem, evidence", [
    # a result stated as N of M is a figure (challenges22 c22-033; 56 spent problems of 20 files)
    ("นักเรียนออทิสติกในห้องเรียนพิเศษ 6 คน ปีการศึกษา 2567 บรรลุเป้าหมาย IEP ด้านการสื่อสาร 8 จาก 18 เป้าหมาย", True),
    ("นักเรียนออทิสติกในห้องเรียนพิเศษยังบรรลุเป้าหมาย IEP ด้านการสื่อสารได้น้อย", False),
    ("ครูเข้ารับการอบรม 1 ใน 2567", False),
])
def test_round13_n_of_m_is_evidence(problem, evidence):
    assert challenge.problem_has_evidence(problem, CheckContext(rank=None, expected_level=None)) is evidence


@pytest.mark.parametrize("result, number", [
    # a bound on any rate (challenges12 c12-008 [1]: 21 spent results of 10 files so written)
    ("นักเรียนเขียนคำผิดไม่เกินเรื่องละ 3 คำ", True),
    ("นักเรียนเขียนคำผิดน้อยลง", False),
    # organisations counted by their own noun, reached by the result (challenges13 c13-025 [1])
    ("คู่มือ TALK-THAI ได้รับการเผยแพร่สู่โรงเรียนในเครือข่าย 12 โรงเรียน", True),
    ("คู่มือ TALK-THAI ได้รับการเผยแพร่สู่โรงเรียนในเครือข่าย", False),
])
def test_round13_quantitative_figures(result, number):
    doc, ctx = with_part2({"quantitative": [result]})
    assert (not list(challenge.quantitative_no_number(doc, ctx))) is number


@pytest.mark.parametrize("result, number", [
    # an English bound on the result's own figure is a number, as ไม่น้อยกว่า / ไม่เกิน N (lexicon/
    # english_frames.txt [at-least] [at-most]; challenges25 c25-029 [1], c25-037 [1], c25-043 [2])
    ("At least 80 percent of Grade 9 students pass the unit test", True),
    ("Students' average score on the post-test is no less than 3.50", True),
    ("No more than 10 students score below the pass mark", True),
    ("The SMART-Maker model is disseminated to at least 3 schools in the network", True),
    ("Reports without an explanation in the discussion section fall from 124 to no more than 40.", True),
    ("No fewer than three network schools adopt the model", True),
    # a span of time after the bound is no target ([span]; as อย่างน้อย 2 สัปดาห์ / 1 ภาคเรียน)
    ("Students keep a reading log for at least 2 weeks", False),
    ("Students practise reading aloud for at least one semester", False),
    ("Students use the learning packages for at least 12 weeks.", False),
    ("Students write more fluently after at least 2-3 months of practice", False),
    ("Students' speaking skills improve", False),
])
def test_an_english_bound_is_a_number_but_not_a_span_of_time(result, number):
    doc, ctx = with_part2({"quantitative": [result]})
    assert (not list(challenge.quantitative_no_number(doc, ctx))) is number


@pytest.mark.parametrize("result, number", [
    # an opinion on a rating scale at a named level is the group's figure (challenges13/14/19.md
    # "satisfaction with a level"; c15-025 [2], c14-025 [0])
    ("นักเรียนมีความพึงพอใจต่อรูปแบบ OQES อยู่ในระดับมากขึ้นไป", True),
    ("คลิปวิดีโอต้นแบบมีความเหมาะสมในระดับมากขึ้นไปจากการประเมินของผู้เชี่ยวชาญ", True),
    ("นักเรียนมีความพึงพอใจต่อการเรียนในระดับมากที่สุด", True),
    # … not a change of opinion nor an opinion with no level
    ("นักเรียนมีความพึงพอใจต่อการเรียนในระดับมากขึ้น", False),
    ("นักเรียนมีความพึงพอใจต่อการเรียนภาษาจีน", False),
    ("นักเรียนมีทักษะการอ่านอยู่ในระดับดีขึ้นไป", False),
])
def test_an_opinion_at_a_named_rating_level_is_a_number(result, number):
    doc, ctx = with_part2({"quantitative": [result]})
    assert (not list(challenge.quantitative_no_number(doc, ctx))) is number


@pytest.mark.parametrize("method, evaluates", [
    # the first step comes before the work: a test or an analysis there is the baseline
    # (c23-009, c25-024, c18-008, c26-005: every spent method so evaluating is labelled)
    (["วิเคราะห์ผล O-NET ปีการศึกษา 2568 รายสาระ (พฤษภาคม 2569)",
      "จัดทำแบบฝึกเสริมทักษะการอ่าน 10 ชุด (มิถุนายน 2569)",
      "รวบรวมแบบฝึกที่นักเรียนทำเสร็จแล้ว จัดเก็บเป็นแฟ้ม"], False),
    (["ทดสอบการเขียนพยัญชนะ 44 ตัว เพื่อแยกกลุ่มนักเรียน (พฤษภาคม 2570)",
      "ให้นักเรียนฝึกเขียนในแบบฝึกคัดลายมือ วันละ 1 หน้า",
      "รายงานผลต่อผู้บริหาร"], False),
    # … measured again later, or the first step says it measures after
    (["วิเคราะห์ผล O-NET ปีการศึกษา 2568 รายสาระ (พฤษภาคม 2569)",
      "จัดทำแบบฝึกเสริมทักษะการอ่าน 10 ชุด (มิถุนายน 2569)",
      "ทดสอบหลังเรียนด้วยแบบทดสอบคู่ขนาน (กันยายน 2569)"], True),
    (["ทดสอบหลังเรียนและเปรียบเทียบกับปีที่ผ่านมา (กันยายน 2569)", "รายงานผลต่อผู้บริหาร"], True),
    # a single step is no sequence
    (["ทดสอบการอ่านของนักเรียน ป.2 (กันยายน 2569)"], True),
    # a survey with the same questionnaire measures again (lexicon/repeated_measure.txt, c10-040)
    (["วิเคราะห์ผลสำรวจและบันทึกฝ่ายปกครอง (มิถุนายน 2568)", "จัดกิจกรรมโฮมรูม 10 ครั้ง",
      "สำรวจการถูกกลั่นแกล้งด้วยแบบสอบถามชุดเดิม เมื่อสิ้นเดือนธันวาคม 2568"], True),
])
def test_a_first_step_measure_is_the_baseline(method, evaluates):
    doc, ctx = with_part2({"method": method})
    assert (not list(challenge.method_no_evaluation(doc, ctx))) is evaluates


@pytest.mark.parametrize("step, evaluates", [
    # an English screening measured again (lexicon/english_frames.txt [evaluation-after]; c26-006)
    ("Re-screen with the same phonics screening form in February 2570 and compare with Term 1", True),
    ("Re-test with the Dolch pre-primer list at the end of August 2570", True),
    ("Screen all Grade 1 students with the reading checklist (May 2025)", False),
    ("Give a pre-test on fractions (May 2025)", False),
])
def test_an_english_screening_measured_again_evaluates(step, evaluates):
    assert challenge._evaluates(step) is evaluates


@pytest.mark.parametrize("step, evaluates", [
    # the learners counted by what they did or became measure the result (c24-030)
    ("สรุปจำนวนนักเรียนออกกลางคันและการเปลี่ยนสีของนักเรียนกลุ่มเสี่ยง (มีนาคม 2569)", True),
    ("นับจำนวนนักเรียนที่ส่งการบ้านครบทุกชิ้นในเดือนกันยายน 2569", True),
    # not the teachers' use of a system counted (c21-032, labelled method-no-evaluation)
    ("รวบรวมจำนวนครั้งที่ครูแต่ละคนเปิดใช้ระบบ จัดแลกเปลี่ยนเรียนรู้ใน PLC และสะท้อนผลการใช้", False),
])
def test_learners_counted_evaluate(step, evaluates):
    assert challenge._evaluates(step) is evaluates


@pytest.mark.parametrize("problem, evidence", [
    # English: learners counted beside a test or a screening (c26-020)
    ("In the Term 1/2570 Dolch pre-primer test, 11 of 30 Grade 2 MEP students read fewer than 20 of 40 "
     "sight words.", True),
    ("From the phonics screening, 9 students could not match the letter sounds.", True),
    ("Many Grade 10 students struggle with graphs of functions.", False),
    ("There are 30 students in Grade 2 and they like English songs.", False),
])
def test_english_learners_counted_beside_a_test_are_evidence(problem, evidence):
    assert challenge.problem_has_evidence(problem, CheckContext(rank=None, expected_level=None)) is evidence


@pytest.mark.parametrize("text, group", [
    # the teachers counted again, no learner named between, are no target group (c11-037, c17-031)
    ("ครูผู้สอนวิทยาการคำนวณ 7 คน มี 4 คนที่ไม่ได้จบสาขาคอมพิวเตอร์", False),
    ("ผลการนิเทศภาคเรียนที่ 2/2567 ครู 36 คน จัดกิจกรรมเชิงรุกได้ระดับดีขึ้นไป 12 คน", False),
    # … learners counted after the teachers stay a group
    ("ครู 3 คน สอนนักเรียน 30 คน", True),
    ("ครูประจำชั้น 2 คน ดูแลห้องเรียนละ 30 คน", True),
])
def test_teachers_counted_again_are_no_target_group(text, group):
    assert challenge.has_target_group(text) is group


@pytest.mark.parametrize("steps, has_period", [
    # a duration measured (ระยะเวลา…) names no period (challenges14 c14-022, labelled no-timeline)
    (["ดำเนินการในวิชาคณิตศาสตร์และภาษาไทย สัปดาห์ละ 3 ครั้ง จนครบ 24 ครั้ง",
      "บันทึกจำนวนใบงานที่ทำเสร็จในเวลาและระยะเวลาการทำงานต่อเนื่องด้วยแบบบันทึกเดิม"], False),
    (["บันทึกระยะเวลาที่เด็กอยู่ในกิจกรรมรายคนทุกวันศุกร์",
      "สรุปเปรียบเทียบระยะเวลาการร่วมกิจกรรมกับช่วงก่อนดำเนินการ (กันยายน 2568)"], True),  # c14-023
])
def test_a_duration_measured_is_no_period(steps: list[str], has_period: bool) -> None:
    doc, ctx = with_part2({"method": steps})
    assert bool(list(challenge.method_no_timeline(doc, ctx))) is not has_period


@pytest.mark.parametrize("text, has", [
    ("The mean number of tense errors per paragraph falls from 7.3 to 3.0 or less", True),
    ("คะแนนเฉลี่ยผลสัมฤทธิ์วิชาคณิตศาสตร์ 3.25", True),
    ("The mean score is higher than the pre-test at the .05 level of significance", True),
    ("Post-test scores are statistically significantly higher than pre-test scores", True),
    ("นักเรียนมีคะแนนเฉลี่ยสูงขึ้น", False),  # a mean with no figure
    ("The mean score improves", False),
    ("Students show significant improvement in speaking", False),  # no test of significance
    ("Students mean to read more books", False),
])
def test_a_mean_named_before_its_figure_and_english_significance(text, has):
    """quantitative-no-number: the figure after a mean's name is the mean's value (as ค่าเฉลี่ย 3.51), and
    a difference tested for significance is quantified in English as นัยสำคัญ is (challenges27 c27-014,
    c27-027)."""
    from models.checks.challenge import _has_number
    from models.checks.context import CheckContext
    assert _has_number(text, CheckContext(rank=None, expected_level=None)) is has


ENGLISH_PART2 = {
    "title": "Using word games to improve Grade 8 vocabulary",
    "problem": "In the 2024 vocabulary test, 18 of 40 Grade 8 students scored below 50%.",
    "method": ["Use word games from the teacher's guide in class for 8 weeks",
               "Test the students' vocabulary after the 8 weeks"],
    "quantitative": ["70% of Grade 8 students score 60% or higher on the vocabulary test"],
    "qualitative": ["Students use new words in their writing"],
}


def test_an_english_part2_gets_english_level_advice_beside_the_thai():
    """An EP/MEP teacher's Part 2 below the rank's level: the Thai advice, and its English
    rendering naming the challenge (models/rubric/suggestions.toml advice_en)."""
    found = review({"rank": "senior_professional",
                    "patch": json.dumps({"part2": ENGLISH_PART2}, ensure_ascii=False)})
    f = next(f for f in found if f.rule == "challenge.level-below-expected")
    assert f.suggestion_th.startswith("ปรับประเด็นท้าทาย")
    assert f.suggestion_en.startswith('Revise the challenge "Using word games to improve Grade 8 '
                                      'vocabulary" to show the "Originate & Improve" level: originate')


def test_an_english_part2_missing_a_section_gets_an_english_model():
    part2 = {k: v for k, v in ENGLISH_PART2.items() if k != "qualitative"}
    f = next(f for f in review({"rank": "professional",
                                "patch": json.dumps({"part2": {**part2, "qualitative": []}})})
             if f.rule == "challenge.section-missing")
    assert f.suggestion_en.startswith("The students …")
    assert "{" not in f.suggestion_en


def test_a_thai_part2_gets_no_english_advice():
    part2 = {"title": "การพัฒนาทักษะการอ่านจับใจความของนักเรียนชั้น ม.2 โดยใช้แบบฝึกจากคู่มือครู",
             "method": ["ใช้แบบฝึกตามคู่มือครูในชั่วโมงเรียน 8 สัปดาห์"], "qualitative": []}
    found = review({"rank": "senior_professional",
                    "patch": json.dumps({"part2": part2}, ensure_ascii=False)})
    assert found and all(f.suggestion_en is None for f in found)

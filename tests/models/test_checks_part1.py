"""part1.*: rows, item coverage and its fallback, duplicates."""

from __future__ import annotations

import builtins

import pytest

from models.checks import part1
from models.checks.context import CheckContext
from models.document import Area, Pa1Document

CTX = CheckContext(rank=None, expected_level=None)


def test_item_coverage_from_layout_skips_the_classifier(monkeypatch):
    area = Area(area=3, tasks=["ก", "ข", "ค"], items={"3.1": [0], "3.2": [1], "3.3": [2]})
    covered, how, _ = part1.covered_items(area)
    assert covered == {"3.1", "3.2", "3.3"} and how == "layout"


def test_item_indexes_out_of_range_do_not_count():
    area = Area(area=3, tasks=["พัฒนาตนเองโดยเข้ารับการอบรม"], items={"3.1": [0], "3.2": [4]})
    covered, _, _ = part1.covered_items(area)
    assert "3.2" not in covered


def test_cue_words_when_the_classifier_is_unavailable(monkeypatch):
    real = builtins.__import__

    def fake(name, *a, **kw):
        if name == "models.classifiers.item_mapper":
            raise ImportError(name)
        return real(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", fake)
    area = Area(area=3, tasks=["เข้าร่วมชุมชนการเรียนรู้ทางวิชาชีพ (PLC)", "เข้ารับการอบรมออนไลน์"])
    covered, how, _ = part1.covered_items(area)
    assert how == "cues" and covered == {"3.1", "3.2"}


def test_item_uncovered_names_the_item():
    doc = Pa1Document.model_validate({"part1": {"areas": [
        {"area": 3, "tasks": ["ก"], "outcomes": ["ข"], "indicators": ["ค"],
         "items": {"3.1": [0], "3.2": [0]}}]}})
    fs = [f for f in part1.item_uncovered(doc, CTX)]
    # the classifier may map the task "ก" to nothing or to 3.x; 3.3 is at most one finding
    assert all(f.details["item"] in ("3.3",) for f in fs)
    assert all("3.3" in f.message_th for f in fs)


def test_rows_without_sources_fall_back_to_the_area():
    doc = Pa1Document.model_validate({"layout": "item-rows", "part1": {"areas": [
        {"area": 2, "tasks": ["ก"], "outcomes": [], "indicators": []}]}})
    [f] = list(part1.outcome_missing(doc, CTX))
    assert f.location.area == 2 and "row" not in f.details


def test_duplicates_listed_with_places():
    same = "นักเรียนร้อยละ 80 มีผลการเรียนอยู่ในระดับดีขึ้นไป"
    doc = Pa1Document.model_validate({"part1": {"areas": [
        {"area": 1, "tasks": ["ก"], "outcomes": ["ข"], "indicators": [same, same]},
        {"area": 2, "tasks": ["ก"], "outcomes": ["ข"], "indicators": [same]}]}})
    [f] = list(part1.indicator_duplicated(doc, CTX))
    assert f.details["places"] == [{"area": 1, "index": 0}, {"area": 1, "index": 1},
                                   {"area": 2, "index": 0}]
    assert "3 ครั้ง" in f.message_th


def test_outcome_rewrite_keeps_the_topic():
    doc = Pa1Document.model_validate({"part1": {"areas": [
        {"area": 1, "tasks": ["ก"], "outcomes": ["ครูจัดทำสื่อการสอนวิชาวิทยาศาสตร์"],
         "indicators": ["ค"]}]}})
    [f] = list(part1.outcome_teacher_centred(doc, CTX))
    assert "สื่อการสอนวิชาวิทยาศาสตร์" in f.suggestion_th and f.suggestion_th.startswith("นักเรียน")


def test_coverage_counts_an_item_any_task_plausibly_addresses():
    from models.classifiers.item_mapper import COVER_THRESHOLD, coverage
    tasks = ["ทำอินโฟกราฟิกสรุปเนื้อหาและแบบทดสอบออนไลน์ใน Google Form ให้นักเรียนทบทวน",
             "จัดกิจกรรมการเรียนรู้แบบร่วมมือ"]
    mapped, cov = coverage(1, tasks)
    assert 0 in mapped.get("1.4", []) + mapped.get("1.5", [])
    assert set(cov) == {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"}
    score, index = cov["1.4"]
    assert index == 0 and score >= COVER_THRESHOLD


def test_item_uncovered_carries_the_mappers_score():
    doc = Pa1Document.model_validate({"part1": {"areas": [
        {"area": 2, "tasks": ["จัดทำข้อมูลสารสนเทศผู้เรียนรายบุคคล", "คัดกรองและเยี่ยมบ้านนักเรียน",
                              "ปฏิบัติงานทะเบียนของโรงเรียน"],
         "outcomes": ["ข"], "indicators": ["ค"]}]}})
    fs = [f for f in part1.item_uncovered(doc, CTX)]
    assert [f.details["item"] for f in fs] == ["2.4"]
    assert 0 <= fs[0].details["score"] < 0.15 and "nearest_task" in fs[0].details


@pytest.mark.slow
@pytest.mark.background("calibrate")  # item_mapper.calibrate(), on the second core meanwhile
def test_cover_threshold_is_the_calibrated_one(background):
    from models.classifiers.item_mapper import COVER_THRESHOLD
    rows = background
    best = max(rows, key=lambda row: row[3])
    shipped = min(rows, key=lambda row: abs(row[0] - COVER_THRESHOLD))
    # The threshold is chosen across writers (evaluate_coverage --loco); this simulated cross-check
    # on items.csv's one-item rows only guards against one far from its peak.  Its peak moves with
    # each retrain (round 5: 0.11 at F1 0.69, then 0.08 at 0.68; round 6, task_sets16/17 added:
    # 0.08 at 0.70, 0.10 scoring 0.62), so the guard is: near the peak, and better than a far one.
    far = min(rows, key=lambda row: abs(row[0] - 0.3))
    assert abs(best[0] - COVER_THRESHOLD) <= 0.035 and best[3] - shipped[3] <= 0.1
    assert shipped[3] > far[3]


def test_item_rows_need_a_mapped_task_not_a_close_one(monkeypatch):
    from models.classifiers import item_mapper

    # the band as such (the coverage model's confirmation: test_item_mapper_band_confirm.py)
    monkeypatch.setattr(item_mapper, "band_confirmed", lambda area, tasks, band: set(band))

    def fake(area, tasks, **_):
        best = {k: (0.0, -1) for k in item_mapper.ITEMS_BY_AREA[area]}
        best["3.2"] = (0.3, 0)  # close to PLC, but the model's best reading is 3.1
        return {"3.1": [0], "3.3": [1]}, best

    monkeypatch.setattr(item_mapper, "coverage", fake)
    area = Area(area=3, tasks=["ก", "ข"])
    assert "3.2" in part1.covered_items(area)[0]
    assert "3.2" not in part1.covered_items(area, generous=False)[0]


def test_item_uncovered_names_the_tasks_set_aside():
    """Letters filed use 2.1's words (จัดเก็บ…เข้าแฟ้ม) without its work: the finding says which task."""
    from models.checks.context import CheckContext
    from models.document import Part1

    tasks = ["จัดเก็บหนังสือราชการและเอกสารงานสารบรรณของโรงเรียนเข้าแฟ้มให้เป็นระบบ",
             "เยี่ยมบ้านนักเรียนทุกคนและคัดกรองนักเรียนกลุ่มเสี่ยง",
             "เป็นกรรมการดำเนินงานวันวิทยาศาสตร์ของโรงเรียน",
             "ประชุมผู้ปกครองเพื่อร่วมกันหาแนวทางช่วยเหลือนักเรียน"]
    doc = Pa1Document(part1=Part1(areas=[Area(area=2, tasks=tasks)]))
    found = [f for f in part1.item_uncovered(doc, CheckContext(rank=None, expected_level=None))]
    assert [f.details["item"] for f in found] == ["2.1"]
    assert found[0].details["set_aside"] == [0]


def test_a_cue_inside_a_purpose_clause_does_not_count():
    from models.checks.part1 import cue_items

    promise = "อบรมออนไลน์ 3 หลักสูตร เพื่อนำความรู้มาใช้พัฒนาการจัดการเรียนรู้ต่อไป"
    assert "3.3" not in cue_items(3, [promise])[0]
    done = "อบรมออนไลน์ 3 หลักสูตร เพื่อพัฒนาตนเอง และนำความรู้มาใช้ในการสอน"
    assert "3.3" in cue_items(3, [done])[0]
    # joint work after เพื่อ says how the talk is held (2.4)
    assert "2.4" in cue_items(2, ["พูดคุยกับผู้ปกครองเพื่อร่วมกันหาแนวทางช่วยเหลือนักเรียน"])[0]
    # เพื่อน (a friend) opens no purpose clause
    assert "1.8" in cue_items(1, ["ฝึกให้นักเรียนช่วยเหลือเพื่อนและมีน้ำใจ"])[0]


def test_cues_for_work_without_the_item_words():
    from models.checks.part1 import cue_items

    assert {"1.3", "1.4"} <= cue_items(1, ["พาเด็กไปดูการนวดข้าวที่ลานบ้านผู้ใหญ่บ้าน"])[0]
    assert "1.4" not in cue_items(1, ["พานักเรียนเข้าแข่งขันทักษะวิชาการระดับเขต"])[0]
    # a course description is 1.1's work for every writer since task_sets18 (items.toml, 1.2): no 1.2 cue
    assert "1.2" not in cue_items(1, ["เขียนคำอธิบายรายวิชาเพิ่มเติมใหม่"])[0]
    assert "1.1" in cue_items(1, ["ปรับหน่วย 'ผลไม้ในบ้านเรา' ให้เข้ากับฤดูกาล"])[0]
    assert "3.3" in cue_items(3, ["ปฏิบัติหน้าที่กรรมการตัดสินการแข่งขันทักษะภาษาไทย"])[0]


def test_work_patterns_several_writers_agree_on():
    from models.checks.part1 import cue_items

    assert "1.6" in cue_items(1, ["นำผลการสอบย่อยมาวิเคราะห์หาแนวคิดที่นักเรียนเข้าใจคลาดเคลื่อน"])[0]
    assert "1.5" in cue_items(1, ["ทดสอบการอ่านทุก 2 สัปดาห์"])[0]
    assert "1.5" not in cue_items(1, ["วิเคราะห์ผลการทดสอบ NT เพื่อหาจุดที่ต้องพัฒนา"])[0]
    assert "1.5" not in cue_items(1, ["ให้นักศึกษาตรวจหาสารพิษด้วยชุดทดสอบอย่างง่าย"])[0]
    assert "1.2" in cue_items(1, ["ปรับแผนการจัดประสบการณ์หน่วยข้าวให้ตรงกับฤดูเกี่ยวข้าว"])[0]


def test_responsibility_trained_not_the_teachers_own():
    from models.checks.part1 import cue_items

    assert "1.8" in cue_items(1, ["ฝึกให้นักเรียนทำงานร่วมกันอย่างมีระเบียบ รับผิดชอบ และช่วยเหลือเพื่อน"])[0]
    assert "1.8" not in cue_items(1, ["จัดทำแผนการสอนทุกวิชาที่รับผิดชอบ"])[0]
    assert "1.8" not in cue_items(1, ["จัดทำ IEP สำหรับนักเรียนในความรับผิดชอบ 6 คน"])[0]
    assert "1.8" in cue_items(1, ["ฝึกนิสัยรักการอ่าน"])[0]


def test_a_course_fitted_to_the_learners_livelihood_is_licensed_for_1_1():
    from models.checks.part1 import acts_on_curriculum

    assert acts_on_curriculum("วิเคราะห์ผลการเรียนรู้ที่คาดหวังรายวิชา พว31001 และปรับเนื้อหาให้เชื่อมโยงกับอาชีพเกษตรของนักศึกษา")
    assert not acts_on_curriculum("สอนเนื้อหาตามหลักสูตรที่เชื่อมโยงกับชีวิตประจำวัน")


@pytest.mark.parametrize("task,item,hit", [
    # results of an assessment are analysed, not assessed (1.5)
    ("วิเคราะห์ผลการประเมินพัฒนาการปีการศึกษาที่ผ่านมา หาเด็กที่กล้ามเนื้อมัดเล็กยังไม่แข็งแรง", "1.5", False),
    ("นำผลการวัดและประเมินผลมาวิเคราะห์หาจุดบกพร่อง", "1.5", False),
    ("ประเมินทักษะการทดลองด้วยแบบประเมินรูบริก", "1.5", True),
    # the learners set to analyse: a lesson, not the teacher's study of a learning problem (1.6)
    ("จัดกิจกรรมให้นักเรียนสำรวจ วิเคราะห์ปัญหาขยะในโรงเรียนเป็นกลุ่ม", "1.6", False),
    ("ให้นักเรียนทำแบบฝึกหัดท้ายบท แล้ววิเคราะห์ข้อที่นักเรียนตอบผิดและหาสาเหตุที่อ่านไม่ออก", "1.6", True),
])
def test_cues_read_who_does_the_work(task, item, hit):
    from models.checks.part1 import cue_items

    assert (item in cue_items(1, [task])[0]) is hit


@pytest.mark.parametrize("task,hit", [
    ("วิเคราะห์ผลสอบก่อนเรียนรายตัวชี้วัด พบว่าตัวชี้วัด ว 2.3 ม.3/5 ต่ำสุด จึงเพิ่มกิจกรรมการคำนวณ", True),
    ("สังเกตว่านักเรียนชายส่วนใหญ่ไม่ยอมออกรำ จึงสอบถามเหตุผลรายคน แล้วเปลี่ยนบทบาทให้เลือกเอง", True),
    ("สอนเรื่องพลังงานไฟฟ้าและการคำนวณค่าไฟฟ้าด้วยสถานการณ์จริง", False),
])
def test_a_finding_acted_on_is_a_study_of_a_learning_problem(task, hit):
    from models.checks.part1 import cue_items

    assert ("1.6" in cue_items(1, [task])[0]) is hit


def test_a_purpose_clause_opened_by_the_token_pue_hai():
    from models.checks.part1 import cue_items

    # newmm keeps เพื่อให้ whole: it opens a purpose clause as เพื่อ does
    promise = "ผลิตบัตรคำและแบบฝึกการเขียน เพื่อให้ห้องเรียนมีบรรยากาศน่าเรียน"
    assert "1.7" not in cue_items(1, [promise])[0]
    assert "1.4" in cue_items(1, [promise])[0]
    assert "1.7" in cue_items(1, ["จัดห้องเรียนให้มีบรรยากาศน่าเรียน"])[0]


@pytest.mark.parametrize("task,hit", [
    ("ประเมินรายงานด้วยรูบริก และประเมินคุณลักษณะอันพึงประสงค์ด้านรักความเป็นไทยตามแบบของโรงเรียน", False),
    ("บันทึกคะแนนความประพฤติและผลการประเมินคุณธรรมลงแบบรายงาน", False),
    ("อบรมนักเรียนเรื่องความซื่อสัตย์ และประเมินคุณลักษณะอันพึงประสงค์ทุกภาคเรียน", True),
    ("จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรมหน้าเสาธงทุกวันศุกร์", True),
])
def test_character_assessed_is_not_character_trained(task, hit):
    from models.checks.part1 import cue_items
    from models.classifiers.coverage_model import ruled_out

    assert ("1.8" in cue_items(1, [task])[0]) is hit
    assert ((0, "1.8") in ruled_out(1, [task])) is (not hit)


@pytest.mark.parametrize("task,licensed", [
    # the course's units reordered or split (nine writers: 1.1)
    ("สลับลำดับหน่วยในรายวิชาคณิตศาสตร์เพิ่มเติม ค32201 ให้เมทริกซ์มาก่อนฟังก์ชัน", True),
    ("ดูตัวชี้วัด ค11101 แล้วแตกหน่วยจำนวน 1–100 ใหม่เป็น 6 หน่วยย่อยให้เด็ก ป.1", True),
    ("สอนทุกคาบตามลำดับหน่วยในคู่มือ", False),  # teaching in the units' order
    ("วิเคราะห์คำตอบข้อสอบกลางภาค แล้วปรับลำดับกิจกรรมในหน่วยถัดไป", False),  # a lesson's activities
    # the same written in English (English-programme writers)
    ("Adapt the EP English course E13101: re-order units to match Cambridge Primary Stage 3", True),
    ("Revise the EP Science course structure (ว15101) so that each unit has a lab skill", True),
    ("ปรับ course outline รายวิชา Biology 3 ของห้อง EP และเพิ่ม unit Local Biodiversity", True),
    ("Create bilingual worksheets and vocabulary cards for each unit", False),  # media (1.4)
    ("Write 5E lesson plans, 18 plans per term", False),  # plans (1.2)
])
def test_units_reordered_or_a_course_adapted_in_english_are_licensed_for_1_1(task, licensed):
    from models.checks.part1 import acts_on_curriculum

    assert acts_on_curriculum(task) is licensed


@pytest.mark.parametrize("area,task,item,hit", [
    # a purpose that lists what the learners are to have goes on past " และ"
    (1, "วัดผลด้วยชิ้นงาน แบบทดสอบ และประเมินคุณลักษณะอันพึงประสงค์ เพื่อให้นักศึกษามีคุณธรรม จริยธรรม และวินัย",
     "1.8", False),
    (1, "จัดกิจกรรมการเรียนรู้แบบร่วมมือ เพื่อให้นักเรียนรู้จักการทำงานร่วมกัน เคารพความแตกต่าง และมีค่านิยมที่ดี",
     "1.8", False),
    (1, "สอนแบบโครงงาน เพื่อให้นักเรียนคิดเป็น และฝึกวินัยในการทำงาน", "1.8", True),  # new work
    # play in the corners is a daily activity, not corners arranged (1.7)
    (1, "จัดประสบการณ์ตามแผนในกิจกรรมเสริมประสบการณ์และกิจกรรมเล่นตามมุม", "1.7", False),
    (1, "จัดมุมหนังสือและมุมวิทยาศาสตร์ในห้องเรียน", "1.7", True),
    # guidance as the school's event or office is not the care system's cue (2.2)
    (2, "เป็นหัวหน้างานแนะแนวและจัดสัปดาห์แนะแนวของโรงเรียน", "2.2", False),
    (2, "คัดกรองนักเรียนด้วย SDQ และส่งต่อครูแนะแนว", "2.2", True),
])
def test_purpose_lists_corner_play_and_guidance_events(area, task, item, hit):
    from models.checks.part1 import cue_items

    assert (item in cue_items(area, [task])[0]) is hit


@pytest.mark.parametrize("task,hit", [
    ("รับผิดชอบแจกนมโรงเรียนและดูแลอาหารกลางวันของนักเรียนทุกวัน", False),  # the teacher's charge
    ("รับผิดชอบงานอาหารกลางวัน และฝึกนักเรียนให้มีความรับผิดชอบในการเก็บจาน", True),  # trained after
    ("ฝึกความรับผิดชอบในการทำเวรห้องเรียน", True),
])
def test_responsibility_heading_the_row_is_the_teachers_charge(task, hit):
    from models.checks.part1 import cue_items

    assert ("1.8" in cue_items(1, [task])[0]) is hit


@pytest.mark.parametrize("task,licensed", [
    # a unit named by its title: the teacher makes or remakes it (30 of 30 tasks of fifteen writers)
    ("ร่วมกับครูสังคมศึกษาอีก 2 คนเขียนหน่วย 'ตลาดเก่าเมืองเรา' แทนหน่วยเดิมเรื่องภูมิภาค", True),
    ("ปรับแผนการจัดประสบการณ์ตามหลักสูตรการศึกษาปฐมวัย 2560 ให้หน่วย 'ผลไม้บ้านเรา' ใช้ลำไยตามฤดูกาล", True),
    ("สอนหน่วย 'ตลาดเก่าเมืองเรา' ด้วยการเรียนรู้แบบโครงงาน", False),  # a unit taught
    ("จัดกิจกรรมตามหน่วย \"ข้าว\" ในคู่มือครู", False),  # a unit followed
    ("ทดสอบหลังเรียนทุกหน่วยด้วยแบบทดสอบที่สร้างขึ้นเอง", False),  # a unit, unnamed, not made
    # a course's structure revised (15 of 15 tasks of nine writers)
    ("ปรับโครงสร้างและหน่วยกิจกรรมแนะแนว ม.4–6 ให้มีหน่วยการเตรียมตัวเข้า TCAS", True),
    ("จัดทำแผนการจัดการเรียนรู้ครบทุกหน่วย ใช้การเรียนแบบแบ่งกลุ่มคละความสามารถ (STAD)", False),
])
def test_a_named_unit_or_a_revised_structure_is_licensed_for_1_1(task, licensed):
    from models.checks.part1 import acts_on_curriculum

    assert acts_on_curriculum(task) is licensed


@pytest.mark.parametrize("task,licensed", [
    # a joint or integrated unit made for several grades (21 of 21 tasks of 13 writers are 1.1)
    ("นำตัวชี้วัดภาษาไทย ป.1 ป.2 ป.3 มาจัดเป็นหัวเรื่องร่วม แล้วแยกระดับงานตามชั้น ได้หน่วยร่วม 6 หน่วย", True),
    ("จัดหน่วยบูรณาการวิทยาศาสตร์ ป.4–ป.6 เรื่อง ป่าชายเลนบ้านเรา", True),
    ("สอนหน่วยบูรณาการเรื่องข้าวตามคู่มือครู", False),  # a unit taught
    # the family service plan (IFSP) made, as an IEP is (3 of 3 tasks of three writers)
    ("ทำแผน IFSP ร่วมกับผู้ปกครองของเด็ก 5 คน กำหนดเป้าหมายพัฒนาการหนึ่งปี", True),
    ("ประเมินพัฒนาการทุก 3 เดือนเทียบกับเป้าหมายใน IFSP", False),  # assessed against it: 1.5
    # the curriculum studied, then acted on (45 of 45 tasks of 25 writers)
    ("ศึกษาหลักสูตรการศึกษาปฐมวัย แล้วเลือกประสบการณ์สำคัญมาจัดเป็นกิจวัตรประจำวัน 8 เรื่อง", True),
    ("ดูหลักสูตรคณิต ป.5 ป.6 จับเรื่องที่ซ้ำกันมาสอนด้วยกัน", True),
    ("ศึกษาหลักสูตรสถานศึกษาและคู่มือครูก่อนเปิดภาคเรียน", False),  # only studied
    ("ศึกษาหลักสูตรสถานศึกษา และสอนตามโครงสร้างรายวิชาที่ฝ่ายวิชาการกำหนด", False),  # then followed
    ("ศึกษาหลักสูตรและทำความเข้าใจตัวชี้วัดก่อนสอน", False),
])
def test_joint_units_family_plans_and_a_studied_curriculum_are_licensed_for_1_1(task, licensed):
    from models.checks.part1 import licensed_tasks

    assert (0 in licensed_tasks(1, [task])["1.1"]) is licensed


@pytest.mark.parametrize("task,hit", [
    ("คิดค้นหลักสูตรเสริม 'สะพานภาษา' 40 ชั่วโมง สำหรับนักเรียน ป.1 ที่ยังไม่พูดภาษาไทย", True),
    ("คิดค้นรูปแบบการจัดการเรียนรู้ SPACE Model", False),  # a teaching model, no artefact
])
def test_inventing_a_curriculum_is_1_1s_cue(task, hit):
    from models.checks.part1 import cue_items

    assert ("1.1" in cue_items(1, [task])[0]) is hit


def test_loco_runs_only_the_chosen_folds():
    # evaluate_coverage --loco --fold task_sets20 holds out that writer alone (19 pair refits, not 190)
    from benchmarks.evaluate_coverage import fold_names, main

    assert fold_names(["task_sets20", "task_sets19.jsonl", "samples/labels/task_sets18.jsonl"]) == (
        "task_sets20.jsonl", "task_sets19.jsonl", "task_sets18.jsonl")
    with pytest.raises(SystemExit):
        main(["--fold", "task_sets20"])  # --fold needs --loco
    with pytest.raises(SystemExit):
        main(["--loco", "--fold", "task_sets99"])  # a file not in SPENT (sealed or absent) is no fold


@pytest.mark.parametrize("area,item,task,aside", [
    # the analysis only promised by the purpose (eight writers: no 1.6)
    (1, "1.6", "คัดกรองนักเรียนด้วยแบบคัดกรอง KUS-SI และเก็บคะแนนการอ่าน เพื่อวิเคราะห์ปัญหาการเรียนรู้ต่อไป", True),
    (1, "1.6", "ทดสอบการอ่านปลายภาคของเด็กทุกคน เพื่อนำผลมาวิเคราะห์หาสาเหตุที่เด็กอ่านไม่คล่องต่อไป", True),
    (1, "1.6", "เตรียมนักศึกษาสอบปลายภาค เพื่อนำผลการสอบมาวิเคราะห์หาจุดที่ต้องพัฒนาต่อไป", True),
    # analysed before the purpose, or research: 1.6's work
    (1, "1.6", "ประเมินผลงานด้วยรูบริก แล้ววิเคราะห์ผลงานที่ไม่ผ่าน เพื่อปรับการสอนในหน่วยต่อไป", False),
    (1, "1.6", "ศึกษา วิเคราะห์ และสังเคราะห์ เป็นการทำวิจัยในชั้นเรียน เพื่อแก้ปัญหาการเรียนรู้ต่อไป", False),
    (1, "1.6", "คัดกรองนักเรียนด้วยแบบคัดกรอง KUS-SI เพื่อวิเคราะห์ปัญหาการเรียนรู้", False),  # no ต่อไป
    # the use only promised by the purpose (nine writers: no 3.3)
    (3, "3.3", "สรุปความรู้ที่ได้จากการอบรมลงสมุดบันทึก เพื่อนำไปพัฒนาการจัดการเรียนรู้ต่อไป", True),
    (3, "3.3", "สรุปองค์ความรู้ที่ได้จากการอบรมเป็นเอกสาร เพื่อนำความรู้มาพัฒนาการจัดการเรียนรู้ต่อไป", True),
    # put to use before the purpose: 3.3's work
    (3, "3.3", "นำความรู้จากการอบรมมาสร้างสื่อการสอน เพื่อใช้พัฒนาผู้เรียนต่อไป", False),
    (3, "3.3", "นำเทคนิคที่ได้จากการอบรมไปใช้สอนนักเรียนชั้น ม.2 เพื่อนำผลไปพัฒนาต่อไป", False),
    # character only promised by the purpose (six writers: no 1.8)
    (1, "1.8", "จัดการเรียนการสอนเพื่อให้นักเรียนมีคุณลักษณะอันพึงประสงค์ มีวินัย ใฝ่เรียนรู้ มุ่งมั่นในการทำงาน", True),
    (1, "1.8", "จัดกิจกรรมการเรียนรู้แบบโครงงานกลุ่ม เพื่อปลูกฝังคุณลักษณะอันพึงประสงค์ด้านรักชาติ", True),
    # trained before the purpose: 1.8's work
    (1, "1.8", "ฝึกนักเรียนทำความสะอาดห้องเรียนทุกเช้า เพื่อให้นักเรียนมีวินัยและความรับผิดชอบ", False),
    (1, "1.8", "จัดกิจกรรมลูกเสือ เนตรนารี เพื่อพัฒนาคุณธรรมจริยธรรมของนักเรียน", False),
])
def test_an_item_only_promised_by_the_purpose_is_ruled_out(area, item, task, aside):
    from models.classifiers.coverage_model import ruled_out

    assert ((0, item) in ruled_out(area, [task])) is aside


@pytest.mark.parametrize("area,item,task,aside", [
    # a briefing or a meeting only heard or told 'for the record' (16 rows of nine writers: no 3.2)
    (3, "3.2", "หลังอบรมชี้แจงให้ครูในโรงเรียนรับทราบในการประชุมประจำเดือน", True),
    (3, "3.2", "นำเสนอสรุปผลการอบรมในที่ประชุมครูประจำเดือนให้คณะครูรับทราบ", True),
    (3, "3.2", "เข้าประชุมครูประจำเดือนของโรงเรียน รับทราบนโยบายและแบ่งงานสอน", True),
    # an exchange both ways stays 3.2's
    (3, "3.2", "ถ่ายทอดให้ครูในแผนกในกิจกรรม PLC พร้อมรับฟังข้อเสนอแนะจากเพื่อนครู", False),
    (3, "3.2", "นำเสนอสิ่งที่ได้จากการอบรมในวง PLC ของกลุ่มสาระ ให้ครูรับทราบและร่วมกันอภิปราย", False),
    # platforms named as used (5 rows of four writers: no 1.4)
    (1, "1.4", "ใช้สื่อเทคโนโลยีที่หลากหลาย เช่น Kahoot, Quizizz, YouTube ในการทบทวนบทเรียน", True),
    (1, "1.4", "ใช้สื่อ YouTube, Canva", True),
    (1, "1.4", "ใช้ Padlet ให้นักเรียนส่งงานและแสดงความคิดเห็น", True),
    # something made as well: 1.4's work
    (1, "1.4", "1.4 ใช้สื่อ Wordwall, Kahoot และทำ Flash card คำศัพท์", False),
    (1, "1.4", "สร้างคลิปสั้นบทสนทนาที่ครูถ่ายทำเอง และใช้ Quizizz ทบทวนคำศัพท์", False),
])
def test_one_way_briefings_and_platforms_used_are_ruled_out(area, item, task, aside):
    from models.classifiers.coverage_model import ruled_out

    assert ((0, item) in ruled_out(area, [task])) is aside


def test_a_briefing_for_the_record_leaves_3_2_uncovered():
    # task_sets25 to043 (its .md: 'a briefing ให้รับทราบ is not professional exchange')
    tasks = ["เข้ารับการอบรมการสอนอ่านเขียนแบบโฟนิกส์ไทย ของกรมส่งเสริมการปกครองท้องถิ่น 3 วัน",
             "เข้าประชุมครูประจำเดือนของโรงเรียน รับทราบนโยบายและแบ่งงานสอน",
             "หลังอบรมชี้แจงให้ครูในโรงเรียนรับทราบในการประชุมประจำเดือน",
             "นำวิธีสอนโฟนิกส์ไทยมาใช้สอนนักเรียน ป.4 ที่อ่านไม่คล่อง 8 คน"]
    area = Area(area=3, tasks=tasks, items={})
    assert "3.2" not in part1.covered_items(area)[0]
    shared = tasks[:2] + ["นำเสนอสิ่งที่ได้จากการอบรมในวง PLC ของโรงเรียน แลกเปลี่ยนกับเพื่อนครู"] + tasks[3:]
    assert "3.2" in part1.covered_items(Area(area=3, tasks=shared, items={}))[0]


def test_platforms_used_leave_1_4_uncovered():
    # task_sets24 tl047 (its .md: 'Kahoot/Quizizz/YouTube are used, not made')
    tasks = ["วิเคราะห์หลักสูตรคณิตศาสตร์ ป.6 จัดทำโครงสร้างรายวิชาและกำหนดสัดส่วนคะแนน",
             "ออกแบบแผนการจัดการเรียนรู้คณิตศาสตร์แบบ Active Learning 20 ชั่วโมง เรื่องร้อยละและอัตราส่วน",
             "จัดการเรียนรู้โดยใช้สื่อเทคโนโลยีที่หลากหลาย เช่น Kahoot, Quizizz, YouTube "
             "เพื่อสร้างบรรยากาศการเรียนรู้ที่สนุกสนาน",
             "ประเมินผลด้วยแบบทดสอบก่อน–หลังเรียน และคะแนนสอบกลางภาค ปลายภาค",
             "วิเคราะห์ข้อสอบ O-NET คณิตศาสตร์ ป.6 ปีการศึกษา 2566 รายข้อ หาข้อที่นักเรียนตอบผิดมากที่สุด "
             "แล้วสอนซ่อมเสริมเฉพาะเรื่องนั้น",
             "อบรมนักเรียนให้มีความซื่อสัตย์ในการสอบ ไม่ลอกการบ้าน และรับผิดชอบส่งงานตรงเวลา"]
    assert "1.4" not in part1.covered_items(Area(area=1, tasks=tasks, items={}))[0]
    made = tasks[:3] + ["ทำบัตรคำและเกมจับคู่เรื่องร้อยละให้นักเรียนเล่นเป็นกลุ่ม"] + tasks[3:]
    assert "1.4" in part1.covered_items(Area(area=1, tasks=made, items={}))[0]


@pytest.mark.parametrize("area,tasks,item", [
    # task_sets26 tj023 (its .md: "the fourth row (2.3's place) is left '-'")
    (2, ["บันทึกน้ำหนัก-ส่วนสูง ทุกเดือน", "เยี่ยมบ้านเด็ก", "ประชุมผู้ปกครอง ตกลงเรื่องการรับ-ส่งเด็ก", "-"], "2.3"),
    # task_sets26 tj033 ("the third row is '-' and nothing applies what was learnt")
    (3, ["อบรม ตาม ID Plan", "PLC", "-"], "3.3"),
])
def test_a_row_of_only_a_dash_covers_nothing(area, tasks, item):
    assert not part1.has_words("-") and not part1.has_words("1.4 -")
    assert not part1.has_words("2.3 ……………………") and part1.has_words("IEP 6 คน")
    assert item not in part1.covered_items(Area(area=area, tasks=tasks, items={}))[0]
    # the form's own map does not make a dash cover its row's item either
    layout = Area(area=area, tasks=tasks, items={item: [len(tasks) - 1]})
    assert item not in part1.covered_items(layout, generous=False)[0]


def test_a_terse_row_with_words_still_covers():
    tasks = ["บันทึกน้ำหนัก-ส่วนสูง ทุกเดือน", "เยี่ยมบ้านเด็ก", "ประชุมผู้ปกครอง ตกลงเรื่องการรับ-ส่งเด็ก",
             "ครูเวรประจำวัน งานอาหารกลางวัน"]
    assert "2.3" in part1.covered_items(Area(area=2, tasks=tasks, items={}))[0]


@pytest.mark.parametrize("body, words", [
    (r"lesson\splans?", {"lesson", "plan"}),
    ("(?:check|marks)(?: [a-z0-9'’-]+){0,2} (?:homework|essays?)", {"check", "marks", "homework", "essay"}),
    (r"[a-z]+ (?:corners?)", {"corner"}),
    (r"\bunits\b", {"units"}),
])
def test_english_term_words_are_the_literal_words_only(body, words):
    """The words that let a term be scanned come from its literal text: an escape (\\s, \\b) or a
    character class ([a-z0-9-]) never reads as a word a task would have to hold."""
    from models.checks.part1 import _term_words
    assert _term_words(body) == words

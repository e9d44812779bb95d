"""The task-coverage model reads a task clause by clause (models.thai.clauses): its features and the
set-aside gate they open (coverage_model.clause_features, clause_signs)."""

import pytest

from models.classifiers import coverage_model as cm


def _features(area, task):
    from models.checks.part1 import cue_items

    out = cm.clause_features(area, [task], cue_items(area, [task]))
    return {name: out[0, :, j] for j, name in enumerate(cm.CLAUSE_FEATURES)}


def test_clause_features_are_dense_features():
    assert set(cm.CLAUSE_FEATURES) <= set(cm.DENSE)
    assert cm.DENSE[-len(cm.CLAUSE_FEATURES):] == cm.CLAUSE_FEATURES


def test_another_agents_work():
    f = _features(2, "โรงเรียนจัดประชุมผู้ปกครองภาคเรียนละครั้ง โดยฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ")
    assert f["cl_other"].all() and f["cl_own_empty"].all()
    f = _features(2, "จัดประชุมผู้ปกครองชั้นเรียนภาคเรียนละครั้ง")
    assert not f["cl_other"].any() and not f["cl_own_empty"].any()


def test_cue_only_in_a_purpose():
    items = cm.ITEMS_BY_AREA[2]
    f = _features(2, "ส่งสมุดรายงานผลการเรียนให้ผู้ปกครองลงนาม เพื่อให้ผู้ปกครองมีส่วนร่วมในการพัฒนาผู้เรียน")
    assert f["cl_hands_on"].all()
    assert f["cl_cue_promised"][items.index("2.4")]


@pytest.mark.parametrize("task, gate", [
    ("โรงเรียนจัดประชุมผู้ปกครอง โดยฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ", True),
    ("แจ้งข่าวสารผู้ปกครองทางไลน์กลุ่มห้อง เพื่อสร้างความสัมพันธ์อันดีระหว่างบ้านกับโรงเรียน", True),
    ("ส่งเสริมและสนับสนุนการจัดการเรียนรู้ตามนโยบายของสำนักงานเขตพื้นที่การศึกษา", True),
    ("ประชุมผู้ปกครองชั้นเรียน และร่วมกันวางแผนช่วยเหลือนักเรียนกลุ่มเสี่ยง", False),
    ("ส่งเสริมให้นักเรียนมีจิตอาสาผ่านกิจกรรมบำเพ็ญประโยชน์ในวันสำคัญ", False),
])
def test_clause_signs_open_the_gate(task, gate):
    assert cm.clause_signs(task) is gate


def test_set_aside_another_agents_meeting_and_news_only_handed_on():
    from models.classifiers.item_mapper import map_items, set_aside

    tasks = ["โรงเรียนจัดประชุมผู้ปกครองภาคเรียนละครั้ง โดยฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ",
             "เยี่ยมบ้านนักเรียนทุกคนและคัดกรองนักเรียนกลุ่มเสี่ยง"]
    aside = set_aside(2, tasks)
    assert (0, "2.4") in aside
    assert not any(i == 1 for i, _ in aside)  # the teacher's own work: no sign, not asked
    tasks = ["แจ้งข่าวสารผู้ปกครองทางไลน์กลุ่มห้อง เพื่อสร้างความสัมพันธ์อันดีระหว่างบ้านกับโรงเรียน",
             "ประชุมผู้ปกครองชั้นเรียน และร่วมกันวางแผนช่วยเหลือนักเรียนกลุ่มเสี่ยง"]
    assert (0, "2.4") in set_aside(2, tasks)
    assert map_items(2, tasks).get("2.4") == [1]

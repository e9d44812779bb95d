"""A cue hit of 2.2 counts only when the task-coverage model confirms the pair
(item_mapper.unconfirmed_cues, CUE_CONFIRM): its cue words are also found in tasks whose work is
another item's or another person's (round 12's blind misses)."""

from __future__ import annotations

from models.checks import part1
from models.classifiers import item_mapper
from models.document import Area


def _uncovered(area: int, tasks: list[str]) -> set[str]:
    a = Area(area=area, tasks=tasks, items=item_mapper.map_items(area, tasks))
    return set(item_mapper.ITEMS_BY_AREA[area]) - part1.covered_items(a)[0]


def test_a_cue_word_alone_does_not_cover_an_item_the_coverage_model_denies():
    # task_sets34 ug004: a home-visit form filled in and sent on (2.1); the writer: 2.2 uncovered
    tasks = ["กรอกแบบบันทึกการเยี่ยมบ้านนักเรียนและแบบ SDQ ให้ครบทุกคน แล้วรวบรวมส่งงานระบบดูแลช่วยเหลือนักเรียน",
             "จัดทำข้อมูลนักเรียนรายบุคคล"]
    assert "2.2" in _uncovered(2, tasks)
    assert "2.2" not in item_mapper.map_items(2, tasks)


def test_a_cue_word_of_the_items_own_work_still_covers_it():
    # and 1.4's cue words are not gated (CUE_CONFIRM): media prepared still cover it (task_sets18
    # tk022; DLTV media only used, "ใช้สื่อ DLTV…", task_sets35 uh004, are 1.3 for 23 writers:
    # ruled_out.toml)
    tasks = ["จัดการเรียนรู้ตามตารางออกอากาศ DLTV ทุกวิชา",
             "ดาวน์โหลดใบงานและสื่อ DLTV ล่วงหน้า พิมพ์แจกนักเรียน"]
    assert "1.4" not in _uncovered(1, tasks)
    tasks = ["คัดกรองนักเรียนด้วย SDQ และเยี่ยมบ้านนักเรียนทุกคน จัดกิจกรรมช่วยเหลือนักเรียนกลุ่มเสี่ยง"]
    assert "2.2" not in _uncovered(2, tasks)


def test_unconfirmed_cues_reads_only_the_gated_items(monkeypatch):
    import numpy as np

    class Judge:
        def probabilities(self, area, tasks, raws, threshold):
            return np.full((len(tasks), len(item_mapper.ITEMS_BY_AREA[area])), 0.01)

    real = item_mapper.load
    monkeypatch.setattr(item_mapper, "load",
                        lambda name: Judge() if name == "items_coverage" else real(name))
    monkeypatch.setattr(item_mapper, "CUE_CONFIRM", {"1.4": 0.1})
    item_mapper.clear_set_aside()
    try:
        got = item_mapper.unconfirmed_cues(1, ["ก", "ข", " "], [{"1.4", "1.5"}, {"1.2"}, {"1.4"}])
        assert got == {(0, "1.4")}  # 1.5 and 1.2 are not gated; a blank task is not read
        assert item_mapper.unconfirmed_cues(2, ["ก"], [{"2.2"}]) == set()  # no gated item in area 2
    finally:
        item_mapper.clear_set_aside()

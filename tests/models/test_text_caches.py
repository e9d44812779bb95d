"""Per-text caches added for speed (round 13): each gives what the uncached function gives, and
benchmarks.engine_speed's cold runs clear it."""

from __future__ import annotations

import pytest

from models.classifiers import coverage_model
from models.thai import clauses

TASKS = [
    "", "   ", "-", "1.4 ภาพถ่ายกิจกรรม", "ตัวชี้วัดที่ 2.1 จัดทำข้อมูลสารสนเทศของผู้เรียน",
    "1.5 ชั่วโมงต่อสัปดาห์ สอนซ่อมเสริม",  # a number with its unit, not an item code
    "โรงเรียนจัดประชุมผู้ปกครอง โดยฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ",
    "วิเคราะห์ผลการสอบ O-NET เพื่อนำผลไปพัฒนาการเรียนการสอนต่อไป",
    "สอนตามแผนการจัดการเรียนรู้ที่กลุ่มสาระการเรียนรู้จัดทำไว้ให้ครบทุกคาบ และบันทึกหลังสอน",
    "นํ้าหนัก ท่ี ๘๐", "\u0e34", "ก" * 300,
]


def _spent_tasks() -> list[str]:
    from benchmarks.evaluate_coverage import load
    return [t for s in load()[:200] for t in s["tasks"]]


@pytest.mark.parametrize("cached", [coverage_model.row_text, clauses.clauses])
def test_cached_equals_uncached(cached):
    cached.cache_clear()
    for task in TASKS + _spent_tasks():
        first = cached(task)
        assert first == cached.__wrapped__(task)
        assert cached(task) is first  # the second call answers from the cache
    assert coverage_model.row_text(None) == coverage_model.row_text.__wrapped__(None) == ""
    cached.cache_clear()


def test_cold_benchmark_runs_clear_them():
    from benchmarks.engine_speed import _clear_caches
    from models.checks import past_year
    coverage_model.row_text("สอนภาษาไทย")
    clauses.clauses("สอนภาษาไทย")
    past_year.mentions("จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2565")
    from models.classifiers import practice_level
    practice_level._text_openings("Design my own model")
    _clear_caches()
    assert past_year.mentions.cache_info().currsize == 0
    assert practice_level._text_openings.cache_info().currsize == 0
    assert coverage_model.row_text.cache_info().currsize == 0
    assert clauses.clauses.cache_info().currsize == 0
    assert coverage_model.row_text.cache_info().maxsize == clauses.clauses.cache_info().maxsize == 4096

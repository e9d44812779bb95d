"""A course description or course structure (คำอธิบายรายวิชา, โครงสร้างรายวิชา) is 1.1's work, not a
cue of 1.2 (design): 0 of 85 such area-1 tasks of the 22 writers since task_sets18 are 1.2
(models/rubric/items.toml, item 1.2's note).  A plan still is."""

from __future__ import annotations

import pytest

from models.checks.part1 import cue_items


@pytest.mark.parametrize("task", [
    "จัดทำโครงสร้างรายวิชาพลศึกษา พ12101",
    "วิเคราะห์หลักสูตรภาษาอังกฤษ ม.1–ม.3 และทำคำอธิบายรายวิชา",
    "ศึกษาหลักสูตรและปรับคำอธิบายรายวิชาภาษาอังกฤษ ป.4 ให้เหมาะกับโรงเรียนขนาดเล็กที่สอนคละชั้น",
    "วิเคราะห์ตัวชี้วัดรายวิชาวิทยาการคำนวณ ม.1 จัดทำโครงสร้างรายวิชาใหม่ให้เรียนแบบ unplugged",
    "ปรับปรุงโครงสร้างรายวิชาหน้าที่พลเมือง ส21231 เพิ่มหน่วย 'ประชาธิปไตยในชุมชน'",
])
def test_a_course_description_or_structure_is_no_cue_of_design(task):
    hit = cue_items(1, [task])[0]
    assert "1.2" not in hit
    assert "1.1" in hit  # the curriculum's own work


@pytest.mark.parametrize("task", [
    "จัดทำคำอธิบายรายวิชา โครงสร้างรายวิชา และเขียนแผนการจัดการเรียนรู้ ชีววิทยา 5 (ว33245)",
    "เขียนแผนการจัดการเรียนรู้แบบฝึกทักษะ 12 แผน",
    "ออกแบบการจัดการเรียนรู้แบบ Active Learning ครบทุกหน่วย",
])
def test_a_plan_is_still_design(task):
    assert "1.2" in cue_items(1, [task])[0]

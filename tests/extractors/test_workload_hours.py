"""Hours read from one workload line (extractors.pa1.workload.hours_in)."""

from __future__ import annotations

import pytest

from extractors.pa1.workload import hours_in


@pytest.mark.parametrize("line, hours", [
    ("1.1 ชั่วโมงสอนตามตารางสอน รวมจำนวน 18 ชั่วโมง/สัปดาห์ ดังนี้", 18),
    ("๑.๒ งานส่งเสริมและสนับสนุนการจัดการเรียนรู้ จำนวน ๔ ชั่วโมง/สัปดาห์", 4),
    ("รายวิชา ค14101 คณิตศาสตร์ 4 จำนวน 5 ชั่วโมง/สัปดาห์", 5),
    ("1.3 งานพัฒนาคุณภาพการจัดการศึกษาของสถานศึกษา    2", 2),
    ("1.4 งานตอบสนองนโยบายและจุดเน้น จำนวน 1.5 ชม.", 1.5),
])
def test_hours_written(line: str, hours: float) -> None:
    assert hours_in(line) == hours


@pytest.mark.parametrize("line", [
    # the field left blank, and a vocational subject line joined to it by the PDF's layout
    "1.1 ชั่วโมงสอนตามตารางสอน รวมจำนวน ........ ชั่วโมง/สัปดาห์ ดังนี้ 20000-1204 "
    "ภาษาอังกฤษเพื่อการสื่อสารในงานอาชีพ (ปวช.2 การบัญชี) จำนวน ...... ชั่วโมง/สัปดาห์",
    "30000-1203 ภาษาอังกฤษธุรกิจ (ปวส.1 การตลาด) จำนวน ......",
    "1.2 งานส่งเสริมและสนับสนุนการจัดการเรียนรู้ จำนวน …… ชั่วโมง/สัปดาห์",
])
def test_blank_hours_and_subject_codes_give_none(line: str) -> None:
    assert hours_in(line) is None

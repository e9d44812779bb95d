"""coverage_model.ruled_out: a meeting attended at the task's head (Thai or English) is the school's
business heard, no item of area 3 (0 of 58 tasks of 36 writers), unless it is a PLC, an exchange, a
case conference or a presentation; a report of one's training sent up to the director, written in
English, shares and applies nothing, as its Thai rendering (0 of 4 tasks of four writers)."""

from __future__ import annotations

import pytest

from ruled_out_support import ruled_out_of


@pytest.mark.parametrize("task,item,ruled", [
    ("เข้าประชุมครูประจำเดือนของโรงเรียน รับทราบนโยบายและปฏิทินงาน", "3.2", True),
    ("ประชุมกลุ่มสาระฯ ทุกเดือน", "3.1", True),
    ("Attend monthly department meetings about the timetable, exam schedule and the EP budget",
     "3.2", True),
    ("Attended the monthly school meeting and the department meeting", "3.1", True),
    ("Join the school's staff meeting every month", "3.3", True),
    # a PLC, an exchange, a case conference, a presentation: the meeting's own work
    ("ร่วมประชุมกรณีศึกษากับครูประจำชั้นและนักวิชาชีพทุกเดือน และรับคำแนะนำ", "3.2", False),
    ("เข้าร่วมประชุม PLC กลุ่มสาระคณิตศาสตร์ทุกวันพุธ", "3.2", False),
    ("Attend the department meeting and share my lesson study results with colleagues", "3.2", False),
    # not at the head: another piece of work that mentions a meeting
    ("Share teaching ideas with Chinese teachers in a LINE group and a monthly online meeting", "3.2",
     False),
    # a report sent up, in English
    ("Report training results to the director in order to apply them to future teaching", "3.3", True),
    ("Report training results to the director in order to apply them to future teaching", "3.2", True),
    ("Write a training report and present it to the director and deputy director", "3.2", True),
    # … unless it reaches the learners before any purpose, or is shared
    ("Report the workshop to the director and teach the M.2 students the new reading strategy", "3.3",
     False),
    ("Write a training report to the director and share it with colleagues in the PLC", "3.2", False),
])
def test_meetings_and_reports_in_area_3(task, item, ruled):
    assert ruled_out_of(3, task, item) is ruled


@pytest.mark.parametrize("task,item,ruled", [
    ("PLC: ประชุมครูทุกวันพุธเรื่องการแบ่งงานกีฬาสีและการเบิกจ่ายงบประมาณ", "3.2", True),
    ("แลกเปลี่ยนเรียนรู้ในการประชุมครูประจำเดือน เรื่องการแบ่งงาน เวร และการเบิกจ่ายงบประมาณ", "3.2", True),
    ("PLC กลุ่มสาระคณิตศาสตร์ทุกวันพุธ สะท้อนปัญหาการเรียนเรื่องเศษส่วนและวางแผนแก้ร่วมกัน", "3.2", False),
])
def test_an_administrative_plc_exchanges_no_practice(task, item, ruled):
    assert ruled_out_of(3, task, item) is ruled


@pytest.mark.parametrize("task,ruled", [
    ("สอบกลางภาค ปลายภาค และส่งคะแนนให้งานวัดผลวิเคราะห์ผลสัมฤทธิ์", True),
    ("คณะทำงานของเครือข่ายวิเคราะห์ผลสัมฤทธิ์ของนักเรียนทุกโรงเรียนหลังใช้หลักสูตร", True),
    ("Send O-NET scores to the measurement office for item analysis", True),
    ("ส่งคะแนนให้งานวัดผล แล้วนำผลรายตัวชี้วัดมาวิเคราะห์หาจุดอ่อนของห้อง", False),
])
def test_results_analysed_by_someone_else_study_nothing(task, ruled):
    assert ruled_out_of(1, task, "1.6") is ruled

"""coverage_model.ruled_out: the teacher as the school's data officer does school work (2.3), not the
information on her own learners or course (2.1)."""

from __future__ import annotations

import pytest

from ruled_out_support import ruled_out_of


@pytest.mark.parametrize("task,ruled", [
    ("เป็นเจ้าหน้าที่ DMC ของโรงเรียน นำเข้าข้อมูลนักเรียนทั้งโรงเรียน 2,450 คน ตามรอบการรายงานของ สพฐ.", True),
    ("เป็นผู้ดูแลระบบสารสนเทศของศูนย์การศึกษาพิเศษ รวบรวมข้อมูลนักเรียนทุกห้องส่งสำนักบริหารงานการศึกษาพิเศษ", True),
    ("จัดทำข้อมูลสารสนเทศ โดยรับผิดชอบงานระบบ DMC ของโรงเรียน นำเข้าข้อมูลนักเรียนทั้งโรงเรียน", True),
    ("เจ้าหน้าที่ DMC และ EMIS ของโรงเรียน", True),
    # her own class's or course's records
    ("จัดทำข้อมูลนักเรียนรายบุคคลชั้น ม.1/3 จำนวน 38 คน และบันทึกการมาเรียนในระบบ DMC", False),
    ("เป็นเจ้าหน้าที่ DMC ของโรงเรียน และจัดทำข้อมูลนักเรียนที่ปรึกษา ม.2/1 รายบุคคล", False),
    # the school's data kept without the role: 2.1 for its writer
    ("ดูแลระบบข้อมูลนักเรียนทั้งโรงเรียนในโปรแกรม SDQ/CCT", False),
])
def test_the_schools_data_officer_keeps_no_information_of_her_own_learners(task, ruled):
    assert ruled_out_of(2, task, "2.1") is ruled

"""coverage_model.ruled_out: news passed to parents through a one-way channel is no joint work (2.4);
an atmosphere only promised, the earth's atmosphere or the staff's team spirit is no learning
environment (1.7); a bare project name that is a theme or a goal covers nothing, one that is an
item's own activity keeps it (task_sets20.md, bare project names)."""

from __future__ import annotations

import pytest

from ruled_out_support import ruled_out_of


@pytest.mark.parametrize("area,task,item,ruled", [
    (2, "สร้างกลุ่มไลน์ผู้ปกครองชั้น ป.3 แจ้งข่าวสาร กำหนดการ และภาพกิจกรรมของโรงเรียน", "2.4", True),
    (2, "Send ClassDojo messages and monthly newsletters to parents about class news", "2.4", True),
    (2, "Post students' work on the school Facebook page for parents to see", "2.4", True),
    (2, "ประชุมผู้ปกครองชั้นเรียน และสร้างกลุ่มไลน์ผู้ปกครองเพื่อติดตามการเรียน", "2.4", False),
    (2, "Parent conference via LINE: agree with each family on a reading plan at home", "2.4", False),
    (1, "ใช้สื่อเทคโนโลยีที่ทันสมัยในห้องเรียน เพื่อสร้างบรรยากาศที่ส่งเสริมการเรียนรู้", "1.7", True),
    (1, "Play English songs in every lesson in order to create a good learning atmosphere", "1.7", True),
    (1, "จัดสนามและอุปกรณ์ให้ปลอดภัยก่อนเรียนทุกคาบ เพื่อสร้างบรรยากาศที่ส่งเสริมการเรียนรู้", "1.7", False),
    (1, "จัดมุมหนังสือในห้องเรียน เพื่อสร้างบรรยากาศการอ่าน", "1.7", False),
    (1, "สอนเรื่องโครงสร้างและองค์ประกอบของบรรยากาศโลก โดยใช้ข้อมูลกรมอุตุนิยมวิทยา", "1.7", True),
    (1, "ร่วมสร้างบรรยากาศความสามัคคีในหมู่คณะครูด้วยกิจกรรมกีฬาสัมพันธ์", "1.7", True),
    (1, "โครงการห้องเรียนสีขาว", "1.7", True),
    (1, "โครงการยกระดับผลสัมฤทธิ์ทางการเรียน O-NET ม.3", "1.5", True),
    (3, "โครงการพัฒนาบุคลากร", "3.1", True),
    (1, "โครงการพัฒนาหลักสูตรสถานศึกษา", "1.1", False),
    (2, "โครงการเยี่ยมบ้านนักเรียน", "2.2", False),
    (2, "โครงการประชุมผู้ปกครองชั้นเรียน (Classroom Meeting)", "2.4", False),
    # a project row that states the work is read for the work
    (1, "โครงการส่งเสริมคุณธรรมจริยธรรม โดยพานักเรียนทำความสะอาดวัดทุกวันพระ", "1.8", False),
])
def test_channels_atmospheres_and_bare_projects(area, task, item, ruled):
    assert ruled_out_of(area, task, item) is ruled


@pytest.mark.parametrize("area,task,item,ruled", [
    (2, "Homeroom teacher of M.4/7 (school order)", "2.1", True),
    (2, "Home room teacher of M.2/1 EP", "2.2", True),
    (1, "Home room teacher of P.2/1", "1.8", True),
    (2, "เป็นครูที่ปรึกษา ม.1/11 ร่วมกับครูอีก 1 ท่าน", "2.4", True),
    # 2.2's cue word, but the role alone does no care work (ruled_out.toml, round 18; the writer,
    # task_sets40 um048, labels the row no item)
    (2, "เป็นครูที่ปรึกษา ม.1/11 ร่วมกับครูอีก 1 ท่าน", "2.2", True),
    (2, "Homeroom teacher of M.1/1 (EP): keep student profiles and attendance in the school system",
     "2.1", False),
    (2, "เป็นครูที่ปรึกษา ม.1/3 คัดกรองและเยี่ยมบ้านนักเรียน", "2.2", False),
])
def test_a_bare_homeroom_role_states_no_work(area, task, item, ruled):
    assert ruled_out_of(area, task, item) is ruled


@pytest.mark.parametrize("task,ruled", [
    ("Translate school announcements and letters to parents into English", True),
    ("MC for the EP Open House and welcome parents who visit the classrooms", True),
    ("Meet parents at the Open House and agree on a home reading plan together", False),
])
def test_letters_and_welcomes_are_one_way(task, ruled):
    assert ruled_out_of(2, task, "2.4") is ruled

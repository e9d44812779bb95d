"""coverage_model.ruled_out: a task whose subject, at its head, is someone else (the parents, a child
minder, a mentor, the centre's teacher, the director, the school, the health centre…) reports their
work, not the teacher's: it covers no item of its area (32 of 32 tasks of ten writers)."""

from __future__ import annotations

import pytest

from ruled_out_support import ruled_out_of


@pytest.mark.parametrize("area,task,item,ruled", [
    (1, "ผู้ปกครองทำสื่อจากไม้ไผ่และกระดาษสามาบริจาคให้ห้องเรียน", "1.4", True),
    (1, "ผู้ดูแลเด็กฝึกเด็กล้างมือก่อนรับประทานอาหาร แปรงฟันหลังอาหาร และนอนกลางวันให้เป็นเวลา", "1.8", True),
    (1, "นักศึกษาฝึกสอนช่วยตรวจใบงานและบันทึกคะแนน", "1.5", True),
    (1, "ครูพี่เลี้ยงนำเด็กพิเศษแยกไปฝึกกิจกรรมตามแผนที่มุมกระตุ้นพัฒนาการ", "1.3", True),
    (2, "รพ.สต. มาตรวจคัดกรองพัฒนาการเด็กด้วย DSPM และฉีดวัคซีนที่โรงเรียน", "2.2", True),
    (2, "ครูการศึกษาพิเศษของศูนย์ฯ มาให้บริการฝึกทักษะนักเรียนพิการเรียนร่วมสัปดาห์ละ 1 ครั้ง", "2.2", True),
    (2, "ผู้อำนวยการประชุมผู้ปกครองทั้งโรงเรียนต้นปีการศึกษา", "2.4", True),
    (3, "โรงเรียนขับเคลื่อนกระบวนการ PLC ทุกกลุ่มสาระ ตามนโยบายของ สพฐ.", "3.2", True),
    # the teacher's own part, an assignment, a label, or one of her own roles
    (2, "ผู้อำนวยการประชุมผู้ปกครองและคณะกรรมการสถานศึกษา ข้าพเจ้าเป็นผู้จดบันทึกการประชุม", "2.3", False),
    (2, "ผู้อำนวยการมอบหมายให้จัดประชุมผู้ปกครองชั้น ม.2/3 เพื่อร่วมกันวางแผนดูแลนักเรียน", "2.4", False),
    (2, "ผู้ปกครอง: ประชุมผู้ปกครองนักเรียนกลุ่มเสี่ยงเป็นรายคน ตกลงแผนการอ่านหนังสือที่บ้านร่วมกัน", "2.4", False),
    (2, "ครูประจำชั้น ป.4/2 เยี่ยมบ้านนักเรียนทุกคนและคัดกรองด้วย SDQ", "2.2", False),
    (3, "วิทยากรอบรม Formative Assessment with Google Forms ให้ครูโรงเรียนเครือข่าย 4 แห่ง", "3.2", False),
    (2, "ประชุมผู้ปกครองชั้นเรียนภาคเรียนละ 1 ครั้ง เพื่อร่วมกันพัฒนาผู้เรียน", "2.4", False),
])
def test_someone_elses_work_at_the_head_covers_no_item(area, task, item, ruled):
    assert ruled_out_of(area, task, item) is ruled


@pytest.mark.parametrize("area,task,item,ruled", [
    (1, "งานวัดผลของวิทยาลัยกำหนดให้ครูประเมินผลตามระเบียบกระทรวงศึกษาธิการ", "1.5", True),
    (1, "คณะกรรมการพัฒนาหลักสูตรของวิทยาลัยร่วมกับบริษัทในจังหวัด ปรับปรุงรายวิชาเป็นหลักสูตรฐานสมรรถนะ", "1.1",
     True),
    (2, "สถานประกอบการเป็นผู้บันทึกเวลาและผลการฝึกของนักเรียนทวิภาคีในระบบของบริษัท", "2.1", True),
    (2, "มหาวิทยาลัยราชภัฏในจังหวัดเปิดห้องปฏิบัติการให้นักเรียนในโครงการใช้ทุกวันเสาร์", "2.4", True),
    (3, "วิทยาลัยส่งเสริมให้ครูทุกคนพัฒนาตนเองไม่น้อยกว่า 20 ชั่วโมงต่อปี", "3.1", True),
    # a school's unit named as a heading, then the teacher's own work
    (2, "งานความร่วมมือของวิทยาลัย จัดทำบันทึกข้อตกลง (MOU) กับบริษัท 3 แห่ง", "2.4", False),
])
def test_a_college_a_workplace_or_a_schools_unit_at_the_head(area, task, item, ruled):
    assert ruled_out_of(area, task, item) is ruled

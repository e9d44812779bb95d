"""coverage_model.ruled_out (models/rubric/ruled_out.toml), round 18's kinds: work that names an
item's words without its work, counted across the spent writers (each rule's comment says how)."""

from __future__ import annotations

import pytest

from ruled_out_support import ruled_out_of


@pytest.mark.parametrize("task,ruled", [
    # exchange done alone: following pages, watching clips, reading (3.1, not 3.2)
    ("แลกเปลี่ยนเรียนรู้โดยดูคลิปเทคนิคสีน้ำใน YouTube และอ่านบทความ", True),
    ("แลกเปลี่ยนเรียนรู้โดยติดตามเพจและกลุ่ม Facebook ของบรรณารักษ์ และดูคลิปการจัดกิจกรรมส่งเสริมการอ่าน", True),
    ("Follow the British Council Teaching English page and watch YouTube videos on phonics", True),
    # with colleagues it is an exchange
    ("คุยกับครูห้องอนุบาล 2/2 ทุกสัปดาห์ในกลุ่มไลน์ครูปฐมวัย แลกกันดูคลิปการสอนและช่วยกันคิดกิจกรรม", False),
    ("PLC: read an article on retrieval practice and discuss it with colleagues", False),
    ("แลกเปลี่ยนเรียนรู้ในวง PLC กลุ่มสาระคณิตศาสตร์ทุกวันพุธ", False),
])
def test_exchange_done_alone_is_no_exchange(task, ruled):
    assert ruled_out_of(3, task, "3.2") is ruled


@pytest.mark.parametrize("task,ruled", [
    ("คุมสอบกลางภาคและปลายภาคตามคำสั่งโรงเรียน", True),
    ("คุมสอบ O-NET และเป็นกรรมการกำกับห้องสอบกลางภาคของโรงเรียน", True),
    ("Exam invigilator for the EP midterm and final exams", True),
    # making the test is measurement
    ("ออกข้อสอบกลางภาควิชาคณิตศาสตร์ ม.2 และคุมสอบ", False),
    ("สอบกลางภาคและสอบปลายภาคด้วยข้อสอบที่วิเคราะห์ตามตัวชี้วัด", False),
])
def test_invigilating_measures_none_of_her_learners(task, ruled):
    assert ruled_out_of(1, task, "1.5") is ruled


@pytest.mark.parametrize("task,ruled", [
    ("ลงเวลาปฏิบัติราชการ และส่งรายงานการเดินทางไปราชการทุกครั้ง", True),
    ("3.1 พัฒนาตนเองอย่างเป็นระบบและต่อเนื่อง ได้แก่ ลงเวลาปฏิบัติราชการครบทุกวัน และรายงานการไปราชการทุกครั้ง", True),
    ("[3.1] ต่ออายุใบอนุญาตประกอบวิชาชีพครู", True),
    ("เข้าร่วมอบรมตามที่ต้นสังกัดกำหนด และรายงานการไปราชการ", False),
])
def test_a_civil_servants_duties_develop_nothing(task, ruled):
    assert all(ruled_out_of(3, task, item) is ruled for item in ("3.1", "3.2", "3.3"))


@pytest.mark.parametrize("task,ruled", [
    ("สมาชิกสมาคมครูเคมี", True),
    ("Joined the Computing teachers' LINE group of สพม.นนทบุรี", True),
    ("สมัครเป็นสมาชิกเครือข่ายครูวิทยาการคำนวณออนไลน์ระดับประเทศ เพื่อรับข่าวสารและสื่อการสอน", True),
    ("เป็นสมาชิก PLC ครูในศูนย์ฝึกทั่วประเทศ ร่วมแลกเปลี่ยนกรณีเยาวชนที่ไม่ยอมเรียน", False),
])
def test_membership_alone_is_no_exchange(task, ruled):
    assert ruled_out_of(3, task, "3.2") is ruled


@pytest.mark.parametrize("task,ruled", [
    ("รับผิดชอบงานพัฒนาบุคลากร จัดทำแผนพัฒนาครูของโรงเรียน และส่งรายชื่อครูเข้ารับการอบรมตามที่ สพป. แจ้ง", True),
    ("ในฐานะหัวหน้ากลุ่มสาระ มอบหมายให้ครูในกลุ่มสาระเข้าร่วมกิจกรรม PLC ทุกวันพุธ และรวบรวมบันทึก PLC ส่งฝ่ายวิชาการ", True),
    # she also shares: an exchange (her own training aside: the speaker's rule rules 3.1 out)
    ("มอบหมายให้ครูในกลุ่มสาระเข้าร่วม PLC และเป็นวิทยากรถ่ายทอดเทคนิคการสอนอ่านให้ครูในกลุ่มสาระ", False),
])
def test_other_teachers_development_administered_is_none_of_her_own(task, ruled):
    assert all(ruled_out_of(3, task, item) is ruled for item in ("3.2", "3.3"))


@pytest.mark.parametrize("task,ruled", [
    ("นำความรู้จากการอบรมมาดำเนินการจัดซื้อจัดจ้างของโรงเรียนได้ถูกต้องตามระเบียบ", True),
    ("นำความรู้จากการอบรมมาจัดทำ SAR ของโรงเรียนส่งเขตพื้นที่ได้ทันเวลา", True),
    ("นำความรู้จากการอบรมมาทำเกียรติบัตรกิจกรรมวันเด็ก และเว็บไซต์โรงเรียน", True),
    ("Use Canva skills from the training to design the school's certificates and Chinese New Year banners", True),
    # reaching the learners is applying it
    ("นำความรู้จากการอบรม Canva มาทำเกียรติบัตรให้นักเรียนที่ส่งงานครบ", False),
    ("Use Canva skills from the training to make posters with my M.2 students", False),
])
def test_training_put_to_school_paperwork_applies_nothing(task, ruled):
    assert ruled_out_of(3, task, "3.3") is ruled


@pytest.mark.parametrize("task,ruled", [
    ("เขียนแผนการจัดการเรียนรู้แบบฝึกทักษะ 12 แผน", True),
    ("ออกแบบแผนการจัดการเรียนรู้แบบฝึกปฏิบัติ เน้นการเคลื่อนไหวประกอบจังหวะ จำนวน 10 แผน", True),
    # an exercise book made, or media named, is 1.4's
    ("สร้างแบบฝึกทักษะการอ่านจับใจความ 8 เล่ม", False),
    ("จัดการเรียนรู้แบบฝึกปฏิบัติในครัวสาธิต โดยใช้คลิปสาธิตที่พัฒนาเอง", False),
])
def test_a_teaching_style_named_practice_makes_no_exercise_book(task, ruled):
    assert ruled_out_of(1, task, "1.4") is ruled


@pytest.mark.parametrize("task,ruled", [
    ("หน่วยการเรียนรู้เชื่อมโยงกับวัดพระธาตุประจำหมู่บ้าน ซึ่งเป็นแหล่งเรียนรู้สำคัญของชุมชน", True),
    ("จัดทำหน่วยการเรียนรู้สังคมศึกษา ป.5 ตามมาตรฐานและตัวชี้วัด โดยเชื่อมโยงกับแหล่งเรียนรู้ในชุมชน เช่น วัด ตลาด", True),
    ("ปรับโครงสร้างรายวิชาพลศึกษา ม.2 โดยใช้สระว่ายน้ำของเทศบาลเป็นแหล่งเรียนรู้", False),
    ("พานักเรียนไปเรียนรู้ที่ตลาดน้ำ เชื่อมโยงกับแหล่งเรียนรู้ในชุมชน", False),
])
def test_a_unit_linked_to_a_learning_source_develops_none(task, ruled):
    assert ruled_out_of(1, task, "1.4") is ruled


@pytest.mark.parametrize("task,ruled", [
    ("Teach Art to P.4 EP according to the school curriculum and the course structure set by the department", True),
    ("สอนตามหลักสูตรสถานศึกษาและ course structure ที่กลุ่มสาระกำหนด (ว23101–ว23102 MEP)", True),
    ("Write the M.1 IEP English course outline and 8 units aligned with the school curriculum", False),
    ("ปรับ course structure ของรายวิชาตามผลการประเมินหลักสูตร", False),
])
def test_an_english_course_term_after_tam_is_followed(task, ruled):
    assert ruled_out_of(1, task, "1.1") is ruled


@pytest.mark.parametrize("task,ruled", [
    ("จัดบรรยากาศที่ส่งเสริมการเรียนรู้ โดยเป็นหัวหน้างานอาคารสถานที่ ดูแลความสะอาดและภูมิทัศน์ของโรงเรียน", True),
    ("1.7 จัดบรรยากาศที่ส่งเสริมและพัฒนาผู้เรียน ได้แก่ เป็นครูเวรประจำวันพุธ ดูแลความเรียบร้อยบริเวณโรงเรียน", True),
    # the classroom itself, or the pupils' own duty roster
    ("จัดห้องเรียนเป็นกลุ่มโต๊ะ 4 คน มีมุมหนังสือ และเป็นกรรมการงานอาคารสถานที่", False),
    ("ดูแลความสะอาดห้องเรียนร่วมกับนักเรียนเวรประจำวัน", False),
])
def test_the_schools_buildings_are_not_the_classroom_environment(task, ruled):
    assert ruled_out_of(1, task, "1.7") is ruled


@pytest.mark.parametrize("task,ruled", [
    ("ครูที่ปรึกษา ม.๑/๓", True),
    ("เป็นครูที่ปรึกษาชุมนุมยุวบรรณารักษ์", True),
    ("บันทึกคะแนนความประพฤตินักเรียนในระบบ และออกรายงานรายห้องให้ครูที่ปรึกษา", True),
    ("Homeroom teacher of M.3/1 EP: keep student profiles and attendance in the school system", True),
    # the adviser's care work
    ("ครูที่ปรึกษา ม.4/2 ติดตามนักเรียนที่มาสายและขาดเรียนบ่อย พูดคุยรายบุคคล และส่งต่อครูแนะแนว", False),
    ("เป็นครูที่ปรึกษา เยี่ยมบ้านนักเรียนทุกคน", False),
    ("Homeroom teacher: home visits and SDQ screening for all students", False),
])
def test_the_advisers_role_alone_is_no_care_work(task, ruled):
    assert ruled_out_of(2, task, "2.2") is ruled

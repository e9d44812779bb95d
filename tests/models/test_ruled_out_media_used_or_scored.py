"""coverage_model.ruled_out, item 1.4 (create and/or develop media): media only used as they come,
or worksheets and forms named as what an assessment scores, make no media; making, adapting or
printing something, or a learning source, still does."""

from __future__ import annotations

import pytest

from ruled_out_support import ruled_out_of


@pytest.mark.parametrize("task,ruled", [
    # used as they come (1.3 or nothing for 23 writers)
    ("ใช้หนังสือเรียนและแบบฝึกหัด สสวท. และคลิป Project 14 ประกอบการสอน", True),
    ("ใช้สื่อ DLTV ใบงาน และชุดสื่อที่มากับโครงการ", True),
    ("ใช้แผนการจัดการเรียนรู้และใบงานของมูลนิธิการศึกษาทางไกลผ่านดาวเทียม", True),
    ("ใช้หนังสือนิทานภาพสองภาษาและบัตรคำที่โครงการส่งมาให้ประกอบการสอน", True),
    ("ใช้ Google Classroom, Padlet, Quizizz", True),
    ("1.4 ใช้สื่อที่หลากหลาย เช่น หนังสือเรียน กศน. YouTube และแอปพลิเคชันต่าง ๆ", True),
    # made, adapted or printed by the teacher, or a learning source: still 1.4
    ("ใช้หนังสือเรียนของโรงเรียนควบคู่กับบัตรคำศัพท์และ podcast สั้นที่ครูอัดเสียงเอง", False),
    ("ใช้ภาพผลงานศิลปินไทยที่ครูพิมพ์และเคลือบเองเป็นสื่อ", False),
    ("ใช้สื่อ Wordwall, Kahoot และทำ Flash card คำศัพท์", False),
    ("ใช้ห้องสมุดโรงเรียนและห้องสมุดประชาชนอำเภอเป็นแหล่งเรียนรู้", False),
    ("ใช้เปลือกหอย ทราย และอวนเก่าทำมุมเล่นและสื่อนับจำนวน", False),
    ("สร้างสื่อ PowerPoint และใบงาน", False),
])
def test_media_used_as_they_come_make_no_media(task, ruled):
    assert ruled_out_of(1, task, "1.4") is ruled


@pytest.mark.parametrize("task,ruled", [
    # what an assessment scores (0 of 126 such tasks of 38 writers are 1.4)
    ("วัดผลด้วยแบบทดสอบ ใบงาน และการประเมินสมรรถนะร่วมกับครูฝึกในสถานประกอบการ", True),
    ("ตรวจใบงาน และสอบย่อยหลังจบแต่ละหน่วย", True),
    ("1.5 ประเมินผลด้วยใบงาน แบบทดสอบ และการนำเสนอผลสำรวจ", True),
    ("ทดสอบย่อยทุกสัปดาห์ด้วย Google Forms ที่ครูสร้าง แจ้งผลรายคน", True),
    ("ได้วัดผลด้วยแบบทดสอบก่อน-หลังเรียน ใบงาน และแบบประเมินการปฏิบัติงาน", True),
    # a later piece makes or uses something, or an innovation's efficiency tried out
    ("ประเมินการพูดด้วย rubric ที่ให้นักเรียนร่วมกำหนดเกณฑ์ และใช้ Kahoot ที่ครูสร้างเป็นการประเมินระหว่างเรียน", False),
    ("วัดผลด้วยแบบทดสอบการอ่านออกเสียง แล้วนำคำที่นักเรียนส่วนใหญ่อ่านผิดมาจัดเป็นชุดฝึกใหม่", False),
    ("ประเมินประสิทธิภาพของชุดฝึกทักษะการอ่านตามเกณฑ์ 80/80", False),
    # not assessing: checking equipment; no media named as what is scored
    ("ตรวจสอบความพร้อมของสื่อและอุปกรณ์ก่อนสอน", False),
    ("ประเมินผลการดำเนินโครงการส่งเสริมประเพณีท้องถิ่นและสรุปรายงานเสนอผู้บริหาร", False),
])
def test_worksheets_an_assessment_scores_are_no_media_made(task, ruled):
    assert ruled_out_of(1, task, "1.4") is ruled


def test_an_area_whose_only_media_are_used_or_scored_leaves_1_4_uncovered():
    from models.checks.part1 import covered_items
    from models.classifiers.item_mapper import map_items
    from models.document import Area

    tasks = ["ออกแบบแผนการจัดการเรียนรู้แบบ Active Learning จำนวน 20 แผน",
             "จัดกิจกรรมการเรียนรู้ตามแผนโดยให้นักเรียนทำงานกลุ่ม",
             "ใช้หนังสือเรียนและแบบฝึกหัดของ สสวท. ในการสอนทุกคาบ",
             "วัดผลด้วยแบบทดสอบ ใบงาน และแบบสังเกตพฤติกรรม"]
    area = Area(area=1, tasks=tasks, items=map_items(1, tasks))
    covered, _, _ = covered_items(area)
    assert "1.4" not in covered


# The same rules in English-programme wording (round 14: English is judged as its Thai rendering),
# and plans made by adapting the broadcaster's or the publisher's (1.2 kept).
@pytest.mark.parametrize("item,task,ruled", [
    ("1.4", "Use the Oxford Discover textbook, workbook and online practice, plus Kahoot in class", True),
    ("1.4", "Use Jolly Phonics books and songs, and YouTube videos", True),
    ("1.4", "Use my own recorded listening clips and the school garden as a learning source", False),
    ("1.2", "ใช้ lesson plans สำเร็จรูปจาก Cambridge Teacher's Resource ตามที่โรงเรียนจัดซื้อ", True),
    ("1.2", "ปรับแผน DLTV ให้เข้ากับนักเรียนที่อ่านไม่คล่อง (เพิ่มขั้นอ่านก่อนดู)", False),
    ("1.2", "Adapt the publisher's ready-made lesson plans for the mixed-ability class", False),
])
def test_english_and_adapted_media_and_plans(item, task, ruled):
    assert ruled_out_of(1, task, item) is ruled

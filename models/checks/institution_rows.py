"""Rows that describe the institution's work, or another's, not the teacher's: they address no item.

A PA1 row whose subject is the school, the college, one of its departments or offices, or the
district office ("วิทยาลัยมีระบบวัดผลประเมินผลออนไลน์ (RMS) ครูทุกคนบันทึกคะแนน…", "โรงเรียน
ขับเคลื่อนกระบวนการ PLC ทุกกลุ่มสาระ…", "แผนกวิชามีระบบสารสนเทศติดตามผู้เรียน…") says what the
institution runs, not what the teacher herself does in it.  Writers read such a row as covering
nothing (part1.covered_items reads it as a blank row, as it reads last year's rows).

Counted over the 38 spent task-set writers (round 14): every row that opens with such a subject,
9 rows of 4 writers (task_sets17 th037, task_sets21 tp027, task_sets33 uf042, task_sets37 uj002
two rows, uj006, uj027, uj050, uj052), is labelled with no item; none is labelled with one.  The
engine credited an item from 6 of them (in sample).  Not read so:
- a unit of the institution named as where the teacher works ("งานความร่วมมือของวิทยาลัย จัดทำ
  บันทึกข้อตกลง…", task_sets11 tb037, labelled 2.3 + 2.4): only a row that *opens* with the
  institution itself is read, and a row opening with งาน… is the teacher's duty as often as not;
- a committee or network the teacher sits on ("คณะกรรมการ SMTE ระดับเครือข่าย", task_sets38
  uk031, 2.3): a role, read as before;
- a project the teacher joins or runs ("ร่วมกับโรงเรียน…", "โครงการ… ของโรงเรียน"): the subject
  is the teacher; bare project names follow task_sets20's decision, not this one;
- a row that goes on to state the teacher's own part ("… โดยข้าพเจ้าเป็นผู้…", "…ในฐานะครูที่
  ปรึกษา…"): the teacher's part is read as before.
The same holds for work a row says another unit or person runs (`_OTHERS_RUN_IT`: 5 rows of 4
writers, 2 of them among the 9 above).  Together: 12 spent rows of 6 writers read so, all
labelled with no item; the engine credited an item from 7 (in sample).
"""

from __future__ import annotations

import re

from models.document import Area

# The institution as the subject, at the start of the row (after a bullet or a number), followed
# within a short name ("วิทยาลัยเทคนิคชลบุรี", "โรงเรียนบ้านหนองบัว") by what it does.
_INSTITUTION_ACTS = re.compile(
    r"^[\s\-–•·*○●▪►)(\d.๐-๙]*(?:ทาง)?"
    r"(?:วิทยาลัย|โรงเรียน|สถานศึกษา|แผนกวิชา|สาขาวิชา|สพป\.?|สพม\.?|สพท\.?|สำนักงานเขต"
    r"|ศูนย์การศึกษา|กศน\.?\s*(?:อำเภอ|จังหวัด))"
    r"[^\s]{0,30}(?:\s*เขต\s*[\d๐-๙]+)?\s*"
    r"(?:มี|จัด|ดำเนิน|ส่งเสริม|กำหนด|ขับเคลื่อน|ผ่าน|ใช้|ได้รับ|แต่งตั้ง|มอบหมาย|สั่งการ|ประกาศ)")
# ... unless the row states the teacher's own part in it (not ตนเอง: "ให้ครูทุกคนพัฒนาตนเอง",
# uj050).
_OWN_PART = re.compile(r"ข้าพเจ้า|ดิฉัน|กระผม|ในฐานะ|โดยครู(?!ทุกคน)|ครูผู้สอน(?:ได้|จัด|ทำ)")


# Work another unit or person runs, said so ("…ที่ครูฝ่ายกิจการนักเรียนเป็นผู้รับผิดชอบ", "…โดยฝ่าย
# กิจการนักเรียนเป็นผู้รับผิดชอบ", "…ที่ฝ่ายปกครองเป็นผู้ประสานงาน"): the teacher only sends pupils
# or is informed.  Counted (round 14): 5 spent rows of 4 writers (task_sets20 tn006, tn043,
# task_sets21 tp027, task_sets36 ui055, task_sets37 uj006), all labelled with no item, none with
# one.  Not the teacher herself ("…ที่ครูเป็นผู้กำกับ", task_sets23 tr006, 1.8), nor a class teacher
# or adviser (she may be one), nor pupils ("…โดยนักเรียนเป็นผู้จัด", tg012, th020, to001: 1.7).
_OTHERS_RUN_IT = re.compile(
    r"(?:ที่|โดย)(?:มี)?(?:ครู(?!เป็น|ประจำชั้น|ที่ปรึกษา)|ฝ่าย|งาน|คณะ|เจ้าหน้าที่|ตำรวจ|พยาบาล)"
    r"[^\s]{0,40}\s?[^\s]{0,20}\s?เป็นผู้(?:รับผิดชอบ|ดูแล|ประสานงาน|ดำเนินการ|จัด)")


def institution_row(task: str | None) -> bool:
    """Does the row describe the institution's work (its subject the school, college, department
    or district office), or work another unit or person is said to run, without the teacher's own
    part in it?"""
    return bool(task and (_INSTITUTION_ACTS.search(task) or _OTHERS_RUN_IT.search(task))
                and not _OWN_PART.search(task))


def without_institution_rows(area: Area) -> Area:
    """`area` with its institution rows blanked (they address no item); itself if none."""
    return area.blank_tasks({i for i, t in enumerate(area.tasks) if institution_row(t)})

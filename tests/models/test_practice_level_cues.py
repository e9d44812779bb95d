"""Cues of the practice-level reading (models.classifiers.practice_level) added from the spent
challenge sets, each with a text it reads and one it does not."""

from __future__ import annotations

import pytest

from models.classifiers.practice_level import cue_scores
from models.document import LevelId


def _invent_cues(text: str) -> list[str]:
    _, found = cue_scores(text)
    return found[LevelId.INVENT]


@pytest.mark.parametrize("step, mentors", [
    # mentoring in the colleagues' own classrooms (challenges5 cv032, challenges10 c10-033)
    ("ประชุมเชิงปฏิบัติการครูปฐมวัยในโรงเรียน 5 คน และเป็นพี่เลี้ยงในชั้นเรียนของครูแต่ละคนเดือนละ 2 ครั้ง", True),
    ("ประชุมครูประจำชั้น ป.4 – 6 และเป็นพี่เลี้ยงในห้องของครูแต่ละคน", True),
    # learners as the mentors (challenges4 cz011) and the teacher's own mentor are not
    ("ฝึกอ่านรายบุคคลหลังเลิกเรียน และจัดนักเรียนรุ่นพี่เป็นพี่เลี้ยงอ่านให้รุ่นน้อง", False),
    ("ขอคำแนะนำจากครูพี่เลี้ยงในการจัดกิจกรรมในชั้นเรียน", False),
])
def test_mentoring_in_colleagues_classrooms_is_invent(step, mentors):
    text = "การพัฒนาทักษะการสังเกตของเด็กปฐมวัย\n" + step
    assert bool(_invent_cues(text)) is mentors

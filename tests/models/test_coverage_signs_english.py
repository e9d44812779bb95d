"""coverage_model.SIGNS read English rows too (EP/MEP/IEP programmes write Part 1 in English;
samples/README.md round 14: English is judged as its Thai rendering), so the task-coverage model's
second opinion (item_mapper.set_aside) opens on them as on the Thai."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("task,area,sign", [
    ("Answer the school's satisfaction survey on the new timetable", 3, "satisfaction"),
    ("Complete the parents' questionnaire sent by the district", 2, "respondent"),
    ("Tell the EP teachers about the webinars in the staff meeting, for their information", 3, "respondent"),
    ("Join the monthly staff meeting", 3, "staff_meeting"),
    ("Report the training results to the director after each workshop", 3, "report_up"),
    ("Enter the marks given by the foreign teacher into SGS", 2, "data_entry"),
    ("Update my PA portfolio and upload certificates to the school drive", 3, "paperwork"),
    ("Coach students for the English spelling competition", 2, "competition"),
    ("Procure lab equipment for the science department", 1, "stock"),
    ("Send monthly newsletters to parents via LINE OA", 2, "news"),
    ("Let students make posters and infographics in Canva", 1, "pupils_do"),
    ("Help bind the school's annual report and the student handbook", 2, "document"),
    ("Attend a workshop on AI tools for teachers", 1, "own_development"),
])
def test_an_english_row_shows_the_sign(task, area, sign):
    from models.classifiers.coverage_model import signs

    assert sign in signs(task, area)


@pytest.mark.parametrize("task,area", [
    ("Teach maths in English 15 periods/week with bilingual key vocabulary", 1),
    ("Home visits to all 32 students of M.1/1 and SDQ screening", 2),
])
def test_an_english_row_of_plain_work_shows_none(task, area):
    from models.classifiers.coverage_model import signs

    assert signs(task, area) == []

"""End to end on a DOCX: a row copied from a past PA1 (samples/README.md, "Rows copied from a past
PA1") is reported at its cell and leaves its item uncovered when it was that item's only task.

The documents are a sample's spec (samples/specs) rendered with python-docx
(samples.build.docx_render) with one task replaced, then read and reviewed as the service does."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from extractors import extract
from samples.build.docx_render import render_docx
from service.pipeline import report_for

SPECS = Path(__file__).resolve().parents[2] / "samples" / "specs"


def _review(scenario: str, area: int, index: int, task: str) -> list:
    spec = copy.deepcopy(json.loads((SPECS / f"{scenario}.json").read_text(encoding="utf-8")))
    spec["document"]["part1"]["areas"][area - 1]["tasks"][index] = task
    extraction = extract(render_docx(spec), f"{scenario}.docx")
    return report_for(extraction, f"{scenario}.docx", "").findings


# (scenario: its layout, fiscal year; area, index of the item's only task; item; copied row; year)
CASES = [
    # one row per item (PA for 2569): the 1.6 row is a classroom research of 2565
    ("heldout5-special-visual-senior", 1, 6, "1.6",
     "จัดทำวิจัยในชั้นเรียน ปีการศึกษา 2565 เรื่อง การพัฒนาทักษะการอ่านอักษรเบรลล์ของนักเรียนชั้น ป.3",
     2565),
    # one row per area (PA for 2567): the only training is an online course of 2564, Thai digits
    ("heldout2-m5-japanese-teacher", 3, 0, "3.1",
     "อบรมออนไลน์ผ่าน OBEC Channel ช่วงปิดโรงเรียนจากสถานการณ์โควิด-19 (ปีการศึกษา ๒๕๖๔)", 2564),
]


@pytest.mark.parametrize("scenario,area,index,item,task,year", CASES)
def test_a_copied_row_is_reported_at_its_cell(scenario, area, index, item, task, year):
    findings = _review(scenario, area, index, task)
    past = [f for f in findings if f.rule == "part1.task-past-year"]
    assert len(past) == 1
    f = past[0]
    assert f.location.model_dump() == {"part": "part1", "area": area, "field": "tasks",
                                       "index": index}
    assert f.details["year"] == year
    assert f.details["agreement_year"] == json.loads(
        (SPECS / f"{scenario}.json").read_text(encoding="utf-8"))["document"]["header"]["fiscal_year"]
    assert f.excerpt == task
    assert f.details.get("item", item) == item  # one row per item: the row's item is named
    uncovered = {x.details.get("item") for x in findings if x.rule == "part1.item-uncovered"}
    assert item in uncovered


@pytest.mark.parametrize("scenario,area,index,item,task,year", CASES)
def test_the_same_row_dated_this_year_counts(scenario, area, index, item, task, year):
    this_year = task.replace(str(year), "2568").replace("๒๕๖๔", "๒๕๖๗")
    findings = _review(scenario, area, index, this_year)
    assert not [f for f in findings if f.rule == "part1.task-past-year"]
    assert item not in {x.details.get("item") for x in findings if x.rule == "part1.item-uncovered"}

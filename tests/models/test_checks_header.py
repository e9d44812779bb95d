"""header.* details that the rule fixtures do not show."""

from __future__ import annotations

from models.checks import header
from models.checks.context import CheckContext
from models.document import Pa1Document


def _run(fn, **hdr):
    doc = Pa1Document.model_validate({"header": hdr})
    return list(fn(doc, CheckContext(rank=None, expected_level=None)))


def test_fiscal_year_period():
    assert header.period_for_fiscal_year_be(2566) == ("2565-10-01", "2566-09-30")


def test_thai_date():
    assert header.thai_date("2565-10-01") == "1 ต.ค. 2565"
    assert header.thai_date("2566-09-30") == "30 ก.ย. 2566"
    assert header.thai_date("2566-13-40") == "2566-13-40"
    assert header.thai_date(None) == "(ไม่ระบุ)"


def test_period_message_names_both_periods():
    [f] = _run(header.period_mismatch, fiscal_year=2566,
               period={"start": "2565-05-16", "end": "2566-03-31"})
    assert "1 ต.ค. 2565" in f.message_th and "16 พ.ค. 2565" in f.message_th
    assert f.suggestion_th == "ระหว่างวันที่ 1 ตุลาคม 2565 ถึงวันที่ 30 กันยายน 2566"


def test_missing_fields_each_named():
    fs = _run(header.missing_field)
    assert [f.details["field"] for f in fs] == ["name", "rank", "school", "fiscal_year"]
    assert fs[0].message_th.startswith("ยังไม่ได้กรอกชื่อ")


def test_placeholder_value_is_the_excerpt():
    [f] = _run(header.missing_field, name="นาย.........", rank="teacher", school="โรงเรียนวัดดอน",
               fiscal_year=2566)
    assert f.excerpt == "นาย........."


def test_mismatch_message():
    [f] = _run(header.rank_salary_mismatch, rank="senior_professional", salary_band="คศ.2")
    assert "ชำนาญการพิเศษ" in f.message_th and "คศ.3" in f.message_th


def _blank_box(subjects: list[str], affiliation: str = "") -> Pa1Document:
    return Pa1Document.model_validate({
        "header": {"classroom_types": [], "school": "โรงเรียนบ้านหนองบัว", "affiliation": affiliation},
        "workload": {"subjects": subjects}})


def test_blank_classroom_box_suggests_the_classes_the_document_shows():
    # อนุบาล 3 classes: tick ห้องเรียนปฐมวัย, not the general box the form lists first
    [f] = _run_doc(header.no_classroom_type, _blank_box(["ชั้นอนุบาลปีที่ 3 (ประสบการณ์)"]))
    assert f.suggestion_th == "☑ ห้องเรียนปฐมวัย"
    assert f.details == {"shown": ["early_childhood"]}
    both = _run_doc(header.no_classroom_type, _blank_box(["ชั้นอนุบาลปีที่ 2", "ป.1 ท11101 ภาษาไทย"]))
    assert both[0].suggestion_th == "☑ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน ☑ ห้องเรียนปฐมวัย"


def test_blank_classroom_box_defaults_to_the_general_box():
    [f] = _run_doc(header.no_classroom_type, _blank_box([]))
    assert f.suggestion_th == "☑ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน" and f.details == {}
    ticked = Pa1Document.model_validate({"header": {"classroom_types": ["early_childhood"]}})
    assert _run_doc(header.no_classroom_type, ticked) == []


def _run_doc(fn, doc: Pa1Document):
    return list(fn(doc, CheckContext(rank=None, expected_level=None)))

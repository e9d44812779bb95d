"""workload.*: which minimum applies."""

from __future__ import annotations

from models.checks.context import CheckContext
from models.checks.workload import check, minimum_for
from models.document import Pa1Document


def doc(types, **w) -> Pa1Document:
    return Pa1Document.model_validate({"header": {"classroom_types": types}, "workload": w})


def test_minimum_by_classroom_type():
    assert minimum_for(doc(["general"])).school_type == "general"
    assert minimum_for(doc(["early_childhood"])).teaching == 6
    assert minimum_for(doc(["special_education"])).school_type == "special_disability"
    assert minimum_for(doc(["general", "early_childhood"])).teaching == 6  # the lower applies
    assert minimum_for(doc(["vocational"])) is None  # no minimum in the seeds
    assert minimum_for(doc(["vocational", "general"])).school_type == "general"
    assert minimum_for(doc([])) is None


def test_vocational_teacher_is_not_told_a_guessed_minimum():
    fs = list(check(doc(["vocational"], teaching=3, total=8), CheckContext(None, None)))
    assert [f.rule for f in fs] == []


def test_below_minimum_messages_name_the_school_type():
    fs = list(check(doc(["general"], teaching=10, support=2, quality=2, policy=1, total=15),
                    CheckContext(None, None)))
    rules = {f.rule: f for f in fs}
    assert set(rules) == {"workload.teaching-below-minimum", "workload.total-below-minimum"}
    assert "ประถมศึกษาและมัธยมศึกษา" in rules["workload.total-below-minimum"].message_th
    assert rules["workload.teaching-below-minimum"].details["source"].endswith(":78")


def _unticked(school="", affiliation="", title="", subjects=()) -> Pa1Document:
    return Pa1Document.model_validate({
        "header": {"classroom_types": [], "school": school, "affiliation": affiliation},
        "workload": {"teaching": 5, "total": 12, "subjects": list(subjects)},
        "part2": {"title": title} if title else None})


def test_school_type_inferred_when_no_box_is_ticked():
    from models.checks.workload import inferred_school_types
    assert minimum_for(_unticked(title="เด็กชั้นอนุบาลปีที่ ๓")).school_type == "early_childhood"
    assert minimum_for(_unticked(subjects=["ค14101 คณิตศาสตร์ 4"])).school_type == "general"
    assert minimum_for(_unticked(school="ศูนย์การศึกษาพิเศษ เขตการศึกษา 8")).teaching == 6
    assert minimum_for(_unticked(school="โรงเรียนราชประชานุเคราะห์ 9")).total == 20
    assert minimum_for(_unticked(school="วิทยาลัยเทคนิคนครพนม",
                                 subjects=["ม.3 เข้าเรียน"])) is None  # the college decides
    assert minimum_for(_unticked(affiliation="สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพะเยา")
                       ).school_type == "general"
    # a primary school's name alone is no evidence (it may run kindergarten classes)
    assert inferred_school_types(_unticked(school="โรงเรียนอนุบาลลำปาง")) == (set(), None)
    # both shown: the lower minimum
    assert minimum_for(_unticked(subjects=["ป.1", "อนุบาล 2"])).teaching == 6


def test_blank_box_still_reported_with_an_inferred_minimum():
    from models.checks.header import check as header_check
    d = _unticked(title="นักเรียนชั้นประถมศึกษาปีที่ 4")
    rules = [f.rule for f in list(check(d, CheckContext(None, None)))
             + list(header_check(d, CheckContext(None, None)))]
    assert "workload.teaching-below-minimum" in rules and "header.no-classroom-type" in rules


def test_school_type_is_read_once_per_document(monkeypatch):
    """One review asks the school type for every suggestion's learners, the classroom box and the
    minimums: the document is read once, and the next document is read afresh."""
    from models.checks import run, workload
    calls = []
    real = workload._school_types
    monkeypatch.setattr(workload, "_school_types", lambda d: calls.append(d) or real(d))
    early = _unticked(title="เด็กชั้นอนุบาลปีที่ ๓ ร้อยละของเด็ก…")
    run(early, CheckContext(None, None))
    assert len(calls) == 1
    primary = _unticked(subjects=["ค14101 คณิตศาสตร์ 4"])
    assert minimum_for(primary).school_type == "general"
    assert minimum_for(early).school_type == "early_childhood"
    assert calls == [early, primary, early]

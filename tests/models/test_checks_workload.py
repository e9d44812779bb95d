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

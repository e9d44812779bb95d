"""Quantities read from Thai indicator text (models/thai/numbers.py)."""

from __future__ import annotations

import pytest

from models.thai.numbers import quantities


def only(text: str):
    qs = [q for q in quantities(text) if q.kind != "number"]
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize("text,value,kind,comparator,span_text", [
    ("นักเรียนร้อยละ 80 มีผลสัมฤทธิ์", 80, "percent", None, "ร้อยละ 80"),
    ("80% ของนักเรียน", 80, "percent", None, "80%"),
    ("นักเรียนร้อยละ ๘๐ มีผลสัมฤทธิ์", 80, "percent", None, "ร้อยละ ๘๐"),
    ("ร้อยละ 70 ขึ้นไป", 70, "percent", ">=", "ร้อยละ 70 ขึ้นไป"),
    ("ไม่น้อยกว่าร้อยละ 80", 80, "percent", ">=", "ร้อยละ 80"),
    ("ไม่ต่ำกว่า ๗๕ %", 75, "percent", ">=", "๗๕ %"),
    ("ไม่เกินร้อยละ 5", 5, "percent", "<=", "ร้อยละ 5"),
    ("นักเรียนทุกคน", 100, "all", None, "ทุกคน"),
    ("จำนวน 2 ชิ้นงาน", 2, "count", None, "จำนวน 2 ชิ้นงาน"),
    ("นักเรียน 1,200 คน", 1200, "count", None, "1,200 คน"),
    ("ค่าเฉลี่ย 3.51", 3.51, "mean", None, "ค่าเฉลี่ย 3.51"),
    ("มีคะแนนเฉลี่ยไม่น้อยกว่า ๓.๕๐", 3.5, "mean", ">=", "คะแนนเฉลี่ยไม่น้อยกว่า ๓.๕๐"),
    ("ระดับ 3 ขึ้นไป", 3, "level", ">=", "ระดับ 3 ขึ้นไป"),
    ("ผลการเรียนระดับ ๓ ขึ้นไป", 3, "level", ">=", "ระดับ ๓ ขึ้นไป"),
    ("-5%", -5, "percent", None, "-5%"),
])
def test_quantity(text, value, kind, comparator, span_text):
    q = only(text)
    assert (q.value, q.kind, q.comparator, q.text) == (value, kind, comparator, span_text)
    assert text[q.span[0]:q.span[1]] == q.text  # spans point into the text as written


def test_change_amount_is_marked():
    q = only("คะแนนเฉลี่ยเพิ่มขึ้นร้อยละ 10")
    assert q.change and not q.threshold


def test_criterion_threshold_is_marked():
    qs = [q for q in quantities("นักเรียนร้อยละ 80 มีคะแนนผ่านเกณฑ์ร้อยละ 70") if q.kind == "percent"]
    assert [(q.value, q.threshold) for q in qs] == [(80, False), (70, True)]


def test_codes_are_not_quantities():
    qs = quantities("รายวิชา ค14101 คณิตศาสตร์ ชั้น ป.4 (E1/E2 80/80)")
    assert not [q for q in qs if q.value in (14101, 4)]


def test_plain_numbers_are_kept_as_numbers():
    qs = quantities("ปีการศึกษา 2566")
    assert [(q.kind, q.value) for q in qs] == [("number", 2566)]
    assert not qs[0].is_target


def test_no_number():
    assert quantities("ร้อยละของนักเรียนมีทักษะการคิดวิเคราะห์") == ()


@pytest.mark.parametrize("text,value", [
    ("มียอดขายอย่างน้อยกลุ่มละ 1,000 บาท", 1000),
    ("มีรายได้ไม่น้อยกว่าเดือนละ ๕๐๐ บาท", 500),
    ("ซ่อมได้อย่างน้อยคนละ 2 เครื่อง", 2),
])
def test_a_rate_between_comparator_and_number(text, value):
    q = next(q for q in quantities(text) if q.value == value)
    assert q.comparator == ">="


def test_failed_group_share_is_not_a_threshold():
    qs = [q for q in quantities("นักเรียนที่สอบไม่ผ่านร้อยละ 80 สอบแก้ตัวผ่านเกณฑ์ร้อยละ 60")
          if q.kind == "percent"]
    assert [(q.value, q.threshold) for q in qs] == [(80, False), (60, True)]


def test_first_of_two_thresholds_is_the_share():
    qs = [q for q in quantities("ผู้ผ่านร้อยละ 80 มีคะแนนผ่านเกณฑ์ร้อยละ 60") if q.kind == "percent"]
    assert [q.threshold for q in qs] == [False, True]


def test_scope_after_thang_is_no_target():
    """`ทั้ง 4 ด้าน` names the trait's scope; `ครบทั้ง 4 ด้าน` is a bar to complete."""
    q = next(q for q in quantities("มีพัฒนาการทั้ง 4 ด้าน") if q.value == 4)
    assert q.kind == "number" and q.comparator is None
    q = next(q for q in quantities("มีพัฒนาการครบทั้ง 4 ด้าน") if q.value == 4)
    assert q.kind == "count" and q.threshold
    assert next(q for q in quantities("นักเรียนทั้ง 30 คน")).kind == "count"


def test_number_with_its_own_unit_and_a_comparator_after():
    q = next(q for q in quantities("บรรเลงได้ 4 คอร์ดขึ้นไป") if q.value == 4)
    assert q.comparator == ">=" and q.text == "4 คอร์ดขึ้นไป"


@pytest.mark.parametrize("text", ["มีทักษะการบวกลบจำนวนที่มีผลลัพธ์ไม่เกิน 100", "อ่านเขียนจำนวนนับไม่เกิน 1,000",
                                  "คูณทศนิยมไม่เกิน 2 ตำแหน่ง"])
def test_a_bound_on_the_content_is_no_comparator(text):
    """The curriculum's own wording bounds the numbers taught; it is no bar on the result."""
    assert all(q.comparator is None for q in quantities(text))


def test_a_bare_count_keeps_its_comparator():
    q = next(q for q in quantities("นักเรียนจำนวนไม่น้อยกว่า 30 คน"))
    assert q.kind == "count" and q.comparator == ">="


def test_a_grade_code_is_no_count():
    """"ปวช.1 แผนกวิชา…" is a grade and a department, not "1 แผน"."""
    assert not [q for q in quantities("นักศึกษา ปวช.1 แผนกวิชาช่างยนต์") if q.kind == "count"]


def test_an_amount_per_learner_is_a_change():
    q = next(q for q in quantities("อ่านถูกเพิ่มขึ้นจากเดิมอย่างน้อยคนละ 5 คำ") if q.value == 5)
    assert q.change


def test_a_scope_reading_stays_with_its_own_match():
    """"ทั้ง 2 ห้อง" is a scope (a bare number); the learners counted after it stay counts
    (challenges12 c12-017: both counts were read as bare numbers, the problem lost its evidence)."""
    qs = quantities("ทั้ง 2 ห้อง รวม 52 คน อ่านคำศัพท์ 20 คำ พบว่านักเรียน 31 คน ไม่ออกเสียงท้ายคำ")
    kinds = {q.text: q.kind for q in qs}
    assert kinds["2 ห้อง"] == "number"
    assert kinds["52 คน"] == "count" and kinds["31 คน"] == "count"


def test_a_content_bound_stays_with_its_own_match():
    qs = quantities("บวกเลขที่มีผลลัพธ์ไม่เกิน 100 ได้ถูกต้องอย่างน้อย 8 ข้อ นักเรียนไม่น้อยกว่า 20 คน")
    kinds = {q.text.strip(): (q.kind, q.comparator) for q in qs}
    assert next(v for k, v in kinds.items() if "100" in k) == ("number", None)
    assert next(v for k, v in kinds.items() if "20 คน" in k) == ("count", ">=")


def test_texts_without_digits_skip_only_patterns_that_need_one(monkeypatch):
    """quantities() skips the digit patterns on a text with no digit (speed, round 12): the same
    quantities as reading every pattern, on the spent statement files' texts, their digits
    removed, and random mixtures of Thai words, digits (ASCII, Thai, fullwidth) and signs."""
    import csv
    import random
    import re
    from pathlib import Path

    from models.thai import numbers

    labels = Path(__file__).resolve().parents[2] / "samples" / "labels"
    texts = []
    for name in ("statements.csv", "statements7.csv", "statements13.csv"):
        with (labels / name).open(encoding="utf-8") as f:
            rows = [row["text"] for row in csv.DictReader(f)]
        texts += rows + [re.sub(r"\d", "", t) for t in rows]
    rng = random.Random(12)
    parts = ["ร้อยละ", "ทุกคน", "ทุกราย", "จำนวน", "คน", "ระดับ", "เกรด", "เฉลี่ย", "เกณฑ์", " ", "%",
             "8", "๘", "\uff18", "0.5", "3/2", "ม.", "ผ่าน", "ครบทุกคน", "ทุกกลุ่ม", "E1/E2"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    fast = [quantities(t) for t in texts]
    monkeypatch.setattr(numbers, "_A_DIGIT", re.compile(""))  # every text read with every pattern
    assert [quantities(t) for t in texts] == fast
    assert sum(1 for q in fast if q) > 1000


# Numbers written in words (lexicon/number_words.txt, numbers.spell_out): read as their digits, the
# span over the words as written.
@pytest.mark.parametrize("text,value,kind,comparator,span_text", [
    ("นักเรียนยี่สิบห้าคน", 25, "count", None, "ยี่สิบห้าคน"),
    ("นักเรียนจำนวนสามสิบเอ็ดคน", 31, "count", None, "จำนวนสามสิบเอ็ดคน"),
    ("นักเรียนร้อยละแปดสิบขึ้นไป", 80, "percent", ">=", "ร้อยละแปดสิบขึ้นไป"),
    ("นักเรียนไม่น้อยกว่าสองในสามของห้อง", 66.7, "percent", ">=", "สองในสาม"),
    ("นักเรียน ป.๔ สามในสี่ของห้อง", 75, "percent", None, "สามในสี่"),
    ("Twenty-five students read fluently", 25, "count", None, "Twenty-five students"),
    ("one hundred and twenty students", 120, "count", None, "one hundred and twenty students"),
    ("At least two-thirds of the students pass", 66.7, "percent", ">=", "two-thirds"),
    ("three quarters of the class", 75, "percent", None, "three quarters"),
    ("at least eighty percent of students", 80, "percent", ">=", "eighty percent"),
])
def test_number_words(text, value, kind, comparator, span_text):
    q = only(text)
    assert (q.value, q.kind, q.comparator, q.text) == (value, kind, comparator, span_text)


@pytest.mark.parametrize("text", [
    "นักเรียนสามารถอ่านรูปสี่เหลี่ยมได้",  # สาม, สี่ inside words
    "ห้ามใช้โทรศัพท์ ความสัมพันธ์ที่ดี",
    'รูปแบบ "ร้อยเรื่องเมืองเก่า"',  # a lone hundred before a unit word is a name
    "ทดลองใช้กับนักเรียนหนึ่งห้อง",  # a lone one
    "ทดลองแบบหนึ่งต่อหนึ่ง one-to-one",
    "สองภาษา",  # no unit after it
])
def test_number_words_not_read(text):
    assert [q for q in quantities(text) if q.kind != "number"] == []


def test_number_words_make_a_target():
    from models.checks.text import check_text

    rules = lambda s: {f.rule for f in check_text(s, "indicator").findings}  # noqa: E731
    assert "indicator.no-target" not in rules("Twenty-five students in Grade 4 score at least 70% on the reading test")
    assert "indicator.no-target" not in rules("At least eighty percent of students pass the unit test")
    assert "indicator.no-criterion" in rules("นักเรียนร้อยละแปดสิบ")


def test_half_is_an_amount_of_change_only():
    """ครึ่งหนึ่ง / half right after a change word is the change's amount (statements18 s18140);
    elsewhere it is left to analysis._WORDED_SHARE."""
    q = [q for q in quantities("มีจำนวนครั้งของพฤติกรรมไม่พึงประสงค์ลดลงอย่างน้อยครึ่งหนึ่งจากก่อนให้คำปรึกษา")
         if q.kind != "number"]
    assert [(q.kind, q.value, q.change, q.text) for q in q] == [("percent", 50, True, "ครึ่งหนึ่ง")]
    assert [q for q in quantities("ทำได้ไม่ถึงครึ่งหนึ่ง") if q.kind != "number"] == []
    assert [q for q in quantities("ลดลงจากภาคเรียนที่ 1 ไม่น้อยกว่าครึ่งหนึ่ง") if q.kind != "number"] == []

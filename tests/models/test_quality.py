"""text_quality: damage inside a reading, and disagreement between two readings."""

from __future__ import annotations

from models.thai.quality import text_quality

GOOD = ("ข้าพเจ้าขอแสดงเจตจำนงในการจัดทำข้อตกลงในการพัฒนางานตำแหน่งครู "
        "ซึ่งเป็นตำแหน่งและวิทยฐานะที่ดำรงอยู่ในปัจจุบันกับผู้อำนวยการสถานศึกษา ไว้ดังต่อไปนี้")


def test_clean_text_is_trustworthy():
    q = text_quality(GOOD)
    assert q.trustworthy and q.damage == 0 and q.disagreement is None
    assert q.thai_share > 0.9


def test_same_text_read_twice_agrees_even_in_another_order():
    half = len(GOOD) // 2
    q = text_quality(GOOD, cross_check=GOOD[half:] + "\n" + GOOD[:half])
    assert q.trustworthy and q.disagreement is not None and q.disagreement < 0.02


def test_empty_text_is_not_trustworthy():
    assert not text_quality("   \n").trustworthy


def test_damage_is_counted():
    for bad, problem in [("ต\uf70bอง" * 5, "pua"), ("ตำาแหน่ง" * 5, "sara_am_artefacts"),
                         ("ก\x00ข" * 5, "replacement"), ("(cid:9)ก" * 5, "replacement"),
                         ("สĞาหรับ" * 5, "foreign_in_thai")]:
        q = text_quality(GOOD + bad)
        assert q.problems[problem] >= 5, problem
        assert not q.trustworthy, problem


def test_weasyprint_signature_in_the_second_reading():
    ours = "สาหรับข้าราชการครู ตาแหน่งครู ผู้จัดทาข้อตกลง " * 3
    pdfium = "สĞาหรับข้าราชการครู ตĞาแหน่งครู ผู้จัดทĞาข้อตกลง " * 3
    q = text_quality(ours, cross_check=pdfium)
    assert q.problems["cross_check_foreign_in_thai"] == 9
    assert not q.trustworthy


def test_material_disagreement():
    other = "".join(ch + ch if i % 5 == 0 else ch for i, ch in enumerate(GOOD))
    q = text_quality(GOOD, cross_check=other)
    assert q.disagreement > 0.05 and not q.trustworthy


def test_latin_text_is_not_damage():
    q = text_quality("Active Learning ผ่าน Google Classroom — café résumé")
    assert q.problems["foreign_in_thai"] == 0 and q.trustworthy


def test_a_few_broken_cmap_glyphs_condemn_a_long_text():
    long = GOOD * 40
    q = text_quality(long, cross_check=long.replace("ทำ", "ทĞา", 3))
    assert q.damage <= 0.01 and not q.trustworthy
    assert text_quality(long, cross_check=long.replace("ทำ", "ทĞา", 1)).trustworthy

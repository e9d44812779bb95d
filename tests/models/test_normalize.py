"""The Thai repair pass: each step on a before/after pair, idempotence, no-op on correct Thai."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.thai.normalize import (drop_space_before_marks, fix_mark_order, fix_sara_am,
                                   map_pua, normalize, remove_zero_width, to_arabic_digits,
                                   unify_spaces)

GT = Path(__file__).resolve().parents[2].parent / "shared" / "thai-pdf-corpus" / "gt"

PAIRS = [
    # sara am: NIKHAHIT + SARA AA (Word, HarfBuzz decomposition), doubled (LibreOffice)
    ("นํา", "นำ"),
    ("ตำาแหน่ง", "ตำแหน่ง"),
    ("นำ้า", "น้ำ"),
    ("นํ้า", "น้ำ"),
    ("คำ่", "ค่ำ"),
    ("ซ้ําซ้อน", "ซ้ำซ้อน"),
    ("จัดทาํ", "จัดทำ"),
    # PUA glyph variants: Windows block, Mac block, SIPA ligatures
    ("ก\uf70aอน", "ก่อน"),
    ("ให\uf70b", "ให้"),
    ("ป\uf713\u0e35", "ปี่"),  # a tone shifted left, written before its vowel
    ("\uf700าน", "ฐาน"),
    ("กต\u0e31\uf70fญู", "กตัญญู"),
    ("ศ\uf710กด\uf701\uf709", "ศักดิ์"),
    ("ท\uf886\uf88b", "ที่"),
    ("\uf89eิติ", "ฐิติ"),
    ("\uf881ษี", "ฤๅษี"),
    # mark order and doubled marks
    ("ท่ี", "ที่"),
    ("ด์ิ", "ดิ์"),
    ("ที่่", "ที่"),
    # spaces and invisible characters
    ("ท ี่นี่", "ที่นี่"),
    ("ส ำหรับ", "สำหรับ"),
    ("ครู\u00a0ชำนาญการ", "ครู ชำนาญการ"),
    ("การ\u200bเรียน", "การเรียน"),
]


@pytest.mark.parametrize("before,after", PAIRS)
def test_repairs(before, after):
    assert normalize(before) == after


@pytest.mark.parametrize("before,after", PAIRS)
def test_idempotent(before, after):
    assert normalize(normalize(before)) == normalize(before)


def test_each_step():
    assert map_pua("ก\uf70a\uf88e") == "ก่้"
    assert remove_zero_width("ก\u200bข\ufeffค\u00ad") == "กขค"
    assert unify_spaces("ก\u00a0\u2003ข\tค") == "ก ข ค"
    assert drop_space_before_marks("ท ี ่") == "ที่"
    assert drop_space_before_marks("ก า") == "กา"
    assert fix_sara_am("นํา ตำา นำ้า ค่ำ") == "นำ ตำ น้ำ ค่ำ"
    assert fix_mark_order("ท่ีน่ี") == "ที่นี่"


def test_keeps_what_is_written():
    for text in ["๒๕,๔๔๐ บาท", "ทุก ๆ วัน", "กรุงเทพฯ ฯลฯ", "(   ) ห้องเรียน", "PA 1/ส",
                 "ฤๅษี ทฤษฎี ฎีกา", "พันธุ์ ศักดิ์สิทธิ์", "Active Learning", "ก  ข"]:
        assert normalize(text) == text


def test_no_op_on_ground_truth():
    files = sorted(GT.glob("*.txt"))
    if not files:
        pytest.skip("thai-pdf-corpus not available")
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert normalize(text) == text, path.name


def test_to_arabic_digits():
    assert to_arabic_digits("ปี ๒๕๖๖ คศ.๒") == "ปี 2566 คศ.2"


def _every_step(text: str) -> str:
    """normalize() without its fast path: NFC, then every step until nothing changes."""
    import unicodedata

    from models.thai.normalize import _STEPS

    t = unicodedata.normalize("NFC", text)
    for _ in range(4):
        before = t
        for step in _STEPS:
            t = step(t)
        if t == before:
            break
    return t


def test_fast_path_changes_nothing_the_steps_would_fix():
    """The one-scan fast path returns text as is only where every step is a no-op: random
    strings over the characters the steps look at give the same result either way."""
    import random

    alphabet = ("กขคนมอยรวสหาะำํัิีึืุู่้๊๋็์ฯๆเแ ฤๅ๐๑a\t\u00a0\u200b\uf70a\uf701\uf880"
                "\u0e4e\u0e3a")
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        assert normalize(text) == _every_step(text), repr(text)

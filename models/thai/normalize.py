"""Thai normalisation as small ordered pure steps. `normalize()` runs them all.

Thai digits are kept (the contract keeps text as written); `to_arabic_digits()` converts
where a number is read.
"""

from __future__ import annotations

import re
import unicodedata

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

# Windows (U+F700–U+F71A) and Mac (U+F884–U+F89E) Thai PUA glyph variants, as HarfBuzz's
# hb-ot-shaper-thai.cc maps them: positional variants of the same Thai characters.
_PUA = {
    0xF700: "ฐ", 0xF701: "ิ", 0xF702: "ี", 0xF703: "ึ", 0xF704: "ื", 0xF705: "่", 0xF706: "้",
    0xF707: "๊", 0xF708: "๋", 0xF709: "์", 0xF70A: "่", 0xF70B: "้", 0xF70C: "๊", 0xF70D: "๋",
    0xF70E: "์", 0xF70F: "ญ", 0xF710: "ั", 0xF711: "ํ", 0xF712: "็", 0xF713: "่", 0xF714: "้",
    0xF715: "๊", 0xF716: "๋", 0xF717: "์", 0xF718: "ุ", 0xF719: "ู", 0xF71A: "ฺ",
    0xF884: "ฐ", 0xF885: "ญ", 0xF886: "ุ", 0xF887: "ู", 0xF888: "ฺ", 0xF889: "่", 0xF88A: "้",
    0xF88B: "๊", 0xF88C: "๋", 0xF88D: "์", 0xF88E: "่", 0xF88F: "้", 0xF890: "๊", 0xF891: "๋",
    0xF892: "์", 0xF893: "ิ", 0xF894: "ี", 0xF895: "ึ", 0xF896: "ื", 0xF897: "่", 0xF898: "้",
    0xF899: "๊", 0xF89A: "๋", 0xF89B: "์", 0xF89C: "ั", 0xF89D: "ํ", 0xF89E: "็",
}
_PUA_TABLE = {k: v for k, v in _PUA.items()}

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+")

TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
ABOVE_BELOW = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e4c\u0e4d\u0e4e"
MARKS = TONES + ABOVE_BELOW


def map_pua(text: str) -> str:
    """`ก\uf70a` → `ก่`: PUA glyph variants back to Unicode Thai."""
    return text.translate(_PUA_TABLE)


def remove_zero_width(text: str) -> str:
    """Word's zero-width spaces between Thai words must not split words: drop them."""
    return text.translate(_ZERO_WIDTH)


def unify_spaces(text: str) -> str:
    """Non-breaking and other odd spaces become one ordinary space."""
    return _SPACES.sub(" ", text)


def drop_space_before_marks(text: str) -> str:
    """`ท ี่` → `ที่`: a space never precedes a combining mark or ะ า ำ ๅ."""
    return re.sub(rf"(?<=[\u0e01-\u0e4f]) +(?=[{MARKS}\u0e30\u0e32\u0e33\u0e45])", "", text)


def fix_sara_am(text: str) -> str:
    """`นํ้า`/`นำ้า`/`ตำา` → `น้ำ`/`ตำ`: NIKHAHIT + SARA AA and the doubled forms become SARA AM."""
    t = re.sub(rf"\u0e4d([{TONES}]?)\u0e32", "\\1\u0e33", text)  # ํ[tone]า → [tone]ำ
    t = re.sub(rf"\u0e33([{TONES}])\u0e32", "\\1\u0e33", t)  # ำ[tone]า → [tone]ำ
    t = re.sub(rf"\u0e32([{TONES}])\u0e33(?:[{TONES}])?", "\\1\u0e33", t)  # า[tone]ำ[tone] → [tone]ำ
    t = re.sub("\u0e33\u0e32", "\u0e33", t)  # ำา → ำ
    t = re.sub(rf"\u0e33([{TONES}])", "\\1\u0e33", t)  # ำ tone → tone ำ
    return t


def fix_mark_order(text: str) -> str:
    """A tone written before an above/below vowel moves after it; a mark doubled collapses."""
    t = re.sub(rf"([{TONES}])([\u0e31\u0e34-\u0e3a\u0e47])", r"\2\1", text)
    return re.sub(rf"([{MARKS}])\1+", r"\1", t)


def normalize(text: str) -> str:
    """All steps in order. Idempotent and a no-op on correct Thai."""
    t = unicodedata.normalize("NFC", text)
    t = map_pua(t)
    t = remove_zero_width(t)
    t = unify_spaces(t)
    t = drop_space_before_marks(t)
    t = fix_sara_am(t)
    t = fix_mark_order(t)
    return t


def to_arabic_digits(text: str) -> str:
    """`๒๕๖๖` → `2566`."""
    return text.translate(_TO_ARABIC)

"""Thai normalisation as small ordered pure steps. `normalize()` runs them all.

Every step only rewrites sequences that correct Thai never contains (PUA glyph variants,
NIKHAHIT + SARA AA, a tone before its vowel, a space before a mark…), so the pass is a no-op
on correct text and idempotent. Thai digits are kept (the contract keeps text as written);
`to_arabic_digits()` converts where a number is read.
"""

from __future__ import annotations

import re
import unicodedata

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

# Thai PUA glyph variants, as HarfBuzz's src/hb-ot-shaper-thai.cc (thai_pua_shape) maps them:
# Windows block U+F700–U+F71A and Mac block U+F884–U+F89E. SD = shifted down, SL = left,
# SDL = down-left, RD = consonant without descender.
_PUA = {
    # Windows
    0xF700: "ฐ", 0xF70F: "ญ",  # RD
    0xF701: "ิ", 0xF702: "ี", 0xF703: "ึ", 0xF704: "ื",  # SL
    0xF705: "่", 0xF706: "้", 0xF707: "๊", 0xF708: "๋", 0xF709: "์",  # SDL
    0xF70A: "่", 0xF70B: "้", 0xF70C: "๊", 0xF70D: "๋", 0xF70E: "์",  # SD
    0xF710: "ั", 0xF711: "ํ", 0xF712: "็",  # SL
    0xF713: "่", 0xF714: "้", 0xF715: "๊", 0xF716: "๋", 0xF717: "์",  # SL
    0xF718: "ุ", 0xF719: "ู", 0xF71A: "ฺ",  # SD
    # Mac
    0xF884: "ั", 0xF885: "ิ", 0xF886: "ี", 0xF887: "ึ", 0xF888: "ื", 0xF889: "็",  # SL
    0xF88A: "่", 0xF88B: "่", 0xF88C: "่",  # SL, SD, SDL
    0xF88D: "้", 0xF88E: "้", 0xF88F: "้",
    0xF890: "๊", 0xF891: "๊", 0xF892: "๊",
    0xF893: "๋", 0xF894: "๋", 0xF895: "๋",
    0xF896: "์", 0xF897: "์", 0xF898: "์",
    0xF899: "ํ", 0xF89A: "ญ", 0xF89B: "ุ", 0xF89C: "ู", 0xF89D: "ฺ", 0xF89E: "ฐ",
    # Ligature glyphs the SIPA fonts (TH Sarabun New, TH SarabunPSK) put in the PUA
    # (glyph names uni0E4F.liga, uni0E24.liga, uni0E26.liga); legacy producers write them.
    0xF880: "๏", 0xF881: "ฤๅ", 0xF882: "ฦๅ",
}

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+")

TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
ABOVE_BELOW = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e4c\u0e4d\u0e4e"
MARKS = TONES + ABOVE_BELOW
VOWELS_AB = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"  # ั ิ ี ึ ื ุ ู ฺ
_TOP = TONES + "\u0e4c"  # tones and THANTHAKHAT sit above the vowel, so come after it
_NIKHAHIT, _AA, _AM = "\u0e4d", "\u0e32", "\u0e33"


def map_pua(text: str) -> str:
    """`ก\uf70a` → `ก่`: PUA glyph variants back to Unicode Thai."""
    return text.translate(_PUA)


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
    """`นํา`/`นำ้า`/`ตำา`/`นํ้า` → `นำ`/`น้ำ`/`ตำ`/`น้ำ`: SARA AM written as NIKHAHIT + SARA AA,
    doubled by a producer, or with the tone after it."""
    t = re.sub(rf"{_NIKHAHIT}+(?={_AM})", "", text)  # ํำ → ำ
    t = re.sub(rf"{_NIKHAHIT}([{TONES}]?){_AA}", rf"\1{_AM}", t)  # ํ[tone]า → [tone]ำ
    t = re.sub(rf"{_AA}([{TONES}]?){_NIKHAHIT}", rf"\1{_AM}", t)  # า[tone]ํ → [tone]ำ
    t = re.sub(rf"{_AM}([{TONES}]){_AA}", rf"\1{_AM}", t)  # ำ[tone]า → [tone]ำ
    t = re.sub(rf"{_AA}([{TONES}]){_AM}[{TONES}]?", rf"\1{_AM}", t)  # า[tone]ำ[tone] → [tone]ำ
    t = re.sub(f"{_AM}{_AA}|{_AA}{_AM}", _AM, t)  # ำา / าำ → ำ
    return re.sub(rf"{_AM}([{TONES}])", rf"\1{_AM}", t)  # ำ tone → tone ำ


def fix_mark_order(text: str) -> str:
    """`ท่ี` → `ที่`: a tone or THANTHAKHAT written before an above/below vowel moves after
    it; a mark doubled back to back collapses."""
    t = re.sub(rf"([{_TOP}]+)([{VOWELS_AB}])", r"\2\1", text)
    return re.sub(rf"([{MARKS}])\1+", r"\1", t)


_STEPS = (map_pua, remove_zero_width, unify_spaces, drop_space_before_marks, fix_sara_am,
          fix_mark_order)


# Everything some step above would rewrite (a superset: each step's pattern needs one of
# these), so that text with none of it and already in NFC is returned as is in one scan.
_SUSPECT = re.compile(
    "[\ue000-\uf8ff\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2000-\u200a\u202f\u205f"
    f"\u3000\t{_NIKHAHIT}]"  # map_pua, remove_zero_width, unify_spaces; ํ (fix_sara_am)
    f"| (?=[{MARKS}\u0e30\u0e32\u0e33\u0e45])"  # drop_space_before_marks
    f"|{_AM}[{TONES}{_AA}]|{_AA}[{TONES}]?{_AM}"  # fix_sara_am without ํ
    f"|[{_TOP}][{VOWELS_AB}]|([{MARKS}])\\1")  # fix_mark_order


def normalize(text: str) -> str:
    """All steps in order, repeated until nothing changes (so the result is idempotent).
    A no-op on correct Thai."""
    if unicodedata.is_normalized("NFC", text) and not _SUSPECT.search(text):
        return text  # nothing any step would change: the usual case, one regex scan
    t = unicodedata.normalize("NFC", text)
    for _ in range(4):
        before = t
        for step in _STEPS:
            t = step(t)
        if t == before:
            break
    return t


_THAI_DIGIT = re.compile("[\u0e50-\u0e59]")


def to_arabic_digits(text: str) -> str:
    """`๒๕๖๖` → `2566`."""
    if not _THAI_DIGIT.search(text):
        return text  # most texts have no Thai digit: a C scan instead of a per-character translate
    return text.translate(_TO_ARABIC)

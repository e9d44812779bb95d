"""DOCX auto-numbering: resolve a paragraph's `w:numPr` against numbering.xml and render the label
Word shows ("1.", "๑)", "ก.", "•"), keeping counters in document order.

Counters belong to the abstract numbering definition (ECMA-376 §17.9, and what Word and
LibreOffice render): every numId over the same abstractNum continues one sequence, and a numId's
first paragraph restarts the levels that numId overrides (`w:lvlOverride`, e.g. Word's "Restart
at 1", which LibreOffice also writes once per list). Deeper levels reset when a shallower one
advances, honouring `w:lvlRestart`. (Keying counters by numId instead numbers LibreOffice's DOCX
1., 1., 1. where it shows 1., 2., 3.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from extractors.docx_ns import qn
from models.thai.normalize import THAI_DIGITS

_W_VAL = qn("w:val")
_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"  # Word's sequence: no ฃ, ฅ
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
# Symbol / Wingdings bullet glyphs (PUA F0xx or their low byte) and what they look like.
_BULLETS = {0xB7: "•", 0xA7: "▪", 0xD8: "➢", 0x76: "❖", 0xFC: "✓", 0x6C: "●", 0x6E: "■",
            0x71: "❑", 0xA8: "☐", 0x6F: "☐", 0x9F: "•", 0x96: "•"}
_PLAIN_BULLETS = set("-–—•◦▪▫●○■□◆◇►▶➢➤✓✔❖*+·→")


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart (1-based level after which this restarts; 0 never)
    legal: bool = False  # w:isLgl: show higher levels as decimal
    picture: bool = False  # w:lvlPicBulletId


@dataclass
class NumInstance:
    abstract_id: str
    starts: dict[int, int] = field(default_factory=dict)  # lvlOverride/startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # lvlOverride/lvl


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(qn(tag))
    if child is None:
        return default
    return child.get(_W_VAL, default)


def _flag(el, tag: str) -> bool:
    """An OOXML on/off element: present and not val=0/false/off."""
    child = el.find(qn(tag))
    return child is not None and child.get(_W_VAL, "true") not in ("0", "false", "off")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl) -> Level:
    return Level(
        start=_int(_val(lvl, "w:start"), 1),
        fmt=_val(lvl, "w:numFmt", "decimal") or "decimal",
        text=_val(lvl, "w:lvlText", "") or "",
        restart=_int(_val(lvl, "w:lvlRestart"), -1) if _val(lvl, "w:lvlRestart") else None,
        legal=_flag(lvl, "w:isLgl"),
        picture=lvl.find(qn("w:lvlPicBulletId")) is not None,
    )


def _roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int, alphabet: str) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated), never 0."""
    if n <= 0:
        return str(n)
    k = len(alphabet)
    return alphabet[(n - 1) % k] * ((n - 1) // k + 1)


def _bullet(text: str, picture: bool) -> str:
    if picture or not text:
        return "•"
    ch = text.strip()[:1]
    if not ch:
        return "•"
    code = ord(ch)
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    if code in _BULLETS:
        return _BULLETS[code]
    if ch in _PLAIN_BULLETS:
        return ch
    if ch == "o":  # Courier New "o": a hollow bullet
        return "◦"
    return "•"


def format_number(n: int, fmt: str) -> str:
    """One counter in one of Word's w:numFmt formats; unknown formats fall back to decimal."""
    if fmt == "thaiNumbers":
        return str(n).translate(_TO_THAI)
    if fmt == "thaiLetters":
        return _letters(n, _THAI_LETTERS)
    if fmt == "thaiCounting":
        try:
            from pythainlp.util import num_to_thaiword
            return num_to_thaiword(n)
        except Exception:  # pragma: no cover - pythainlp is a dependency
            return str(n)
    if fmt == "lowerLetter":
        return _letters(n, "abcdefghijklmnopqrstuvwxyz")
    if fmt == "upperLetter":
        return _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "none":
        return ""
    return str(n)


_PLACEHOLDER = re.compile(r"%([1-9])")


class Numbering:
    """Labels for numbered paragraphs, fed in document order."""

    def __init__(self, numbering_el, style_num: Callable[[str | None], tuple[str, int] | None]):
        # style_num: style id -> (numId, ilvl) from the style chain (numbering styles too)
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNumId -> numbering style id (numStyleLink)
        self.nums: dict[str, NumInstance] = {}
        self.style_num = style_num
        self.counters: dict[str, list[int | None]] = {}  # per abstractNum
        self.entered: set[str] = set()  # numIds already met
        if numbering_el is None:
            return
        for an in numbering_el.iterchildren(qn("w:abstractNum")):
            aid = an.get(qn("w:abstractNumId"))
            self.abstract[aid] = {_int(lvl.get(qn("w:ilvl")), 0): _level(lvl)
                                  for lvl in an.iterchildren(qn("w:lvl"))}
            link = _val(an, "w:numStyleLink")
            if link:
                self.style_link[aid] = link
        for num in numbering_el.iterchildren(qn("w:num")):
            inst = NumInstance(abstract_id=_val(num, "w:abstractNumId", "") or "")
            for ov in num.iterchildren(qn("w:lvlOverride")):
                ilvl = _int(ov.get(qn("w:ilvl")), 0)
                so = ov.find(qn("w:startOverride"))
                if so is not None:
                    inst.starts[ilvl] = _int(so.get(_W_VAL), 1)
                lvl = ov.find(qn("w:lvl"))
                if lvl is not None:
                    inst.levels[ilvl] = _level(lvl)
            self.nums[num.get(qn("w:numId"))] = inst

    def _levels(self, num_id: str) -> tuple[str, dict[int, Level]]:
        """(the abstractNum whose counters this numId uses, its levels with the numId's
        w:lvlOverride/w:lvl replacements)."""
        inst = self.nums[num_id]
        levels = self.abstract.get(inst.abstract_id, {})
        seen = {inst.abstract_id}
        # numStyleLink: the definition lives in the abstractNum the numbering style points to.
        while not levels and inst.abstract_id in self.style_link:
            linked_num, _ = self.style_num(self.style_link[inst.abstract_id]) or (None, None)
            linked = self.nums.get(linked_num or "")
            if linked is None or linked.abstract_id in seen:
                break
            seen.add(linked.abstract_id)
            levels = self.abstract.get(linked.abstract_id, {})
            inst = linked
        if self.nums[num_id].levels:
            levels = {**levels, **self.nums[num_id].levels}
        return inst.abstract_id, levels

    def label(self, num_id: str | None, ilvl: int | None, style_id: str | None) -> str | None:
        """The label of a paragraph with this numPr and/or numbered style; advances counters."""
        if (num_id is None or ilvl is None) and style_id:
            s_num, s_lvl = self.style_num(style_id) or (None, None)
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_lvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        ilvl = min(max(ilvl or 0, 0), 8)
        key, levels = self._levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return None
        inst = self.nums[num_id]
        starts = inst.starts
        counters = self.counters.setdefault(key, [None] * 9)
        if num_id not in self.entered:  # first paragraph of this numId: its overrides restart
            self.entered.add(num_id)
            for k in set(inst.starts) | set(inst.levels):
                if 0 <= k < 9:
                    counters[k] = None
        current = counters[ilvl]
        counters[ilvl] = (starts.get(ilvl, level.start) if current is None else current + 1)
        for deeper in range(ilvl + 1, 9):
            d = levels.get(deeper)
            restart = d.restart if d is not None and d.restart is not None else deeper
            if restart != 0 and ilvl <= restart - 1:
                counters[deeper] = None
        if level.fmt == "bullet":
            return _bullet(level.text, level.picture)
        if level.fmt == "none" and not _PLACEHOLDER.search(level.text):
            return level.text.strip() or None

        def render(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, Level())
            n = counters[k] if counters[k] is not None else starts.get(k, lv.start)
            fmt = "decimal" if level.legal else lv.fmt
            return format_number(n, fmt)

        return _PLACEHOLDER.sub(render, level.text).strip() or None

"""From glyphs in a box (a table cell or a page's body) to lines and paragraphs.

Thai order is read cluster by cluster: a combining mark belongs to the glyph drawn before it
in the content stream, so sorting by x never moves a mark off its base. Lines wrapped inside a
box are joined with one space next to anything but Thai, and between two Thai letters (Thai has
no spaces between words, but writers space phrases) only on evidence (wrap_space): a space
glyph the producer drew, a first word that would have fitted in a cell's room without a space,
or the text on both sides (pdf_wrap). A paragraph starts at a list marker, at a clear vertical
gap, at a switch between a bold line and a regular one, at a first-line indent, after a centred line
followed by one that is not, after a line that ended although the next line's first word
would have fitted (for centred lines: on either side), or where the text calls for a space
(pdf_wrap) that a producer drawing its wrapped spaces would have drawn, as it fitted, and did
not (a subject line's course code under "… ดังนี้"). In a tagged PDF a paragraph also starts
where the next line's glyphs belong to another paragraph element of the structure tree
(pdf_struct), the one boundary that needs nothing visible on the page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from extractors.pdf_actualtext import Glyph
from extractors.pdf_struct import same_paragraph
from extractors.pdf_wrap import spans_break, text_says_space
from models.thai.normalize import map_pua

_THAI = re.compile("[\u0e01-\u0e5b]")
# A list marker at line start: 1.  ๑.  1)  ๑)  (1)  (๑)  -  •  ▪, and item codes 1.1 / ๑.๑
# (one-digit section: "๘๑.๘๘" at a line start is a wrapped number, not an item).
LIST_MARKER = re.compile(r"^\s*(?:[0-9๐-๙]{1,3}[.)](?![0-9๐-๙])|[0-9๐-๙](?:\.[0-9๐-๙]{1,2})+\.?\s|"
                         r"\([0-9๐-๙]{1,3}\)|[-•▪●◦‣∙]\s)")
SPACE_GAP = 0.12  # a horizontal gap wider than this × font size is a space
DRAWN_SPACE_GAP = 0.33  # … where the producer draws its spaces (fitted on the dev samples:
# font-change gaps up to 0.21, tabs after a list number from 0.45)
PARA_PITCH = 1.3  # a line pitch over this × the page's usual pitch starts a paragraph
DEFAULT_PITCH = 1.5  # × font size, when a page has too few lines to tell its usual pitch


_MARK_STARTS = frozenset(ch for ch in map(chr, [*range(0x0E00, 0x0E80), *range(0xF700, 0xF8A0)])
                         if unicodedata.category(map_pua(ch)[0]) == "Mn")


def is_mark(text: str) -> bool:
    """True when a glyph's text starts with a combining mark (it belongs to the glyph before)."""
    return bool(text) and (text[0] in _MARK_STARTS or unicodedata.category(text[0]) == "Mn")


@dataclass(slots=True)
class Cluster:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    stream: int
    glyphs: list[Glyph] = field(default_factory=list)
    bold: bool = False

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class Line:
    clusters: list[Cluster]
    text: str
    trailing_space: bool
    x0: float
    top: float
    x1: float  # the end of the last visible cluster
    bottom: float
    size: float
    bold: bool  # every visible cluster is bold


@dataclass
class Para:
    text: str
    bbox: tuple[float, float, float, float]
    glyphs: list[Glyph]
    confidence: float = 1.0
    bold: bool = False


_first_is_mark: dict[str, bool] = {}


def clusters(glyphs: list[Glyph]) -> list[Cluster]:
    """Stream-ordered glyphs → clusters: marks join the glyph drawn just before them.
    (is_mark(), mid_y and height inlined: this runs once per glyph.)"""
    out: list[Cluster] = []
    prev: Cluster | None = None
    known = _first_is_mark
    for g in glyphs:
        text = g.text
        if not text:  # an unmapped glyph: no text, but its damage is remembered
            if prev is not None:
                prev.glyphs.append(g)
            continue
        if prev is not None:
            mark = known.get(text[0])
            if mark is None:
                mark = known[text[0]] = is_mark(text[0])
            if (mark and abs((g.top + g.bottom) / 2 - (prev.top + prev.bottom) / 2)
                    < prev.bottom - prev.top
                    and prev.x0 - g.size <= g.x0 <= prev.x1 + g.size * 0.3):
                prev.text += text
                prev.x1 = max(prev.x1, g.x1)
                prev.glyphs.append(g)
                continue
        prev = Cluster(text, g.x0, g.top, g.x1, g.bottom, g.size, g.stream, [g], g.bold)
        out.append(prev)
    return out


def build_lines(glyphs: list[Glyph]) -> list[Line]:
    """Group clusters into lines (top to bottom), each ordered left to right."""
    lines: list[list[Cluster]] = []
    mids: list[float] = []
    for c in sorted(clusters(glyphs), key=lambda c: ((c.top + c.bottom) / 2, c.x0)):
        mid = (c.top + c.bottom) / 2
        if lines:
            first = lines[-1][0]
            if abs(mid - mids[-1]) <= 0.35 * max(c.bottom - c.top, first.bottom - first.top):
                lines[-1].append(c)
                continue
        lines.append([c])
        mids.append(mid)
    out = []
    for members in lines:
        members.sort(key=lambda c: (c.x0, c.stream))
        line = _line_text(members)
        if line.text:
            out.append(line)
    return out


def respace(lines: list[Line], space_gap: float) -> list[Line]:
    """The same lines read with another gap threshold (× font size) for a space: on a page
    whose producer draws the spaces it wraps at (LibreOffice), it draws every space, and a gap
    with no space glyph is a change of font ("ว" + "33205", "3" + "ส") unless wider than a
    tab after a list number."""
    return [_line_text(line.clusters, space_gap) for line in lines]


def _line_text(members: list[Cluster], space_gap: float = SPACE_GAP) -> Line:
    parts: list[str] = []
    prev: Cluster | None = None
    for c in members:
        if prev is not None and c.x0 - prev.x1 > space_gap * max(c.size, prev.size):
            if not c.text.startswith(" ") and not prev.text.endswith(" "):
                parts.append(" ")
        parts.append(c.text)
        prev = c
    raw = "".join(parts)
    text = raw.strip()
    visible = [c for c in members if c.text.strip()]
    return Line(members, text, raw != raw.rstrip(), members[0].x0,
                min(c.top for c in members), max(c.x1 for c in visible) if visible
                else members[0].x0, max(c.bottom for c in members),
                max(c.size for c in members), bool(visible) and all(c.bold for c in visible))


_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")  # letters, vowels and marks; not Thai digits


def _is_thai(ch: str) -> bool:
    """A Thai letter or mark: wrapped lines join with no space between two of them
    (not between a Thai digit and a word: "เขต ๑ รับเงินเดือน")."""
    return bool(_THAI_LETTER.match(map_pua(ch)))


WRAP_ROOM = 0.04  # × font size: room left past the next line's first word that proves a space
_HYPHENS = "-\u2010"
_OPENERS = "([{/"  # no space after these at a wrap (a line may break after "/")
_CLOSERS = ")]}"


def join_lines(lines: list[Line], right: float | None = None, *, space: float | None = None,
               cell: bool = False) -> str:
    """Wrapped lines of one paragraph → one string. `right`: the box's right text edge;
    `space`: the width of the space glyph the producer draws at the end of a wrapped line
    (None: it draws none); `cell`: the box is a drawn table cell (its edge is exact)."""
    text = ""
    for i, line in enumerate(lines):
        if i and text and wrap_space(lines[i - 1], line, text, right, space, cell):
            text += " "
        text += line.text
    return text


def wrap_space(prev: Line, line: Line, before: str, right: float | None = None,
               space: float | None = None, cell: bool = False) -> bool:
    """Was there a space where `prev` wrapped to `line`? `before`: the text joined so far.
    Yes when the producer drew one; no after a hyphen ("N-" + "NET"), an opening bracket or a
    slash, nor before a closing bracket; yes next to anything else but Thai. Between two Thai
    letters: no when a producer that draws its wrapped spaces drew none although one would
    have fitted; yes when the next line's first word would have fitted in the room left even
    without a space (a space made it move: only in a cell, whose right edge is drawn); else
    what the text says (pdf_wrap)."""
    if prev.trailing_space:
        return True
    plain = _plain_join(before, line.text)
    if plain is not None:
        return plain
    room = right - prev.x1 if right is not None else None
    if room is not None and space is not None and room >= space:
        return False
    if (cell and room is not None and room - _first_word_width(line) > WRAP_ROOM * line.size
            and not spans_break(map_pua(before), map_pua(line.text))):
        return True
    return text_says_space(map_pua(before), map_pua(line.text)) is not None


def wrapped_space(pages: list[list[Glyph]]) -> float | None:
    """`drawn_space` for a whole document, from its glyphs in stream order: the median width
    of a space glyph drawn just before a glyph that starts a line below it and to its left.
    A page with no wrapped space of its own (a short last page) learns from the others."""
    widths = sorted(a.x1 - a.x0 for glyphs in pages for a, b in zip(glyphs, glyphs[1:])
                    if a.text and not a.text.strip() and b.text.strip()
                    and (b.top + b.bottom) / 2 > a.bottom and b.x0 < a.x0)
    return widths[len(widths) // 2] if widths else None


def _plain_join(before: str, after: str) -> bool | None:
    """Space or not where text ends with `before`'s last character and goes on with `after`,
    when the characters alone tell; None between two Thai letters."""
    last, first = before[-1], after[0]
    if last in _HYPHENS and len(before) > 1 and not before[-2].isspace():
        return False
    if last in _OPENERS or first in _CLOSERS:  # "(" + "หน่วย", "งาน/" + "กิจกรรม"
        return False
    if not (_is_thai(last) and _is_thai(first)):
        return True
    return None


def cut_space(before: Para, after: Para) -> bool:
    """Was there a space where a page cut a paragraph (pdf_stitch)? Yes when the producer drew
    one at the end of the first part, else as the characters or the text say (no geometry:
    the parts are on two pages)."""
    if before.glyphs and before.glyphs[-1].text and not before.glyphs[-1].text.strip():
        return True
    plain = _plain_join(before.text, after.text)
    if plain is not None:
        return plain
    return text_says_space(map_pua(before.text), map_pua(after.text)) is not None


def drawn_space(lines: list[Line]) -> float | None:
    """The width of the space glyph `lines` end with, if any does (LibreOffice draws the space
    a line wrapped at when it fits; Chromium never does): the median, or None."""
    widths = sorted(c.x1 - c.x0 for c in (line.clusters[-1] for line in lines
                                          if line.trailing_space) if not c.text.strip())
    return widths[len(widths) // 2] if widths else None


_NO_BREAK_BEFORE = set("/)]}.,:;!?%ๆฯ\"'")


@lru_cache(maxsize=4096)
def _first_word(text: str) -> str:
    """The shortest unit a line breaker could have moved up: the text up to the first space,
    or for Thai the longest dictionary word the line starts with (pythainlp's newmm and
    LibreOffice's ICU do not always cut the same way: กิจ|กรรมการ vs กิจกรรม|การ)."""
    head = text.split(" ", 1)[0]
    if len(head) > 1 and _THAI.match(head[0]):
        from pythainlp.tokenize import word_tokenize

        words = word_tokenize(head[:40], engine="newmm", keep_whitespace=False)
        first = words[0] if words else head
        vocabulary = _thai_words()
        longest = max((head[:n] for n in range(2, min(len(head), 24) + 1)
                       if head[:n] in vocabulary), key=len, default="")
        word = max(first, longest, key=len)
        while len(word) < len(head):
            nxt = head[len(word)]
            # "ชั่วโมง/" moves as one: no line may start with "/"; nor break before a digit
            # after a letter, a digit, a stop or a hyphen: "ม.3/2", "ค14101", "ป.๑-๓" are one
            # unit; nor after a stop before a letter: "กศน.ตำบล"
            if nxt in _NO_BREAK_BEFORE or nxt.isdigit():
                word += nxt
            elif nxt == "-" and head[len(word) + 1:len(word) + 2].isdigit():
                word += nxt
            elif word.endswith(".") and nxt.isalpha():
                word += _first_word(head[len(word):])
            else:
                break
        return word
    return head


@lru_cache(maxsize=1)
def _thai_words() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def _first_word_width(line: Line) -> float:
    word = _first_word(map_pua(line.text))
    if not word:
        return 0.0
    seen, x1 = "", line.x0
    for c in line.clusters:
        seen += map_pua(c.text).strip()
        x1 = c.x1
        if len(seen) >= len(word):
            break
    return x1 - line.x0


def typical_pitch(lines: list[Line]) -> float | None:
    """The usual distance between the tops of consecutive lines, or None when unknown."""
    pitches = sorted(b.top - a.top for a, b in zip(lines, lines[1:])
                     if 0.9 * b.size < b.top - a.top < 2.5 * b.size)
    return pitches[len(pitches) // 2] if len(pitches) >= 2 else None


def centre_axis(lines: list[Line], left: float) -> float | None:
    """The x of the axis centred lines share, if two indented lines of different widths
    share one (headings on a cover page); None otherwise."""
    indented = [line for line in lines if line.x0 > left + line.size]
    for i, a in enumerate(indented):
        centre = (a.x0 + a.x1) / 2
        for b in indented[i + 1:]:
            if abs((b.x0 + b.x1) / 2 - centre) < 1.5 and abs(b.x0 - a.x0) > b.size:
                return centre
    return None


def starts_paragraph(prev: Line, line: Line, left: float, right: float,
                     pitch: float | None, axis: float | None = None,
                     space: float | None = None) -> bool:
    """Does `line` start a new paragraph after `prev`? `left`/`right`: the box's text edges;
    `axis`: the centre of centred lines, if any; `space`: as for join_lines."""
    if LIST_MARKER.match(line.text) or prev.bold != line.bold:  # a bold heading and its text
        return True
    usual = pitch if pitch is not None else DEFAULT_PITCH * line.size
    if line.top - prev.top > PARA_PITCH * usual:
        return True
    if (line.x0 > prev.x0 + line.size and not LIST_MARKER.match(prev.text)
            and abs(line.x0 + line.x1 - prev.x0 - prev.x1) > 3):
        return True  # a first-line indent (not a hanging indent, not a centred heading)
    room = right - prev.x1
    if prev.trailing_space:  # the next word would have come after the space drawn
        room -= sum(c.x1 - c.x0 for c in prev.clusters[-1:] if not c.text.strip())
    indent = prev.x0 - left
    if axis is not None and _centred(prev, left, axis) and abs(line.x0 - prev.x0) > 0.5:
        # (a line under it starting at its very x is the next line of an indented block
        # whose line happened to end as far from the right edge as it starts from the left)
        if abs((line.x0 + line.x1) / 2 - axis) >= 1.5:
            return True  # a centred line followed by one that is not
        room = 2 * indent  # a centred line grows on both sides
    elif (indent > line.size and abs(indent - room) < 0.25 * line.size
          and abs(line.x0 - prev.x0) > 0.5 * line.size):
        room += indent  # as far from both edges: centred too (no hanging indent)
    # The previous line ended early: the next line's first word would have fitted on it.
    if room > _first_word_width(line) + 0.5 * line.size:
        return True
    if (space is not None and not prev.trailing_space and right - prev.x1 >= space
            and (_unspaced_thai_break(prev.text, line.text)
                 or _no_break_without_space(prev.text, line.text))):
        return True  # the text has a space here that a producer drawing its wraps' spaces
        # would have drawn (it fitted): the line ended its paragraph ("ดังนี้" | "ว22101",
        # "ร้อยละ 36.54" | "นักเรียน…")
    return _tagged_boundary(prev, line)  # last: it may parse structure elements


def _unspaced_thai_break(before: str, after: str) -> bool:
    """Two Thai letters meet at the break and the text rules (pdf_wrap) put a space there
    (not the words' habit alone, which is right only nine times in ten: there, a space the
    producer did not draw says the writer typed none)."""
    before, after = map_pua(before), map_pua(after)
    return (_plain_join(before, after) is None
            and text_says_space(before, after, corpus=False) is not None)


_NUMBER_END = re.compile("[0-9\u0e50-\u0e59%)]$")


def _no_break_without_space(before: str, after: str) -> bool:
    """A number (or its closing bracket, or %) meets a Thai letter: no line breaker breaks
    there without a space (UAX #14: NU × AL, CP × AL; "36.54นักเรียน" is one unit), so a
    wrap there was at a space."""
    return bool(_NUMBER_END.search(before)) and _is_thai(map_pua(after)[:1] or " ")


def _tag(clusters: list[Cluster]) -> Any:
    """The marked content of the first visible cluster of `clusters` (tagged PDFs)."""
    return next((c.glyphs[0].tag for c in clusters if c.text.strip()), None)


def _tagged_boundary(prev: Line, line: Line) -> bool:
    """The structure tree puts `prev`'s end and `line`'s start in two paragraph elements."""
    return same_paragraph(_tag(prev.clusters[::-1]), _tag(line.clusters)) is False


def _centred(line: Line, left: float, axis: float) -> bool:
    return line.x0 > left + line.size and abs((line.x0 + line.x1) / 2 - axis) < 1.5


def paragraphs(lines: list[Line], right: float | None = None, pitch: float | None = None,
               left: float | None = None, *, space: float | None = None,
               cell: bool = False) -> list[Para]:
    """The paragraphs of one box's lines. `left`/`right`: the box's text edges (default: the
    lines' extent); `pitch`: the page's usual line pitch (default: measured on these lines);
    `space`, `cell`: as for join_lines."""
    if not lines:
        return []
    edge = max(right or 0.0, max(line.x1 for line in lines))
    left = min(left if left is not None else float("inf"), min(line.x0 for line in lines))
    usual = pitch if pitch is not None else typical_pitch(lines)
    axis = centre_axis(lines, left)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if starts_paragraph(prev, line, left, edge, usual, axis, space):
            groups.append([line])
        else:
            groups[-1].append(line)
    out = []
    for group in groups:
        bbox = (min(line.x0 for line in group), min(line.top for line in group),
                max(line.x1 for line in group), max(line.bottom for line in group))
        members = [g for line in group for c in line.clusters for g in c.glyphs]
        out.append(Para(join_lines(group, edge, space=space, cell=cell), bbox, members,
                        bold=all(line.bold for line in group)))
    return out

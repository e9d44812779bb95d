"""The second reading of a PDF page: pypdfium2's text, whole page or per box.

pdfium honours /ActualText but, on Chromium PDFs with Google Sarabun, writes a cluster twice:
once where the base glyph is and again at the mark glyph's position inside the same span
(`ส่วส่น`); with fonts that place marks by GPOS (Noto Sans Thai, Garuda, Laksaman) it lists
a tone mark after the word, or the next word, though it draws it over its own consonant
(`ชัวโมง่/`, `ชันประถม… จ้ำนวน`). When the quick page text disagrees with ours, the page is
re-read char by char: a run that goes backwards on its line and repeats the text just before
it is dropped, and a mark listed away from the glyph it is drawn over goes back to that glyph,
so that a pdfium quirk does not pass for a damaged document.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium_c

from models.thai.normalize import normalize
from models.thai.quality import reading_disagreement

_WS = re.compile(r"\s+")
RECHECK = 0.02  # page disagreement (trigrams) above which the page is re-read char by char


@dataclass(slots=True)
class PdfiumChar:
    text: str
    left: float
    bottom: float
    right: float
    top: float


class CrossCheck:
    """pypdfium2's reading of one page (PDF coordinates, bottom-left origin)."""

    def __init__(self, textpage: Any, height: float):
        self.textpage = textpage
        self.height = height
        self.text = normalize(textpage.get_text_range())
        self.chars: list[PdfiumChar] | None = None  # set when the page was re-read

    def settle(self, ours: str) -> None:
        """Compare with our page text; re-read char by char when they disagree."""
        a, b = _WS.sub("", ours), _WS.sub("", self.text)
        if a == b or reading_disagreement(a, b) <= RECHECK:
            return
        chars = reattach_marks(drop_repeated_runs(page_chars(self.textpage)))
        self.chars = chars
        self.text = normalize("".join(c.text for c in chars))

    def box_text(self, bbox: tuple[float, float, float, float]) -> str:
        """pdfium's text inside a box given as (x0, top, x1, bottom), top-left origin."""
        x0, top, x1, bottom = bbox
        y0, y1 = self.height - bottom, self.height - top
        if self.chars is None:
            return normalize(self.textpage.get_text_bounded(left=x0 - 1, bottom=y0 - 1,
                                                           right=x1 + 1, top=y1 + 1))
        return normalize("".join(
            c.text for c in self.chars
            if x0 - 1 <= (c.left + c.right) / 2 <= x1 + 1
            and y0 - 1 <= (c.bottom + c.top) / 2 <= y1 + 1))


def page_chars(textpage: Any) -> list[PdfiumChar]:
    n = pdfium_c.FPDFText_CountChars(textpage)
    text = textpage.get_text_range()
    if len(text) != n:  # characters outside the BMP: no one-to-one index, keep the quick text
        return [PdfiumChar(text, 0, 0, 0, 0)]
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    out = []
    for i, ch in enumerate(text):
        pdfium_c.FPDFText_GetCharBox(textpage, i, left, right, bottom, top)
        out.append(PdfiumChar(ch, left.value, bottom.value, right.value, top.value))
    return out


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def _repeats(run: list[PdfiumChar], out: list[PdfiumChar]) -> bool:
    """Is `run` a copy of characters just read, drawn over the same place?"""
    run = [c for c in run if not c.text.isspace()]
    if not run:
        return False
    text = "".join(c.text for c in run)
    first = run[0]
    x = (first.left + first.right) / 2
    for k in range(max(len(out) - 12, 0), len(out) - len(run) + 1):
        copy = out[k:k + len(run)]
        if "".join(c.text for c in copy) != text:
            continue
        height = max(c.top - c.bottom for c in copy)
        if (min(c.left for c in copy) - 1 <= x <= max(c.right for c in copy) + 1
                and abs(first.bottom - copy[0].bottom) <= 2 * height):
            return True
    return False


def drop_repeated_runs(chars: list[PdfiumChar]) -> list[PdfiumChar]:
    """Drop runs that jump back left on their line and repeat the characters just before."""
    out: list[PdfiumChar] = []
    frontier = float("-inf")  # right edge of the rightmost base glyph on the current line
    line_bottom = float("inf")
    i = 0
    while i < len(chars):
        c = chars[i]
        if c.text in "\r\n":  # pdfium's line breaks are not trusted: geometry decides below
            out.append(c)
            i += 1
            continue
        base = not _mark(c.text) and not c.text.isspace()
        if base and c.top < line_bottom:  # wholly below the line: a new line, no line break
            frontier, line_bottom = float("-inf"), float("inf")
        if base and frontier > float("-inf") and c.right <= frontier - 0.5:
            j = i + 1
            while j < len(chars) and (_mark(chars[j].text)
                                      or (chars[j].text.isspace()
                                          and chars[j].right <= frontier)):
                j += 1
            if _repeats(chars[i:j], out):
                i = j
                continue
        if base:
            frontier = max(frontier, c.right)
            line_bottom = min(line_bottom, c.bottom)
        out.append(c)
        i += 1
    return out


MARK_SLACK = 0.25  # × the base's width: how far past its base a mark may be drawn and stay
REATTACH_BACK = 80  # characters back (on the mark's line) searched for the base it is over


def _over(mark: PdfiumChar, cluster: list[PdfiumChar], slack: float = 0.0) -> bool:
    """Is `mark` drawn over (or under) `cluster` (a base and the marks it has): its centre
    within the cluster's width, at the height of the base's line?"""
    base = cluster[0]
    x = (mark.left + mark.right) / 2
    pad = slack * (base.right - base.left)
    left = min(c.left for c in cluster if c.right > c.left or c is base)
    right = max(c.right for c in cluster)
    height = base.top - base.bottom
    return (left - pad <= x <= right + pad
            and base.bottom - height <= (mark.bottom + mark.top) / 2 <= base.top + height)


def _drawn_apart(mark: PdfiumChar, base: PdfiumChar) -> bool:
    """Is `mark`'s box a mark glyph of its own, above or below `base`'s line? (On ActualText
    spans pdfium shares the cluster's box out among its characters: a mark's box is then a
    slice of the line, and says nothing about where the mark is drawn.)"""
    height = base.top - base.bottom
    y = (mark.bottom + mark.top) / 2
    return y >= base.top - 0.1 * height or y <= base.bottom + 0.1 * height


def _cluster(out: list[PdfiumChar], k: int) -> list[PdfiumChar]:
    """The base at `k` and the marks listed right after it."""
    end = k + 1
    while end < len(out) and _mark(out[end].text):
        end += 1
    return out[k:end]


def reattach_marks(chars: list[PdfiumChar]) -> list[PdfiumChar]:
    """Move each combining mark that pdfium lists away from the glyph it is drawn over back
    after that glyph (and the marks it already has). A mark is moved only when pdfium gives it
    a box of its own (above or below the line), it is not over the base before it, and
    exactly one base on its line, shortly before, lies under it."""
    out: list[PdfiumChar] = []
    for c in chars:
        if _mark(c.text) and c.right > c.left:
            base_at = next((k for k in range(len(out) - 1, -1, -1)
                            if not _mark(out[k].text) and not out[k].text.isspace()), None)
            if (base_at is not None and _drawn_apart(c, out[base_at])
                    and not _over(c, _cluster(out, base_at), MARK_SLACK)):
                under = []
                for k in range(base_at - 1, max(base_at - REATTACH_BACK, 0) - 1, -1):
                    if out[k].text in "\r\n":
                        break
                    if (not _mark(out[k].text) and not out[k].text.isspace()
                            and _over(c, _cluster(out, k))):
                        under.append(k)
                if len(under) == 1:
                    k = under[0] + 1
                    while k < len(out) and _mark(out[k].text):
                        k += 1
                    out.insert(k, c)
                    continue
        out.append(c)
    return out

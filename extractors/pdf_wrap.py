"""Was there a space where a line of Thai wrapped? What the text on both sides says.

A line breaker (ICU in LibreOffice and Chromium) breaks Thai at a word boundary or at a space,
and a PDF keeps no trace of a space it did not draw: Chromium never draws the space a line
ended on, LibreOffice only when it fits. pdf_cells decides from the geometry where it can;
these are the text rules for the rest. Each one marks a place where writers almost always put a
space (counted on the project's spent Thai texts: samples/labels and the seeds, 131,714 word
boundaries between two Thai letters, 9.5% of them spaced):

- before and after ๆ (ไม้ยมก: 121 of 121 spaced), after ฯ (ไปยาลน้อย, not ฯลฯ: 52 of 54);
- before an abbreviation such as ม. ป. กศน. ปวช. พ.ศ. (1,638 of 1,675 when the word before it
  is a whole word), and before a course code such as ค14101 (218 of 234);
- around เช่น and ได้แก่, which open a list (184 of 184);
- before เขต and a number, an area office's district after its province ("สพป.ลำปาง เขต 1":
  46 of 49 after a whole word).

Never a space inside a word: the list words are not taken where joining the two lines without
a space makes one dictionary word across the break ("เทคโน" + "โลยี", "เช่นเดียวกัน"), and an
abbreviation or a course code only after a whole word ("ค" + "ศ.2" is คศ.2 wrapped).

Last, the words on both sides (`corpus_space`): how often writers spaced that boundary in the
same spent texts (data/wrap_spaces.json, built by pdf_wrap_build), per word before it, per
word after it and per pair. A space where at least nine in ten would be spaced
(CORPUS_SPACE): "36 คน" + "มีภาวะ…", "ให้สะอาด" + "ปลอดภัย", "สังคมศึกษา" + "ศาสนา…". At a
wrap the geometry could not settle, a space is rare (most Thai word boundaries have none):
the bar is high so that the words' own habit has to outweigh that.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_ABBREVIATION = re.compile(r"[ก-ฮ]{1,4}\.(?:[ก-ฮ]{1,3}\.)*")  # ม.  ป.๑  ปวช.  พ.ศ.
_COURSE_CODE = re.compile(r"[ก-ฮ] ?[0-9๐-๙]{5}(?![0-9๐-๙])")  # ค14101, ว 22101
_DISTRICT = re.compile(r"เขต ?[0-9๐-๙]")  # an area office's district number: เขต 1, เขต ๓
_LIST_WORDS = frozenset({"เช่น", "ได้แก่"})
_LIST_PREFIXES = tuple(_LIST_WORDS)
_CONTEXT = 30  # characters of each line the tokeniser sees


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    """newmm's tokens of `text`, whitespace runs included (they add up to the text)."""
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=True))


def _words(text: str) -> list[str]:
    return [t for t in _tokens(text) if t.strip()]


def spans_break(before: str, after: str) -> bool:
    """Does a word of `before` + `after` (joined with no space) start before the break and end
    after it? Then the break is inside a word and had no space."""
    left, right = before[-_CONTEXT:], after[:_CONTEXT]
    at = 0
    for word in _tokens(left + right):
        at += len(word)
        if at > len(left):
            return at - len(word) < len(left)
    return False


def text_says_space(before: str, after: str, *, corpus: bool = True) -> str | None:
    """The rule that puts a space between `before` (the text so far, ending with a Thai
    letter) and `after` (the next line, starting with one), or None. `corpus`: the last
    rule, the words' habit (corpus_space), may be used."""
    if after.startswith("ๆ") or before.endswith("ๆ"):
        return "mai-yamok"  # a word of its own, though newmm reads "อื่นๆ" as one token
    if before.endswith("ฯ") and not after.startswith("ล"):  # not ฯ|ลฯ
        return "paiyannoi"
    if _COURSE_CODE.match(after) or _ABBREVIATION.match(after):
        # the code or abbreviation is a unit of its own (newmm may glue its first letter to the
        # word before: "รายวิชา" + "ว22101" → รายวิ|ชาว); the word before must be whole
        last = _words(before[-_CONTEXT:])
        if last and len(last[-1]) >= 2:  # "คศ." wrapped as ค|ศ. is no abbreviation
            return "course-code" if _COURSE_CODE.match(after) else "abbreviation"
        return None
    if spans_break(before, after):
        return None
    if _DISTRICT.match(after):
        return "district"  # "สพป.ลำปาง" + "เขต 1" (not สำนักงานเขต, วิทยาเขต: one word)
    first = _words(after[:_CONTEXT])
    last = _words(before[-_CONTEXT:])
    if not (first and last):
        return None
    if first[0] in _LIST_WORDS or last[-1] in _LIST_WORDS:
        return "list-word"
    if corpus and corpus_space(last[-1], first[0]):
        return "corpus"
    return None


_DATA = Path(__file__).resolve().parent / "data" / "wrap_spaces.json"
CORPUS_SPACE = 0.9  # the share of spaced boundaries between two words that puts a space
_SMOOTH_WORD = 2.0  # pseudo-counts at the base rate added to a word's counts
_SMOOTH_PAIR = 3.0  # … to a pair's, at the words' estimate


class SpaceCounts:
    """The counts of data/wrap_spaces.json: how often a boundary between two Thai words was
    spaced, per word before it, per word after it, per pair."""

    def __init__(self, data: dict) -> None:
        self.base = data["spaced"] / data["boundaries"]
        self.left, self.right, self.pair = data["left"], data["right"], data["pair"]

    def _odds(self, counts: dict, word: str) -> float:
        n, spaced = counts.get(word, (0, 0))
        p = (spaced + _SMOOTH_WORD * self.base) / (n + _SMOOTH_WORD)
        return p / (1 - p)

    def words_rate(self, left: str, right: str) -> float:
        """The share spaced from the two words' counts alone (each one's odds against the
        base odds, as if independent)."""
        base_odds = self.base / (1 - self.base)
        odds = self._odds(self.left, left) * self._odds(self.right, right) / base_odds
        return odds / (1 + odds)

    def rate(self, left: str, right: str) -> float:
        """The share of `left`|`right` boundaries spaced: the pair's counts when seen, pulled
        towards the words' estimate."""
        p = self.words_rate(left, right)
        n, spaced = self.pair.get(f"{left} {right}", (0, 0))
        return (spaced + _SMOOTH_PAIR * p) / (n + _SMOOTH_PAIR)


@lru_cache(maxsize=1)
def _counts() -> SpaceCounts:
    return SpaceCounts(json.loads(_DATA.read_text(encoding="utf-8")))


def corpus_space(left: str, right: str) -> bool:
    """Do writers space the boundary between the words `left` and `right` (newmm's)?"""
    return _counts().rate(left, right) >= CORPUS_SPACE

"""pdfplumber pages whose glyphs honour /ActualText, parsed once.

LibreOffice and Chromium shape Thai with HarfBuzz and write each cluster's true text in
`/Span <</ActualText (…)>> BDC … EMC`; the per-glyph ToUnicode entries inside are unreliable
(`ำ` as NIKHAHIT + SARA AA, PUA variants, U+0000). pdfminer.six ignores ActualText
(pdfminer/pdfminer.six#1288), so `ActualTextAggregator` keeps a marked-content stack and records
every character with the innermost ActualText span it was drawn in (a plain tuple, not an
LTChar: the parse is the reader's main cost); `glyphs()` then replaces each span's characters
with one Glyph carrying the span's text.

This overrides internals of pdfplumber 0.11.10 (`PDFPageAggregatorWithMarkedContent`,
`Page.layout`, `Page.parse_objects`) and pdfminer.six's `render_char` (LTChar's box
arithmetic is copied exactly), hence the pin in pyproject.toml and the test
`test_actualtext_override_takes_effect` that fails if they change.
"""

from __future__ import annotations

import copy
import logging
import re
import unicodedata
import weakref
from dataclasses import dataclass
from typing import Any, Iterator

from pdfminer.layout import LTChar, LTContainer, LTPage
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.utils import decode_text
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from extractors.pdf_content import FastInterpreter
from extractors.pdf_struct import PageTags, StructTree

RawChar = tuple[str, float, float, float, float, float, str, "int | None"]

_device_log = logging.getLogger("pdfminer.pdfdevice")
_struct_trees: "weakref.WeakKeyDictionary[Any, StructTree]" = weakref.WeakKeyDictionary()

# Glyph text a ToUnicode map gets wrong: PUA variants, NUL, replacement char, unmapped CIDs,
# no text at all, and LibreOffice's split sara am.
_DAMAGED = re.compile("[\ue000-\uf8ff\x00\ufffd]|\\(cid:\\d+\\)|\u0e33\u0e32|\u0e4d\u0e32")


@dataclass(slots=True)
class Glyph:
    """One drawn unit: a glyph, or all glyphs of one ActualText span, in top-left coordinates."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    actual: bool = False  # text comes from /ActualText
    damaged: bool = False  # no ActualText and the glyph mapping looked wrong
    stream: int = 0  # order in the content stream
    bold: bool = False
    tag: Any = None  # in a tagged PDF: (pdf_struct.PageTags, MCID) it is drawn in

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2


class ActualTextAggregator(PDFPageAggregatorWithMarkedContent):
    """Marked-content aware aggregator: a proper BDC/EMC stack, ActualText spans recorded."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stack: list[tuple[str | None, Any, int | None]] = []  # (tag, mcid, span id)
        self._span: int | None = None  # the innermost open ActualText span
        self.spans: list[str] = []
        # Every glyph drawn, in stream order: (text, x0, y0, x1, y1, size, fontname, span).
        self.chars: list[RawChar] = []
        self._glyph_info: dict[Any, dict[int, tuple[str, float]]] = {}  # font → cid → text, width
        # Where the innermost MCID changes: (index of the next char, the MCID or None).
        self.mcid_runs: list[tuple[int, int | None]] = []

    def begin_tag(self, tag: Any, props: Any = None) -> None:
        span = None
        if isinstance(props, dict) and "ActualText" in props:
            value = props["ActualText"]
            try:
                text = decode_text(value) if isinstance(value, bytes) else str(value)
            except Exception:  # a malformed string: treat the span as absent
                text = None
            if text is not None:
                self.spans.append(text)
                span = len(self.spans) - 1
        mcid = props.get("MCID") if isinstance(props, dict) else None
        self._stack.append((_name(tag), mcid, span))
        self._sync()

    def end_tag(self) -> None:
        if self._stack:
            self._stack.pop()
        self._sync()

    def _sync(self) -> None:
        top = self._stack[-1] if self._stack else (None, None, None)
        self.cur_tag, self.cur_mcid = top[0], top[1]
        self._span = next((s for _, _, s in reversed(self._stack) if s is not None), None)
        mcid = next((m for _, m, _ in reversed(self._stack) if isinstance(m, int)), None)
        runs = self.mcid_runs
        if (runs[-1][1] if runs else None) != mcid:
            if runs and runs[-1][0] == len(self.chars):
                runs.pop()  # no char drawn in the previous run
            if (runs[-1][1] if runs else None) != mcid:
                runs.append((len(self.chars), mcid))

    def render_string_horizontal(self, seq: Any, matrix: Any, pos: Any, font: Any,
                                 fontsize: float, scaling: float, charspace: float,
                                 wordspace: float, rise: float, dxscale: float, ncs: Any,
                                 graphicstate: Any) -> Any:
        """PDFTextDevice.render_string_horizontal with render_char inlined, same arithmetic in
        the same order, and each glyph's text and width looked up once per font."""
        x, y = pos
        a, b, c, d, e, f = matrix
        descent = font.get_descent() * fontsize  # a horizontal font (render_string checked)
        by0 = descent + rise
        by1 = descent + rise + fontsize
        known = self._glyph_info.get(font)
        if known is None:
            known = self._glyph_info[font] = {}
        chars, span, fontname = self.chars, self._span, font.fontname
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    if needcharspace:
                        x += charspace
                    info = known.get(cid)
                    if info is None:
                        info = known[cid] = (self._text(font, cid), font.char_width(cid))
                    text, textwidth = info
                    adv = textwidth * fontsize * scaling
                    e1, f1 = x * a + y * c + e, x * b + y * d + f  # translate_matrix
                    xs = (a * 0 + c * by0 + e1, a * adv + c * by0 + e1, a * adv + c * by1 + e1,
                          a * 0 + c * by1 + e1)
                    ys = (b * 0 + d * by0 + f1, b * adv + d * by0 + f1, b * adv + d * by1 + f1,
                          b * 0 + d * by1 + f1)
                    y0, y1 = min(ys), max(ys)
                    chars.append((text, min(xs), y0, max(xs), y1, y1 - y0, fontname, span))
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
            else:
                _device_log.warning("Cannot render horizontal string because %r is not a valid "
                                    "int, float or bytes.", obj)
        return (x, y)

    def _text(self, font: Any, cid: int) -> str:
        try:
            text = font.to_unichr(cid)
            assert isinstance(text, str), str(type(text))
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        return text

    def render_char(self, matrix: Any, font: Any, fontsize: float, scaling: float, rise: float,
                    cid: int, ncs: Any, graphicstate: Any) -> float:
        """pdfminer's PDFLayoutAnalyzer.render_char + LTChar's box arithmetic, kept exact, but
        recording a tuple in `chars` instead of an LTChar in the layout tree (a fifth of the
        parse went into LTChar objects and pdfplumber's per-char tags, which we never read)."""
        text = self._text(font, cid)
        adv = font.char_width(cid) * fontsize * scaling
        vertical = font.is_vertical()
        if vertical:
            vx, vy = font.char_disp(cid)
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            bx0, by0, bx1, by1 = -vx, vy + rise + adv, -vx + fontsize, vy + rise
        else:
            descent = font.get_descent() * fontsize
            bx0, by0, bx1, by1 = 0, descent + rise, adv, descent + rise + fontsize
        a, b, c, d, e, f = matrix  # pdfminer.utils.apply_matrix_rect, inlined
        xs = (a * bx0 + c * by0 + e, a * bx1 + c * by0 + e, a * bx1 + c * by1 + e,
              a * bx0 + c * by1 + e)
        ys = (b * bx0 + d * by0 + f, b * bx1 + d * by0 + f, b * bx1 + d * by1 + f,
              b * bx0 + d * by1 + f)
        x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        self.chars.append((text, x0, y0, x1, y1, (x1 - x0) if vertical else (y1 - y0),
                           font.fontname, self._span))
        return adv


def _name(tag: Any) -> str | None:
    name = getattr(tag, "name", None)
    return decode_text(name) if isinstance(name, bytes) else name


class ReaderPage(Page):
    """A pdfplumber Page parsed once by ActualTextAggregator.

    `objects` (what find_tables reads) holds lines, rects, curves and images only: characters
    are not in the layout tree at all (`page.chars` is empty); `glyphs()` reads them from
    `raw_chars`, which saves pdfminer's LTChar objects and pdfplumber's per-char dicts.
    """

    @classmethod
    def upright(cls, pdf: Any, base: Page) -> "ReaderPage":
        """The page with its /Rotate ignored: text is read in the orientation it was written
        (a page turned in a viewer and saved still reads line by line)."""
        page_obj = base.page_obj
        if page_obj.rotate % 360:
            page_obj = copy.copy(page_obj)
            page_obj.attrs = {k: v for k, v in page_obj.attrs.items() if k != "Rotate"}
            page_obj.rotate = 0
        return cls(pdf, page_obj, page_number=base.page_number,
                   initial_doctop=base.initial_doctop)

    @property
    def layout(self) -> LTPage:
        if hasattr(self, "_layout"):
            return self._layout
        device = ActualTextAggregator(self.pdf.rsrcmgr, pageno=self.page_number,
                                      laparams=self.pdf.laparams)
        interpreter = FastInterpreter(self.pdf.rsrcmgr, device)
        try:
            interpreter.process_page(self.page_obj)
        except Exception as e:
            raise PdfminerException(e) from e
        self._layout: LTPage = device.get_result()
        self.actualtext_spans: list[str] = device.spans
        self.raw_chars: list[RawChar] = device.chars
        self.mcid_runs: list[tuple[int, int | None]] = device.mcid_runs
        return self._layout

    def tags(self) -> PageTags | None:
        """The page's structure-tree view (None for an untagged PDF)."""
        tree = _struct_trees.get(self.pdf.doc)
        if tree is None:
            tree = _struct_trees[self.pdf.doc] = StructTree(self.pdf.doc.catalog)
        return tree.page(self.page_obj.attrs)

    def parse_objects(self) -> dict[str, list[dict[str, Any]]]:
        objects: dict[str, list[dict[str, Any]]] = {}
        for obj in _leaves(self.layout._objs):
            attr = self.process_object(obj)
            objects.setdefault(attr["object_type"], []).append(attr)
        return objects


def _leaves(objs: list[Any]) -> Iterator[Any]:
    """Leaf layout objects (paths, images) in stream order; characters are not in the tree."""
    for obj in objs:
        if isinstance(obj, LTContainer):
            yield from _leaves(obj._objs)
        elif not isinstance(obj, LTChar) and obj.__class__.__name__ != "LTAnno":
            yield obj


_BOLD = re.compile(r"bold|black|heavy|,b$", re.IGNORECASE)
_bold_cache: dict[str, bool] = {}


def _is_bold(fontname: str) -> bool:
    known = _bold_cache.get(fontname)
    if known is None:
        known = _bold_cache[fontname] = bool(_BOLD.search(fontname or ""))
    return known


def _starts_with_mark(text: str) -> bool:
    return unicodedata.category(text[0]) == "Mn"


def glyphs(page: ReaderPage) -> list[Glyph]:
    """The page's drawn text in content-stream order, ActualText spans merged into one glyph;
    in a tagged PDF each glyph knows the marked content it is drawn in (`Glyph.tag`)."""
    page.layout
    spans = page.actualtext_spans
    height, (mb_x0, mb_top) = page.height, page.mediabox[:2]
    out: list[Glyph] = []
    starts: list[int] = []  # each glyph's first char index
    group: list[RawChar] = []
    group_span: int | None = None
    group_start = 0

    def emit_span() -> None:
        text = spans[group_span]  # type: ignore[index]
        if text and max(c[3] - c[1] for c in group) < 0.01 and not _starts_with_mark(text):
            return  # the span claims a base letter but only marks were drawn (a clipped line)
        starts.append(group_start)
        out.append(Glyph(text, min(c[1] for c in group) + mb_x0,
                         height - max(c[4] for c in group) + mb_top,
                         max(c[3] for c in group) + mb_x0,
                         height - min(c[2] for c in group) + mb_top,
                         max(c[5] for c in group), True, False, len(out),
                         _is_bold(group[0][6])))

    damaged = _DAMAGED.search
    bold: dict[str, bool] = {}
    for index, ch in enumerate(page.raw_chars):
        span = ch[7]
        if group and span != group_span:
            emit_span()
            group = []
        if span is not None:
            if not group:
                group_start = index
            group.append(ch)
            group_span = span
            continue
        text, x0, y0, x1, y1, size, fontname, _ = ch
        is_bold = bold.get(fontname)
        if is_bold is None:
            is_bold = bold[fontname] = _is_bold(fontname)
        starts.append(index)
        out.append(Glyph(text, x0 + mb_x0, height - y1 + mb_top, x1 + mb_x0,
                         height - y0 + mb_top, size, False,
                         not text or bool(damaged(text)), len(out), is_bold))
    if group:
        emit_span()
    if page.mcid_runs:
        _set_tags(out, starts, page.mcid_runs, page.tags())
    return out


def _set_tags(out: list[Glyph], starts: list[int], runs: list[tuple[int, int | None]],
              tags: PageTags | None) -> None:
    """Glyph.tag from the MCID run each glyph starts in."""
    if tags is None:
        return
    keys = [(tags, mcid) if mcid is not None else None for _, mcid in runs]
    r = 0
    for g, start in zip(out, starts):
        while r + 1 < len(runs) and runs[r + 1][0] <= start:
            r += 1
        g.tag = keys[r] if runs[r][0] <= start else None

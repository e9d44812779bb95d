"""pdfplumber pages whose glyphs honour /ActualText, parsed once.

LibreOffice and Chromium shape Thai with HarfBuzz and write each cluster's true text in
`/Span <</ActualText (…)>> BDC … EMC`; the per-glyph ToUnicode entries inside are unreliable
(`ำ` as NIKHAHIT + SARA AA, PUA variants, U+0000). pdfminer.six ignores ActualText
(pdfminer/pdfminer.six#1288), so `ActualTextAggregator` keeps a marked-content stack and tags
every LTChar with the innermost ActualText span it was drawn in; `glyphs()` then replaces each
span's characters with one Glyph carrying the span's text.

This overrides internals of pdfplumber 0.11.10 (`PDFPageAggregatorWithMarkedContent`,
`Page.layout`, `Page.parse_objects`), hence the pin in pyproject.toml and the test
`test_actualtext_override_takes_effect` that fails if they change.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterator

from pdfminer.layout import LTChar, LTContainer, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import decode_text
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

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

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        adv = super().render_char(*args, **kwargs)
        self.cur_item._objs[-1].actualtext_span = self._span
        return adv


def _name(tag: Any) -> str | None:
    name = getattr(tag, "name", None)
    return decode_text(name) if isinstance(name, bytes) else name


class ReaderPage(Page):
    """A pdfplumber Page parsed once by ActualTextAggregator.

    `objects` (what find_tables reads) holds lines, rects and curves only: characters are
    read by `glyphs()` straight from the layout, which saves pdfplumber's per-char dicts.
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
        interpreter = PDFPageInterpreter(self.pdf.rsrcmgr, device)
        try:
            interpreter.process_page(self.page_obj)
        except Exception as e:
            raise PdfminerException(e) from e
        self._layout: LTPage = device.get_result()
        self.actualtext_spans: list[str] = device.spans
        return self._layout

    def parse_objects(self) -> dict[str, list[dict[str, Any]]]:
        objects: dict[str, list[dict[str, Any]]] = {}
        for obj in _walk(self.layout._objs, chars=False):
            attr = self.process_object(obj)
            objects.setdefault(attr["object_type"], []).append(attr)
        return objects


def _walk(objs: list[Any], *, chars: bool) -> Iterator[Any]:
    """Leaf layout objects in stream order: only LTChars (chars=True) or everything else."""
    for obj in objs:
        if isinstance(obj, LTContainer):
            yield from _walk(obj._objs, chars=chars)
        elif isinstance(obj, LTChar) == chars and obj.__class__.__name__ != "LTAnno":
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
    """The page's drawn text in content-stream order, ActualText spans merged into one glyph."""
    layout = page.layout
    spans = page.actualtext_spans
    height, (mb_x0, mb_top) = page.height, page.mediabox[:2]
    out: list[Glyph] = []
    group: list[LTChar] = []
    group_span: int | None = None

    def emit_span() -> None:
        text = spans[group_span]  # type: ignore[index]
        if text and max(c.x1 - c.x0 for c in group) < 0.01 and not _starts_with_mark(text):
            return  # the span claims a base letter but only marks were drawn (a clipped line)
        out.append(Glyph(text, min(c.x0 for c in group) + mb_x0,
                         height - max(c.y1 for c in group) + mb_top,
                         max(c.x1 for c in group) + mb_x0,
                         height - min(c.y0 for c in group) + mb_top,
                         max(c.size for c in group), actual=True, stream=len(out),
                         bold=_is_bold(group[0].fontname)))

    for ch in _walk(layout._objs, chars=True):
        span = getattr(ch, "actualtext_span", None)
        if group and span != group_span:
            emit_span()
            group = []
        if span is not None:
            group.append(ch)
            group_span = span
            continue
        text = ch.get_text()
        out.append(Glyph(text, ch.x0 + mb_x0, height - ch.y1 + mb_top, ch.x1 + mb_x0,
                         height - ch.y0 + mb_top, ch.size,
                         damaged=not text or bool(_DAMAGED.search(text)), stream=len(out),
                         bold=_is_bold(ch.fontname)))
    if group:
        emit_span()
    return out

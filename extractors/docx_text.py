"""The visible text of one DOCX paragraph, read from the lxml tree python-docx builds.

What counts as text: `w:t` in runs, wherever the run sits (hyperlinks, smart tags, custom XML,
inline content controls, tracked insertions, simple fields); field results but not field codes;
`w:tab` as a space; `w:br`/`w:cr` as "\\n"; `w:sym` ballot boxes and ticks as Unicode; checkbox
content controls and legacy FORMCHECKBOX fields as ☑/☐. Deleted text (`w:del`, `w:moveFrom`) and
placeholder text of empty content controls are not shown. Text boxes anchored in the paragraph are
handed back to the caller (they are separate paragraphs), reading mc:AlternateContent's Choice
only, never its Fallback too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from docx.styles import BabelFish

from extractors.docx_ns import MC, M, W14, qn

T_P, T_R, T_T, T_TAB, T_BR, T_CR = (qn(t) for t in ("w:p", "w:r", "w:t", "w:tab", "w:br", "w:cr"))
T_SYM, T_FLDCHAR, T_SDT, T_SDTPR, T_SDTCONTENT = (
    qn(t) for t in ("w:sym", "w:fldChar", "w:sdt", "w:sdtPr", "w:sdtContent"))
T_RPR, T_PPR, T_TXBX = qn("w:rPr"), qn("w:pPr"), qn("w:txbxContent")
T_ALT, T_CHOICE, T_FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
T_MATH_T = f"{{{M}}}t"
_MATH = {f"{{{M}}}oMathPara", f"{{{M}}}oMath"}
T_INS, T_DEL, T_OBJECT = qn("w:ins"), qn("w:del"), qn("w:object")
_PICTURES = {"{http://schemas.openxmlformats.org/drawingml/2006/picture}pic",
             "{urn:schemas-microsoft-com:vml}imagedata"}
W_VAL = qn("w:val")
T_B, T_BCS, T_RSTYLE, T_RFONTS = qn("w:b"), qn("w:bCs"), qn("w:rStyle"), qn("w:rFonts")
T_VANISH = qn("w:vanish")
T_PSTYLE, T_NUMPR, T_PTAB, T_NBHYPHEN = (qn(t) for t in ("w:pStyle", "w:numPr", "w:ptab",
                                                         "w:noBreakHyphen"))
A_ASCII, A_HANSI, A_CHAR, A_FONT = qn("w:ascii"), qn("w:hAnsi"), qn("w:char"), qn("w:font")
_SYMBOL_PUA = re.compile("[\uf000-\uf0ff]")

# Containers whose children are read as if they were the paragraph's own.
_TRANSPARENT = {qn(t) for t in ("w:hyperlink", "w:smartTag", "w:customXml", "w:ins", "w:moveTo",
                                "w:fldSimple", "w:dir", "w:bdo", "w:sdtContent")}
_HIDDEN = {qn(t) for t in ("w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:instrText", "w:delText",
                           "w:delInstrText", "w:footnoteReference", "w:endnoteReference",
                           "w:commentReference", "w:annotationRef", "w:bookmarkStart",
                           "w:bookmarkEnd", "w:proofErr", "w:lastRenderedPageBreak")}
_DRAWINGS = {qn("w:drawing"), qn("w:pict"), qn("w:object")}

CHECKED, UNCHECKED = "☑", "☐"
# w:sym / symbol-font characters (low byte of the F0xx code) that matter on a form.
_WINGDINGS = {0xFE: "☑", 0x78: "☒", 0xFB: "☒", 0xFD: "☒", 0xA8: "☐", 0x6F: "☐", 0x71: "☐",
              0xFC: "✓", 0xA1: "○", 0x6C: "●", 0x6E: "■", 0xA7: "▪", 0xD8: "➢"}
_WINGDINGS2 = {0x52: "☑", 0x54: "☒", 0x51: "☒", 0xA3: "☐", 0x2A: "☐", 0x50: "✓", 0x4F: "✗"}
_SYMBOL = {0xB7: "•", 0xD6: "√", 0xAE: "→", 0xB4: "×", 0xB1: "±", 0xB3: "≥", 0xA3: "≤"}


def _on(el) -> bool:
    """A boolean OOXML property element: present and not val=0/false/off."""
    return el.get(W_VAL, "true") not in ("0", "false", "off")


def symbol_char(font: str | None, code: int) -> str:
    """A symbol-font character as Unicode ('' when it means nothing on a form)."""
    low = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    name = (font or "").strip().lower()
    if name == "wingdings 2":
        return _WINGDINGS2.get(low, "")
    if name == "symbol":
        return _SYMBOL.get(low, "")
    if name.startswith("wingdings") or 0xF000 <= code <= 0xF0FF:
        return _WINGDINGS.get(low, "")
    return chr(code) if code >= 0x20 else ""


def is_symbol_font(font: str) -> bool:
    """Fonts whose ASCII/Latin-1 codes are pictures (not 'Segoe UI Symbol': that is Unicode)."""
    return font == "symbol" or font.startswith(("wingdings", "webdings"))


class StyleInfo:
    """Paragraph/character styles: names, inherited bold, inherited numbering. Only the styles a
    document uses are resolved (Word's styles.xml lists hundreds), each once."""

    def __init__(self, styles_el=None) -> None:
        self._el: dict[str, object] = {}
        self._names: dict[str, str | None] = {}
        self._bold: dict[str, bool | None] = {}
        self._num: dict[str, tuple[str, int] | None] = {}
        self.default_paragraph: str | None = None
        if styles_el is None:
            return
        t_id, t_type, t_default = qn("w:styleId"), qn("w:type"), qn("w:default")
        for st in styles_el.iterchildren(qn("w:style")):
            sid = st.get(t_id)
            if sid is None:
                continue
            self._el.setdefault(sid, st)
            if st.get(t_type) == "paragraph" and _on_attr(st.get(t_default)):
                self.default_paragraph = sid

    @classmethod
    def from_styles(cls, styles_el) -> "StyleInfo":
        return cls(styles_el)

    def name(self, style_id: str | None) -> str | None:
        """The UI name python-docx reports ("Heading 1", "Normal") of a style id, or the default
        paragraph style's when the paragraph names none."""
        sid = style_id or self.default_paragraph
        if sid is None:
            return None
        if sid not in self._names:
            st = self._el.get(sid)
            name_el = st.find(qn("w:name")) if st is not None else None
            name = name_el.get(W_VAL) if name_el is not None else None
            self._names[sid] = BabelFish.internal2ui(name) if name else sid
        return self._names[sid]

    def _chain(self, sid: str | None):
        seen: set[str] = set()
        while sid is not None and sid not in seen and sid in self._el:
            seen.add(sid)
            st = self._el[sid]
            yield st
            based = st.find(qn("w:basedOn"))
            sid = based.get(W_VAL) if based is not None else None

    def bold(self, style_id: str | None) -> bool | None:
        """Bold from the style or the styles it is based on (None: not said)."""
        if style_id is None:
            return None
        if style_id not in self._bold:
            found = None
            for st in self._chain(style_id):
                found = _rpr_bold(st.find(T_RPR))
                if found is not None:
                    break
            self._bold[style_id] = found
        return self._bold[style_id]

    def num(self, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) a (list or numbering) style gives its paragraphs, inherited."""
        if style_id is None:
            return None
        if style_id not in self._num:
            n_id: str | None = None
            n_lvl: int | None = None
            for st in self._chain(style_id):
                ppr = st.find(T_PPR)
                numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
                if numpr is not None:
                    c_id, c_lvl = _numpr(numpr)
                    n_id = n_id if n_id is not None else c_id
                    n_lvl = n_lvl if n_lvl is not None else c_lvl
                if n_id is not None and n_lvl is not None:
                    break
            self._num[style_id] = (n_id, n_lvl or 0) if n_id is not None else None
        return self._num[style_id]


def _on_attr(value: str | None) -> bool:
    return value is not None and value not in ("0", "false", "off")


def _rpr_bold(rpr) -> bool | None:
    """Bold from a w:rPr: w:b or w:bCs (Thai is complex script, so Word bolds it with bCs)."""
    return _rpr_info(rpr)[0]


def _rpr_info(rpr) -> tuple[bool | None, str | None, str, bool]:
    """(bold, character style id, ASCII font in lower case, hidden) from a w:rPr, in one pass
    over its children (lxml's find() is several times slower than a loop on these short lists)."""
    if rpr is None:
        return None, None, "", False
    bold = style = None
    font = ""
    hidden = False
    for child in rpr:
        tag = child.tag
        if tag == T_B or tag == T_BCS:
            bold = bool(bold) or _on(child)
        elif tag == T_RSTYLE:
            style = child.get(W_VAL)
        elif tag == T_RFONTS:
            font = (child.get(A_ASCII) or child.get(A_HANSI) or "").lower()
        elif tag == T_VANISH:
            hidden = _on(child)
    return bold, style, font, hidden


def _first(el, tag: str):
    for child in el:
        if child.tag == tag:
            return child
    return None


def _numpr(numpr) -> tuple[str | None, int | None]:
    num_el, lvl_el = numpr.find(qn("w:numId")), numpr.find(qn("w:ilvl"))
    num_id = num_el.get(W_VAL) if num_el is not None else None
    ilvl = None
    if lvl_el is not None:
        try:
            ilvl = int(lvl_el.get(W_VAL, "0"))
        except ValueError:
            ilvl = 0
    return num_id, ilvl


def paragraph_props(p) -> tuple[str | None, str | None, int | None]:
    """(style id, numId, ilvl) from a w:p's own w:pPr."""
    ppr = p[0] if len(p) and p[0].tag == T_PPR else _first(p, T_PPR)
    if ppr is None:
        return None, None, None
    style = num_id = ilvl = None
    for child in ppr:
        tag = child.tag
        if tag == T_PSTYLE:
            style = child.get(W_VAL)
        elif tag == T_NUMPR:
            num_id, ilvl = _numpr(child)
    return style, num_id, ilvl


@dataclass
class ReadParagraph:
    text: str
    bold: bool
    textboxes: list  # w:txbxContent elements anchored in the paragraph, in order


class ParagraphReader:
    """Reads paragraphs of one document; holds the style tables."""

    def __init__(self, styles: StyleInfo):
        self.styles = styles
        # what the reader met but does not turn into text, for RawDocument.notes
        self.counts: Counter[str] = Counter()

    def read(self, p, style_id: str | None) -> ReadParagraph:
        self._parts: list[str] = []
        self._bold_chars = 0
        self._chars = 0
        self._boxes: list = []
        self._fields: list[bool] = []  # per open field: True once in its result part
        self._para_bold = bool(self.styles.bold(style_id or self.styles.default_paragraph))
        self._children(p)
        text = "".join(self._parts)
        bold = self._chars > 0 and self._bold_chars * 2 > self._chars
        return ReadParagraph(text=text, bold=bold, textboxes=self._boxes)

    # -- traversal -----------------------------------------------------------------------
    def _visible(self) -> bool:
        return all(self._fields)

    def _children(self, el) -> None:
        for child in el:
            tag = child.tag
            if tag == T_R:
                self._run(child)
            elif tag in _TRANSPARENT:
                if tag == T_INS:
                    self.counts["insertions"] += 1
                self._children(child)
            elif tag == T_SDT:
                self._sdt(child)
            elif tag == T_ALT:
                self._alternate(child, self._children)
            elif tag in _MATH:  # an equation: its m:t text, in order
                self._emit("".join(t.text or "" for t in child.iter(T_MATH_T)), False)
            elif tag in _HIDDEN or not isinstance(tag, str):
                if tag == T_DEL:
                    self.counts["deletions"] += 1
            elif tag in _DRAWINGS:
                self._find_boxes(child)

    def _sdt(self, sdt) -> None:
        pr = sdt.find(T_SDTPR)
        if pr is not None:
            box = pr.find(f"{{{W14}}}checkbox")
            if box is not None:
                checked = box.find(f"{{{W14}}}checked")
                on = checked is not None and checked.get(f"{{{W14}}}val", "0") in ("1", "true")
                self._emit(CHECKED if on else UNCHECKED, False)
                return
            plc = pr.find(qn("w:showingPlcHdr"))
            if plc is not None and _on(plc):
                return  # "Click or tap here to enter text.": not the writer's text
        content = sdt.find(T_SDTCONTENT)
        if content is not None:
            self._children(content)

    def _alternate(self, alt, then) -> None:
        choice = alt.find(T_CHOICE)
        chosen = choice if choice is not None else alt.find(T_FALLBACK)
        if chosen is not None:
            then(chosen)

    def _run(self, r) -> None:
        bold = self._para_bold
        font = ""
        symbolic = False
        for child in r:
            tag = child.tag
            if tag == T_T:
                text = child.text or ""
                if symbolic or _SYMBOL_PUA.search(text):
                    text = _map_symbol_text(text, font, symbolic)
                self._emit(text, bold)
            elif tag == T_RPR:  # first child by the schema: sets bold and font for what follows
                own, char_style, font, hidden = _rpr_info(child)
                if hidden:
                    return  # w:vanish: Word neither shows nor prints it
                symbolic = is_symbol_font(font)
                if own is not None:
                    bold = own
                elif char_style is not None:
                    style_bold = self.styles.bold(char_style)
                    bold = self._para_bold if style_bold is None else style_bold
            elif tag == T_TAB or tag == T_PTAB:
                self._emit(" ", False)
            elif tag == T_BR or tag == T_CR:
                self._emit("\n", False)
            elif tag == T_SYM:
                try:
                    code = int(child.get(A_CHAR, "0"), 16)
                except ValueError:
                    code = 0
                self._emit(symbol_char(child.get(A_FONT), code), bold)
            elif tag == T_NBHYPHEN:
                self._emit("-", bold)
            elif tag == T_FLDCHAR:
                self._field_char(child)
            elif tag in _DRAWINGS:
                if tag == T_OBJECT:
                    self.counts["embedded-objects"] += 1
                self._find_boxes(child)
            elif tag == T_ALT:
                self._alternate(child, self._find_boxes)

    def _field_char(self, fc) -> None:
        kind = fc.get(qn("w:fldCharType"))
        if kind == "begin":
            ff = fc.find(qn("w:ffData"))
            box = ff.find(qn("w:checkBox")) if ff is not None else None
            if box is not None:  # legacy FORMCHECKBOX: no result text, the state is here
                checked = box.find(qn("w:checked"))
                if checked is None:
                    checked = box.find(qn("w:default"))
                on = checked is not None and _on(checked)
                self._emit(CHECKED if on else UNCHECKED, False)
            self._fields.append(False)
        elif kind == "separate" and self._fields:
            self._fields[-1] = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _emit(self, text: str, bold: bool) -> None:
        if not text or not self._visible():
            return
        self._parts.append(text)
        n = len(text.strip())
        self._chars += n
        if bold:
            self._bold_chars += n

    def _find_boxes(self, el) -> None:
        """Collect the outermost w:txbxContent under a drawing, Choice over Fallback."""
        for child in el:
            tag = child.tag
            if tag == T_TXBX:
                self._boxes.append(child)
            elif tag in _PICTURES:
                self.counts["images"] += 1
            elif tag == T_ALT:
                self._alternate(child, self._find_boxes)
            elif tag == T_FALLBACK and el.find(T_CHOICE) is not None:
                continue  # the Choice was (or will be) read: the Fallback repeats it
            elif isinstance(tag, str):
                self._find_boxes(child)


def _map_symbol_text(text: str, font: str, symbolic: bool) -> str:
    """Characters typed in a symbol font (Wingdings 'þ' is ☑) or left in the F0xx PUA."""
    out = []
    for c in text:
        code = ord(c)
        if 0xF000 <= code <= 0xF0FF or (symbolic and 0x20 <= code < 0x100):
            out.append(symbol_char(font if symbolic else "wingdings", code))
        else:
            out.append(c)
    return "".join(out)

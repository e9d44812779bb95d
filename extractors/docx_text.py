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

from dataclasses import dataclass, field

from docx.oxml.ns import qn
from docx.styles import BabelFish

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"

T_P, T_R, T_T, T_TAB, T_BR, T_CR = (qn(t) for t in ("w:p", "w:r", "w:t", "w:tab", "w:br", "w:cr"))
T_SYM, T_FLDCHAR, T_SDT, T_SDTPR, T_SDTCONTENT = (
    qn(t) for t in ("w:sym", "w:fldChar", "w:sdt", "w:sdtPr", "w:sdtContent"))
T_RPR, T_PPR, T_TXBX = qn("w:rPr"), qn("w:pPr"), qn("w:txbxContent")
T_ALT, T_CHOICE, T_FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
T_MATH_T = f"{{{M}}}t"
W_VAL = qn("w:val")

# Containers whose children are read as if they were the paragraph's own.
_TRANSPARENT = {qn(t) for t in ("w:hyperlink", "w:smartTag", "w:customXml", "w:ins", "w:moveTo",
                                "w:fldSimple", "w:dir", "w:bdo", "w:sdtContent")}
_TRANSPARENT |= {f"{{{M}}}oMathPara", f"{{{M}}}oMath", f"{{{M}}}r", f"{{{M}}}e", f"{{{M}}}num",
                 f"{{{M}}}den", f"{{{M}}}sub", f"{{{M}}}sup", f"{{{M}}}d", f"{{{M}}}f"}
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
    name = (font or "").lower()
    if "wingdings 2" in name:
        return _WINGDINGS2.get(low, "")
    if "symbol" in name:
        return _SYMBOL.get(low, "")
    if "wingdings" in name or 0xF000 <= code <= 0xF0FF:
        return _WINGDINGS.get(low, "")
    return chr(code) if code >= 0x20 else ""


@dataclass
class StyleInfo:
    """Paragraph/character styles: names, inherited bold, inherited numbering."""

    names: dict[str, str] = field(default_factory=dict)
    bold: dict[str, bool | None] = field(default_factory=dict)
    num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    default_paragraph: str | None = None

    @classmethod
    def from_styles(cls, styles_el) -> "StyleInfo":
        info = cls()
        if styles_el is None:
            return info
        based: dict[str, str] = {}
        own_bold: dict[str, bool | None] = {}
        own_num: dict[str, tuple[str | None, int | None]] = {}
        for st in styles_el.iterchildren(qn("w:style")):
            sid = st.get(qn("w:styleId"))
            if sid is None:
                continue
            name_el = st.find(qn("w:name"))
            name = name_el.get(W_VAL) if name_el is not None else sid
            info.names[sid] = BabelFish.internal2ui(name or sid)
            if st.get(qn("w:type")) == "paragraph" and _on_attr(st.get(qn("w:default"))):
                info.default_paragraph = sid
            b = st.find(qn("w:basedOn"))
            if b is not None and b.get(W_VAL):
                based[sid] = b.get(W_VAL)
            own_bold[sid] = _rpr_bold(st.find(T_RPR))
            ppr = st.find(T_PPR)
            numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if numpr is not None:
                own_num[sid] = _numpr(numpr)
        for sid in info.names:
            info.bold[sid] = _inherit(sid, own_bold, based, lambda v: v is not None)
            n_id: str | None = None
            n_lvl: int | None = None
            seen: set[str] = set()
            cur: str | None = sid
            while cur is not None and cur not in seen and (n_id is None or n_lvl is None):
                seen.add(cur)
                if cur in own_num:
                    c_id, c_lvl = own_num[cur]
                    n_id = n_id if n_id is not None else c_id
                    n_lvl = n_lvl if n_lvl is not None else c_lvl
                cur = based.get(cur)
            if n_id is not None:
                info.num[sid] = (n_id, n_lvl if n_lvl is not None else 0)
        return info

    def name(self, style_id: str | None) -> str | None:
        sid = style_id or self.default_paragraph
        if sid is None:
            return None
        return self.names.get(sid, sid)


def _on_attr(value: str | None) -> bool:
    return value is not None and value not in ("0", "false", "off")


def _inherit(sid, own, based, ok):
    seen = set()
    cur = sid
    while cur is not None and cur not in seen:
        seen.add(cur)
        if ok(own.get(cur)):
            return own[cur]
        cur = based.get(cur)
    return None


def _rpr_bold(rpr) -> bool | None:
    """Bold from a w:rPr: w:b or w:bCs (Thai is complex script, so Word bolds it with bCs)."""
    if rpr is None:
        return None
    found = None
    for tag in ("w:b", "w:bCs"):
        el = rpr.find(qn(tag))
        if el is not None:
            found = bool(found) or _on(el)
    return found


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
    ppr = p.find(T_PPR)
    if ppr is None:
        return None, None, None
    ps = ppr.find(qn("w:pStyle"))
    numpr = ppr.find(qn("w:numPr"))
    num_id, ilvl = _numpr(numpr) if numpr is not None else (None, None)
    return (ps.get(W_VAL) if ps is not None else None), num_id, ilvl


@dataclass
class ReadParagraph:
    text: str
    bold: bool
    textboxes: list  # w:txbxContent elements anchored in the paragraph, in order


class ParagraphReader:
    """Reads paragraphs of one document; holds the style tables."""

    def __init__(self, styles: StyleInfo):
        self.styles = styles

    def read(self, p, style_id: str | None) -> ReadParagraph:
        self._parts: list[str] = []
        self._bold_chars = 0
        self._chars = 0
        self._boxes: list = []
        self._fields: list[bool] = []  # per open field: True once in its result part
        style_bold = self.styles.bold.get(style_id or self.styles.default_paragraph or "", None)
        self._para_bold = bool(style_bold)
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
                self._children(child)
            elif tag == T_SDT:
                self._sdt(child)
            elif tag == T_ALT:
                self._alternate(child, self._children)
            elif tag == T_MATH_T:
                self._emit(child.text or "", False)
            elif tag in _HIDDEN or not isinstance(tag, str):
                continue
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
        rpr = r.find(T_RPR)
        bold = self._run_bold(rpr)
        font = _run_font(rpr)
        symbolic = "wingdings" in font or "symbol" in font
        for child in r:
            tag = child.tag
            if tag == T_T:
                text = child.text or ""
                if symbolic or any(0xF000 <= ord(c) <= 0xF0FF for c in text):
                    text = _map_symbol_text(text, font, symbolic)
                self._emit(text, bold)
            elif tag == T_TAB or tag == qn("w:ptab"):
                self._emit(" ", False)
            elif tag == T_BR or tag == T_CR:
                self._emit("\n", False)
            elif tag == T_SYM:
                try:
                    code = int(child.get(qn("w:char"), "0"), 16)
                except ValueError:
                    code = 0
                self._emit(symbol_char(child.get(qn("w:font")), code), bold)
            elif tag == qn("w:noBreakHyphen"):
                self._emit("-", bold)
            elif tag == T_FLDCHAR:
                self._field_char(child)
            elif tag in _DRAWINGS:
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

    def _run_bold(self, rpr) -> bool:
        own = _rpr_bold(rpr)
        if own is not None:
            return own
        if rpr is not None:
            rs = rpr.find(qn("w:rStyle"))
            if rs is not None:
                sb = self.styles.bold.get(rs.get(W_VAL, ""))
                if sb is not None:
                    return sb
        return self._para_bold

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
            elif tag == T_ALT:
                self._alternate(child, self._find_boxes)
            elif tag == T_FALLBACK and el.find(T_CHOICE) is not None:
                continue  # the Choice was (or will be) read: the Fallback repeats it
            elif isinstance(tag, str):
                self._find_boxes(child)


def _run_font(rpr) -> str:
    """The run's font for ASCII-range characters, lower case ('' when inherited)."""
    if rpr is None:
        return ""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        return ""
    return (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "").lower()


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

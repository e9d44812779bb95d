"""Build DOCX files for the reader tests with python-docx, adding the WordprocessingML that
python-docx cannot write itself (content controls, text boxes, fields, tracked changes,
numbering definitions) as raw XML appended to the body / numbering part.

Used by tests/extractors/test_docx.py and tests/extractors/data/make_data.py.
"""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
DECLS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def el(xml: str):
    """One element from an XML fragment written with the prefixes above."""
    head, _, rest = xml.partition(">")
    if head.endswith("/"):
        head, rest = head[:-1], "/>" + rest
        return parse_xml(f"{head} {DECLS}{rest}")
    return parse_xml(f"{head} {DECLS}>{rest}")


def p(text: str, **kw) -> str:
    """A w:p with one run (XML string)."""
    ppr = kw.get("ppr", "")
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def numpr(num_id: int, ilvl: int = 0) -> str:
    return f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'


def abstract_num(aid: int, levels: list[tuple[str, str, int]]) -> str:
    """levels: (numFmt, lvlText, start) for ilvl 0, 1, …"""
    lv = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels))
    return f'<w:abstractNum w:abstractNumId="{aid}">{lv}</w:abstractNum>'


def num(num_id: int, aid: int, start_override: dict[int, int] | None = None) -> str:
    ov = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                 for k, v in (start_override or {}).items())
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'


def new_document(blocks: list[str] = (), numbering: list[str] = ()) -> docx.document.Document:
    """A python-docx Document with the raw XML blocks appended to the body (before sectPr) and
    the abstractNum/num definitions added to numbering.xml (abstractNums first)."""
    document = docx.Document()
    add_blocks(document, blocks)
    add_numbering(document, numbering)
    return document


def add_blocks(document, blocks) -> None:
    body = document.element.body
    sect = body.sectPr
    for xml in blocks:
        node = el(xml)
        if sect is not None:
            sect.addprevious(node)
        else:
            body.append(node)


def add_numbering(document, numbering) -> None:
    if not numbering:
        return
    root = document.part.numbering_part.element
    first_num = root.find(f"{{{NS['w']}}}num")
    for xml in numbering:
        node = el(xml)
        if node.tag.endswith("}abstractNum") and first_num is not None:
            first_num.addprevious(node)
        else:
            root.append(node)


def to_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# -- the XML of features python-docx cannot author -------------------------------------------

def checkbox_sdt(checked: bool, label: str) -> str:
    val = "1" if checked else "0"
    glyph = "☒" if checked else "☐"
    return (f'<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{val}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
            f'<w:r><w:t xml:space="preserve"> {label}</w:t></w:r></w:p>')


def textbox_paragraph(anchor: str, box_text: str) -> str:
    """A paragraph anchoring a text box, as Word writes it: mc:AlternateContent with a DrawingML
    Choice and a VML Fallback that repeats the same text."""
    return (
        f'<w:p><w:r><w:t xml:space="preserve">{anchor}</w:t></w:r><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
        'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" '
        'cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent><w:p><w:r><w:t>{box_text}</w:t></w:r></w:p></w:txbxContent>'
        '</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict><v:shape id="tb1" style="width:144pt;height:36pt">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t>{box_text}</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')


def field_paragraph(before: str, code: str, result: str) -> str:
    return (f'<w:p><w:r><w:t xml:space="preserve">{before}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{result}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def tracked_paragraph(kept: str, inserted: str, deleted: str) -> str:
    return (f'<w:p><w:r><w:t xml:space="preserve">{kept}</w:t></w:r>'
            f'<w:ins w:id="1" w:author="ครู" w:date="2023-01-01T00:00:00Z"><w:r><w:t>{inserted}</w:t>'
            '</w:r></w:ins>'
            f'<w:del w:id="2" w:author="ครู" w:date="2023-01-01T00:00:00Z"><w:r><w:delText>{deleted}'
            '</w:delText></w:r></w:del></w:p>')

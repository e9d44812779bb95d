"""Documents a teacher might upload by mistake, which must yield `document.not-pa1`.

Each spec (samples/specs/not-pa1/<name>.json) is {"kind", "blocks": [{"p": text, "bold"?,
"center"?} | {"table": [[cell, …], …]}]}; rendered with the same font as the PA1 samples.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from samples.build.docx_render import FIXED_TIME, normalize_zip


def render_not_pa1_docx(spec: dict[str, Any], font: str = "TH SarabunPSK") -> bytes:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    for name in ("Normal", "Table Grid"):
        rpr = doc.styles[name].element.get_or_add_rPr()
        for old in rpr.findall(qn("w:rFonts")) + rpr.findall(qn("w:sz")) + rpr.findall(qn("w:szCs")):
            rpr.remove(old)
        rpr.append(parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'))
        rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="32"/>'))
        rpr.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="32"/>'))
    doc.styles["Normal"].paragraph_format.space_after = 0
    doc.core_properties.created = doc.core_properties.modified = FIXED_TIME.replace(tzinfo=None)
    doc.core_properties.author = "pa-review samples"
    for block in spec["blocks"]:
        if "table" in block:
            rows = block["table"]
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = doc.styles["Table Grid"]
            for r, values in zip(t.rows, rows):
                for c, value in zip(r.cells, values):
                    c.paragraphs[0].text = value
        else:
            p = doc.add_paragraph()
            run = p.add_run(block["p"])
            run.bold = bool(block.get("bold"))
            if block.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())

"""extractors.docx.read_docx: document order, exact SourceRefs, tables as the real <w:tc>,
content controls, text boxes, fields, tracked changes, list labels, Thai normalisation."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
import pytest

from extractors.budget import Budget
from extractors.docx import read_docx
from extractors.docx_numbering import format_number
from extractors.docx_walk import MAX_GRID_SPAN, locate
from extractors.errors import UnreadableFile
from extractors.raw import Paragraph, RawDocument, Table
from extractors.sniff import Limits
from models.thai.normalize import normalize

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))

from docx_xml import (abstract_num, add_blocks, checkbox_sdt, el, field_paragraph,  # noqa: E402
                      new_document, num, numpr, p, textbox_paragraph, to_bytes, tracked_paragraph)

ZWSP = "\u200b"


def read(document_or_bytes) -> RawDocument:
    data = document_or_bytes if isinstance(document_or_bytes, bytes) else to_bytes(document_or_bytes)
    return read_docx(data, limits=Limits(), budget=Budget(30))


def paragraphs(raw: RawDocument) -> list[Paragraph]:
    return [b for b in raw.blocks if isinstance(b, Paragraph)]


def tables(raw: RawDocument) -> list[Table]:
    return [b for b in raw.blocks if isinstance(b, Table)]


def texts(raw: RawDocument) -> list[str]:
    return [p.text for p in raw.iter_paragraphs()]


def element_text(element) -> str:
    return normalize("".join(t.text or "" for t in element.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))


def reopen(document) -> docx.document.Document:
    """The document as a later reader (the comment writer) sees it: saved and opened again."""
    return docx.Document(io.BytesIO(to_bytes(document)))


# -- order and paragraph refs -----------------------------------------------------------------

def test_body_order_paragraph_refs_match_python_docx():
    d = docx.Document()
    d.add_paragraph("ชื่อ นายสมชาย ใจดี")
    d.add_paragraph("")  # empty: skipped, but it keeps its index
    d.add_table(rows=1, cols=1).cell(0, 0).text = "ในตาราง"
    d.add_paragraph("หลังตาราง")
    d.add_table(rows=1, cols=2).cell(0, 1).text = "ตารางสอง"
    d.add_paragraph("ท้าย")
    d.sections[0].header.paragraphs[0].text = "หัวกระดาษ"  # page headers are not read
    raw = read(d)
    assert texts(raw) == ["ชื่อ นายสมชาย ใจดี", "ในตาราง", "หลังตาราง", "ตารางสอง", "ท้าย"]
    assert [type(b).__name__ for b in raw.blocks] == ["Paragraph", "Table", "Paragraph", "Table",
                                                      "Paragraph"]
    again = reopen(d)
    for para in paragraphs(raw):
        assert para.ref.kind == "paragraph"
        assert again.paragraphs[para.ref.paragraph].text == para.text
        assert locate(again.element.body, para.ref) is again.paragraphs[para.ref.paragraph]._p
    assert [p.ref.paragraph for p in paragraphs(raw)] == [0, 2, 3]
    assert [t.ref.table for t in tables(raw)] == [0, 1]
    second = tables(raw)[1].rows[0].cells[1]
    assert second.ref.model_dump(exclude_defaults=True) == {"kind": "cell", "table": 1, "row": 0,
                                                            "cell": 1}
    assert second.paragraphs[0].ref.line == 0
    assert again.tables[1].rows[0].cells[1].text == "ตารางสอง"
    assert raw.format == "docx"


def test_style_name_and_bold_majority():
    d = docx.Document()
    d.add_paragraph("ส่วนที่ 1 ข้อตกลง", style="Heading 1")
    para = d.add_paragraph()
    para.add_run("ตัวหนาส่วนใหญ่ของย่อหน้า").bold = True
    para.add_run(" ปกติ")
    para2 = d.add_paragraph()
    para2.add_run("หนา").bold = True
    para2.add_run(" ส่วนที่เหลือไม่หนาเลยยาวกว่า")
    out = paragraphs(read(d))
    assert out[0].style == "Heading 1" and out[0].bold
    assert out[1].style == "Normal" and out[1].bold
    assert not out[2].bold


# -- tables ----------------------------------------------------------------------------------

def test_merged_cells_are_read_once_with_spans():
    d = docx.Document()
    t = d.add_table(rows=3, cols=4)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "งาน (Tasks)"  # gridSpan 3
    t.cell(0, 3).text = "ตัวชี้วัด"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "ด้านที่ 1"  # vMerge restart + continue
    t.cell(1, 1).text = "ก"
    t.cell(2, 1).text = "ข"
    raw = read(d)
    table = tables(raw)[0]
    assert table.n_cols == 4
    assert raw.text.count("งาน (Tasks)") == 1 and raw.text.count("ด้านที่ 1") == 1
    row0 = table.rows[0].cells
    assert [(c.grid_col, c.grid_span, c.row_span) for c in row0] == [(0, 3, 1), (3, 1, 1)]
    assert [c.ref.cell for c in row0] == [0, 1]  # index of the real <w:tc>, not the grid column
    row1, row2 = table.rows[1].cells, table.rows[2].cells
    assert (row1[0].text, row1[0].row_span, row1[0].grid_col) == ("ด้านที่ 1", 2, 0)
    assert [c.grid_col for c in row2] == [1, 2, 3]  # the continuation is not emitted again
    assert [c.ref.cell for c in row2] == [1, 2, 3]  # … but it still counts as a <w:tc>
    again = reopen(d)
    body = again.element.body
    for row in table.rows:
        for cell in row.cells:
            tc = locate(body, cell.ref)
            assert tc is again.tables[0].rows[cell.ref.row]._tr.tc_lst[cell.ref.cell]
            assert element_text(tc) == cell.text
            for para in cell.paragraphs:
                assert element_text(locate(body, para.ref)) == para.text


def test_grid_before_offsets_the_first_cell():
    d = new_document(['<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
                      '<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>'
                      '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
                      '<w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>'
                      '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
                      '<w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc>'
                      '<w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'])
    table = tables(read(d))[0]
    assert [(c.text, c.grid_col, c.grid_span) for c in table.rows[0].cells] == [("a", 0, 1),
                                                                                ("b", 1, 2)]
    assert [(c.text, c.grid_col, c.ref.cell) for c in table.rows[1].cells] == [("c", 1, 0),
                                                                              ("d", 2, 1)]


def test_a_hostile_grid_span_is_capped():
    # a 20 KB file once asked for ten million columns (the column detector built a 1 GB map)
    d = new_document(['<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
                      '<w:tr><w:trPr><w:gridBefore w:val="999999999"/></w:trPr>'
                      '<w:tc><w:tcPr><w:gridSpan w:val="10000000"/></w:tcPr>'
                      '<w:p><w:r><w:t>งาน</w:t></w:r></w:p></w:tc>'
                      '<w:tc><w:tcPr><w:gridSpan w:val="5"/><w:hMerge/></w:tcPr><w:p/></w:tc>'
                      '</w:tr></w:tbl>'])
    table = tables(read(d))[0]
    cell = table.rows[0].cells[0]
    assert (cell.text, cell.grid_col, cell.grid_span) == ("งาน", MAX_GRID_SPAN, MAX_GRID_SPAN)
    assert table.n_cols <= 3 * MAX_GRID_SPAN


def test_rows_and_cells_in_content_controls_are_numbered_after_direct_ones():
    row = ('<w:tr><w:tc><w:p><w:r><w:t>{0}</w:t></w:r></w:p></w:tc>'
           '<w:sdt><w:sdtPr/><w:sdtContent><w:tc><w:p><w:r><w:t>{0}-ห่อ</w:t></w:r></w:p></w:tc>'
           '</w:sdtContent></w:sdt><w:tc><w:p><w:r><w:t>{0}-ท้าย</w:t></w:r></w:p></w:tc></w:tr>')
    d = new_document(['<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
                      + row.format("ก") + '<w:sdt><w:sdtPr/><w:sdtContent>' + row.format("ข")
                      + '</w:sdtContent></w:sdt>' + row.format("ค") + '</w:tbl>'])
    table = tables(read(d))[0]
    got = [[(c.text, c.grid_col, c.ref.row, c.ref.cell) for c in r.cells] for r in table.rows]
    assert got == [
        [("ก", 0, 0, 0), ("ก-ห่อ", 1, 0, 2), ("ก-ท้าย", 2, 0, 1)],
        [("ข", 0, 2, 0), ("ข-ห่อ", 1, 2, 2), ("ข-ท้าย", 2, 2, 1)],
        [("ค", 0, 1, 0), ("ค-ห่อ", 1, 1, 2), ("ค-ท้าย", 2, 1, 1)],
    ]
    again = reopen(d)
    direct = again.tables[0].rows[1]._tr.tc_lst[1]  # python-docx's view of row 1, cell 1
    assert element_text(direct) == "ค-ท้าย"
    body = again.element.body
    for r in table.rows:
        for cell in r.cells:
            assert element_text(locate(body, cell.ref)) == cell.text


def test_nested_table_is_a_block_inside_the_cell_with_a_path():
    d = docx.Document()
    d.add_paragraph("ก่อน")
    outer = d.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "นอก"
    cell = outer.cell(1, 1)
    cell.text = "บรรทัดแรก"
    inner = cell.add_table(rows=2, cols=2)
    inner.cell(1, 0).text = "ใน"
    cell.add_paragraph("บรรทัดหลังตารางซ้อน")
    raw = read(d)
    host = tables(raw)[0].rows[1].cells[1]
    kinds = [type(b).__name__ for b in host.blocks]
    assert kinds == ["Paragraph", "Table", "Paragraph"]
    nested = host.blocks[1]
    assert nested.ref.model_dump(exclude_defaults=True) == {
        "kind": "cell", "table": 0, "row": 1, "cell": 1, "nested": (0,)}
    inner_cell = nested.rows[1].cells[0]
    assert inner_cell.text == "ใน"
    assert inner_cell.ref.nested == (0, 1, 0)
    assert inner_cell.paragraphs[0].ref.line == 0
    assert host.text == "บรรทัดแรก\nใน\nบรรทัดหลังตารางซ้อน"
    again = reopen(d)
    # python-docx put an empty paragraph after the nested table: line counts it, as cell.paragraphs
    assert host.blocks[2].ref.line == 2
    assert again.tables[0].rows[1].cells[1].paragraphs[2].text == "บรรทัดหลังตารางซ้อน"
    body = again.element.body
    assert element_text(locate(body, inner_cell.paragraphs[0].ref)) == "ใน"
    assert locate(body, nested.ref).tag.endswith("}tbl")
    assert "ใน" in texts(raw)


# -- content controls, checkboxes, symbols ------------------------------------------------------

def test_content_controls_inline_and_block():
    d = docx.Document()
    d.add_paragraph("ก่อน")
    add_blocks(d, [
        '<w:p><w:r><w:t xml:space="preserve">ชื่อ </w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="n"/>'
        '</w:sdtPr><w:sdtContent><w:r><w:t>นายสมชาย</w:t></w:r></w:sdtContent></w:sdt></w:p>',
        '<w:sdt><w:sdtPr/><w:sdtContent>' + p("ในกล่องควบคุม") + p("อีกย่อหน้า")
        + '</w:sdtContent></w:sdt>',
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
        + p("คลิกหรือแตะที่นี่เพื่อใส่ข้อความ") + '</w:sdtContent></w:sdt>',
        '<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>'
        '<w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt></w:p>',
    ])
    d.add_paragraph("หลัง")
    raw = read(d)
    assert texts(raw) == ["ก่อน", "ชื่อ นายสมชาย", "ในกล่องควบคุม", "อีกย่อหน้า", "หลัง"]
    again = reopen(d)
    n_direct = len(again.paragraphs)
    refs = [para.ref.paragraph for para in paragraphs(raw)]
    # direct paragraphs keep python-docx's index; wrapped ones are numbered after them
    assert refs == [0, 1, n_direct, n_direct + 1, n_direct - 1]
    assert again.paragraphs[n_direct - 1].text == "หลัง"
    body = again.element.body
    for para in paragraphs(raw):
        assert element_text(locate(body, para.ref)) == para.text


def test_checkbox_content_controls_and_symbols():
    d = new_document([
        checkbox_sdt(True, "ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน"),
        checkbox_sdt(False, "ห้องเรียนปฐมวัย"),
        '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r><w:r><w:sym w:font="Wingdings" '
        'w:char="F0A8"/></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r><w:r>'
        '<w:sym w:font="Wingdings" w:char="F078"/></w:r><w:r><w:sym w:font="Wingdings" '
        'w:char="F06F"/></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FB"/></w:r></w:p>',
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
        '<w:t>\u00fe</w:t></w:r><w:r><w:t xml:space="preserve"> ห้องเรียนสายวิชาชีพ</w:t></w:r></w:p>',
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/></w:rPr>'
        '<w:t>☑ (/) ok</w:t></w:r></w:p>',
        '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
        '<w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> ห้องเรียนการศึกษาพิเศษ</w:t></w:r></w:p>',
    ])
    assert texts(read(d)) == ["☑ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน", "☐ ห้องเรียนปฐมวัย",
                              "☑☐✓☒☐☒", "☑ ห้องเรียนสายวิชาชีพ", "☑ (/) ok",
                              "☑ ห้องเรียนการศึกษาพิเศษ"]


# -- text boxes ------------------------------------------------------------------------------

def test_text_box_read_once_after_its_anchor():
    d = new_document([p("ก่อน"), textbox_paragraph("ย่อหน้ายึด", "ข้อความในกล่อง"), p("หลัง")])
    raw = read(d)
    assert texts(raw) == ["ก่อน", "ย่อหน้ายึด", "ข้อความในกล่อง", "หลัง"]
    out = paragraphs(raw)
    assert out[2].ref == out[1].ref  # the text box is anchored on its paragraph


def test_text_box_with_an_empty_anchor_still_read():
    d = new_document([textbox_paragraph("", "เฉพาะในกล่อง")])
    raw = read(d)
    assert texts(raw) == ["เฉพาะในกล่อง"]
    assert paragraphs(raw)[0].ref.paragraph == 0


def test_vml_text_box_and_a_text_box_in_a_cell():
    vml = ('<w:p><w:r><w:t>ยึด VML</w:t></w:r><w:r><w:pict><v:shape id="s1" '
           'style="width:100pt;height:30pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>ในกล่อง VML'
           '</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d = new_document([vml])
    cell = d.add_table(rows=1, cols=2).cell(0, 1)
    add_blocks_to(cell, [textbox_paragraph("ยึดในช่อง", "กล่องในช่อง")])
    raw = read(d)
    assert texts(raw) == ["ยึด VML", "ในกล่อง VML", "ยึดในช่อง", "กล่องในช่อง"]
    in_cell = tables(raw)[0].rows[0].cells[1].paragraphs
    assert in_cell[0].ref == in_cell[1].ref and in_cell[1].ref.cell == 1


def add_blocks_to(cell, blocks: list[str]) -> None:
    for xml in blocks:
        cell._tc.append(el(xml))


# -- runs: fields, tracked changes, tabs and breaks, hyperlinks --------------------------------

def test_field_result_not_code_and_simple_field():
    d = new_document([
        field_paragraph("ปีงบประมาณ พ.ศ. ", 'DOCPROPERTY "FiscalYear" \\* MERGEFORMAT', "๒๕๖๖"),
        '<w:p><w:r><w:t xml:space="preserve">หน้า </w:t></w:r><w:fldSimple w:instr=" PAGE ">'
        '<w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>',
    ])
    assert texts(read(d)) == ["ปีงบประมาณ พ.ศ. ๒๕๖๖", "หน้า 3"]


def test_tracked_changes_keep_insertions_drop_deletions():
    d = new_document([tracked_paragraph("ร้อยละ ", "80", "70")])
    assert texts(read(d)) == ["ร้อยละ 80"]


def test_tabs_breaks_hyperlinks_and_smart_tags():
    d = new_document([
        '<w:p><w:r><w:t>ชื่อ</w:t><w:tab/><w:t>นายสมชาย</w:t><w:br/><w:t>ตำแหน่ง ครู</w:t>'
        '<w:cr/><w:t>จบ</w:t></w:r></w:p>',
        '<w:p><w:hyperlink r:id="rIdX"><w:r><w:t>ลิงก์</w:t></w:r></w:hyperlink>'
        '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>แท็ก</w:t></w:r></w:smartTag></w:p>',
    ])
    assert texts(read(d)) == ["ชื่อ นายสมชาย\nตำแหน่ง ครู\nจบ", "ลิงก์แท็ก"]


def test_hidden_text_is_not_read():
    d = docx.Document()
    para = d.add_paragraph("เห็น")
    para.add_run(" ซ่อน").font.hidden = True
    assert texts(read(d)) == ["เห็น"]


def test_equations_and_notes_on_what_is_not_text():
    math = ('<w:p><w:r><w:t xml:space="preserve">ร้อยละ </w:t></w:r><m:oMath '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:f><m:num>'
            '<m:r><m:t>80</m:t></m:r></m:num><m:den><m:r><m:t>100</m:t></m:r></m:den></m:f>'
            '</m:oMath></w:p>')
    d = new_document([math, tracked_paragraph("ก", "ข", "ค")])
    d.add_picture(io.BytesIO(_png()))
    raw = read(d)
    assert texts(raw)[:2] == ["ร้อยละ 80100", "กข"]
    assert {"images: 1", "insertions: 1", "deletions: 1"} <= set(raw.notes)


def _png() -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buf, "PNG")
    return buf.getvalue()


def test_zero_width_spaces_do_not_split_thai_words():
    d = docx.Document()
    d.add_paragraph(f"การ{ZWSP}พัฒนา{ZWSP}ทักษะ\u00a0การ{ZWSP}อ่าน ๒๕๖๖")
    assert texts(read(d)) == ["การพัฒนาทักษะ การอ่าน ๒๕๖๖"]  # Thai digits kept


# -- numbering ---------------------------------------------------------------------------------

def test_list_labels_decimal_thai_and_levels():
    numbering = [
        abstract_num(80, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1)]),
        abstract_num(81, [("thaiNumbers", "%1)", 1)]),
        abstract_num(82, [("bullet", "\uf0b7", 1)]),
        abstract_num(83, [("thaiLetters", "%1.", 1)]),
        num(20, 80), num(21, 81), num(22, 82), num(23, 83), num(24, 80, {0: 5}),
    ]
    d = new_document([
        p("ก", ppr=numpr(20)), p("ก.ย่อย", ppr=numpr(20, 1)), p("ก.ย่อย2", ppr=numpr(20, 1)),
        p("ข", ppr=numpr(20)), p("ข.ย่อย", ppr=numpr(20, 1)),
        p("", ppr=numpr(21)),  # empty: not emitted, but Word still counts it
        p("ไทยสอง", ppr=numpr(21)), p("จุด", ppr=numpr(22)),
        p("อักษร", ppr=numpr(23)), p("อักษรสอง", ppr=numpr(23)),
        p("เริ่มห้า", ppr=numpr(24)), p("ไม่มีเลข"),
    ], numbering)
    labels = [(x.text, x.label) for x in paragraphs(read(d))]
    assert labels == [("ก", "1."), ("ก.ย่อย", "1.1"), ("ก.ย่อย2", "1.2"), ("ข", "2."),
                      ("ข.ย่อย", "2.1"), ("ไทยสอง", "๒)"), ("จุด", "•"), ("อักษร", "ก."),
                      ("อักษรสอง", "ข."), ("เริ่มห้า", "5."), ("ไม่มีเลข", None)]


def test_list_labels_from_a_numbered_style_and_inside_cells():
    d = docx.Document()
    d.add_paragraph("หนึ่ง", style="List Number")
    t = d.add_table(rows=1, cols=1)
    t.cell(0, 0).paragraphs[0].text = "สองในตาราง"
    t.cell(0, 0).paragraphs[0].style = d.styles["List Number"]
    raw = read(d)
    cell_para = tables(raw)[0].rows[0].cells[0].paragraphs[0]
    assert paragraphs(raw)[0].label == "1." and cell_para.label == "2."


def test_legal_numbering_and_level_restart():
    legal = ('<w:abstractNum w:abstractNumId="84"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1."/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>'
             '<w:lvlRestart w:val="0"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>')
    d = new_document([p("หัว", ppr=numpr(30)), p("ย่อย", ppr=numpr(30, 1)),
                      p("หัวสอง", ppr=numpr(30)), p("ย่อยต่อ", ppr=numpr(30, 1))],
                     [legal, num(30, 84)])
    # isLgl shows every level in Arabic digits; lvlRestart 0: level 2 never restarts
    assert [x.label for x in paragraphs(read(d))] == ["๑.", "1.1", "๒.", "2.2"]


def test_numids_over_one_abstract_num_continue_and_overrides_restart():
    # LibreOffice writes a list as one numId per paragraph over the same abstractNum, the first
    # with a startOverride; Word and LibreOffice show 1. 2. 3. — counters are the abstractNum's.
    d = new_document([p("ก", ppr=numpr(50)), p("ข", ppr=numpr(51)), p("ค", ppr=numpr(52)),
                      p("คั่น"), p("ใหม่", ppr=numpr(53)), p("ต่อ", ppr=numpr(51))],
                     [abstract_num(85, [("decimal", "%1.", 1)]), num(50, 85, {0: 1}), num(51, 85),
                      num(52, 85), num(53, 85, {0: 1})])
    assert [x.label for x in paragraphs(read(d))] == ["1.", "2.", "3.", None, "1.", "2."]


def test_list_defined_through_a_numbering_style():
    d = new_document([p("หนึ่ง", ppr=numpr(41)), p("สอง", ppr=numpr(41))], [
        '<w:abstractNum w:abstractNumId="70"><w:styleLink w:val="MyList"/><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1)"/></w:lvl>'
        '</w:abstractNum>',
        '<w:abstractNum w:abstractNumId="71"><w:numStyleLink w:val="MyList"/></w:abstractNum>',
        num(40, 70), num(41, 71)])
    d.styles.element.append(el('<w:style w:type="numbering" w:styleId="MyList"><w:name '
                               'w:val="My List"/><w:pPr><w:numPr><w:numId w:val="40"/></w:numPr>'
                               '</w:pPr></w:style>'))
    assert [x.label for x in paragraphs(read(d))] == ["๑)", "๒)"]


@pytest.mark.parametrize("n,fmt,expected", [
    (12, "thaiNumbers", "๑๒"), (1, "thaiLetters", "ก"), (3, "thaiLetters", "ค"),
    (4, "lowerRoman", "iv"), (28, "lowerLetter", "bb"), (7, "decimalZero", "07"),
    (3, "unknownFormat", "3"),
])
def test_format_number(n, fmt, expected):
    assert format_number(n, fmt) == expected


# -- safety ----------------------------------------------------------------------------------

def test_dtd_in_a_part_is_refused_before_parsing():
    import zipfile
    data = to_bytes(docx.Document())
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/styles.xml":
                body = body.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e "e">]>', 1)
            z.writestr(info, body)
    with pytest.raises(UnreadableFile) as err:
        read(out.getvalue())
    assert err.value.code == "xml-attack"


@pytest.mark.parametrize("prolog", [
    b'<?xml version="1.0"?>\n<!-- a comment --><!DOCTYPE w:document [<!ENTITY e "e">]>\n',
    b'<?xml version="1.0"?>' + b" " * 70_000 + b'<!DOCTYPE w:document SYSTEM "file:///etc/passwd">',
    b'<?xml version="1.0"?><!--' + b"x" * 70_000 + b'--><!DOCTYPE d [<!ENTITY a "a">]>',
])
def test_dtd_hidden_in_the_prolog_is_found(prolog):
    assert _screen_with_document_prolog(prolog) == "xml-attack"


def test_utf16_part_with_a_dtd_is_found():
    body = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e "e">]><x/>'
    assert _screen_with_part("customXml/item9.xml", body.encode("utf-16")) == "xml-attack"


def test_clean_prolog_and_binary_parts_pass():
    from extractors.docx import screen_xml_parts
    assert _screen_with_part("word/media/image1.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64) is None
    screen_xml_parts(to_bytes(docx.Document()))


def _screen_with_part(name: str, data: bytes) -> str | None:
    import zipfile

    from extractors.docx import screen_xml_parts
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)
    try:
        screen_xml_parts(out.getvalue())
    except UnreadableFile as e:
        return e.code
    return None


def _screen_with_document_prolog(prolog: bytes) -> str | None:
    import zipfile
    data = to_bytes(docx.Document())
    src = zipfile.ZipFile(io.BytesIO(data))
    body = src.read("word/document.xml")
    body = prolog + body[body.index(b"<w:document"):]
    return _screen_with_part("word/document.xml", body)


def test_malformed_document_xml_is_corrupt():
    import zipfile
    data = to_bytes(docx.Document())
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/document.xml":
                body = body[: len(body) // 2]
            z.writestr(info, body)
    with pytest.raises(UnreadableFile) as err:
        read(out.getvalue())
    assert err.value.code == "corrupt" and 400 <= err.value.status < 500


def test_budget_is_checked():
    with pytest.raises(UnreadableFile) as err:
        read_docx(to_bytes(docx.Document()), limits=Limits(), budget=Budget(-1))
    assert err.value.code == "timeout"


# -- files saved by LibreOffice (tests/extractors/data/make_data.py) ---------------------------

def test_libreoffice_saved_features():
    raw = read((DATA / "lo-features.docx").read_bytes())
    assert texts(raw) == [
        "แบบข้อตกลงในการพัฒนางาน", "การพัฒนาทักษะการอ่าน", "ข้อแรก", "ข้อสอง", "ข้อไทยหนึ่ง",
        "ข้อไทยสอง", "ข้ออักษรหนึ่ง", "ข้ออักษรสอง", "☑ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน",
        "☐ ห้องเรียนปฐมวัย", "ย่อหน้ายึดกล่อง", "ข้อความในกล่อง", "คงไว้เพิ่มเข้า", "ปีงบประมาณ 2566",
        "นายสมชาย ใจดี", "จบ"]
    labels = [x.label for x in paragraphs(raw)]
    # LibreOffice 7.4 keeps thaiLetters but writes thaiNumbers back as decimal (its own PDF
    # shows "1)" too): the labels are what the file says.
    assert labels[2:8] == ["1.", "2.", "1)", "2)", "ก.", "ข."]
    box, anchor = paragraphs(raw)[11], paragraphs(raw)[10]
    assert box.ref == anchor.ref
    again = docx.Document(str(DATA / "lo-features.docx"))
    for para in paragraphs(raw):
        element = locate(again.element.body, para.ref)
        assert element is again.paragraphs[para.ref.paragraph]._p
        assert element_text(element).endswith(para.text[-4:])


@pytest.mark.libreoffice
@pytest.mark.parametrize("name", ["lo-features.docx", "lo-tables.docx"])
def test_labels_and_text_match_libreoffice_own_rendering(name, tmp_path):
    """LibreOffice's plain-text export prints each paragraph with the list label it renders:
    every such line must be one of ours (label + text), bar the two documented differences."""
    import subprocess

    from conftest import require_tool, soffice_profile
    soffice = require_tool("soffice")
    subprocess.run([soffice, soffice_profile(), "--headless",
                    "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path),
                    str(DATA / name)], check=True, capture_output=True, timeout=180)
    lo_text = (tmp_path / name.replace(".docx", ".txt")).read_text(encoding="utf-8-sig")
    lines = [normalize(x).strip() for x in lo_text.splitlines() if x.strip()]
    ours = {f"{x.label} {x.text}" if x.label else x.text
            for x in read((DATA / name).read_bytes()).iter_paragraphs()}
    # LibreOffice prints the checkbox control's stored glyph and keeps deleted text
    expected_differences = {"☒ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน", "คงไว้เพิ่มเข้าลบออก"}
    assert [x for x in lines if x not in ours and x not in expected_differences] == []
    assert len(lines) >= 10


def test_libreoffice_saved_tables():
    raw = read((DATA / "lo-tables.docx").read_bytes())
    table = tables(raw)[0]
    assert table.n_cols == 4
    head = table.rows[0].cells
    assert [(c.text, c.grid_col, c.grid_span) for c in head] == [
        ("ด้าน", 0, 1), ("งาน (Tasks)", 1, 2), ("ตัวชี้วัด", 3, 1)]
    area = table.rows[1].cells[0]
    assert (area.text, area.row_span) == ("1. ด้านการจัดการเรียนรู้", 3)
    assert raw.text.count("1. ด้านการจัดการเรียนรู้") == 1
    assert [c.ref.cell for c in table.rows[2].cells] == [1, 2, 3]
    host = table.rows[2].cells[2]
    assert isinstance(host.blocks[1], Table) and host.text == "ร้อยละ 72\nซ้อน ก\nซ้อน ข"
    body = docx.Document(str(DATA / "lo-tables.docx")).element.body
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                assert element_text(locate(body, para.ref)) == para.text

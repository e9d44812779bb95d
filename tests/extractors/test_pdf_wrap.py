"""Space or no space where a PDF line wrapped (pdf_cells.wrap_space, pdf_wrap): hand-built lines."""

from __future__ import annotations

import pytest

from extractors.pdf_actualtext import Glyph
from extractors.pdf_cells import Cluster, Line, drawn_space, join_lines, wrap_space
from extractors.pdf_wrap import spans_break, text_says_space

SIZE = 16.0
CHAR = 6.0  # every glyph of a hand-built line is this wide


def line(text: str, x0: float = 100.0, top: float = 0.0) -> Line:
    """One line, a cluster per character (a trailing " " is a drawn space glyph)."""
    clusters, x = [], x0
    for n, ch in enumerate(text):
        glyph = Glyph(ch, x, top, x + CHAR, top + SIZE, SIZE, stream=n)
        clusters.append(Cluster(ch, x, top, x + CHAR, top + SIZE, SIZE, n, [glyph]))
        x += CHAR
    visible = [c for c in clusters if c.text.strip()]
    return Line(clusters, text.strip(), text != text.rstrip(), x0, top, visible[-1].x1, top + SIZE,
                SIZE, False)


@pytest.mark.parametrize("before, after, rule", [
    ("เด็กใช้มุมต่าง ๆ", "ในห้องเรียน", "mai-yamok"),
    ("ส่งคลิปคณิตศาสตร์สั้น", "ๆ ทาง LINE", "mai-yamok"),
    ("ปฏิบัติงานวิชาการและงานอื่น", "ๆ ที่ได้รับมอบหมาย", "mai-yamok"),  # newmm: one token "อื่นๆ"
    ("ไปศึกษาดูงานที่กรุงเทพฯ", "และเชียงใหม่", "paiyannoi"),
    ("เยี่ยมบ้านนักเรียนชั้น", "ม.3/2 ทุกคน", "abbreviation"),
    ("นักศึกษา", "ปวช.2 สาขาวิชาช่างยนต์", "abbreviation"),
    ("ปรับปรุงรายวิชา", "ค14101 ให้สอดคล้อง", "course-code"),
    ("ตัวชี้วัดรายวิชา", "ว22101 และ", "course-code"),  # newmm: รายวิ|ชาว|22101
    ("ฝึกทักษะการสื่อสาร", "เช่น การซื้อของ", "list-word"),
    ("ประเมินแบบรูบริก ๔ ด้าน ได้แก่", "เนื้อหา การลำดับ", "list-word"),
])
def test_text_rules_that_put_a_space(before: str, after: str, rule: str) -> None:
    assert text_says_space(before, after) == rule


@pytest.mark.parametrize("before, after", [
    ("ตามระบบดูแลช่วยเหลือ", "เยี่ยมบ้านนักเรียน"),  # an ordinary word boundary: no evidence
    ("ประชุมผู้ปกครองระดับ ค", "ศ.3"),  # คศ. wrapped inside: no abbreviation starts here
    ("ไปศึกษาดูงาน ฯ", "ลฯ"),  # ฯลฯ
    ("ได้ผล", "เช่นเดียวกัน"),  # not the list word เช่น
    ("การใช้สื่อและเทคโน", "โลยีในการเรียนรู้"),  # one word across the break
])
def test_no_text_rule_fires(before: str, after: str) -> None:
    assert text_says_space(before, after) is None


def test_a_word_across_the_break_is_seen() -> None:
    assert spans_break("การใช้สื่อและเทคโน", "โลยีในการเรียนรู้")
    assert not spans_break("ตามระบบดูแลช่วยเหลือ", "เยี่ยมบ้าน")


def test_a_drawn_trailing_space_is_a_space() -> None:
    prev = line("ปลอดภัย ")
    assert wrap_space(prev, line("มีมุมหนังสือ", top=20), prev.text, right=200.0)


def test_no_space_after_a_hyphen_that_ends_a_word() -> None:
    prev = line("ร่วมจัดสอบ N-")
    assert not wrap_space(prev, line("NET และงานทะเบียน", top=20), prev.text)
    prev = line("คละชั้น ป.๑ -")  # a spaced dash: the space goes on after it
    assert wrap_space(prev, line("๓ ที่ใช้หัวเรื่อง", top=20), prev.text)


def test_next_to_latin_or_digits_there_is_a_space() -> None:
    prev = line("นักเรียนชั้น ป.4")
    assert wrap_space(prev, line("จำนวน 58 คน", top=20), prev.text)


def test_thai_joins_without_a_space_by_default() -> None:
    prev = line("ตามระบบดูแลช่วยเหลือ")  # ends at 220
    nxt = line("เยี่ยมบ้านนักเรียน", top=20)
    assert not wrap_space(prev, nxt, prev.text, right=225.0, cell=True)
    assert join_lines([prev, nxt], 225.0, cell=True) == "ตามระบบดูแลช่วยเหลือเยี่ยมบ้านนักเรียน"


def test_a_first_word_that_would_have_fitted_without_a_space_moved_because_of_one() -> None:
    prev = line("ตามระบบดูแลช่วยเหลือ")  # ends at 220; "เยี่ยม" (the first word) is 36 wide
    nxt = line("เยี่ยมบ้านนักเรียน", top=20)
    assert wrap_space(prev, nxt, prev.text, right=260.0, cell=True)
    assert join_lines([prev, nxt], 260.0, cell=True) == "ตามระบบดูแลช่วยเหลือ เยี่ยมบ้านนักเรียน"
    # Not in body text, whose right edge is only the widest line seen
    assert not wrap_space(prev, nxt, prev.text, right=260.0, cell=False)


def test_a_producer_that_draws_wrapped_spaces_drew_none_here() -> None:
    prev = line("เยี่ยมบ้านนักเรียนชั้น")  # ends at 232
    nxt = line("ม.3/2 ทุกคน", top=20)
    # room 1 < the 3.5 a space needs: LibreOffice left out a space that did not fit, the
    # text decides (an abbreviation)
    assert wrap_space(prev, nxt, prev.text, right=233.0, space=3.5, cell=True)
    # room 10 >= 3.5: a space would have been drawn, so there was none
    assert not wrap_space(prev, nxt, prev.text, right=242.0, space=3.5, cell=True)
    # the same room from a producer that never draws them (Chromium): the text decides
    assert wrap_space(prev, nxt, prev.text, right=235.0, space=None, cell=False)


def test_drawn_space_is_the_median_trailing_space_glyph() -> None:
    a, b, c = line("ก "), line("ข "), line("ค")
    a.clusters[-1].x1 = a.clusters[-1].x0 + 3.5
    b.clusters[-1].x1 = b.clusters[-1].x0 + 3.5
    assert drawn_space([a, b, c]) == pytest.approx(3.5)
    assert drawn_space([c]) is None


def test_an_abbreviation_or_a_course_code_moves_with_its_number() -> None:
    from extractors.pdf_cells import _first_word

    assert _first_word("ม.3/2 ติดตามนักเรียน") == "ม.3/2"
    assert _first_word("ส33201 เศรษฐศาสตร์") == "ส33201"
    assert _first_word("ป.๑-๓ ที่ใช้หัวเรื่อง") == "ป.๑-๓"
    assert _first_word("กศน.ตำบลในอำเภอ") == "กศน.ตำบล"


def test_a_line_ended_by_a_drawn_space_did_not_end_its_paragraph_early() -> None:
    from extractors.pdf_cells import starts_paragraph

    prev = line("ฝึกให้เด็กรู้จักรอคอย แบ่งปัน ")  # text ends at 274, its space at 280
    nxt = line("เก็บของเล่นเข้าที่", top=24)  # first word "เก็บ": 24 wide
    # 311 - 280 = 31 is too little for "เก็บ" and the 8 (0.5 em) of slack after the space
    assert not starts_paragraph(prev, nxt, 100.0, 311.0, 24.0)
    # without the space glyph the room (311 - 274 = 37) would have held it: a paragraph end
    bare = line("ฝึกให้เด็กรู้จักรอคอย แบ่งปัน")
    assert starts_paragraph(bare, nxt, 100.0, 311.0, 24.0)


def test_a_space_the_text_calls_for_but_not_drawn_ends_the_paragraph() -> None:
    """LibreOffice (which draws the space a line wraps at when it fits) printed the 1.1 line
    and, under it, a subject line starting with its course code: a course code has a space
    before it, none was drawn though one fitted, so the line ended its paragraph."""
    from extractors.pdf_cells import starts_paragraph

    prev = line("รวมจำนวน ๑๖ ชั่วโมง/สัปดาห์ ดังนี้")
    nxt = line("ว22101 วิทยาศาสตร์และเทคโนโลยี 3", top=24)  # first unit "ว22101": 36 wide
    # room 10: too little for "ว22101", but a 3.5 space would have fitted
    assert starts_paragraph(prev, nxt, 100.0, prev.x1 + 10.0, 24.0, space=3.5)
    # a producer that never draws them (Chromium), or no room for the space: a wrap
    assert not starts_paragraph(prev, nxt, 100.0, prev.x1 + 10.0, 24.0)
    assert not starts_paragraph(prev, nxt, 100.0, prev.x1 + 2.0, 24.0, space=3.5)
    # the text has no space between two Thai words here: a wrap, as before
    plain = line("ตามระบบดูแลช่วยเหลือนักเรียนของโรงเรียนทุก")
    assert not starts_paragraph(plain, line("ชั้นเรียนเป็นรายบุคคล", top=24), 100.0,
                                plain.x1 + 10.0, 24.0, space=3.5)


def test_a_gap_without_a_space_glyph_is_no_space_where_spaces_are_drawn() -> None:
    from extractors.pdf_cells import DRAWN_SPACE_GAP, respace

    code = line("ว33205")
    for c in code.clusters[1:]:  # LibreOffice: 0.2 em between the letter and the digits
        c.x0 += 3.2
        c.x1 += 3.2
    from extractors.pdf_cells import _line_text

    assert _line_text(code.clusters).text == "ว 33205"  # a producer that draws no spaces
    assert respace([code], DRAWN_SPACE_GAP)[0].text == "ว33205"


def test_no_space_after_an_opening_bracket_or_a_slash() -> None:
    prev = line("จำนวน ๒ หน่วย (")
    assert not wrap_space(prev, line("หน่วยข้าวของ", top=20), prev.text)
    prev = line("ร้อยละของงาน/กิจกรรม/")
    assert not wrap_space(prev, line("โครงการที่บรรลุ", top=20), prev.text)


def test_a_row_cut_by_a_page_is_joined_by_the_same_rules() -> None:
    from extractors.pdf_cells import Para, cut_space

    def para(text: str) -> Para:
        return Para(text.strip(), (0, 0, 1, 1), [Glyph(ch, 0, 0, 1, 1, SIZE) for ch in text])

    assert cut_space(para("นักเรียนร้อยละ"), para("๘๐ ผ่านจุดประสงค์"))  # a Thai digit is no letter
    assert cut_space(para("ให้ฟังทุกเช้า "), para("พร้อมฝึกมารยาท"))  # a drawn space at the cut
    assert not cut_space(para("ให้ฟังทุกเช้า"), para("พร้อมฝึกมารยาท"))
    assert cut_space(para("นักเรียนระดับชั้น"), para("ป.๑-๓"))  # an abbreviation


def test_wrapped_space_is_read_from_the_stream_of_glyphs() -> None:
    from extractors.pdf_cells import wrapped_space

    first = [Glyph(ch, 100 + 6 * i, 0, 106 + 6 * i, SIZE, SIZE) for i, ch in enumerate("ปลอดภัย")]
    space = Glyph(" ", 142, 0, 145.5, SIZE, SIZE)
    below = Glyph("ม", 100, 24, 106, 24 + SIZE, SIZE)
    assert wrapped_space([[*first, space, below]]) == pytest.approx(3.5)
    assert wrapped_space([[*first, below]]) is None  # Chromium draws no space where it wraps


def test_a_number_then_a_thai_word_is_never_a_wrap_without_a_space() -> None:
    """LibreOffice printed "… คิดเป็นร้อยละ 36.54" and, under it, the next paragraph of
    Part 2's problem: no line breaker breaks a number from the Thai word after it without a
    space (36.54นักเรียน is one unit), and a space would have fitted and been drawn, so the
    line ended its paragraph."""
    from extractors.pdf_cells import starts_paragraph

    prev = line("เพียง 19 คน คิดเป็นร้อยละ 36.54")
    nxt = line("นักเรียนจำบทสนทนาได้", top=24)  # first word "นักเรียน": 48 wide
    assert starts_paragraph(prev, nxt, 100.0, prev.x1 + 10.0, 24.0, space=3.5)
    closed = line("ต่ำกว่าเกณฑ์ 15 คน (ร้อยละ 44.12)")
    assert starts_paragraph(closed, line("ผักเสียหายจากโรค", top=24), 100.0, closed.x1 + 10.0,
                            24.0, space=3.5)
    # no room for the space (it was left out), or a producer that never draws them: a wrap
    assert not starts_paragraph(prev, nxt, 100.0, prev.x1 + 2.0, 24.0, space=3.5)
    assert not starts_paragraph(prev, nxt, 100.0, prev.x1 + 10.0, 24.0)
    # a Thai word then a number has no break without a space either, but LibreOffice leaves
    # such spaces out (พุทธศักราช | ๒๕๖๐): not taken
    thai = line("หลักสูตรการศึกษาปฐมวัย พุทธศักราช")
    assert not starts_paragraph(thai, line("๒๕๖๐ ให้สอดคล้อง", top=24), 100.0,
                                thai.x1 + 10.0, 24.0, space=3.5)


@pytest.mark.parametrize("before, after", [
    ("นักเรียนชั้นมัธยมศึกษาปีที่ 1/4 จำนวน 36 คน", "มีภาวะน้ำหนักเกิน"),  # คน|มี: 199 of 203
    ("จัดห้องเรียนให้สะอาด", "ปลอดภัย มีมุมหนังสือ"),  # สะอาด|ปลอดภัย: 14 of 14
    ("กลุ่มสาระการเรียนรู้สังคมศึกษา", "ศาสนาและวัฒนธรรม"),  # 7 of 7
])
def test_words_writers_space_put_a_space(before: str, after: str) -> None:
    assert text_says_space(before, after) == "corpus"


@pytest.mark.parametrize("before, after", [
    ("ตามระบบดูแลช่วยเหลือ", "เยี่ยมบ้านนักเรียน"),  # 0.14
    ("ให้ผู้ทรงคุณวุฒิ 3 คน", "ตรวจสอบ"),  # คน|… is spaced, คน|ตรวจสอบ only 10 of 14
    ("จัดทำแบบทดสอบ", "แบบประเมิน"),  # 11 of 17
    ("เด็กรู้จักการรอคอย", "การแบ่งปัน"),  # a pair seen spaced 9 of 9, but การ after a word
    # is rarely spaced: 0.85, under the bar
    ("ส่งเสริมคุณธรรม", "จริยธรรม"),  # 22 of 35
])
def test_words_writers_space_only_sometimes_put_none(before: str, after: str) -> None:
    assert text_says_space(before, after) is None


def test_the_corpus_counts_are_the_spent_texts() -> None:
    from extractors.pdf_wrap import _counts

    counts = _counts()
    assert 0.05 < counts.base < 0.2  # about one Thai word boundary in ten is spaced
    assert counts.left["คน"][0] > 1000 and counts.right["และ"][0] > 1000
    assert counts.rate("การ", "ศึกษา") < 0.01


@pytest.mark.parametrize("before, after, rule", [
    ("สังกัด สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง", "เขต 1", "district"),
    ("สังกัด สพป.มหาสารคาม", "เขต ๑", "district"),
    ("ประชุมที่สำนักงาน", "เขต 3 วัน", None),  # สำนักงานเขต: one word across the break
    ("ครูในโรงเรียนสหวิทยา", "เขต 7 ร่วมกัน", None),  # สหวิทยาเขต
    ("นักเรียนใน", "เขตบริการ", None),  # no district number
])
def test_a_district_number_after_its_province(before: str, after: str, rule: str | None) -> None:
    assert text_says_space(before, after) == rule


def test_the_words_habit_alone_does_not_end_a_paragraph() -> None:
    """LibreOffice drew no space where one fitted: the writer typed none, whatever the words'
    habit says (a list word or a code would have been a paragraph end, test above)."""
    from extractors.pdf_cells import starts_paragraph

    prev = line("จัดทำหน่วยการเรียนรู้ให้สอดคล้องกับมาตรฐานภาษาต่างประเทศ")
    nxt = line("และระดับ HSK 1", top=24)
    assert text_says_space(prev.text, nxt.text) == "corpus"
    assert text_says_space(prev.text, nxt.text, corpus=False) is None
    assert not starts_paragraph(prev, nxt, 100.0, prev.x1 + 5.0, 24.0, space=3.5)


def test_an_indented_block_line_that_looks_centred_goes_on() -> None:
    """Chromium printed Part 2's problem indented 1.2 em; one line happened to end as far
    from the right edge as it starts from the left, so it sits on the axis of the page's
    centred headings. The next line starts at its very x: the block goes on."""
    from extractors.pdf_cells import starts_paragraph

    prev = line("ก" * 30, x0=120.0)  # 120 … 300: centre 210, 20 from both edges
    assert not starts_paragraph(prev, line("ตนเอง", x0=120.0, top=24), 100.0, 320.0, 24.0,
                                axis=210.0)
    # a centred heading followed by text at the margin still ends its paragraph
    assert starts_paragraph(prev, line("จากการตรวจผลงาน", x0=100.0, top=24), 100.0, 320.0, 24.0,
                            axis=210.0)


def test_the_builder_never_reads_a_sealed_label_file(tmp_path, monkeypatch) -> None:
    """A blind set still sealed (being written or awaiting its one measurement) gives no counts."""
    from benchmarks import evaluate_coverage
    from extractors import pdf_wrap_build

    labels = tmp_path / "samples" / "labels"
    labels.mkdir(parents=True)
    (tmp_path / "samples" / "expected").mkdir()
    (labels / "task_sets90.jsonl").write_text('{"tasks": ["จัดทำแผนการจัดการเรียนรู้"]}\n', encoding="utf-8")
    (labels / "task_sets91.jsonl").write_text('{"tasks": ["ออกแบบสื่อการสอน"]}\n', encoding="utf-8")
    monkeypatch.setattr(evaluate_coverage, "SEALED", frozenset({"task_sets91.jsonl"}))
    got = pdf_wrap_build.texts(tmp_path)
    assert "จัดทำแผนการจัดการเรียนรู้" in got and "ออกแบบสื่อการสอน" not in got

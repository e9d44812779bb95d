"""Paragraph boundaries from a tagged PDF's structure tree (synthetic PDFs written here)."""

from __future__ import annotations

from extractors.budget import Budget
from extractors.pdf import read_pdf
from extractors.pdf_struct import StructTree, _lookup
from extractors.raw import Paragraph
from extractors.sniff import Limits

# Four lines of 40 Courier characters: every line fills the text frame, the pitch is even and
# nothing is indented, so only the structure tree can tell that lines 3–4 are a new paragraph.
LINES = ["the first task starts here and it runs o", "n to a second line that fills the box ok",
         "the second task begins on this third lin", "e and it also ends on a line that is ful"]


def _pdf(tagged: bool, paragraph_of_line: list[int]) -> bytes:
    """A one-page PDF; line i is drawn in marked content MCID i (when tagged), whose structure
    element is a NonStruct inside paragraph element paragraph_of_line[i] (Chromium's shape)."""
    ops = []
    for i, line in enumerate(LINES):
        y = 700 - 14 * i
        body = f"BT /F1 12 Tf 72 {y} Td ({line}) Tj ET"
        ops.append(f"/P <</MCID {i}>> BDC {body} EMC" if tagged else body)
    content = "\n".join(ops).encode()
    n_paras = max(paragraph_of_line) + 1
    # objects: 1 catalog, 2 pages, 3 page, 4 font, 5 content, 6 struct root, 7 document,
    # 8.. paragraphs, then one NonStruct per line.
    para_ids = [8 + p for p in range(n_paras)]
    leaf_ids = [8 + n_paras + i for i in range(len(LINES))]
    tags = b" /StructTreeRoot 6 0 R /MarkInfo << /Marked true >>" if tagged else b""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R" + tags + b" >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
           b" /Resources << /Font << /F1 4 0 R >> >> /StructParents 0 >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
        5: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        6: b"<< /Type /StructTreeRoot /K 7 0 R /ParentTree << /Nums [0 ["
           + b" ".join(b"%d 0 R" % n for n in leaf_ids) + b"]] >> >>",
        7: b"<< /Type /StructElem /S /Document /P 6 0 R /K ["
           + b" ".join(b"%d 0 R" % n for n in para_ids) + b"] >>",
    }
    for p, pid in enumerate(para_ids):
        kids = [leaf_ids[i] for i, q in enumerate(paragraph_of_line) if q == p]
        objects[pid] = (b"<< /Type /StructElem /S /P /P 7 0 R /K ["
                        + b" ".join(b"%d 0 R" % n for n in kids) + b"] >>")
    for i, lid in enumerate(leaf_ids):
        objects[lid] = (b"<< /Type /StructElem /S /NonStruct /P %d 0 R /Pg 3 0 R /K %d >>"
                        % (para_ids[paragraph_of_line[i]], i))
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def _paragraphs(data: bytes) -> list[str]:
    raw = read_pdf(data, limits=Limits(), budget=Budget(30))
    return [b.text for b in raw.blocks if isinstance(b, Paragraph)]


def test_two_tagged_paragraphs_with_no_visible_boundary_are_two() -> None:
    assert _paragraphs(_pdf(True, [0, 0, 1, 1])) == [
        " ".join(LINES[:2]), " ".join(LINES[2:])]


def test_the_same_page_untagged_is_one_paragraph() -> None:
    assert _paragraphs(_pdf(False, [0, 0, 1, 1])) == [" ".join(LINES)]


def test_one_tagged_paragraph_over_several_marked_sequences_stays_one() -> None:
    assert _paragraphs(_pdf(True, [0, 0, 0, 0])) == [" ".join(LINES)]


def test_number_tree_kids_and_a_damaged_tree() -> None:
    tree = {"Kids": [{"Limits": [0, 4], "Nums": [0, "a", 4, "b"]},
                     {"Limits": [5, 9], "Nums": [7, "c"]}]}
    assert _lookup(tree, 4) == "b" and _lookup(tree, 7) == "c" and _lookup(tree, 6) is None
    assert not StructTree({"StructTreeRoot": {"ParentTree": "garbage"}}).tagged
    broken = StructTree({"StructTreeRoot": {"ParentTree": {"Nums": [0, 5]}}})
    page = broken.page({"StructParents": 0})
    assert page is not None and page.paragraph(0) is None and page.paragraph(-1) is None
    assert broken.page({}) is None


def test_a_number_tree_that_loops_is_cut_short() -> None:
    loop: dict = {"Kids": []}
    loop["Kids"] = [loop, loop]  # every kid is the tree itself, with no limits
    assert _lookup(loop, 3) is None

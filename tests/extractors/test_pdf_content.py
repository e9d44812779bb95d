"""content_objects() must give exactly what pdfminer's PDFContentParser gives, or None."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1, stream_value
from pdfminer.psparser import PSEOF

from extractors.pdf_content import content_objects

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "thai-pdf-corpus" / "pdf"


def _stream(data: bytes) -> PDFStream:
    stream = PDFStream({}, data)
    stream.objid = 1
    return stream


def reference(datas: list[bytes]) -> list[object]:
    """pdfminer's own reading: every top-level object, positions dropped."""
    try:
        parser = PDFContentParser([_stream(d) for d in datas])
    except PSEOF:
        return []
    out = []
    while True:
        try:
            out.append(parser.nextobject()[1])
        except PSEOF:
            return out


CASES = [
    b"BT /F1 12 Tf 72 712 Td (Hello) Tj ET",
    b"q 1 0 0 1 0 0 cm 0.5 w 10 10 m 20 20 l S Q",
    b"[(A) -120 (B) 3.5 <0041 42>] TJ T* (x) ' 1 2 (y) \"",
    b"/Span <</ActualText <FEFF0E170E350E48>>> BDC <0102> Tj EMC",
    b"/P <</MCID 3 /Lang (th-TH)>> BDC EMC",
    b"(a\\(b\\)c \\\\ \\n\\t\\101\\60\\0 x\\q (nested (deep)) end)Tj",
    b"(line\\\r\ncontinued\\\nhere) Tj",
    b"1.2.3 -.5 +4 -- 5. . 007 -0 Tj",
    b"% a comment ( not a string\n1 0 0 RG f* B* W n",
    b"<00 4>Tj <>Tj <abc>Tj <<>> <</A [1 2 {3}] /B <</C true /D false>>>> BDC",
    b"true false null abc123 d0 d1",
    b"1 2 re\x00\x00f",
    b"[1 [2 [3]] /N] 0 d",
    b"\x80\xff Tj ) Tj",
    b"/\xe0\xb8\x81 1 Tf /A/B/C",
]


@pytest.mark.parametrize("data", CASES)
def test_same_objects_as_pdfminer(data: bytes) -> None:
    got = content_objects([data])
    assert got is not None
    assert got == reference([data])


def test_streams_are_read_as_pdfminer_joins_them() -> None:
    datas = [b"q 1 0 0 1 0 0 cm", b"Q q", b"BT /F1 1", b"2 Tf ET Q"]
    assert content_objects(datas) == reference(datas)


@pytest.mark.parametrize("data", [
    b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI",  # inline image
    b"/A#20B 1 Tf",  # name with a # escape
    b"<</A>> BDC",  # odd dictionary: pdfminer raises
    b"[1 2 TJ",  # unclosed array
    b"1 2 ] TJ",  # closing what was not opened
    b"(unterminated",
    b"<0041",
    b"(\\777)Tj",  # octal over 255: pdfminer asserts
])
def test_falls_back_where_unsure(data: bytes) -> None:
    assert content_objects([data]) is None


def test_falls_back_on_a_token_cut_at_a_stream_end() -> None:
    assert content_objects([b"1 0 0 RG /", b"F1 12 Tf"]) is None
    assert content_objects([b"<</A 1>", b"> BDC"]) is None


PIECES = [b" ", b"\n", b"\r\n", b"\t", b"1", b"-2", b"3.", b".5", b"-", b"+", b".", b"07",
          b"Tj", b"TJ", b"T*", b"'", b'"', b"BT", b"ET", b"true", b"null", b"/F1", b"/",
          b"(", b")", b"\\", b"\\n", b"\\12", b"\\(", b"a", b"<", b">", b"<<", b">>",
          b"<0E17>", b"[", b"]", b"{", b"}", b"%c\n", b"\x00", b"\x80", b"EMC", b"BDC", b"#"]
# Without "(", "%" and "#": the streams that take the findall path (_bare_tokens).
BARE_PIECES = [p for p in PIECES if not any(ch in p for ch in b"(%#")]


@pytest.mark.parametrize("pieces", [PIECES, BARE_PIECES], ids=["all", "bare"])
def test_random_token_soup_matches_pdfminer(pieces: list[bytes]) -> None:
    """Random streams from the pieces content streams are made of: same objects, or None."""
    rng = random.Random(11)
    compared = 0
    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        got = content_objects([data])
        if got is None:
            continue
        try:
            want = reference([data])
        except Exception:  # pdfminer raises (odd dict, bad octal…): we must have fallen back
            pytest.fail(f"fast path accepted what pdfminer rejects: {data!r}")
        assert got == want, data
        compared += 1
    assert compared > 500  # the fast path took a good share of them


def _forms(resources: object, seen: set[int]):
    res = resolve1(resources) or {}
    xobjects = resolve1(res.get("XObject")) if isinstance(res, dict) else None
    for value in (xobjects or {}).values():
        stream = resolve1(value)
        if (isinstance(stream, PDFStream) and getattr(stream.get("Subtype"), "name", "") == "Form"
                and stream.objid not in seen):
            seen.add(stream.objid)
            yield stream
            yield from _forms(stream.get("Resources"), seen)


@pytest.mark.slow
def test_every_corpus_and_sample_content_stream_reads_the_same() -> None:
    files = sorted(CORPUS.glob("*/*.pdf")) + sorted((ROOT / "samples" / "documents").glob("*.pdf"))
    if not files:
        pytest.skip("no PDFs")
    fell_back = compared = 0
    for path in files:
        doc = PDFDocument(PDFParser(io.BytesIO(path.read_bytes())))
        for page in PDFPage.create_pages(doc):
            groups = [[stream_value(s).get_data() for s in page.contents]]
            groups += [[s.get_data()] for s in _forms(page.resources, set())]
            for datas in groups:
                got = content_objects(datas)
                if got is None:
                    fell_back += 1
                    continue
                assert got == reference(datas), path.name
                compared += 1
    assert compared and fell_back == 0  # our producers' streams all take the fast path


def _pdf_with_inline_image() -> bytes:
    content = (b"BT /F1 12 Tf 72 720 Td (Inline image below) Tj ET\n"
               b"q 20 0 0 20 72 600 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x10\x80\xff\x00 EI Q\n")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
               b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1,
                                                                              xref)
    return bytes(out)


def test_interpreter_falls_back_to_pdfminer_on_an_inline_image() -> None:
    """A page with an inline image goes through pdfminer's own parser: same text, image seen."""
    import pdfplumber

    from extractors.pdf_actualtext import ReaderPage, glyphs

    with pdfplumber.open(io.BytesIO(_pdf_with_inline_image())) as pdf:
        base = pdf.pages[0]
        plain = "".join(ch["text"] for ch in base.chars)
        page = ReaderPage(pdf, base.page_obj, page_number=1)
        assert "".join(g.text for g in glyphs(page)) == plain == "Inline image below"
        assert len(page.objects.get("image", [])) == len(base.images) == 1

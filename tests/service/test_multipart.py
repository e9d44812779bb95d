"""service/api/multipart.py: the one streaming multipart reader behind /reviews, /annotate,
/reports/html (parts in memory) and /batches (files spooled to disk)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from extractors.errors import UnreadableFile
from service.api.errors import ApiError
from service.api.multipart import MemoryParts, SpoolFiles, stream_multipart

BOUNDARY = "pa-review-test-boundary"
CT = f"multipart/form-data; boundary={BOUNDARY}"


def body(*parts: tuple[str, str | None, bytes]) -> bytes:
    """(name, filename or None, data) parts as a multipart/form-data body."""
    out = b""
    for name, filename, data in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n".encode()
        if filename:
            out += b"Content-Type: application/pdf\r\n"
        out += b"\r\n" + data + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


class Chunks:
    """An async body that counts how many chunks were taken."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks, self.taken = chunks, 0

    def __aiter__(self):
        return self._gen()

    async def _gen(self):
        for chunk in self.chunks:
            self.taken += 1
            yield chunk


def split(data: bytes, size: int) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)]


def too_large() -> UnreadableFile:
    return UnreadableFile("too-large", "ไฟล์ใหญ่เกิน", "Too large.", status=413)


def too_many() -> ApiError:
    return ApiError(413, "too-many", "มากเกินไป", "Too many.")


def field_too_large() -> ApiError:
    return ApiError(413, "field-too-large", "ยาวเกินไป", "Too long.")


def memory(max_file: int = 10_000, max_field: int = 100, max_parts: int = 5) -> MemoryParts:
    return MemoryParts(max_file_bytes=max_file, max_field_bytes=max_field, max_parts=max_parts,
                       too_large=too_large, too_many=too_many)


def spool(folder: Path, max_files: int = 3) -> SpoolFiles:
    return SpoolFiles(folder, max_files=max_files, max_field_bytes=16, too_many=too_many,
                      field_too_large=field_too_large)


def run(sink, chunks, *, content_type: str = CT, length: str | None = None,
        max_body: int = 1_000_000, field_name: str = "file") -> None:
    asyncio.run(stream_multipart(content_type, length, chunks, sink, max_body=max_body,
                                 too_large=too_large, field_name=field_name))


SAMPLE = body(("rank", None, "ชำนาญการ".encode()),
              ("file", "แผน ปี 2567.pdf", b"%PDF-1.7\r\n--not-the-boundary\r\n" + bytes(range(256))),
              ("keep", None, b"1"))


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, len(SAMPLE)])
def test_parts_survive_any_chunking(size):
    sink = memory()
    run(sink, Chunks(split(SAMPLE, size)))
    assert [(p.name, p.filename) for p in sink.parts] == [
        ("rank", None), ("file", "แผน ปี 2567.pdf"), ("keep", None)]
    (pdf,) = sink.files
    assert bytes(pdf.data) == b"%PDF-1.7\r\n--not-the-boundary\r\n" + bytes(range(256))
    assert pdf.content_type == "application/pdf"
    assert sink.fields == {"rank": "ชำนาญการ", "keep": "1"}


def test_every_two_chunk_split_of_the_boundary_region():
    expected = None
    for cut in range(1, len(SAMPLE)):
        sink = memory()
        run(sink, Chunks([SAMPLE[:cut], SAMPLE[cut:]]))
        got = [(p.name, p.filename, bytes(p.data)) for p in sink.parts]
        expected = expected or got
        assert got == expected, cut
    assert len(expected) == 3


def test_a_file_over_its_limit_stops_reading_early_with_413():
    data = body(("file", "big.pdf", b"%PDF" + b"0" * 20_000))
    chunks = Chunks(split(data, 500))
    with pytest.raises(UnreadableFile) as err:
        run(memory(max_file=2_000), chunks)
    assert err.value.status == 413 and err.value.code == "too-large"
    assert chunks.taken <= 6 < len(chunks.chunks)  # 2 000 bytes + the headers, then no more


def test_a_form_field_over_its_limit_is_refused():
    with pytest.raises(UnreadableFile) as err:
        run(memory(max_field=10), Chunks([body(("rank", None, b"x" * 11))]))
    assert err.value.status == 413


def test_the_body_limit_counts_every_byte_even_without_content_length():
    data = body(("file", "big.pdf", b"0" * 50_000))
    chunks = Chunks(split(data, 1_000))
    with pytest.raises(UnreadableFile):
        run(memory(max_file=10**9), chunks, max_body=5_000)
    assert chunks.taken == 6  # the sixth chunk passes 5 000 bytes: refused before it is parsed


def test_a_declared_length_over_the_limit_is_refused_before_reading():
    chunks = Chunks([SAMPLE])
    with pytest.raises(UnreadableFile):
        run(memory(), chunks, length=str(2_000), max_body=1_000)
    assert chunks.taken == 0
    run(memory(), Chunks([SAMPLE]), length=str(len(SAMPLE)), max_body=len(SAMPLE))  # at the limit


@pytest.mark.parametrize("data", [
    b"this is not multipart at all\r\n",
    f"--{BOUNDARY}\r\nContent-Disposition form-data\r\n\r\nx\r\n".encode(),  # header without ':'
    f"--{BOUNDARY}X\r\n".encode(),  # boundary followed by junk
])
def test_a_malformed_body_is_400(data):
    with pytest.raises(ApiError) as err:
        run(memory(), Chunks([data]))
    assert (err.value.status, err.value.code) == (400, "bad-multipart")
    assert err.value.message_th and err.value.message_en


def test_a_boundary_the_parser_refuses_is_400():
    long = "b" * 300  # RFC 2046 allows 70 characters; python_multipart refuses over 256
    with pytest.raises(ApiError) as err:
        run(memory(), Chunks([b"--" + long.encode() + b"--\r\n"]),
            content_type=f"multipart/form-data; boundary={long}")
    assert (err.value.status, err.value.code) == (400, "bad-multipart")


def test_a_broken_stream_is_400():
    class Broken(Chunks):
        async def _gen(self):
            yield SAMPLE[:40]
            raise ConnectionResetError

    with pytest.raises(ApiError) as err:
        run(memory(), Broken([]))
    assert err.value.status == 400


@pytest.mark.parametrize("content_type", [
    "application/json", "multipart/form-data", "multipart/mixed; boundary=x", ""])
def test_anything_but_multipart_form_data_is_415(content_type):
    chunks = Chunks([SAMPLE])
    with pytest.raises(ApiError) as err:
        run(memory(), chunks, content_type=content_type)
    assert (err.value.status, err.value.code) == (415, "not-multipart")
    assert chunks.taken == 0


def test_the_415_names_the_route_field_as_before():
    for name, th, en in [
        ("file", "ต้องส่งไฟล์แบบ multipart/form-data (ช่อง file)",
         "Send the file as multipart/form-data (field `file`)."),
        ("files", "ต้องส่งไฟล์แบบ multipart/form-data (ช่อง files)",
         "Send the files as multipart/form-data (field `files`)."),
    ]:
        with pytest.raises(ApiError) as err:
            run(memory(), Chunks([]), content_type="text/plain", field_name=name)
        assert (err.value.message_th, err.value.message_en) == (th, en)


def test_too_many_parts_in_memory():
    data = body(*[(f"f{i}", None, b"x") for i in range(6)])
    with pytest.raises(ApiError) as err:
        run(memory(max_parts=5), Chunks([data]))
    assert err.value.code == "too-many"
    sink = memory(max_parts=6)
    run(sink, Chunks([data]))
    assert len(sink.parts) == 6


def test_spooled_files_and_fields(tmp_path):
    sink = spool(tmp_path)
    data = body(("files", "a.docx", b"A" * 3000), ("rank", None, b"teacher"),
                ("files", "b.zip", b"PK\x03\x04"), ("", None, b"nameless"))
    run(sink, Chunks(split(data, 100)))
    assert [(name, path.name) for name, path in sink.saved] == [
        ("a.docx", "000000.upload"), ("b.zip", "000001.upload")]
    assert sink.saved[0][1].read_bytes() == b"A" * 3000
    assert sink.saved[1][1].read_bytes() == b"PK\x03\x04"
    assert sink.fields == {"rank": "teacher"}  # a nameless field is dropped


@pytest.mark.parametrize("case", ["field-too-long", "too-many-files", "malformed", "body-limit"])
def test_spooled_files_are_removed_when_the_upload_fails(tmp_path, case):
    parts = [("files", "a.pdf", b"A" * 5000), ("files", "b.pdf", b"B" * 5000)]
    if case == "field-too-long":
        parts.append(("rank", None, b"r" * 17))
    elif case == "too-many-files":
        parts += [("files", "c.pdf", b"C"), ("files", "d.pdf", b"D")]
    data = body(*parts)
    if case == "malformed":
        data = data[:-len(f"--{BOUNDARY}--\r\n")] + f"--{BOUNDARY}\r\nno colon\r\n\r\n".encode()
    sink = spool(tmp_path)
    with pytest.raises((ApiError, UnreadableFile)) as err:
        run(sink, Chunks(split(data, 700)), max_body=9_000 if case == "body-limit" else 10**6)
    expected = {"field-too-long": "field-too-large", "too-many-files": "too-many",
                "malformed": "bad-multipart", "body-limit": "too-large"}[case]
    assert err.value.code == expected
    assert sink.saved  # files were spooled before the failure …
    assert list(tmp_path.iterdir()) == []  # … and are gone, their handles closed
    assert sink._handle is None


def test_a_successful_spool_keeps_its_files(tmp_path):
    sink = spool(tmp_path)
    run(sink, Chunks([body(("files", "a.pdf", b"A"))]))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["000000.upload"]

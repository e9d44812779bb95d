"""service/api/multipart.py: the one streaming multipart reader behind /reviews, /annotate,
/reports/html (parts in memory) and /batches (files spooled to disk)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import service_fakes as fakes

from extractors.errors import UnreadableFile
from service.api.errors import ApiError
from service.api.multipart import MemoryParts, SpoolFiles, stream_multipart

BOUNDARY = "pa-review-test-boundary"
CT = f"multipart/form-data; boundary={BOUNDARY}"


def body(*parts: tuple[str, str | None, bytes]) -> bytes:
    """(name, filename or None, data) parts as a multipart/form-data body."""
    out = b""
    for name, filename, data in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"'
                                                if filename is not None else "")
        out += f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n".encode()
        if filename is not None:
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
                       too_large=too_large, too_many=too_many, field_too_large=field_too_large)


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


def test_a_form_field_over_its_limit_is_refused_as_a_field_not_a_file():
    with pytest.raises(ApiError) as err:
        run(memory(max_field=10), Chunks([body(("rank", None, b"x" * 11))]))
    assert (err.value.status, err.value.code) == (413, "field-too-large")
    run(memory(max_field=10), Chunks([body(("rank", None, b"x" * 10))]))  # at the limit


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
    assert (err.value.status, err.value.code) == (400, "incomplete-upload")


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


# -- a body cut off before its closing boundary ---------------------------------------------

CLOSE = f"--{BOUNDARY}--".encode()


def test_a_body_cut_off_anywhere_before_the_closing_boundary_is_refused():
    # every prefix that lacks the whole closing delimiter: mid-header, mid-file, between parts,
    # and cut inside `--boundary--` itself (only its trailing CRLF is optional)
    whole_from = SAMPLE.rindex(CLOSE) + len(CLOSE)
    for cut in range(whole_from):
        sink = memory()
        with pytest.raises(ApiError) as err:
            run(sink, Chunks(split(SAMPLE[:cut], 50)))
        assert (err.value.status, err.value.code) == (400, "incomplete-upload"), cut
    assert err.value.message_th.startswith("การอัปโหลด") and "again" in err.value.message_en


def test_the_closing_boundary_without_its_crlf_or_with_an_epilogue_is_whole():
    for data in (SAMPLE[:-2], SAMPLE + b"epilogue, ignored\r\n"):
        sink = memory()
        run(sink, Chunks([data]))
        assert [p.name for p in sink.parts] == ["rank", "file", "keep"]


def test_an_empty_body_is_incomplete_and_a_body_of_no_parts_is_whole():
    with pytest.raises(ApiError) as err:
        run(memory(), Chunks([]))
    assert err.value.code == "incomplete-upload"
    sink = memory()
    run(sink, Chunks([CLOSE + b"\r\n"]))
    assert sink.parts == []


def test_a_cut_off_spool_keeps_no_partial_file(tmp_path):
    data = body(("files", "a.pdf", b"A" * 3000), ("files", "b.pdf", b"B" * 3000))
    sink = spool(tmp_path)
    with pytest.raises(ApiError) as err:
        run(sink, Chunks(split(data[:-1500], 700)))
    assert err.value.code == "incomplete-upload"
    assert len(sink.saved) == 2  # b.pdf had begun …
    assert list(tmp_path.iterdir()) == [] and sink._handle is None  # … and nothing is kept


def test_a_refusal_wins_over_the_cut():
    data = body(("file", "big.pdf", b"0" * 20_000))[:-100]
    with pytest.raises(UnreadableFile) as err:
        run(memory(max_file=2_000), Chunks([data]))
    assert err.value.code == "too-large"


# -- file names as the sinks receive them ---------------------------------------------------

def _named(raw_filename: bytes) -> bytes:
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"".encode()
            + raw_filename + b"\"\r\n\r\nx\r\n" + CLOSE + b"\r\n")


@pytest.mark.parametrize("raw, name", [
    ("แผน ปี 2567.docx".encode(), "แผน ปี 2567.docx"),
    ("แผน ปี 2567.docx".encode("cp874"), "แผน ปี 2567.docx"),  # a Thai Windows client's bytes
    (b"a\x00b\x07c\x1b\x7f.docx", "abc.docx"),  # control characters dropped
    (b"\xff\xfe.pdf", "\ufffd\ufffd.pdf"),  # neither UTF-8 nor cp874: marked, not guessed
    (b"", ""),
])
def test_file_names_are_decoded_and_have_no_control_characters(raw, name):
    sink = memory()
    run(sink, Chunks([_named(raw)]))
    assert [p.filename for p in sink.files] == [name]


# -- over HTTP: what the routes answer ------------------------------------------------------

@pytest.fixture
def client(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.settings import Settings

    fakes.install(monkeypatch)
    settings = Settings(data_dir=tmp_path / "data", max_upload_mb=1, workers=1, warm_up=False)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def _post(client, route: str, data: bytes, content_type: str = CT):
    return client.post(route, content=data, headers={"Content-Type": content_type})


def _error(r, status: int, code: str) -> dict:
    assert (r.status_code, r.json()["error"]["code"]) == (status, code), r.text
    err = r.json()["error"]
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in err["message_th"]) and err["message_en"]
    assert "Traceback" not in r.text
    return err


DOC = fakes.build_docx()  # the one document service_fakes reads
ROUTES = ["/api/v1/reviews", "/api/v1/annotate", "/api/v1/reports/html"]


@pytest.mark.parametrize("route", ROUTES)
def test_a_cut_off_upload_is_400_not_no_file(client, route):
    data = body(("rank", None, b"teacher"), ("file", "pa1.docx", DOC * 3))
    err = _error(_post(client, route, data[: len(data) // 2]), 400, "incomplete-upload")
    assert "ส่ง" in err["message_th"] and "cut off" in err["message_en"]


def test_a_form_field_too_long_is_not_called_a_large_file(client):
    data = body(("rank", None, b"x" * (64 * 1024 + 1)), ("file", "pa1.pdf", DOC))
    err = _error(_post(client, "/api/v1/reviews", data), 413, "field-too-large")
    assert "ไฟล์มีขนาด" not in err["message_th"] and "file is larger" not in err["message_en"]


@pytest.mark.parametrize("case, status, code", [
    ("header-never-ended", 400, "incomplete-upload"),
    ("header-line-too-long", 400, "bad-multipart"),
    ("lf-only", 400, "bad-multipart"),
    ("empty-boundary", 400, "bad-multipart"),
    ("missing-boundary", 415, "not-multipart"),
    ("wrong-content-type", 415, "not-multipart"),
    ("only-the-closing-boundary", 422, "no-file"),
    ("zero-length-file", 400, "empty"),
])
def test_malformed_uploads_get_a_4xx_in_thai_and_english(client, case, status, code):
    head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"pa1.pdf\"\r\n").encode()
    data, ct = body(("file", "pa1.pdf", DOC)), CT
    if case == "header-never-ended":
        data = head
    elif case == "header-line-too-long":
        data = head + b"X-Junk: " + b"j" * 10_000 + b"\r\n\r\n" + DOC + b"\r\n" + CLOSE
    elif case == "lf-only":
        data = data.replace(b"\r\n", b"\n")
    elif case == "empty-boundary":
        ct = "multipart/form-data; boundary="
    elif case == "missing-boundary":
        ct = "multipart/form-data"
    elif case == "wrong-content-type":
        ct = "application/octet-stream"
    elif case == "only-the-closing-boundary":
        data = CLOSE + b"\r\n"
    elif case == "zero-length-file":
        data = body(("file", "pa1.pdf", b""))
    for route in ROUTES:
        _error(_post(client, route, data, ct), status, code)


def test_a_file_name_with_path_components_is_reviewed_under_its_base_name(client):
    r = _post(client, "/api/v1/reviews", body(("file", "C:\\Users\\ครู\\แผน.docx", DOC)))
    assert r.status_code == 200, r.text
    assert r.json()["file"] == "แผน.docx"


SECOND_FILES = {
    "same-field": [("file", "a.docx", DOC), ("file", "../../second.pdf", b"x")],
    "other-field": [("file", "a.docx", DOC), ("attachment", "b.docx", DOC)],
    "rank-sent-as-a-file": [("rank", "rank.txt", b"teacher"), ("file", "a.docx", DOC)],
    "nameless-second-file": [("file", "a.docx", DOC), ("file", "", b"x")],
}


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("case", sorted(SECOND_FILES))
def test_a_second_file_on_a_one_file_route_is_422_not_ignored(client, route, case):
    err = _error(_post(client, route, body(*SECOND_FILES[case])), 422, "multiple-files")
    assert "1 ไฟล์" in err["message_th"] and "/api/v1/batches" in err["message_th"]
    assert "one file per request" in err["message_en"] and "/api/v1/batches" in err["message_en"]


def test_the_second_file_is_refused_as_it_begins_not_read():
    second = b"%PDF" + b"2" * 50_000
    data = body(("file", "a.docx", b"PK" + b"1" * 1_000), ("file", "b.pdf", second))
    chunks = Chunks(split(data, 500))
    sink = MemoryParts(max_file_bytes=10**6, max_field_bytes=100, max_parts=5,
                       too_large=too_large, too_many=too_many, field_too_large=field_too_large,
                       max_files=1,
                       too_many_files=lambda: ApiError(422, "multiple-files", "ก", "x"))
    with pytest.raises(ApiError) as err:
        run(sink, chunks)
    assert err.value.code == "multiple-files"
    assert chunks.taken <= 5 < len(chunks.chunks)  # stopped at b.pdf's headers
    assert [p.filename for p in sink.parts] == ["a.docx"]


@pytest.mark.parametrize("route", ROUTES)
def test_a_browsers_empty_file_input_is_not_a_second_file(client, route):
    # a form with a second file input left empty sends a part with filename="" and no bytes
    for parts in ([("file", "pa1.docx", DOC), ("extra", "", b"")],
                  [("extra", "", b""), ("file", "pa1.docx", DOC)]):
        r = _post(client, route, body(*parts))
        assert r.status_code == 200, r.text
    # and alone it is no file at all, not an empty one
    _error(_post(client, route, body(("file", "", b""))), 422, "no-file")


@pytest.fixture
def batches(client, monkeypatch):
    """The app's batch service with its submissions counted."""
    service = client.app.state.batches
    submitted: list[int] = []
    original = service.submit_items

    def counting(items, **kw):
        items = list(items)
        submitted.append(len(items))
        return original(items, **kw)

    monkeypatch.setattr(service, "submit_items", counting)
    return service, submitted


def test_a_cut_off_batch_is_refused_and_keeps_nothing(client, batches, tmp_path):
    service, submitted = batches
    whole = body(("files", "a.pdf", b"1" * 2000), ("files", "b.pdf", b"2" * 2000))
    first = _post(client, "/api/v1/batches", whole)
    assert first.status_code == 202, first.text
    err = _error(_post(client, "/api/v1/batches", whole[:-1000]), 400, "incomplete-upload")
    assert err["message_en"]
    assert submitted == [2]  # only the whole request became a batch, its last file not cut
    assert list((tmp_path / "data" / "incoming").iterdir()) == []  # the partial spool is gone
    status = client.get(f"/api/v1/batches/{first.json()['id']}",
                        headers={"Authorization": f"Bearer {first.json()['token']}"})
    assert status.status_code == 200 and status.json()["total"] == 2  # earlier batch intact


def test_control_characters_in_a_batch_file_name_do_not_break_the_workbook(client, batches):
    data = _named(b"\x07\x1b\xe0\xb8\x84\xe0\xb8\xa3\xe0\xb8\xb9.docx").replace(
        b'name="file"', b'name="files"')
    created = _post(client, "/api/v1/batches", data)
    assert created.status_code == 202, created.text
    auth = {"Authorization": f"Bearer {created.json()['token']}"}
    url = f"/api/v1/batches/{created.json()['id']}"
    assert [f["name"] for f in client.get(url, headers=auth).json()["files"]] == ["ครู.docx"]
    xlsx = client.get(url + "/report.xlsx", headers=auth)
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_a_disk_error_while_spooling_is_507_not_a_malformed_upload(tmp_path, monkeypatch):
    sink = spool(tmp_path)

    def full(data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sink, "write", full)
    with pytest.raises(ApiError) as err:
        run(sink, Chunks(split(SAMPLE, 50)))
    assert (err.value.status, err.value.code) == (507, "storage-unavailable")
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]  # nothing partial kept


# -- the number of parts of a batch upload ---------------------------------------------------

def too_many_parts() -> ApiError:
    return ApiError(413, "too-many-parts", "มากเกินไป", "Too many parts.")


def test_a_spool_refuses_the_part_past_its_limit_as_it_begins_and_keeps_nothing(tmp_path):
    sink = SpoolFiles(tmp_path, max_files=100, max_field_bytes=16, too_many=too_many,
                      field_too_large=field_too_large, max_parts=50, too_many_parts=too_many_parts)
    data = body(("files", "a.pdf", b"A" * 3000), *[("x", None, b"") for _ in range(10_000)])
    chunks = Chunks(split(data, 1000))
    with pytest.raises(ApiError) as err:
        run(sink, chunks)
    assert err.value.code == "too-many-parts"
    assert sink.parts == 51  # the 51st part was refused as it began …
    assert chunks.taken < len(chunks.chunks) / 20  # … and the rest of the body never read
    assert list(tmp_path.iterdir()) == []  # a.pdf, spooled before, is gone


def test_a_spool_at_its_part_limit_is_whole(tmp_path):
    sink = SpoolFiles(tmp_path, max_files=100, max_field_bytes=16, too_many=too_many,
                      field_too_large=field_too_large, max_parts=3, too_many_parts=too_many_parts)
    run(sink, Chunks([body(("files", "a.pdf", b"A"), ("rank", None, b"teacher"), ("", None, b""))]))
    assert sink.parts == 3 and len(sink.saved) == 1 and sink.fields == {"rank": "teacher"}


@pytest.fixture
def small_batches(tmp_path, monkeypatch):
    """An app whose batches take 3 files and 6 parts."""
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.settings import Settings

    fakes.install(monkeypatch)
    settings = Settings(data_dir=tmp_path / "data", max_upload_mb=1, workers=1, warm_up=False,
                        max_batch_files=3, max_batch_parts=6)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        service = c.app.state.batches
        submitted: list[int] = []
        original = service.submit_items
        monkeypatch.setattr(service, "submit_items",
                            lambda items, **kw: submitted.append(1) or original(items, **kw))
        yield c, submitted


def _nothing_kept(tmp_path) -> bool:
    data = tmp_path / "data"
    return not [p for p in (data / "incoming").rglob("*") if p.is_file()] and \
        not [p for p in (data / "batches").rglob("*") if p.is_file()]


def test_a_batch_of_too_many_parts_is_413_and_keeps_nothing(small_batches, tmp_path):
    client, submitted = small_batches
    tiny = [("note", None, b"") for _ in range(5)]
    err = _error(_post(client, "/api/v1/batches", body(("files", "a.pdf", b"1"), *tiny,
                                                      ("files", "b.pdf", b"2"))),
                 413, "too-many-parts")
    assert "6" in err["message_th"] and "6" in err["message_en"]
    assert "ไฟล์และช่องข้อมูล" in err["message_th"] and "form fields" in err["message_en"]
    assert submitted == [] and _nothing_kept(tmp_path)
    at_limit = _post(client, "/api/v1/batches", body(("files", "a.pdf", b"1"), *tiny))
    assert at_limit.status_code == 202, at_limit.text


def test_a_batch_of_more_files_than_it_takes_is_413_too_many_files(small_batches, tmp_path):
    client, submitted = small_batches
    files = [("files", f"{i}.pdf", b"%PDF") for i in range(4)]
    err = _error(_post(client, "/api/v1/batches", body(*files)), 413, "too-many-files")
    assert "3" in err["message_th"] and "3" in err["message_en"]
    assert submitted == [] and _nothing_kept(tmp_path)
    assert _post(client, "/api/v1/batches", body(*files[:3])).status_code == 202


def test_the_default_part_limit_is_the_file_limit_plus_room_for_fields(tmp_path):
    from pydantic import ValidationError

    from service.batch import BatchConfig
    from service.settings import Settings

    settings = Settings(data_dir=tmp_path)
    assert settings.batch_parts_limit == settings.max_batch_files + 16 == 5016
    assert BatchConfig.from_settings(settings).parts_limit == 5016
    for overrides, parts in (({"max_batch_files": 10}, 26), ({"max_batch_parts": 9000}, 9000)):
        assert BatchConfig.from_settings(Settings(data_dir=tmp_path, **overrides)).parts_limit \
            == parts
    for bad in (5000, 0, 10**6):  # not above the file limit, or out of range
        with pytest.raises(ValidationError):
            Settings(data_dir=tmp_path, max_batch_parts=bad)


def test_the_parser_logs_nothing_of_a_malformed_body(client, caplog):
    import logging

    with caplog.at_level(logging.DEBUG):
        bad = body(("file", "pa1.docx", DOC)).replace(f"--{BOUNDARY}\r\n".encode(),
                                                       f"--{BOUNDARY}Z\r\n".encode(), 1)
        _error(_post(client, "/api/v1/reviews", bad), 400, "bad-multipart")
    assert not [r for r in caplog.records if "multipart" in r.name]


def test_a_file_named_only_by_rfc5987_filename_star_is_a_file_not_a_field(client):
    thai = "แผน ครู.docx"
    from urllib.parse import quote

    data = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename*=UTF-8''{quote(thai)}\r\n\r\n").encode() + DOC + b"\r\n" + CLOSE + b"\r\n"
    sink = memory(max_file=10**6, max_field=100)  # as a field, DOC would be far too long
    run(sink, Chunks([data]))
    assert [p.filename for p in sink.files] == [thai] and sink.fields == {}
    r = _post(client, "/api/v1/reviews", data)
    assert r.status_code == 200 and r.json()["file"] == thai, r.text


def test_a_disk_error_while_storing_a_batch_is_507_and_keeps_nothing(client, tmp_path,
                                                                      monkeypatch):
    service = client.app.state.batches
    created: list[str] = []
    create = service.store.create_batch
    monkeypatch.setattr(service.store, "create_batch",
                        lambda batch_id, *a, **kw: created.append(batch_id) or
                        create(batch_id, *a, **kw))

    def disk_full(batch_id, seq, item):
        if seq == 1:
            raise OSError(28, "No space left on device")
        return original(batch_id, seq, item)

    original = service._save
    monkeypatch.setattr(service, "_save", disk_full)
    data = body(("files", "a.pdf", b"1"), ("files", "b.pdf", b"2"))
    err = _error(_post(client, "/api/v1/batches", data), 507, "storage-unavailable")
    assert "ลองใหม่" in err["message_th"] and "try again later" in err["message_en"]
    assert created and service.store.batch(created[0]) is None  # the batch begun is gone …
    assert _nothing_kept(tmp_path)  # … with its spool and its first file


def test_no_spool_folder_is_507_not_a_bad_file(client, monkeypatch):
    import service.api.routes.batches as routes

    def no_folder(*a, **kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(routes.tempfile, "mkdtemp", no_folder)
    _error(_post(client, "/api/v1/batches", body(("files", "a.pdf", b"1"))), 507,
           "storage-unavailable")

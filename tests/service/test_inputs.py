"""Batch inputs: Thai names in zips, zip-slip, folders, hidden files, caps."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from extractors.errors import UnreadableFile
from service.inputs import (InputLimits, decode_zip_name, iter_directory, iter_source,
                            iter_uploads, iter_zip, safe_relative)

DOCX_MINIMAL = b"%PDF-1.4 stand-in bytes"  # inputs never parse documents; any bytes will do
THAI_NAME = "แบบข้อตกลง PA1 ครูสมศรี.docx"


def _raw_zip(entries: list[tuple[bytes, bytes, int]]) -> bytes:
    """A stored (uncompressed) zip written by hand, so names are the exact bytes we choose and
    the UTF-8 flag is ours to set (Python's zipfile would re-encode them)."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, flags in entries:
        offset = out.tell()
        crc = zlib.crc32(data)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 0, 0, 0, crc, len(data),
                              len(data), len(name), 0) + name + data)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 0, 0, 0, crc,
                                  len(data), len(data), len(name), 0, 0, 0, 0, 0, offset) + name)
    cd = central.getvalue()
    n = len(entries)
    return out.getvalue() + cd + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(cd),
                                              out.tell(), 0)


def _names(items) -> list[str]:
    return [i.name for i in items]


def test_cp874_names_without_utf8_flag_are_thai():
    # Thai Windows "Send to > Compressed folder" writes TIS-620/cp874 bytes and no UTF-8 flag
    data = _raw_zip([(("ปีงบ 2567/" + THAI_NAME).encode("cp874"), DOCX_MINIMAL, 0)])
    items = list(iter_zip(data))
    assert _names(items) == ["ปีงบ 2567/" + THAI_NAME]
    assert items[0].data == DOCX_MINIMAL


def test_utf8_names_with_and_without_the_flag():
    data = _raw_zip([(THAI_NAME.encode("utf-8"), b"a", 0x800),
                     (("ก/" + THAI_NAME).encode("utf-8"), b"b", 0)])
    assert _names(iter_zip(data)) == [THAI_NAME, "ก/" + THAI_NAME]


def test_ascii_and_cp437_names_stay_as_they_are():
    data = _raw_zip([(b"plain.docx", b"a", 0), ("café.pdf".encode("cp437"), b"b", 0)])
    assert _names(iter_zip(data)) == ["plain.docx", "café.pdf"]


def test_info_zip_unicode_path_field_wins():
    info = zipfile.ZipInfo("x.docx")
    utf8 = THAI_NAME.encode("utf-8")
    info.extra = struct.pack("<HHBI", 0x7075, 5 + len(utf8), 1, zlib.crc32(b"x.docx")) + utf8
    assert decode_zip_name(info) == THAI_NAME


def test_zip_slip_entries_are_refused_and_reported():
    data = _raw_zip([(b"../../etc/evil.docx", b"a", 0), (b"/abs/evil.pdf", b"b", 0),
                     (b"C:\\win\\evil.docx", b"c", 0), (b"ok/fine.docx", b"d", 0)])
    items = list(iter_zip(data))
    good = [i for i in items if i.error is None]
    bad = [i for i in items if i.error is not None]
    assert _names(good) == ["ok/fine.docx"]
    assert len(bad) == 3 and {i.error["code"] for i in bad} == {"unsafe-name"}
    assert all(i.data is None for i in bad)


@pytest.mark.parametrize("name, safe", [
    ("a/b/c.docx", "a/b/c.docx"), ("a\\b.docx", "a/b.docx"), ("./a/./b.pdf", "a/b.pdf"),
    ("../a.docx", None), ("a/../../b.docx", None), ("/etc/x.pdf", None), ("C:x.docx", None),
    ("", None),
])
def test_safe_relative(name, safe):
    assert safe_relative(name) == safe


def test_nested_folders_hidden_files_and_other_types_in_a_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("รุ่น 1/ม.1/ครูก.docx", b"1")
        archive.writestr("รุ่น 1/ม.2/deep/ครูข.PDF", b"2")
        archive.writestr("__MACOSX/รุ่น 1/._ครูก.docx", b"x")
        archive.writestr("รุ่น 1/.DS_Store", b"x")
        archive.writestr("รุ่น 1/~$ครูก.docx", b"x")
        archive.writestr("notes.txt", b"x")
        archive.writestr("empty-folder/", b"")
    assert _names(iter_zip(buffer.getvalue())) == ["รุ่น 1/ม.1/ครูก.docx", "รุ่น 1/ม.2/deep/ครูข.PDF"]


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "c" / "ครู.docx").write_bytes(b"1")
    (tmp_path / "a.pdf").write_bytes(b"2")
    (tmp_path / ".hidden" / "x.docx").write_bytes(b"3")
    (tmp_path / "readme.txt").write_bytes(b"4")
    (tmp_path / "link.docx").symlink_to(tmp_path / "a.pdf")
    assert _names(iter_directory(tmp_path)) == ["a.pdf", "b/c/ครู.docx"]


def test_oversized_entry_is_reported_not_read():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.docx", b"x" * 5000)
        archive.writestr("small.docx", b"y")
    items = list(iter_zip(buffer.getvalue(), InputLimits(max_file_bytes=1000)))
    assert [(i.name, i.error and i.error["code"]) for i in items] == \
        [("big.docx", "too-large"), ("small.docx", None)]


def test_zip_bomb_is_refused_before_unpacking():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(3):
            archive.writestr(f"{i}.docx", b"\0" * (4 * 1024 * 1024))
    limits = InputLimits(max_file_bytes=8 * 1024 * 1024, max_total_bytes=10 * 1024 * 1024)
    with pytest.raises(UnreadableFile) as err:
        list(iter_zip(buffer.getvalue(), limits))
    assert err.value.code == "zip-bomb" and err.value.status == 413


def test_high_ratio_entry_is_a_bomb():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.docx", b"\0" * (3 * 1024 * 1024))
    with pytest.raises(UnreadableFile) as err:
        list(iter_zip(buffer.getvalue(), InputLimits(max_ratio=50)))
    assert err.value.code == "zip-bomb"


def test_too_many_entries_is_a_bomb():
    data = _raw_zip([(f"{i}.docx".encode(), b"", 0) for i in range(30)])
    with pytest.raises(UnreadableFile):
        list(iter_zip(data, InputLimits(max_entries=20)))


def test_broken_zip_is_corrupt():
    with pytest.raises(UnreadableFile) as err:
        list(iter_zip(b"PK\x03\x04 this is not really a zip"))
    assert err.value.code == "corrupt"


def test_uploads_expand_zips_but_not_docx_files():
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:  # a DOCX is a zip with word/document.xml
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    bundle = _raw_zip([(THAI_NAME.encode("cp874"), b"z", 0)])
    items = list(iter_uploads([("one.docx", docx.getvalue()), ("all.zip", bundle),
                               ("../x.pdf", b"%PDF-1.4"), ("..", b"%PDF-1.4")]))
    assert _names(items) == ["one.docx", THAI_NAME, "x.pdf", "file"]
    assert items[0].data == docx.getvalue()


def test_source_can_be_a_zip_file(tmp_path: Path):
    path = tmp_path / "batch.zip"
    path.write_bytes(_raw_zip([(THAI_NAME.encode("cp874"), b"z", 0)]))
    assert _names(iter_source(path)) == [THAI_NAME]


def test_a_zip_entry_name_with_control_characters_still_makes_a_workbook():
    from service.render.table import xlsx_bytes
    from service.storage import FileRow

    (item,) = iter_zip(_raw_zip([(b"a\x07b\x1b.docx", b"z", 0)]))
    row = FileRow("b", 0, item.name, "s", 1, "failed", 1, None,
                  {"code": "corrupt", "message_th": "เสีย", "message_en": "Corrupt."})
    data = xlsx_bytes([row])
    from openpyxl import load_workbook
    cells = [c for r in load_workbook(io.BytesIO(data)).worksheets[0].iter_rows(values_only=True)
             for c in r]
    assert "ab.docx" in cells  # the control characters dropped, the name kept


def test_a_zip_inside_a_zip_is_reported_not_silently_dropped():
    inner = _raw_zip([(b"a.docx", b"1", 0)])
    outer = _raw_zip([(b"school/inner.ZIP", inner, 0), (b"b.docx", b"2", 0),
                      (b"__MACOSX/._inner.zip", b"x", 0)])
    items = list(iter_uploads([("all.zip", outer)]))
    assert _names(items) == ["school/inner.ZIP", "b.docx"]
    nested = items[0]
    assert nested.data is None and nested.error["code"] == "zip-in-zip"
    assert "zip" in nested.error["message_th"] and "on its own" in nested.error["message_en"]
    assert items[1].data == b"2"


@pytest.mark.parametrize("how", ["plain files", "one zip", "zip then files"])
def test_more_documents_than_a_batch_takes_is_too_many_files_not_a_bomb(how):
    limits = InputLimits(max_files=3)
    files = [(f"{i}.pdf", b"%PDF") for i in range(4)]
    if how == "one zip":
        files = [("all.zip", _raw_zip([(f"{i}.docx".encode(), b"z", 0) for i in range(4)]))]
    elif how == "zip then files":
        files = [("all.zip", _raw_zip([(b"a.docx", b"z", 0), (b"b.docx", b"z", 0)]))] + files[:2]
    with pytest.raises(UnreadableFile) as err:
        list(iter_uploads(files, limits))
    assert (err.value.code, err.value.status) == ("too-many-files", 413)
    assert "3" in err.value.message_th and "3" in err.value.message_en
    at_limit = [(f"{i}.pdf", b"%PDF") for i in range(3)]
    assert len(list(iter_uploads(at_limit, limits))) == 3

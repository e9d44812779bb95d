"""A PA1 a teacher sent as Word 97 (.doc), OpenDocument, RTF or a photo is a row of the batch
saying how to send it, never dropped without a word: a supervisor who zips 30 teachers' files
must see 30 rows. Plain notes and spreadsheets stay out of the batch as before."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from service.batch import BatchConfig, BatchService
from service.inputs import iter_directory, iter_uploads, iter_zip


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _rows(items) -> list[tuple[str, str | None]]:
    return [(i.name, i.error["code"] if i.error else None) for i in items]


@pytest.mark.parametrize("name", ["ครูสมศรี.doc", "ม.2/ครูวิไล.DOC", "PA1.odt", "PA1.rtf",
                                  "PA1.docm", "PA1.dotx", "PA1.pages", "ถ่ายรูป PA1.jpg",
                                  "scan.JPEG", "scan.png", "IMG_0012.HEIC", "scan.tif"])
def test_a_pa1_in_another_format_is_a_row_that_says_why(name):
    items = list(iter_zip(_zip({"ครูก.docx": b"1", name: b"x"})))
    assert _rows(items) == [("ครูก.docx", None), (name, "unsupported-type")]
    error = items[1].error
    assert ".docx" in error["message_th"] and ".docx" in error["message_en"]
    assert "PDF" in error["message_th"] and "PDF" in error["message_en"]


def test_word_97_says_save_as_docx_and_a_photo_says_it_cannot_be_read():
    items = list(iter_zip(_zip({"a.doc": b"x", "b.jpg": b"x"})))
    doc, photo = (i.error for i in items)
    assert "บันทึกเป็น" in doc["message_th"] and "Save As" in doc["message_en"]
    assert "ภาพ" in photo["message_th"] and "photo" in photo["message_en"].lower()


def test_notes_spreadsheets_and_hidden_files_still_stay_out():
    items = list(iter_zip(_zip({"notes.txt": b"x", "รายชื่อ.xlsx": b"x", "~$ครูก.doc": b"x",
                                "__MACOSX/._a.doc": b"x", ".a.jpg": b"x", "ครูก.pdf": b"1"})))
    assert _rows(items) == [("ครูก.pdf", None)]


def test_a_folder_reports_them_too(tmp_path: Path):
    (tmp_path / "ป.2").mkdir()
    (tmp_path / "ป.2" / "ครูก.doc").write_bytes(b"x")
    (tmp_path / "ครูข.pdf").write_bytes(b"1")
    (tmp_path / "readme.txt").write_bytes(b"x")
    assert _rows(iter_directory(tmp_path)) == [("ครูข.pdf", None), ("ป.2/ครูก.doc", "unsupported-type")]


def test_a_zip_holding_only_a_doc_is_a_batch_with_one_failed_row(tmp_path):
    service = BatchService(BatchConfig(data_dir=tmp_path))  # not started: nothing is reviewed
    created = service.submit([("ส่ง.zip", _zip({"ครูก.doc": b"x"}))])
    status = service.status(created.id)
    assert status.total == 1 and status.files[0].state == "failed"
    assert status.files[0].error["code"] == "unsupported-type"


def test_uploads_of_a_zip_count_the_reported_files_too():
    items = list(iter_uploads([("a.zip", _zip({"x.doc": b"x", "y.docx": b"1"}))]))
    assert _rows(items) == [("x.doc", "unsupported-type"), ("y.docx", None)]

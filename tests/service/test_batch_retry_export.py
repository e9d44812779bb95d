"""A file whose review ran out of time once and was reviewed again (storage column `retry`,
files[].retry in GET /api/v1/batches/{id}) says so in the per-file CSV and XLSX, in a last
column "ลองใหม่ (Retried)"; a file reviewed at the first try leaves that column empty."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from batch_support import add_batch, store  # noqa: F401 - `store` is a fixture
from service.render.table import FILE_COLUMNS, csv_bytes, xlsx_bytes
from service.storage import SqliteBatchStore

TIMEOUT = {"code": "timeout", "message_th": "ตรวจไฟล์นี้ไม่เสร็จภายใน 120 วินาที",
           "message_en": "The review did not finish within 120 seconds."}
TWICE = {"code": "timeout", "message_th": "ไม่เสร็จทั้งสองครั้ง", "message_en": "late twice"}
REPORT = {"document": {"header": {"name": "นางสาวสมศรี ใจดี"}}, "findings": [],
          "summary": {"errors": 0, "warnings": 0, "infos": 0}}


def _retried(store: SqliteBatchStore) -> SqliteBatchStore:
    """slow.docx: timed out, then done; ok.docx: done at once; slower.docx: timed out twice."""
    add_batch(store, "ab", ["slow.docx", "ok.docx", "slower.docx"])
    slow, ok, slower = (store.claim("host:1:a", 60) for _ in range(3))
    assert store.complete(ok, report=REPORT)
    assert store.retry(slow, TIMEOUT, again=TWICE) == "queued"
    assert store.retry(slower, TIMEOUT, again=TWICE) == "queued"
    for _ in range(2):
        claim = store.claim("host:1:a", 60)
        if claim.seq == slow.seq:
            assert store.complete(claim, report=REPORT)
        else:
            assert store.retry(claim, TIMEOUT, again=TWICE) == "failed"
    return store


def test_the_retried_column_is_last_and_bilingual():
    assert FILE_COLUMNS[-1] == ("retry", "ลองใหม่ (Retried)")
    assert [k for k, _ in FILE_COLUMNS[:-1]][-1] == "reason"  # the columns before keep their places


def test_csv_marks_the_retried_files_only(store):
    files = _retried(store).files("ab")
    rows = list(csv.reader(io.StringIO(csv_bytes(files).decode("utf-8-sig"))))
    assert rows[0][-1] == "ลองใหม่ (Retried)"
    by_name = {r[0]: r for r in rows[1:]}
    slow = by_name["slow.docx"][-1]
    assert slow.startswith("ลองใหม่ 1 ครั้ง") and "Retried once" in slow
    assert slow.index("ลองใหม่") < slow.index("Retried")  # Thai first
    assert TIMEOUT["message_th"] in slow and TIMEOUT["message_en"] in slow
    assert by_name["slow.docx"][1] == "ตรวจแล้ว"  # reviewed the second time
    assert by_name["ok.docx"][-1] == ""
    failed = by_name["slower.docx"]
    assert failed[-1].startswith("ลองใหม่ 1 ครั้ง")
    assert TWICE["message_th"] in failed[-2]  # the reason it failed, after the retry


def test_xlsx_marks_the_retried_files_only(store):
    files = _retried(store).files("ab")
    sheet = load_workbook(io.BytesIO(xlsx_bytes(files))).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][-1] == "ลองใหม่ (Retried)"
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["slow.docx"][-1].startswith("ลองใหม่ 1 ครั้ง หลังจาก: ตรวจไฟล์นี้ไม่เสร็จ")
    assert by_name["slower.docx"][-1].startswith("ลองใหม่ 1 ครั้ง")
    assert by_name["ok.docx"][-1] in ("", None)


def test_the_api_serves_the_column(tmp_path):
    """GET /api/v1/batches/{id}/report.csv of a stored batch with a retried file."""
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.settings import Settings

    app = create_app(Settings(data_dir=tmp_path, warm_up=False))
    with TestClient(app) as client:
        r = client.post("/api/v1/batches", files=[("files", ("ok.docx", b"PK\x03\x04 not a docx",
                                                             "application/octet-stream"))])
        assert r.status_code in (200, 201, 202), r.text
        ticket = r.json()
        auth = {"Authorization": f"Bearer {ticket['token']}"}
        status = client.get(f"/api/v1/batches/{ticket['id']}", headers=auth).json()
        assert all("retry" in f for f in status["files"])
        body = client.get(f"/api/v1/batches/{ticket['id']}/report.csv", headers=auth)
        assert body.status_code == 200
        header = next(csv.reader(io.StringIO(body.content.decode("utf-8-sig"))))
        assert header[-1] == "ลองใหม่ (Retried)"

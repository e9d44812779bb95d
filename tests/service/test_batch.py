"""Batches: every file reviewed exactly once, failures recorded, crashes survived, tokens, expiry.

Workers run `batch_fakes:review` (this folder), which picks its behaviour from the file name
and logs each call, so these tests need no real documents and stay fast.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from service.batch import BatchConfig, BatchService, top_rules
from service.batch_cli import run as run_cli
from service.render.table import csv_bytes, xlsx_bytes
from batch_support import add_batch, store  # noqa: F401 - `store` is a fixture
from service.storage import MAX_ATTEMPTS, SqliteBatchStore

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FAKE = "batch_fakes:review"


@pytest.fixture(autouse=True)
def _fakes_on_path(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(HERE))  # spawned workers inherit sys.path
    monkeypatch.setenv("PA_REVIEW_FAKE_LOG", str(tmp_path / "reviews.log"))
    monkeypatch.setenv("PA_REVIEW_FAKE_DELAY", "0")


def _config(tmp_path: Path, **kw) -> BatchConfig:
    base = dict(data_dir=tmp_path / "data", workers=2, file_timeout_s=20, worker_memory_mb=1024)
    return BatchConfig(**{**base, **kw})


def _log(tmp_path: Path) -> list[tuple[str, int, str]]:
    path = tmp_path / "reviews.log"
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        event, pid, name = line.split("\t")
        rows.append((event, int(pid), name))
    return rows


def _wait_for(predicate, timeout: float = 60.0, poll: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(poll)
    raise AssertionError("condition not reached in time")


# -- the runner ----------------------------------------------------------------------------


def test_failing_files_are_recorded_and_the_batch_goes_on(tmp_path):
    config = _config(tmp_path, file_timeout_s=3, worker_memory_mb=768)
    files = [(f"ครู{i}.docx", b"ok %d" % i) for i in range(6)]
    files += [("corrupt.pdf", b"x"), ("boom.docx", b"x"), ("hang.docx", b"x"),
              ("hog.pdf", b"x"), ("crash.docx", b"x")]
    with BatchService(config, review=FAKE) as service:
        created = service.submit(files, rank="professional")
        status = service.wait(created.id, timeout=90)
    by_name = {f.name: f for f in status.files}
    assert status.state == "done" and status.done == status.total == len(files)
    for i in range(6):
        f = by_name[f"ครู{i}.docx"]
        assert f.state == "done" and f.error is None
        assert f.summary.errors == 1 and f.summary.warnings == 1
        assert f.top_rules == ["header.missing-field", "indicator.no-target"]
    codes = {name: by_name[name].error["code"] for name in
             ("corrupt.pdf", "boom.docx", "hang.docx", "hog.pdf", "crash.docx")}
    assert codes == {"corrupt.pdf": "corrupt", "boom.docx": "internal", "hang.docx": "timeout",
                     "hog.pdf": "too-large", "crash.docx": "internal"}
    for name in codes:
        assert by_name[name].state == "failed"
        assert by_name[name].error["message_th"] and by_name[name].error["message_en"]
    # the crashing file was tried MAX_ATTEMPTS times, the hanging one twice (killed, tried once
    # more, killed: the retry is in its status), bad input once
    starts = Counter(name for event, _, name in _log(tmp_path) if event == "start")
    assert starts["crash.docx"] == MAX_ATTEMPTS
    assert starts["hang.docx"] == 2
    assert by_name["hang.docx"].retry["code"] == "timeout"
    assert "ทั้งสองครั้ง" in by_name["hang.docx"].error["message_th"]
    assert starts["corrupt.pdf"] == starts["boom.docx"] == starts["hog.pdf"] == 1
    assert all(by_name[n].retry is None for n in by_name if n != "hang.docx")
    assert all(starts[f"ครู{i}.docx"] == 1 for i in range(6))
    # reports carry the rank the batch was given
    results = {f.name: f for f in service.results(created.id)}
    assert results["ครู0.docx"].report["document"]["header"]["rank"] == "professional"


def test_uploads_are_deleted_after_review_unless_kept(tmp_path):
    config = _config(tmp_path, workers=1)
    with BatchService(config, review=FAKE) as service:
        dropped = service.submit([("a.docx", b"1"), ("corrupt.docx", b"2")])
        kept = service.submit([("b.docx", b"3"), ("corrupt.pdf", b"4")], keep_files=True)
        service.wait(dropped.id, timeout=30)
        service.wait(kept.id, timeout=30)
    assert list(service.store.file_dir(dropped.id).iterdir()) == []
    assert sorted(p.read_bytes() for p in service.store.file_dir(kept.id).iterdir()) == [b"3", b"4"]


def test_expired_batches_are_purged(tmp_path):
    config = _config(tmp_path, workers=1, batch_ttl_hours=1)
    with BatchService(config, review=FAKE) as service:
        created = service.submit([("a.docx", b"1")], keep_files=True)
        service.wait(created.id, timeout=30)
    folder = service.store.file_dir(created.id)
    assert folder.exists() and service.status(created.id) is not None
    assert service.store.purge_expired(now=time.time() + 1800) == 0  # not yet
    assert service.store.purge_expired(now=time.time() + 3601) == 1
    assert service.status(created.id) is None and service.results(created.id) is None
    assert not folder.exists()
    assert not service.check_token(created.id, created.token)


def test_an_expired_batch_is_gone_before_the_purge_runs(tmp_path):
    config = _config(tmp_path, batch_ttl_hours=1e-6)  # expires at once
    service = BatchService(config, review=FAKE)
    created = service.submit([("a.docx", b"1")])
    time.sleep(0.01)
    assert service.status(created.id) is None
    assert not service.check_token(created.id, created.token)
    service.start()  # the purge on start removes it
    service.stop()
    assert service.store.batch(created.id) is None


def test_tokens(tmp_path):
    service = BatchService(_config(tmp_path), review=FAKE)
    created = service.submit([("a.docx", b"1")])
    other = service.submit([("b.docx", b"2")])
    assert service.check_token(created.id, created.token)
    assert not service.check_token(created.id, other.token)
    assert not service.check_token(created.id, "")
    assert not service.check_token("0" * 16, created.token)
    assert not service.check_token("../../etc", created.token)
    row = service.store.batch(created.id)
    assert created.token not in row.token_hash and len(row.token_hash) == 64


def test_unknown_rank_and_empty_batches_are_refused(tmp_path):
    from extractors.errors import UnreadableFile

    service = BatchService(_config(tmp_path), review=FAKE)
    with pytest.raises(ValueError):
        service.submit([("a.docx", b"1")], rank="principal")
    with pytest.raises(UnreadableFile) as err:
        service.submit([("notes.zip", _zip({"readme.txt": b"x"}))])
    assert err.value.code == "empty"
    assert service.store.pending() == 0


def _zip(entries: dict[str, bytes]) -> bytes:
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# -- the store: a done file is never claimed or written twice -------------------------------


def test_claims_are_fenced(store):
    add_batch(store, "ab", ["a.docx"], keep_files=True)
    first = store.claim("host:1:a", 60)
    assert first is not None and first.attempt == 1
    assert store.claim("host:1:a", 60) is None  # nothing else queued
    assert store.recover(alive=lambda owner: False) == 1  # its owner died: requeued
    second = store.claim("host:2:b", 60)
    assert second.attempt == 2
    assert not store.complete(first, report={"late": True})  # the dead owner's answer is stale
    assert store.complete(second, report={"ok": True})
    assert not store.complete(second, report={"again": True})
    assert store.recover(alive=lambda owner: False) == 0
    assert store.claim("host:3:c", 60) is None
    [row] = store.files("ab")
    assert row.state == "done" and row.report == {"ok": True} and row.attempts == 2
    assert store.batch("ab").done == 1 and store.batch("ab").state == "done"


def test_a_timed_out_file_is_queued_once_more_and_nothing_accepted_is_lost(store):
    add_batch(store, "ab", ["slow.docx", "ok.docx", "slower.docx"], keep_files=True)
    first, ok, slower = (store.claim("host:1:a", 60) for _ in range(3))
    assert store.complete(ok, report={"ok": True})
    timeout = {"code": "timeout", "message_th": "ไม่เสร็จ", "message_en": "late"}
    again = {"code": "timeout", "message_th": "ไม่เสร็จสองครั้ง", "message_en": "late twice"}
    assert store.retry(first, timeout, again=again) == "queued"
    assert store.retry(first, timeout, again=again) == ""  # the same claim twice: stale
    assert store.retry(ok, timeout, again=again) == ""  # a done file is never taken back
    second = store.claim("host:1:a", 60)
    assert second.seq == first.seq and second.attempt == 2
    assert store.complete(second, report={"late but done": True})
    assert store.retry(slower, timeout, again=again) == "queued"
    assert store.retry(store.claim("host:1:a", 60), timeout, again=again) == "failed"
    rows = {r.name: r for r in store.files("ab")}
    assert rows["slow.docx"].state == "done" and rows["slow.docx"].report == {"late but done": True}
    assert rows["slow.docx"].retry == timeout and rows["slow.docx"].error is None
    assert rows["ok.docx"].report == {"ok": True} and rows["ok.docx"].retry is None
    assert rows["slower.docx"].state == "failed" and rows["slower.docx"].error == again
    assert store.batch("ab").done == 3 and store.batch("ab").state == "done"
    summary = {r.name: r for r, _ in store.summaries("ab")}
    assert summary["slow.docx"].retry == timeout


def test_unsealed_batches_are_not_reviewed(store):
    add_batch(store, "cd", ["a.docx"], seal=False)
    assert store.claim("o", 60) is None  # still uploading
    store.seal("cd", 1)
    assert store.claim("o", 60) is not None


# -- crash and resume ------------------------------------------------------------------------

SERVICE = """
import sys, time
from pathlib import Path
from service.batch import BatchConfig, BatchService
config = BatchConfig(data_dir=Path(sys.argv[1]), workers=2, file_timeout_s=30, worker_memory_mb=0)
service = BatchService(config, review="batch_fakes:review")
service.start()
while True:
    time.sleep(1)
"""


def _start_service(tmp_path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE)]),
               PA_REVIEW_FAKE_DELAY="0.25")
    return subprocess.Popen([sys.executable, "-c", SERVICE, str(tmp_path / "data")], env=env,
                            cwd=ROOT)


def test_killed_worker_and_killed_service_lose_nothing_and_repeat_nothing(tmp_path):
    names = [f"ครู-{i:02d}.docx" for i in range(16)]
    submitter = BatchService(_config(tmp_path), review=FAKE)  # not started: only writes the queue
    created = submitter.submit([(n, n.encode()) for n in names])
    store = SqliteBatchStore(tmp_path / "data")

    first = _start_service(tmp_path)
    try:
        # 1. SIGKILL a worker in the middle of a file
        def busy_worker():
            last: dict[int, tuple[str, str]] = {}
            for event, pid, name in _log(tmp_path):
                last[pid] = (event, name)
            return next(((pid, name) for pid, (event, name) in last.items()
                         if event == "start"), None)
        victim_pid, victim_file = _wait_for(busy_worker)
        os.kill(victim_pid, signal.SIGKILL)
        # 2. SIGKILL the whole service once about half the batch is done
        _wait_for(lambda: store.batch(created.id).done >= 8)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    done_before = {f.name for f in store.files(created.id) if f.state == "done"}
    assert 8 <= len(done_before) < len(names)
    starts_before = Counter(n for e, _, n in _log(tmp_path) if e == "start")

    second = _start_service(tmp_path)
    try:
        _wait_for(lambda: store.batch(created.id).state == "done")
    finally:
        second.terminate()
        second.wait(10)

    files = store.files(created.id)
    assert [f.name for f in files] == names  # none lost
    assert all(f.state == "done" and f.report["file"] == f.name for f in files)
    assert store.batch(created.id).done == len(names)
    starts_after = Counter(n for e, _, n in _log(tmp_path) if e == "start") - starts_before
    assert not set(starts_after) & done_before  # a done file is never reviewed again
    attempts = {f.name: f.attempts for f in files}
    assert attempts[victim_file] >= 2  # the killed worker's file was requeued
    assert all(attempts[n] == 1 for n in done_before if n != victim_file)
    # no upload left behind
    assert list(store.file_dir(created.id).iterdir()) == []


# -- tables ----------------------------------------------------------------------------------


def test_tables_keep_thai_and_never_run_formulas(tmp_path):
    with BatchService(_config(tmp_path, workers=1), review=FAKE) as service:
        created = service.submit([("ครูสมศรี.docx", b"1"), ("corrupt.pdf", b"2")], rank="teacher")
        service.wait(created.id, timeout=30)
    files = service.results(created.id)
    raw = csv_bytes(files)
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "ไฟล์ (File)"
    assert rows[1][:5] == ["ครูสมศรี.docx", "ตรวจแล้ว", "นางสาวสมศรี ใจดี", "ครู (ไม่มีวิทยฐานะ)",
                          "โรงเรียนบ้านหนองบัว"]
    reason = rows[0].index("เหตุที่อ่านไม่ได้ (Error reason)")
    assert rows[2][1] == "อ่านไม่ได้" and rows[2][reason].startswith("corrupt: ")
    assert rows[0][-1] == "ลองใหม่ (Retried)" and rows[1][-1] == rows[2][-1] == ""  # no timeout
    findings = list(csv.reader(io.StringIO(csv_bytes(files, "findings").decode("utf-8-sig"))))
    assert "'=ร้อยละของนักเรียน" in findings[1] + findings[2]  # neutralised in CSV

    from openpyxl import load_workbook
    book = load_workbook(io.BytesIO(xlsx_bytes(files)))
    sheet, found = book.worksheets
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:K3"
    assert [c.value for c in sheet[2]][:2] == ["ครูสมศรี.docx", "ตรวจแล้ว"]
    excerpt = [r for r in found.iter_rows(min_row=2, values_only=True) if r[1] == "indicator.no-target"]
    column = [c.value for c in found[1]].index("ข้อความ (Excerpt)")
    assert excerpt[0][column] == "=ร้อยละของนักเรียน"
    cell = next(c for c in found[chr(ord("A") + column)] if c.value == "=ร้อยละของนักเรียน")
    assert cell.data_type == "s"  # text, not a formula


def test_top_rules_order():
    rules = [("a.x", "info"), ("b.y", "warning"), ("b.y", "warning"), ("c.z", "warning"),
             ("d.w", "error")]
    assert top_rules(rules) == ["d.w", "b.y", "c.z"]


# -- the command line ------------------------------------------------------------------------


def test_cli_writes_the_report_and_exits_like_check(tmp_path):
    folder = tmp_path / "in"
    (folder / "ม.1").mkdir(parents=True)
    (folder / "ม.1" / "ครูก.docx").write_bytes(b"1")
    (folder / "ครูข.pdf").write_bytes(b"2")
    out = tmp_path / "report.xlsx"
    err = io.StringIO()
    assert run_cli(folder, out, workers=1, review=FAKE, stream=err) == 1  # errors found
    assert out.exists() and "2/2" in err.getvalue()
    (folder / "corrupt.docx").write_bytes(b"3")
    out_csv = tmp_path / "report.csv"
    assert run_cli(folder, out_csv, workers=1, review=FAKE, stream=io.StringIO()) == 2
    text = out_csv.read_text(encoding="utf-8-sig")
    assert "ม.1/ครูก.docx" in text and "corrupt: " in text
    assert run_cli(tmp_path / "missing", out, review=FAKE, stream=io.StringIO()) == 2
    assert run_cli(folder, tmp_path / "report.txt", review=FAKE, stream=io.StringIO()) == 2


# -- HTTP ------------------------------------------------------------------------------------


@pytest.fixture
def api(tmp_path):
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.settings import Settings

    settings = Settings(data_dir=tmp_path / "data", workers=1, max_upload_mb=1, warm_up=False)
    app = create_app(settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        if app.state.batches is not None:
            app.state.batches.stop()
        app.state.batches = BatchService(_config(tmp_path, workers=1), review=FAKE)
        app.state.batches.start()
        yield client
        app.state.batches.stop()


def _upload(api, files, **form):
    return api.post("/api/v1/batches", data=form,
                    files=[("files", (name, data, "application/octet-stream"))
                           for name, data in files])


def test_http_batch_round_trip_with_a_zip_and_the_token(api):
    bundle = _zip({"ม.1/ครูก.docx": b"1", "ม.1/corrupt.pdf": b"2", "__MACOSX/x.docx": b"3"})
    r = _upload(api, [("ชุด.zip", bundle), ("ครูค.pdf", b"4")], rank="expert")
    assert r.status_code == 202, r.text
    body = r.json()
    assert set(body) == {"id", "token"}
    auth = {"Authorization": f"Bearer {body['token']}"}
    url = f"/api/v1/batches/{body['id']}"

    def finished():
        s = api.get(url, headers=auth).json()
        return s if s["state"] == "done" else None
    status = _wait_for(finished, timeout=30, poll=0.1)
    assert (status["done"], status["total"]) == (3, 3)
    files = {f["name"]: f for f in status["files"]}
    assert set(files) == {"ม.1/ครูก.docx", "ม.1/corrupt.pdf", "ครูค.pdf"}
    assert files["ม.1/ครูก.docx"]["summary"] == {"errors": 1, "warnings": 1, "infos": 0}
    assert files["ม.1/ครูก.docx"]["top_rules"][0] == "header.missing-field"
    assert files["ม.1/corrupt.pdf"]["state"] == "failed"
    assert files["ม.1/corrupt.pdf"]["error"]["code"] == "corrupt"

    xlsx = api.get(url + "/report.xlsx", headers=auth)
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert xlsx.headers["cache-control"] == "no-store"
    csv_r = api.get(url + "/report.csv", headers=auth)
    assert csv_r.content.startswith(b"\xef\xbb\xbf") and "ครูค.pdf" in csv_r.text
    findings = api.get(url + "/report.csv?sheet=findings", headers=auth)
    assert "indicator.no-target" in findings.text


@pytest.mark.parametrize("suffix", ["", "/report.xlsx", "/report.csv"])
def test_http_batch_needs_the_right_token(api, suffix):
    first = _upload(api, [("a.docx", b"1")]).json()
    second = _upload(api, [("b.docx", b"2")]).json()
    url = f"/api/v1/batches/{first['id']}{suffix}"
    assert api.get(url).status_code == 401
    assert api.get(url).headers.get("www-authenticate") == "Bearer"
    assert api.get(url, headers={"Authorization": "Basic abc"}).status_code == 401
    wrong = api.get(url, headers={"Authorization": f"Bearer {second['token']}"})
    assert wrong.status_code == 404 and wrong.json()["error"]["message_th"]
    unknown = api.get(f"/api/v1/batches/{'0' * 16}{suffix}",
                      headers={"Authorization": f"Bearer {first['token']}"})
    assert unknown.status_code == 404
    assert api.get(url, headers={"Authorization": f"Bearer {first['token']}"}).status_code == 200


def test_http_batch_refuses_bad_input_with_thai_and_english(api):
    for r, status, code in [
        (api.post("/api/v1/batches", data={"rank": "teacher"}), 415, "not-multipart"),
        (_upload(api, [("a.docx", b"1")], rank="principal"), 422, "invalid-rank"),
        (_upload(api, [("notes.zip", _zip({"readme.txt": b"x"}))]), 400, "empty"),
        (_upload(api, [("broken.zip", b"PK\x03\x04 not a zip")]), 202, None),
    ]:
        assert r.status_code == status, r.text
        if code:
            error = r.json()["error"]
            assert error["code"] == code and error["message_th"] and error["message_en"]


def test_http_batch_odd_zips_and_fields_get_a_4xx_or_a_row_never_a_500(api, tmp_path):
    import zipfile

    dirs = io.BytesIO()
    with zipfile.ZipFile(dirs, "w") as archive:
        archive.writestr("ม.1/", b"")
        archive.writestr("ม.1/ห้อง 2/", b"")
    for r, status, code in [
        (_upload(api, [("empty.zip", _zip({}))]), 400, "empty"),
        (_upload(api, [("folders.zip", dirs.getvalue())]), 400, "empty"),
        (_upload(api, [("a.docx", b"1")], rank="ชำนาญการ"), 422, "invalid-rank"),
        (_upload(api, [("a.docx", b"1")], rank="r" * 2000), 413, "field-too-large"),
    ]:
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), r.text
        assert r.json()["error"]["message_th"] and r.json()["error"]["message_en"]
    blank_rank = _upload(api, [("a.docx", b"1")], rank="  ")
    assert blank_rank.status_code == 202, blank_rank.text
    inner = _zip({"a.docx": b"1"})
    nested = _upload(api, [("all.zip", _zip({"inner.zip": inner, "b.docx": b"2"}))])
    assert nested.status_code == 202, nested.text
    auth = {"Authorization": f"Bearer {nested.json()['token']}"}
    files = {f["name"]: f for f in
             api.get(f"/api/v1/batches/{nested.json()['id']}", headers=auth).json()["files"]}
    assert set(files) == {"inner.zip", "b.docx"}
    assert files["inner.zip"]["state"] == "failed"
    assert files["inner.zip"]["error"]["code"] == "zip-in-zip"
    alone = _upload(api, [("only.zip", _zip({"inner.zip": inner}))])
    assert alone.status_code == 202, alone.text  # said in its row, not "no document found"


def test_an_interrupted_upload_is_dropped_not_reviewed(store):
    add_batch(store, "ef", ["a.docx"], seal=False)
    assert store.recover_uploads(older_than=3600) == 0  # may still be arriving
    assert store.recover_uploads(older_than=-1) == 1
    assert store.batch("ef") is None and not store.file_dir("ef").exists()


def test_purge_removes_stale_spools_and_orphan_folders(store, tmp_path):
    old = time.time() - 7200
    for folder in (tmp_path / "incoming" / "tmpabc", tmp_path / "batches" / "0123abcd"):
        folder.mkdir(parents=True)
        (folder / "x.upload").write_bytes(b"1")
        os.utime(folder, (old, old))
    fresh = tmp_path / "incoming" / "tmpnew"
    fresh.mkdir()
    store.purge_expired()
    assert not (tmp_path / "incoming" / "tmpabc").exists()
    assert not (tmp_path / "batches" / "0123abcd").exists()
    assert fresh.exists()  # may be an upload arriving right now


def test_a_cold_worker_loads_before_its_first_file_is_timed(tmp_path, monkeypatch):
    """QA round 5: a worker's first review loads the readers and models (tens of seconds on a busy
    server); counted against the file's limit it failed valid files as 'timeout', and the worker
    that replaced the killed one was cold again.  Workers now warm up before taking a file."""
    monkeypatch.setenv("PA_REVIEW_FAKE_COLD", "4")
    config = _config(tmp_path, workers=1, file_timeout_s=2)
    with BatchService(config, review=FAKE) as service:
        created = service.submit([("ครู1.docx", b"a"), ("ครู2.docx", b"b")])
        status = service.wait(created.id, timeout=60)
    assert [(f.state, f.error) for f in status.files] == [("done", None), ("done", None)]

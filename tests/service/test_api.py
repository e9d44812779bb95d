"""HTTP API: the report, check-text, annotate, the page; a bad file is a 4xx with Thai + English."""

from __future__ import annotations

import io
import json
import sys
import types
import zipfile
from pathlib import Path

import docx
import pytest
from fastapi.testclient import TestClient

import service_fakes as fakes
from service import pipeline
from service.api.app import create_app
from service.settings import Settings

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", max_upload_mb=1, workers=1, warm_up=False)


@pytest.fixture
def client(settings, monkeypatch):
    fakes.install(monkeypatch)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def _post(client, data: bytes, name: str = "pa1.docx", **form):
    return client.post("/api/v1/reviews", files={"file": (name, data, DOCX)}, data=form)


def _assert_error(r, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["message_th"] and err["message_en"]
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in err["message_th"])  # Thai, really
    assert "Traceback" not in r.text
    if code:
        assert err["code"] == code
    return err


def test_no_module_level_app():
    import service.api.app as module
    assert not hasattr(module, "app")


def test_review_returns_the_contract_report(client):
    data = fakes.build_docx()
    r = _post(client, data, "ครูมณี.docx")
    assert r.status_code == 200
    body = r.json()
    assert list(body) == ["schema", "file", "sha256", "document", "expected_level", "findings", "summary"]
    assert body["schema"] == "pa-review/1" and body["file"] == "ครูมณี.docx"
    assert body["expected_level"] == "solve"  # professional, from the header
    assert body["summary"] == {"errors": 2, "warnings": 2, "infos": 0}
    severities = [f["severity"] for f in body["findings"]]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert "sources" not in body["document"]
    import hashlib
    assert body["sha256"] == hashlib.sha256(data).hexdigest()


def test_rank_field_overrides_the_header(client):
    r = _post(client, fakes.build_docx(), rank="expert")
    assert r.json()["expected_level"] == "invent"


def test_unknown_rank_is_422(client):
    _assert_error(_post(client, fakes.build_docx(), rank="principal"), 422, "invalid-rank")


@pytest.mark.parametrize("rank", ["ชำนาญการ", "\x00", "teacher\x00", "r" * 60_000, "1e309", "-1"])
def test_rank_values_that_are_not_ranks_are_422_never_echoed(client, rank):
    err = _assert_error(_post(client, fakes.build_docx(), rank=rank), 422, "invalid-rank")
    assert rank not in err["message_th"] + err["message_en"]


def test_a_blank_rank_is_no_rank(client):
    r = _post(client, fakes.build_docx(), rank="   ")
    assert r.status_code == 200, r.text
    assert r.json()["expected_level"] == "solve"  # the header's ชำนาญการ


@pytest.mark.parametrize("data,name,status,code", [
    (b"", "empty.docx", 400, "empty"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "photo.png", 415, "unsupported-type"),
    (b"PK\x03\x04" + b"\x00garbage" * 50, "broken.docx", 422, "corrupt"),
    (b"just some text, not a form", "notes.txt", 415, "unsupported-type"),
])
def test_bad_files_get_a_4xx_in_thai_and_english(client, data, name, status, code):
    _assert_error(_post(client, data, name), status, code)


def test_a_plain_zip_is_not_a_docx(client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    _assert_error(_post(client, buf.getvalue(), "x.docx"), 415, "not-docx")


def test_upload_over_the_limit_is_413(client):
    _assert_error(_post(client, b"%PDF-1.7\n" + b"0" * (2 * 1024 * 1024)), 413, "too-large")


def test_limit_is_enforced_while_streaming_without_content_length(client):
    boundary = "pa-review-boundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
            "Content-Type: application/pdf\r\n\r\n").encode()
    chunks_sent = []

    def body():
        yield head
        for _ in range(40):  # 40 × 64 KiB = 2.5 MiB > 1 MB
            chunks_sent.append(1)
            yield b"%PDF" + b"0" * (64 * 1024 - 4)
        yield f"\r\n--{boundary}--\r\n".encode()

    r = client.post("/api/v1/reviews", content=body(),
                    headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    _assert_error(r, 413, "too-large")


def test_missing_file_field_is_422(client):
    r = client.post("/api/v1/reviews", data={"rank": "teacher"}, files={"other": ("", b"", "text/plain")})
    # a file part with no name and no bytes is what a browser sends for an empty file input
    _assert_error(r, 422, "no-file")
    r = client.post("/api/v1/reviews", files={"other": ("pa1.docx", b"", DOCX)})
    _assert_error(r, 400, "empty")  # a file under another field name is taken: this one is empty
    r = client.post("/api/v1/reviews", data={"rank": "teacher"},
                    headers={"Content-Type": "multipart/form-data; boundary=x"})
    assert 400 <= r.status_code < 500


def test_not_multipart_is_415(client):
    r = client.post("/api/v1/reviews", json={"file": "x"})
    _assert_error(r, 415, "not-multipart")


def test_reader_crash_is_a_4xx_without_traceback(client, monkeypatch):
    def boom(data, filename="", *, limits=None):
        raise RuntimeError("secret document text ครูมณี")
    monkeypatch.setattr(pipeline, "extract", boom)
    err = _assert_error(_post(client, fakes.build_docx()), 422, "internal")
    assert "secret" not in str(err)


def test_checks_crash_is_a_4xx_too(client, monkeypatch):
    def boom(*args):
        raise KeyError("x")
    monkeypatch.setattr(pipeline, "_run_checks", boom)
    _assert_error(_post(client, fakes.build_docx()), 422, "internal")


def test_annotate_returns_the_commented_docx(client):
    r = client.post("/api/v1/annotate", files={"file": ("ครูมณี.docx", fakes.build_docx(), DOCX)})
    assert r.status_code == 200
    assert r.headers["content-type"] == DOCX
    assert "filename*=UTF-8''" in r.headers["content-disposition"]
    assert len(list(docx.Document(io.BytesIO(r.content)).comments)) == 4


def test_annotate_refuses_a_pdf_and_points_to_the_report(client):
    err = _assert_error(client.post("/api/v1/annotate", files={"file": ("a.pdf", b"%PDF-1.7\n%%EOF", "application/pdf")}),
                        415, "pdf-no-comments")
    assert "HTML" in err["message_th"] and "HTML" in err["message_en"]


def test_html_report_from_json_from_upload_and_by_sha(client):
    report = _post(client, fakes.build_docx()).json()
    r = client.post("/api/v1/reports/html", json=report)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<mark>" + fakes.EXCERPT + "</mark>" in r.text
    assert "ผลการตรวจ" in r.text and "attachment" in r.headers["content-disposition"]
    r2 = client.post("/api/v1/reports/html", files={"file": ("a.docx", fakes.build_docx(), DOCX)})
    assert r2.status_code == 200 and fakes.EXCERPT in r2.text
    r3 = client.get(f"/api/v1/reviews/{report['sha256']}/report.html")
    assert r3.status_code == 200 and fakes.EXCERPT in r3.text
    _assert_error(client.get(f"/api/v1/reviews/{'0' * 64}/report.html"), 404, "report-expired")


def test_html_report_refuses_a_bad_report(client):
    _assert_error(client.post("/api/v1/reports/html", json={"schema": "nope"}), 422, "invalid-report")


@pytest.fixture
def text_engine(monkeypatch):
    """A stand-in for models.checks.text.check_text(text, kind, *, rank, area)."""
    calls = []

    def check_text(text, kind, *, rank=None, area=1):
        calls.append((text, kind, rank, area))
        findings = [dict(rule="indicator.no-target", severity="warning", message_th="ไม่มีเป้าหมาย",
                         message_en="No target", location={"part": "part1", "area": area,
                                                           "field": "indicators", "index": 0},
                         excerpt=text[:5])] if kind == "indicator" else []
        return {"findings": findings, "level": "solve" if kind == "challenge" else None,
                "suggestion_th": "นักเรียนร้อยละ 80 …"}

    module = types.ModuleType("models.checks.text")
    module.check_text = check_text
    monkeypatch.setitem(sys.modules, "models.checks.text", module)
    return calls


def test_check_text(client, text_engine):
    r = client.post("/api/v1/check-text", json={"text": "ร้อยละของนักเรียนที่อ่านออก", "as": "indicator",
                                                "rank": "professional", "area": 2})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"findings", "level", "suggestion_th"}
    assert body["findings"][0]["rule"] == "indicator.no-target"
    assert text_engine[-1][1:] == ("indicator", "professional", 2)
    r = client.post("/api/v1/check-text", json={"text": "การพัฒนา…", "as": "challenge"})
    assert r.json()["level"] == "solve"


@pytest.mark.parametrize("body", [{"text": "", "as": "indicator"}, {"text": "x", "as": "poem"},
                                  {"text": "x", "as": "indicator", "area": 4}, {"as": "indicator"}])
def test_check_text_validation_is_422_thai_english(client, body):
    err = _assert_error(client.post("/api/v1/check-text", json=body), 422, "invalid-request")
    assert err["fields"]


def test_page_and_static(client):
    r = client.get("/")
    assert r.status_code == 200 and "ตรวจแบบข้อตกลงในการพัฒนางาน" in r.text
    assert 'id="labels"' in r.text and "/static/app.js" in r.text
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200


@pytest.mark.parametrize("raw", [b"\xff\xfe{", b'{"text": "\xe0", "as": "indicator"}', b"[" * 50_000])
@pytest.mark.parametrize("route", ["/api/v1/check-text", "/api/v1/trainer/analyse"])
def test_a_json_body_that_cannot_be_read_is_400_saying_so(client, route, raw):
    r = client.post(route, content=raw, headers={"Content-Type": "application/json"})
    err = _assert_error(r, 400, "http-400")
    assert "JSON" in err["message_th"] and "UTF-8" in err["message_en"]


def test_unknown_route_is_json_404(client):
    _assert_error(client.get("/api/v1/nothing"), 404)


def test_unsafe_settings_are_refused(tmp_path):
    from pydantic import ValidationError
    for bad in ({"data_dir": "/"}, {"data_dir": "/etc"}, {"max_upload_mb": 0}, {"max_upload_mb": 5000},
                {"workers": 0}, {"port": 70000}, {"batch_ttl_hours": -1}, {"host": "a b"}):
        with pytest.raises(ValidationError):
            Settings(**bad)
    assert Settings(data_dir=tmp_path).keep_uploads is False


def test_settings_from_environment(monkeypatch, tmp_path):
    from service.settings import get_settings
    monkeypatch.setenv("PA_REVIEW_MAX_UPLOAD_MB", "5")
    monkeypatch.setenv("PA_REVIEW_DATA_DIR", str(tmp_path))
    s = get_settings()
    assert s.max_upload_mb == 5 and s.data_dir == tmp_path and s.limits().max_bytes == 5 * 1024 * 1024


BROKEN = Path(__file__).resolve().parents[2] / "samples" / "broken"
_EXPECTED = json.loads((BROKEN / "expected.json").read_text(encoding="utf-8")) \
    if (BROKEN / "expected.json").is_file() else {}


@pytest.fixture
def real_client(settings):
    """The real readers and checks (no stand-ins)."""
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("name", sorted(n for n, code in _EXPECTED.items() if code))
def test_broken_samples_get_their_4xx_never_500(real_client, name):
    data = (BROKEN / name).read_bytes()
    r = real_client.post("/api/v1/reviews", files={"file": (name, data, "application/octet-stream")})
    _assert_error(r, r.status_code, _EXPECTED[name])
    assert 400 <= r.status_code < 500


def test_check_text_with_the_real_engine(real_client):
    pytest.importorskip("models.checks.text")
    r = real_client.post("/api/v1/check-text", json={"text": "ร้อยละของนักเรียนมีทักษะการคิดวิเคราะห์",
                                                     "as": "indicator", "area": 1})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"findings", "level", "suggestion_th"}
    assert "indicator.no-target" in {f["rule"] for f in body["findings"]}
    r = real_client.post("/api/v1/check-text", json={"text": "การพัฒนาทักษะการอ่านของนักเรียนชั้นประถมศึกษาปีที่ 2",
                                                     "as": "challenge", "rank": "expert"})
    assert r.status_code == 200 and r.json()["level"] in {"execute", "apply", "solve", "originate", "invent", "impact"}


@pytest.mark.slow  # a spawned worker loads the Thai models (~10 s)
def test_reviews_in_worker_processes(tmp_path):
    """PA_REVIEW_REVIEW_PROCESSES: the same answers, from spawned workers (real readers)."""
    pytest.importorskip("extractors.docx")
    settings = Settings(data_dir=tmp_path / "data", max_upload_mb=1, review_processes=1, warm_up=False)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        r = c.post("/api/v1/reviews", files={"file": ("pa1.docx", fakes.build_docx(), DOCX)})
        assert r.status_code == 200, r.text
        assert r.json()["document"]["header"]["name"] == fakes.NAME
        _assert_error(c.post("/api/v1/reviews", files={"file": ("e.docx", b"", DOCX)}), 400, "empty")
        r = c.post("/api/v1/annotate", files={"file": ("pa1.docx", fakes.build_docx(), DOCX)})
        assert r.status_code == 200 and r.content[:2] == b"PK"


def test_oversized_json_bodies_are_413(client):
    big = "ก" * (1024 * 1024)  # 3 MB of UTF-8 > the 1 MB test limit
    _assert_error(client.post("/api/v1/check-text", json={"text": big, "as": "indicator"}), 413, "too-large")

    def chunks():
        for _ in range(30):
            yield b"x" * 65536
    r = client.post("/api/v1/reports/html", content=chunks(), headers={"Content-Type": "application/json"})
    _assert_error(r, 413, "too-large")


def test_openapi_schema_and_no_cdn_pages(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/reviews", "/api/v1/check-text", "/api/v1/annotate"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 404

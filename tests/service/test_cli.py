"""`pa-review` command line: formats, exit codes 0/1/2, Thai + English errors on stderr."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import types
from pathlib import Path

import docx
import pytest

import service_fakes as fakes
from service import pipeline
from service.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def files(tmp_path, monkeypatch):
    fakes.install(monkeypatch)
    monkeypatch.setenv("PA_REVIEW_DATA_DIR", str(tmp_path / "data"))
    good = tmp_path / "ครูมณี.docx"
    good.write_bytes(fakes.build_docx())
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    return types.SimpleNamespace(good=good, empty=empty, pdf=pdf, tmp=tmp_path)


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def test_check_json_one_file_is_an_object_exit_1_on_errors(files, capsys):
    assert main(["check", str(files.good), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == "pa-review/1" and report["file"] == "ครูมณี.docx"
    assert report["summary"]["errors"] == 2


def test_check_json_several_files_is_an_array(files, capsys):
    assert main(["check", str(files.good), str(files.good), "--format", "json"]) == 1
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_exit_0_without_error_findings(files, capsys, monkeypatch):
    monkeypatch.setattr(pipeline, "_run_checks",
                        lambda *a: [f for f in fakes.findings() if f.severity != "error"])
    assert main(["check", str(files.good), "--format", "json"]) == 0


def test_rank_option(files, capsys):
    main(["check", str(files.good), "--format", "json", "--rank", "senior_expert"])
    assert json.loads(capsys.readouterr().out)["expected_level"] == "impact"


def test_text_and_html_formats(files, capsys):
    main(["check", str(files.good), "--format", "text"])
    out = capsys.readouterr().out
    assert "ส่วนที่ 1" in out and fakes.EXCERPT in out and "indicator.no-target" in out
    assert out.index("ไม่ระบุปีงบประมาณ") < out.index("The fiscal year is missing.")  # Thai first
    main(["check", str(files.good), "--format", "html"])
    out = capsys.readouterr().out
    assert out.startswith("<!doctype html>") and "<mark>" in out


@pytest.mark.parametrize("name", ["empty", "missing"])
def test_unreadable_exit_2_with_thai_and_english(files, capsys, name):
    path = files.empty if name == "empty" else files.tmp / "nope.docx"
    assert main(["check", str(path), "--format", "json"]) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 2 and _thai(lines[0]) and "cannot read" in lines[1]


def test_unreadable_among_good_files_still_reports_the_good_ones(files, capsys):
    assert main(["check", str(files.good), str(files.empty), "--format", "json"]) == 2
    out = capsys.readouterr().out
    assert len(json.loads(out)) == 1


def test_extract_prints_the_document_and_full_adds_sources(files, capsys):
    assert main(["extract", str(files.good), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["header"]["name"] == fakes.NAME and "sources" not in doc
    main(["extract", str(files.good), "--full"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["sources"]["header.name"] == {"kind": "paragraph", "paragraph": 1}
    assert doc["layout"] == "area-rows"


def test_check_text(files, capsys, monkeypatch):
    module = types.ModuleType("models.checks.text")
    module.check_text = lambda text, kind, *, rank=None, area=1: {
        "findings": [], "level": "originate" if kind == "challenge" else None, "suggestion_th": None}
    monkeypatch.setitem(sys.modules, "models.checks.text", module)
    assert main(["check-text", "--as", "challenge", "--rank", "professional", "การพัฒนา", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"findings": [], "level": "originate", "suggestion_th": None}


def test_annotate_writes_the_commented_docx(files, capsys):
    out = files.tmp / "out.docx"
    assert main(["annotate", str(files.good), "--out", str(out)]) == 1
    assert len(list(docx.Document(io.BytesIO(out.read_bytes())).comments)) == 4


def test_annotate_refuses_a_pdf(files, capsys):
    assert main(["annotate", str(files.pdf), "--out", str(files.tmp / "x.docx")]) == 2
    err = capsys.readouterr().err
    assert "DOCX" in err and "html" in err and _thai(err)


def test_batch_delegates_to_batch_cli(files, monkeypatch):
    calls = []
    module = types.ModuleType("service.batch_cli")
    module.run = lambda source, out, workers, rank: calls.append((source, out, workers, rank)) or 0
    monkeypatch.setitem(sys.modules, "service.batch_cli", module)
    import service
    monkeypatch.setattr(service, "batch_cli", module, raising=False)
    assert main(["batch", str(files.tmp), "--out", "r.xlsx", "--workers", "3", "--rank", "teacher"]) == 0
    assert calls == [(str(files.tmp), "r.xlsx", 3, "teacher")]


def test_real_process_exit_code_and_stderr(tmp_path):
    png = tmp_path / "photo.docx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    done = subprocess.run([sys.executable, "-m", "service.cli", "check", str(png)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "PNG" in done.stderr and _thai(done.stderr) and "Traceback" not in done.stderr


def test_engine_crash_is_exit_2_with_a_reason_not_a_traceback(files, capsys, monkeypatch, caplog):
    def boom(*args):
        raise ZeroDivisionError("ครูมณี secret")
    monkeypatch.setattr(pipeline, "_run_checks", boom)
    assert main(["check", str(files.good), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "internal" in err and "Traceback" not in err and "secret" not in err
    assert "secret" not in caplog.text and "ZeroDivisionError" in caplog.text


def test_serve_starts_the_web_service(tmp_path):
    import os
    import socket
    import time

    import httpx2

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PA_REVIEW_DATA_DIR=str(tmp_path / "data"), PA_REVIEW_WARM_UP="false")
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1",
                             "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                r = httpx2.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx2.HTTPError:
                assert time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.2)
        assert r.status_code == 200 and "ตรวจแบบข้อตกลงในการพัฒนางาน" in r.text
    finally:
        proc.terminate()
        proc.wait(timeout=20)

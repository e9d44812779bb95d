"""The teacher page in a real headless Chromium: upload, see findings, switch language, download
the commented DOCX, see a bad file's reason, fit a phone screen."""

from __future__ import annotations

import io

import docx
import pytest

import service_fakes as fakes
from browser_support import chromium, open_page, served, upload
from service import pipeline

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """uvicorn on 127.0.0.1 in a thread of this process (so the known findings can be patched in),
    warmed up first so the page's timeouts measure reviews, not model loading.
    The real DOCX/PDF readers are used when they exist."""
    with pytest.MonkeyPatch.context() as mp:
        try:
            import extractors.docx  # noqa: F401
        except ImportError:
            mp.setattr(pipeline, "extract", fakes.fake_extract)
        mp.setattr(pipeline, "_run_checks", fakes.fake_checks)
        pipeline.warm_up()
        with served(tmp_path_factory.mktemp("data"), max_upload_mb=2) as url:
            yield url


@pytest.fixture
def page(server):
    # the first review may load the Thai models: 60 s
    with chromium() as browser, open_page(browser, timeout_ms=60_000, accept_downloads=True,
                                          locale="th-TH") as pg:
        problems: list[str] = []
        pg.on("pageerror", lambda exc: problems.append(f"pageerror: {exc}"))
        pg.on("console", lambda msg: problems.append(f"console: {msg.text}")
              if msg.type == "error" and "status of 4" not in msg.text else None)
        pg.goto(server + "/")
        yield pg
        assert not problems, problems  # script errors, CSP violations


def test_upload_shows_findings_and_downloads_commented_docx(page, tmp_path):
    sample = tmp_path / "ครูมณี.docx"
    sample.write_bytes(fakes.build_docx())
    assert "ตรวจแบบข้อตกลงในการพัฒนางาน" in page.locator("h1").inner_text()

    upload(page, sample)
    assert page.locator(".finding").count() == 4
    assert page.locator("#result-file").inner_text() == "ครูมณี.docx"
    # grouped by part and area, errors first within the page's part order
    groups = page.locator(".group").evaluate_all("els => els.map(e => e.dataset.group)")
    assert groups == ["header", "part1.1", "part1.2", "part2"]
    # the excerpt highlighted inside its indicator, the suggestion shown
    assert page.locator(".finding.warning mark").first.inner_text() == fakes.EXCERPT
    assert "นักเรียนร้อยละ 80 อธิบายขั้นตอนได้ถูกต้อง" in page.locator(".suggest").first.inner_text()
    # committee summary: expected level of a ชำนาญการ and the 15 items
    committee = page.locator("#committee")
    assert "แก้ไขปัญหา" in committee.inner_text()
    assert page.locator("#committee .item").count() == 15

    # severity filter: hiding warnings hides their cards and the groups left empty
    page.uncheck('#filter input[value="warning"]')
    assert page.locator(".finding.warning").first.is_hidden()
    assert page.locator('.group[data-group="part1.1"]').is_hidden()
    assert page.locator(".finding.error").first.is_visible()
    page.check('#filter input[value="warning"]')
    assert page.locator('.group[data-group="part1.1"]').is_visible()
    assert page.locator(".suggest .copy").count() == 1

    # English switch
    page.click("#lang")
    assert page.locator(".finding .msg .en").first.is_visible()
    assert "Committee summary" in committee.inner_text()
    page.click("#lang")

    with page.expect_download() as info:
        page.click("#dl-docx")
    target = tmp_path / "commented.docx"
    info.value.save_as(target)
    assert info.value.suggested_filename.endswith(".docx")
    comments = list(docx.Document(io.BytesIO(target.read_bytes())).comments)
    assert len(comments) == 4

    with page.expect_download() as info:
        page.click("#dl-html")
    html_path = tmp_path / "report.html"
    info.value.save_as(html_path)
    assert fakes.EXCERPT in html_path.read_text(encoding="utf-8")


def test_a_bad_file_says_why_in_thai(page, tmp_path):
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    upload(page, png, "#status.error")
    assert "PNG" in page.locator("#status").inner_text()
    assert not page.locator("#result").is_visible()


def test_fits_a_phone_screen(page, tmp_path):
    page.set_viewport_size({"width": 360, "height": 740})
    sample = tmp_path / "pa1.docx"
    sample.write_bytes(fakes.build_docx())
    upload(page, sample)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_a_pdf_offers_the_html_report_instead_of_comments(page, tmp_path):
    from pathlib import Path

    pytest.importorskip("extractors.pdf")
    pdfs = sorted((Path(__file__).resolve().parents[2] / "samples" / "documents").glob("*.pdf"))
    if not pdfs:
        pytest.skip("no sample PDF")
    upload(page, pdfs[0])
    assert not page.locator("#dl-docx").is_visible()
    assert page.locator("#pdf-note").is_visible()
    with page.expect_download() as info:
        page.click("#dl-html")
    assert info.value.suggested_filename.endswith(".html")


def test_a_retried_file_is_marked_on_the_batch_page(page):
    """files[].retry (a file whose first review ran out of time and was reviewed once more) shows
    as a "ลองใหม่แล้ว / retried" mark by its state, with the reason as a tooltip; a file reviewed at
    the first try has none; the table still fits a phone screen."""
    import json

    timeout = {"code": "timeout", "message_th": "ตรวจไฟล์นี้ไม่เสร็จภายใน 120 วินาที",
               "message_en": "The review did not finish within 120 seconds."}
    summary = {"errors": 0, "warnings": 1, "infos": 0}
    status = {"id": "b1", "state": "done", "done": 3, "total": 3, "rank": None,
              "expires": "2099-01-01T00:00:00Z", "files": [
                  {"name": "ช้า.docx", "state": "done", "summary": summary, "top_rules": [],
                   "error": None, "retry": timeout},
                  {"name": "ปกติ.docx", "state": "done", "summary": summary, "top_rules": [],
                   "error": None, "retry": None},
                  {"name": "ช้ามาก.docx", "state": "failed", "summary": None, "top_rules": [],
                   "error": {**timeout, "message_th": "ไม่เสร็จทั้งสองครั้ง"}, "retry": timeout}]}
    page.route("**/api/v1/batches/b1", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(status, ensure_ascii=False)))
    page.set_viewport_size({"width": 360, "height": 740})
    page.click("#batch-open summary")
    page.fill("#batch-open-id", "b1")
    page.fill("#batch-open-token", "t")
    page.click("#batch-open-form button")
    page.wait_for_selector("#batch-table tbody tr")
    rows = page.locator("#batch-table tbody tr")
    assert rows.count() == 3
    marks = page.locator("#batch-table .retried")
    assert marks.count() == 2
    first = rows.nth(0).locator(".retried")
    assert first.is_visible() and first.inner_text() == "ลองใหม่แล้ว"
    assert first.get_attribute("title").startswith("ลองตรวจใหม่ 1 ครั้ง หลังจาก: ตรวจไฟล์นี้ไม่เสร็จ")
    assert "Retried once after: The review did not finish" in first.get_attribute("title")
    assert rows.nth(1).locator(".retried").count() == 0
    assert rows.nth(2).locator(".retried").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.click("#lang")
    assert first.inner_text() == "retried"

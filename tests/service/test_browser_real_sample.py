"""End to end with nothing faked: a real sample PA1 uploaded in headless Chromium is reviewed by
the real readers and engine, the page shows the same findings the CLI reports, and the commented
DOCX that comes back carries one Word comment per finding."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from browser_support import free_port, launch_chromium, serving
from conftest import require_tool
from service.api.app import create_app
from service.pipeline import review
from service.settings import Settings

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "documents" / "m2-science-teacher.docx"


def test_a_real_sample_end_to_end(tmp_path_factory, tmp_path):
    chromium = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    expected = review(SAMPLE.read_bytes(), SAMPLE.name)
    assert expected.findings, "the sample is chosen because it has findings"
    port = free_port()
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), host="127.0.0.1", port=port,
                        warm_up=False)
    with serving(create_app(settings), port) as url, sync_api.sync_playwright() as p:
        browser = launch_chromium(p, chromium)
        page = browser.new_context(accept_downloads=True, locale="th-TH").new_page()
        page.set_default_timeout(60_000)
        page.goto(url + "/")
        page.set_input_files("#file", str(SAMPLE))
        page.wait_for_selector(".finding")
        assert page.locator(".finding").count() == len(expected.findings)
        shown = page.locator(".finding").all_inner_texts()
        for finding in expected.findings:
            assert any(finding.rule in text for text in shown), finding.rule
        with page.expect_download() as info:
            page.click("#dl-docx")
        target = tmp_path / "commented.docx"
        info.value.save_as(target)
        browser.close()
    comments = list(docx.Document(io.BytesIO(target.read_bytes())).comments)
    assert len(comments) == len(expected.findings)

"""End to end with nothing faked: a real sample PA1 uploaded in headless Chromium is reviewed by
the real readers and engine, the page shows the same findings the CLI reports, and the commented
DOCX that comes back carries one Word comment per finding."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from browser_support import chromium, open_page, served, upload
from service.pipeline import review

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "documents" / "m2-science-teacher.docx"


def test_a_real_sample_end_to_end(tmp_path_factory, tmp_path):
    expected = review(SAMPLE.read_bytes(), SAMPLE.name)
    assert expected.findings, "the sample is chosen because it has findings"
    with served(tmp_path_factory.mktemp("data")) as url, chromium() as browser, \
            open_page(browser, url + "/", timeout_ms=60_000, accept_downloads=True,
                      locale="th-TH") as page:
        upload(page, SAMPLE)
        assert page.locator(".finding").count() == len(expected.findings)
        shown = page.locator(".finding").all_inner_texts()
        for finding in expected.findings:
            assert any(finding.rule in text for text in shown), finding.rule
        with page.expect_download() as info:
            page.click("#dl-docx")
        target = tmp_path / "commented.docx"
        info.value.save_as(target)
    comments = list(docx.Document(io.BytesIO(target.read_bytes())).comments)
    assert len(comments) == len(expected.findings)

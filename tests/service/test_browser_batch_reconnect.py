"""While the server cannot be reached (restarting, the school's network down), the batch page
says it is reconnecting instead of still showing "reviewing", and carries on by itself once the
server answers again (a restarted service resumes the batch: nothing accepted is lost)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from browser_support import app_page

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "documents" / "p4-math-professional.docx"


def test_the_batch_page_says_it_is_reconnecting_and_recovers(tmp_path_factory, tmp_path):
    upload = tmp_path / "ส่งงาน.zip"
    with zipfile.ZipFile(upload, "w") as archive:
        archive.writestr("ครูก.docx", SAMPLE.read_bytes())
    with app_page(tmp_path_factory.mktemp("data"), workers=1, timeout_ms=120_000) as (page, url):
        page.goto(url + "/")
        down = "**/api/v1/batches/*"

        def gone(route):  # the server goes away right after taking the batch
            if route.request.method == "GET":
                route.abort("connectionrefused")
            else:
                route.continue_()

        page.route(down, gone)
        page.set_input_files("#batch-files", str(upload))
        page.click("#batch-go")
        page.wait_for_selector("#batch-run:not([hidden])")
        page.wait_for_selector("#batch-status:has-text('กำลังเชื่อมต่อใหม่')", timeout=20_000)
        page.unroute(down)  # and comes back
        page.wait_for_selector("#batch-status:has-text('ตรวจครบทุกไฟล์แล้ว')")
        done = page.locator("#batch-count .th").inner_text()
    assert "ตรวจแล้ว 1 จาก 1" in done

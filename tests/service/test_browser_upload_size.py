"""A file over the upload limit is refused by the teacher's page before it is sent, with the
server's own words: on a school's slow connection a 40 MB scan is not uploaded only to be told
it is too large."""

from __future__ import annotations

import pytest

from browser_support import free_port, launch_chromium, serving
from conftest import require_tool
from service.api.app import create_app
from service.settings import Settings

pytestmark = pytest.mark.browser


def test_an_oversized_file_is_refused_before_upload(tmp_path_factory, tmp_path):
    chromium = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    big = tmp_path / "สแกน PA1.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * (3 * 1024 * 1024 // 2))  # 1.5 MB
    port = free_port()
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), host="127.0.0.1", port=port,
                        warm_up=False, max_upload_mb=1)
    with serving(create_app(settings), port) as url, sync_api.sync_playwright() as p:
        browser = launch_chromium(p, chromium)
        page = browser.new_page()
        posted = []
        page.on("request", lambda r: posted.append(r.url) if r.method == "POST" else None)
        page.goto(url + "/")
        page.set_input_files("#file", str(big))
        page.wait_for_selector("#status.error")
        message = page.locator("#status .th").inner_text()
        page.set_input_files("#file", [])
        browser.close()
    assert "ใหญ่เกิน 1 MB" in message
    assert posted == []

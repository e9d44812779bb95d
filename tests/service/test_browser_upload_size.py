"""A file over the upload limit is refused by the teacher's page before it is sent, with the
server's own words: on a school's slow connection a 40 MB scan is not uploaded only to be told
it is too large."""

from __future__ import annotations

import pytest

from browser_support import app_page, upload

pytestmark = pytest.mark.browser


def test_an_oversized_file_is_refused_before_upload(tmp_path_factory, tmp_path):
    big = tmp_path / "สแกน PA1.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * (3 * 1024 * 1024 // 2))  # 1.5 MB
    with app_page(tmp_path_factory.mktemp("data"), max_upload_mb=1, timeout_ms=None) as (page, url):
        posted = []
        page.on("request", lambda r: posted.append(r.url) if r.method == "POST" else None)
        page.goto(url + "/")
        upload(page, big, "#status.error")
        message = page.locator("#status .th").inner_text()
        page.set_input_files("#file", [])
    assert "ใหญ่เกิน 1 MB" in message
    assert posted == []

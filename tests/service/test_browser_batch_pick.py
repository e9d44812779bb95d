"""The supervisors' batch form takes .docx, .pdf and .zip; a file dropped with them in another
format (a teacher's Word 97 .doc, a photo) is named as left out, with what to do, instead of
vanishing from the count without a word."""

from __future__ import annotations

import pytest

from browser_support import app_page

pytestmark = pytest.mark.browser


def test_files_left_out_of_a_batch_are_named(tmp_path_factory, tmp_path):
    names = ["ครูก.docx", "ครูข.doc", "ครูค.pdf", "รูป PA1.jpg"]
    paths = []
    for name in names:
        (tmp_path / name).write_bytes(b"x")
        paths.append(str(tmp_path / name))
    with app_page(tmp_path_factory.mktemp("data"), timeout_ms=None) as (page, url):
        page.goto(url + "/")
        page.set_input_files("#batch-files", paths)
        picked = page.locator("#batch-picked .th").all_inner_texts()
        go_enabled = page.locator("#batch-go").is_enabled()
    text = " ".join(picked)
    assert "เลือกแล้ว 2 ไฟล์" in text
    assert "ครูข.doc" in text and "รูป PA1.jpg" in text and ".docx" in text
    assert go_enabled

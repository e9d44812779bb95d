"""A supervisor's batch end to end in headless Chromium, nothing faked: a zip with a real PA1,
a duplicate name in another folder and a damaged file; the table says each file's top problems
in Thai words (the rule id kept as a tooltip), the damaged one why it could not be read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from browser_support import app_page
from models.rubric.catalog import rule

pytestmark = pytest.mark.browser

DOCS = Path(__file__).resolve().parents[2] / "samples" / "documents"


def test_a_real_batch_shows_thai_problem_names(tmp_path_factory, tmp_path):
    sample = (DOCS / "p2-thai-reading-senior-underload.docx").read_bytes()
    upload = tmp_path / "ส่งงาน.zip"
    with zipfile.ZipFile(upload, "w") as archive:
        archive.writestr("ป.2/ครูละเอียด.docx", sample)
        archive.writestr("ป.3/ครูละเอียด.docx", sample)
        archive.writestr("ป.3/เสีย.docx", sample[: len(sample) // 2])
    with app_page(tmp_path_factory.mktemp("data"), workers=1, timeout_ms=120_000) as (page, url):
        page.goto(url + "/")
        page.set_input_files("#batch-files", str(upload))
        page.click("#batch-go")
        page.wait_for_selector("#batch-count:has-text('ตรวจแล้ว 3 จาก 3')")
        rows = page.locator("#batch-table tbody tr").all_inner_texts()
        tooltips = page.locator("#batch-table tbody [title]").evaluate_all(
            "els => els.map(e => e.title)")
    assert len(rows) == 3
    first = next(r for r in rows if r.startswith("ป.2/ครูละเอียด.docx"))
    assert rule("workload.total-below-minimum").title_th in first
    assert "workload.total-below-minimum" in tooltips
    broken = next(r for r in rows if r.startswith("ป.3/เสีย.docx"))
    assert "อ่านไม่ได้" in broken and "เสีย" in broken

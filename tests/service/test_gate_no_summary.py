"""When the review stops at the gate (the text is too damaged to judge, or the file is not a
PA1), no report shows the committee's 15-item coverage: "4 of 15 covered, 1.5–3.3 missing" next
to "its content was not judged" would tell a teacher to add work they already wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_support import app_page, upload
from service.pipeline import review
from service.render.html import render_html
from service.render.text import render_text

# A Part 1 table printed by WeasyPrint: its ToUnicode map is corrupt (THAI-PDF.md), so the
# text is judged too damaged to review, though the reader still finds the table.
DAMAGED = (Path(__file__).resolve().parents[3] / "shared" / "thai-pdf-corpus" / "pdf"
           / "weasy-thsarabunnew" / "p03_table_learning.pdf")
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "documents" / "p4-math-professional.docx"


@pytest.fixture(scope="module")
def damaged():
    if not DAMAGED.exists():
        pytest.skip("the Thai PDF corpus is not here")
    report = review(DAMAGED.read_bytes(), DAMAGED.name)
    assert [f.rule for f in report.findings] == ["document.low-text-quality"]
    assert report.document is not None  # what made the summary appear
    return report


def test_text_and_html_reports_leave_the_summary_out(damaged):
    text, html = render_text(damaged), render_html(damaged)
    assert "document.low-text-quality" in text and "document.low-text-quality" in html
    assert "ครอบคลุม" not in text and "/15" not in text
    assert "สรุปสำหรับคณะกรรมการ" not in html and "ครอบคลุม" not in html


def test_a_reviewed_pa1_still_has_its_summary():
    report = review(SAMPLE.read_bytes(), SAMPLE.name)
    assert "ครอบคลุม" in render_text(report)
    assert "สรุปสำหรับคณะกรรมการ" in render_html(report)


@pytest.mark.browser
def test_the_page_hides_the_summary(damaged, tmp_path_factory):
    with app_page(tmp_path_factory.mktemp("data"), timeout_ms=60_000) as (page, url):
        page.goto(url + "/")
        upload(page, DAMAGED)
        hidden = page.locator("#committee").is_hidden()
    assert hidden

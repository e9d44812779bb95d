"""The teacher page lists its findings in the order of the form, as the HTML report and the CLI
do: header, workload, Part 1 area by area, Part 2. (The page's labels went through Jinja's
`tojson`, which sorts keys, so the workload came after Part 2 on the page only.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_support import app_page, upload
from service.pipeline import review
from service.render.common import groups

pytestmark = pytest.mark.browser

# Workload, Part 1 (areas 1, 2, 3) and Part 2 findings in one real sample.
SAMPLE = (Path(__file__).resolve().parents[2] / "samples" / "documents"
          / "heldout6-m2-science-professional.docx")


def test_page_groups_follow_the_form_like_the_html_report(tmp_path_factory):
    expected = [g.key for g in groups(review(SAMPLE.read_bytes(), SAMPLE.name))]
    assert expected[0] == "workload" and expected[-1] == "part2", expected  # the sample's point
    with app_page(tmp_path_factory.mktemp("data"), timeout_ms=60_000) as (page, url):
        page.goto(url + "/")
        upload(page, SAMPLE, ".group")
        shown = page.locator(".group").evaluate_all("els => els.map(e => e.dataset.group)")
    assert shown == expected

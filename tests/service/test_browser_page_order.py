"""The teacher page lists its findings in the order of the form, as the HTML report and the CLI
do: header, workload, Part 1 area by area, Part 2. (The page's labels went through Jinja's
`tojson`, which sorts keys, so the workload came after Part 2 on the page only.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_support import free_port, launch_chromium, serving
from conftest import require_tool
from service.api.app import create_app
from service.pipeline import review
from service.render.common import groups
from service.settings import Settings

pytestmark = pytest.mark.browser

# Workload, Part 1 (areas 1, 2, 3) and Part 2 findings in one real sample.
SAMPLE = (Path(__file__).resolve().parents[2] / "samples" / "documents"
          / "heldout6-m2-science-professional.docx")


def test_page_groups_follow_the_form_like_the_html_report(tmp_path_factory):
    chromium = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    expected = [g.key for g in groups(review(SAMPLE.read_bytes(), SAMPLE.name))]
    assert expected[0] == "workload" and expected[-1] == "part2", expected  # the sample's point
    port = free_port()
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), host="127.0.0.1", port=port,
                        warm_up=False)
    with serving(create_app(settings), port) as url, sync_api.sync_playwright() as p:
        browser = launch_chromium(p, chromium)
        page = browser.new_page()
        page.set_default_timeout(60_000)
        page.goto(url + "/")
        page.set_input_files("#file", str(SAMPLE))
        page.wait_for_selector(".group")
        shown = page.locator(".group").evaluate_all("els => els.map(e => e.dataset.group)")
        browser.close()
    assert shown == expected

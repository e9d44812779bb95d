"""The trainer's gallery: a challenge example is labelled with the rank it is written for (the
six good challenges are one per rank), not with "ด้านที่ 1", which Part 2 does not have."""

from __future__ import annotations

import pytest

from browser_support import free_port, launch_chromium, serving
from conftest import require_tool
from models.rubric import ranks
from service.api.app import create_app
from service.settings import Settings

pytestmark = pytest.mark.browser


def test_challenge_examples_name_their_rank_not_an_area(tmp_path_factory):
    chromium = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    port = free_port()
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), host="127.0.0.1", port=port,
                        warm_up=False)
    with serving(create_app(settings), port) as url, sync_api.sync_playwright() as p:
        browser = launch_chromium(p, chromium)
        page = browser.new_page()
        page.set_default_timeout(60_000)
        page.goto(url + "/trainer")
        page.click("#tab-gallery")
        page.wait_for_selector(".example")
        labels = page.locator(".example .fhead .where .th").all_inner_texts()
        browser.close()
    challenges = [t for t in labels if t.startswith("ประเด็นท้าทาย")]
    indicators = [t for t in labels if t.startswith("ตัวชี้วัด")]
    assert len(challenges) >= 6 and indicators
    assert not any("ด้านที่" in t for t in challenges), challenges
    assert all("ด้านที่" in t for t in indicators)
    for rank in ranks().values():  # one good challenge per rank, each says which
        assert any(rank.th in t and rank.salary_band in t for t in challenges), rank.th

"""The trainer workbench in a real headless Chromium (same launch options as test_browser.py):
type an indicator and see the finding, the highlights and the rewrite; open the ladder and paste
a challenge; keep an example in localStorage and export it; workshop mode; a phone screen.

The real engine answers (no fakes): the trainer is about what the engine finds.
Screenshots go to $PA_REVIEW_SCREENSHOTS when set (to look at the Thai rendering)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from browser_support import chromium, open_page, served

pytestmark = pytest.mark.browser

WEAK = "ร้อยละของนักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"
CHALLENGE = ("ประเด็นท้าทาย เรื่อง การอ่านจับใจความ ชั้นมัธยมศึกษาปีที่ 2 จำนวน 35 คน "
             "นำแบบฝึกการอ่านจับใจความที่ได้รับจากการอบรมมาปรับใช้ให้เหมาะกับนักเรียน")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with served(tmp_path_factory.mktemp("data"), start_timeout=20) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser, server):
    # the first analysis loads the Thai tokeniser and models: 60 s
    with open_page(browser, server + "/trainer", timeout_ms=60_000, accept_downloads=True,
                   locale="th-TH") as pg:
        yield pg


def _shot(page, name: str) -> None:
    folder = os.environ.get("PA_REVIEW_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_typing_an_indicator_shows_findings_highlights_and_rewrite(page):
    assert "ห้องฝึกเขียนตัวชี้วัด" in page.locator("h1").inner_text()
    page.locator("#text").press_sequentially(WEAK, delay=5)
    page.wait_for_selector('#check-findings .finding[data-rule="indicator.vague-change"]')
    rules = page.locator("#check-findings .finding").evaluate_all("els => els.map(e => e.dataset.rule)")
    assert set(rules) == {"indicator.no-target", "indicator.vague-change"}
    # the catalogue's why is shown with the Thai message
    assert "ทำไม" in page.locator("#check-findings .finding").first.inner_text()
    # the parts that matter are highlighted on the text as typed
    assert page.locator("#marked mark.k-subject.s-learners").first.inner_text() == "นักเรียน"
    assert page.locator("#marked mark.k-change.s-vague").inner_text() == "สูงขึ้น"
    assert page.locator("#marked").inner_text().replace("\n", "") == WEAK
    # the rewrite keeps the teacher's content; using it re-checks
    page.wait_for_selector("#check-rewrite:not([hidden])")
    rewrite = page.locator("#rewrite-text").inner_text()
    assert "มีผลสัมฤทธิ์ทางการเรียน" in rewrite and "ร้อยละ" in rewrite
    _shot(page, "trainer-check")

    # a good indicator: no finding, the quantity and the criterion highlighted
    page.fill("#text", "นักเรียนร้อยละ 80 มีผลสัมฤทธิ์ทางการเรียนอยู่ในระดับดีขึ้นไป")
    page.wait_for_selector("#check-status.ok")
    assert page.locator("#check-findings .finding").count() == 0
    assert page.locator("#marked mark.k-quantity").inner_text() == "ร้อยละ 80"
    assert page.locator("#marked mark.k-criterion").inner_text() == "ระดับดีขึ้นไป"

    # a starter example from the gallery fills the box and is checked
    page.locator('#starters .starter[title="indicator.process-not-result"]').click()
    page.wait_for_selector('#check-findings .finding[data-rule="indicator.process-not-result"]')
    assert page.locator("#marked mark.k-process").count() == 1

    page.click("#lang")
    assert page.locator("#tab-check .en").is_visible()
    assert not page.locator("#tab-check .th").is_visible()


def test_early_childhood_rewrites_say_dek(page):
    """Learners are เด็กปฐมวัย: the live check's rewrite and the challenge reading's suggestions
    name เด็ก; switching back to นักเรียน re-checks with นักเรียน."""
    page.fill("#text", "มีพัฒนาการด้านร่างกายสมวัย")
    page.wait_for_selector("#check-rewrite:not([hidden])")
    page.wait_for_function("document.getElementById('rewrite-text').textContent.startsWith('นักเรียน')")
    page.select_option("#classroom-type", "early_childhood")
    page.wait_for_function("document.getElementById('rewrite-text').textContent.startsWith('เด็กร้อยละ')")
    suggestions = page.locator("#check-findings .suggest").all_inner_texts()
    assert suggestions and all(x.startswith("เด็กร้อยละ") for x in suggestions), suggestions
    page.select_option("#classroom-type", "")
    page.wait_for_function("document.getElementById('rewrite-text').textContent.startsWith('นักเรียนร้อยละ')")

    page.click("#tab-ladder")
    page.select_option("#challenge-classroom-type", "early_childhood")
    page.fill("#challenge", "ประเด็นท้าทาย เรื่อง การพัฒนากล้ามเนื้อมัดเล็ก\nวิธีการดำเนินการ\n"
                            "1) จัดกิจกรรมปั้นดินน้ำมัน")
    page.wait_for_selector('#challenge-findings .finding[data-rule="challenge.no-target-group"]')
    target = page.locator('#challenge-findings .finding[data-rule="challenge.no-target-group"] .suggest')
    assert target.inner_text().startswith("เด็กชั้น")


def test_ladder_and_challenge_reading(page):
    page.click("#tab-ladder")
    page.wait_for_selector("#ladder .rung")
    assert page.locator("#ladder .rung").count() == 5
    assert page.locator("#ladder-scale li").count() == 6
    page.select_option("#ladder-item", "1.3")  # its ครู text says ปรับประยุกต์ in so many words
    page.wait_for_selector("#ladder .rung mark.k-level.s-apply")
    first = page.locator("#ladder .rung").first
    assert first.get_attribute("data-rank") == "teacher"
    assert "ปรับประยุกต์" in first.inner_text()
    assert first.locator("mark.k-level.s-apply").count() >= 1
    page.select_option("#ladder-item", "challenge")
    page.wait_for_selector('#ladder .rung[data-rank="senior_expert"] mark.s-impact')
    assert "สร้างการเปลี่ยนแปลง" in page.locator('#ladder .rung[data-rank="senior_expert"]').inner_text()

    page.fill("#challenge", CHALLENGE)
    page.wait_for_selector("#reading:not([hidden]) .bar.best")
    assert page.locator("#reading .bar.best").get_attribute("data-level") == "apply"
    assert "ปรับประยุกต์" in page.locator("#reading-level").inner_text()
    assert page.locator("#reading-verdict .verdict.below").count() == 1  # a ชำนาญการ expects solve
    assert page.locator("#reading-marked mark.k-level").count() >= 1
    assert page.locator('#challenge-findings .finding[data-rule="challenge.level-below-expected"]').count() == 1
    assert page.locator('#ladder .rung.reads-here').get_attribute("data-rank") == "teacher"
    _shot(page, "trainer-ladder")


def test_gallery_filter_my_examples_and_export(page, tmp_path):
    page.click("#tab-gallery")
    page.wait_for_selector("#gallery .example")
    total = page.locator("#gallery .example").count()
    assert total >= 40
    page.select_option("#gallery-rule", "indicator.process-not-result")
    assert 0 < page.locator("#gallery .example").count() < total
    for rules in page.locator("#gallery .example").evaluate_all(
            "els => els.map(e => Array.from(e.querySelectorAll('.finding')).map(f => f.dataset.rule))"):
        assert "indicator.process-not-result" in rules
    page.select_option("#gallery-rule", "")

    page.click("#my-examples summary")
    page.fill("#add-text", "นักเรียนทุกคนได้เรียนรู้การใช้ห้องสมุด")
    page.fill("#add-note", "จากเวิร์กช็อป")
    page.click("#add-form button[type=submit]")
    page.wait_for_selector('#gallery .example[data-origin="mine"] .finding')
    mine = page.locator('#gallery .example[data-origin="mine"]')
    assert "indicator.process-not-result" in mine.locator(".finding").evaluate_all(
        "els => els.map(e => e.dataset.rule)")
    stored = json.loads(page.evaluate("localStorage.getItem('pa-review.trainer.examples.v1')"))
    assert stored[0]["text"] == "นักเรียนทุกคนได้เรียนรู้การใช้ห้องสมุด"

    with page.expect_download() as info:
        page.click("#export-json")
    path = tmp_path / "mine.json"
    info.value.save_as(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["examples"][0]["note"] == "จากเวิร์กช็อป"
    with page.expect_download() as info:
        page.click("#export-csv")
    csv_path = tmp_path / "mine.csv"
    info.value.save_as(csv_path)
    assert "นักเรียนทุกคนได้เรียนรู้การใช้ห้องสมุด" in csv_path.read_text(encoding="utf-8-sig")

    # delete, then import the CSV back
    mine.locator("button.del").click()
    assert page.locator('#gallery .example[data-origin="mine"]').count() == 0
    page.set_input_files("#import-file", str(csv_path))
    page.wait_for_selector('#gallery .example[data-origin="mine"] .finding')
    assert page.locator('#gallery .example[data-origin="mine"]').count() == 1
    _shot(page, "trainer-gallery")


def test_workshop_mode_by_button_and_query(page, server):
    page.fill("#text", WEAK)
    page.wait_for_selector("#check-findings .finding")
    normal = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.click("#workshop")
    assert "workshop" in page.evaluate("document.body.className")
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") > normal
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
    assert "mode=workshop" in page.url
    _shot(page, "trainer-workshop")
    page.click("#workshop")
    assert "workshop" not in page.evaluate("document.body.className")

    page.goto(server + "/trainer?mode=workshop")
    assert "workshop" in page.evaluate("document.body.className")


def test_fits_a_phone_screen(page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.fill("#text", WEAK)
    page.wait_for_selector("#check-findings .finding")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.click("#tab-ladder")
    page.wait_for_selector("#ladder .rung")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    _shot(page, "trainer-phone")


def test_handout_prints_every_rule(page, server):
    page.goto(server + "/trainer/handout")
    from models.rubric.catalog import rules

    shown = page.locator("article.rule").evaluate_all("els => els.map(e => e.dataset.rule)")
    assert shown == list(rules())
    assert page.evaluate("document.querySelectorAll('script').length") == 0


def test_a_saved_example_keeps_its_classroom_type(page, server, tmp_path):
    """An early-childhood example is saved, reloaded, exported and imported as early childhood:
    its findings name เด็ก after a reload, and "try it" sets the live check's learners."""
    page.click("#tab-gallery")
    page.wait_for_selector("#gallery .example")
    page.click("#my-examples summary")
    page.fill("#add-text", "มีพัฒนาการด้านร่างกายสมวัย")
    page.select_option("#add-classroom-type", "early_childhood")
    page.click("#add-form button[type=submit]")
    page.wait_for_selector('#gallery .example[data-origin="mine"] .finding')
    stored = json.loads(page.evaluate("localStorage.getItem('pa-review.trainer.examples.v1')"))
    assert stored[0]["classroom_type"] == "early_childhood"

    page.goto(server + "/trainer#gallery")
    page.wait_for_selector('#gallery .example[data-origin="mine"] .finding .suggest')
    mine = page.locator('#gallery .example[data-origin="mine"]')
    suggestions = mine.locator(".finding .suggest").all_inner_texts()
    assert suggestions and all(x.startswith("เด็กร้อยละ") for x in suggestions), suggestions

    with page.expect_download() as info:
        page.click("#export-csv")
    csv_path = tmp_path / "mine.csv"
    info.value.save_as(csv_path)
    assert "classroom_type" in csv_path.read_text(encoding="utf-8-sig").splitlines()[0]
    mine.locator("button.del").click()
    page.set_input_files("#import-file", str(csv_path))
    page.wait_for_selector('#gallery .example[data-origin="mine"] .finding')
    stored = json.loads(page.evaluate("localStorage.getItem('pa-review.trainer.examples.v1')"))
    assert [x["classroom_type"] for x in stored] == ["early_childhood"]

    page.locator('#gallery .example[data-origin="mine"] button.try').click()
    assert page.locator("#classroom-type").input_value() == "early_childhood"
    page.wait_for_function(
        "document.getElementById('rewrite-text').textContent.startsWith('เด็กร้อยละ')")

"""The trainer workbench's API with the real engine: analyse (contract answer + highlight spans),
the level ladder, the gallery (every entry draws its documented findings), the handout."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from conftest import SHARED
from models.rubric import items, ranks
from models.rubric.catalog import rules
from models.rubric.gallery import gallery
from models.rubric.ladder import FILING_RANKS, ladder_keys
from service.api.app import create_app
from service.settings import Settings

SEEDS = SHARED / "seeds"
LEVEL_ORDER = ["execute", "apply", "solve", "originate", "invent", "impact"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), workers=1, warm_up=False)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def _analyse(client, text: str, as_: str = "indicator", rank: str | None = "professional",
             area: int = 1) -> dict:
    r = client.post("/api/v1/trainer/analyse", json={"text": text, "as": as_, "rank": rank, "area": area})
    assert r.status_code == 200, r.text
    return r.json()


def _assert_spans(text: str, spans: list[dict]) -> None:
    for h in spans:
        assert 0 <= h["start"] < h["end"] <= len(text)
        assert text[h["start"]:h["end"]] == h["text"], h


# ---- analyse

def test_analyse_answers_check_text_plus_highlights(client):
    text = "ร้อยละของนักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"
    body = {"text": text, "as": "indicator", "rank": "professional", "area": 1}
    plain = client.post("/api/v1/check-text", json=body).json()
    got = client.post("/api/v1/trainer/analyse", json=body).json()
    for key in ("findings", "level", "suggestion_th"):  # the contract's keys, unchanged
        assert got[key] == plain[key]
    assert {f["rule"] for f in got["findings"]} == {"indicator.no-target", "indicator.vague-change"}
    assert set(got["rules"]) == {"indicator.no-target", "indicator.vague-change"}
    assert got["rules"]["indicator.vague-change"]["why_th"] == rules()["indicator.vague-change"].why_th
    kinds = {(h["kind"], h["sub"], h["text"]) for h in got["highlights"]}
    assert ("subject", "learners", "นักเรียน") in kinds
    assert ("change", "vague", "สูงขึ้น") in kinds
    assert ("issue", "indicator.no-target", "ร้อยละของ") in kinds
    _assert_spans(text, got["highlights"])
    assert got["reading"] is None


def test_analyse_marks_quantity_criterion_and_anchored_change(client):
    text = "นักเรียนร้อยละ 80 มีคะแนนหลังเรียนสูงกว่าก่อนเรียน และอยู่ในระดับดีขึ้นไป"
    got = _analyse(client, text)
    kinds = {(h["kind"], h["text"]) for h in got["highlights"]}
    assert ("quantity", "ร้อยละ 80") in kinds
    assert ("criterion", "ระดับดีขึ้นไป") in kinds
    assert not [h for h in got["highlights"] if h["kind"] == "change" and h["sub"] == "vague"]
    _assert_spans(text, got["highlights"])


@pytest.mark.parametrize("text", [
    "นักเรียน\u00a0\u00a0ร้อยละ ๘๐ ได้รับการส่งเสริมให้มีทักษะการทำงานเป็นทีม",  # odd spaces, Thai digits
    "ครู\tจัดทำแผนการจัดการเรียนรู้\u200bครบทุกหน่วย",  # a tab and a zero-width space normalised away
    "ผลสัมฤทธิ์ทางการเรียนวิชา..... ของนักเรียนสูงขึ้น",
])
def test_spans_point_into_the_text_as_sent_even_when_normalising_moves_it(client, text):
    got = _analyse(client, text, as_="outcome" if text.startswith("ครู") else "indicator")
    assert got["highlights"]
    _assert_spans(text, got["highlights"])


def test_analyse_reads_a_challenge_level_with_evidence(client):
    text = ("ประเด็นท้าทาย เรื่อง การอ่านจับใจความ ชั้นมัธยมศึกษาปีที่ 2 จำนวน 35 คน "
            "นำแบบฝึกที่ได้รับจากการอบรมมาปรับใช้ให้เหมาะกับนักเรียน")
    got = _analyse(client, text, as_="challenge", rank="professional")
    reading = got["reading"]
    assert got["level"] == reading["level"] == "apply"
    assert reading["expected"] == "solve" and reading["verdict"] == "below"
    assert set(reading["probabilities"]) == set(LEVEL_ORDER)
    assert abs(sum(reading["probabilities"].values()) - 1) < 0.01
    assert 0 < reading["score"] <= 1
    assert reading["evidence"]
    for e in reading["evidence"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert [f["rule"] for f in got["findings"]] == ["challenge.level-below-expected"]
    assert any(h["kind"] == "level" for h in got["highlights"])
    _assert_spans(text, got["highlights"])


@pytest.mark.parametrize("body", [
    {"text": "", "as": "indicator"},
    {"text": "x", "as": "task"},
    {"text": "x", "as": "indicator", "area": 4},
    {"text": "x", "as": "indicator", "rank": "principal"},
    {"text": "ก" * 10_001, "as": "indicator"},
])
def test_analyse_refuses_bad_requests_in_thai_and_english(client, body):
    r = client.post("/api/v1/trainer/analyse", json=body)
    assert r.status_code == 422
    assert r.json()["error"]["message_th"] and r.json()["error"]["message_en"]


# ---- ladder

@pytest.mark.parametrize("key", ladder_keys())
def test_ladder_has_six_levels_and_five_filing_ranks(client, key):
    r = client.get(f"/api/v1/trainer/ladder/{key}")
    assert r.status_code == 200
    data = r.json()
    assert [lv["id"] for lv in data["levels"]] == LEVEL_ORDER
    assert [s["rank"] for s in data["steps"]] == [r.value for r in FILING_RANKS]
    assert [s["level"] for s in data["steps"]] == LEVEL_ORDER[1:]
    for step in data["steps"]:
        if key != "challenge":
            assert step["text"] == items()[key].expectations[ranks()[step["rank"]].id]
        _assert_spans(step["text"], step["marks"])
    # the top rung names its level's own words (เผยแพร่/ขยายผล/…); the first rung has no `new` marks
    assert not [m for m in data["steps"][0]["marks"] if m["kind"] == "new"]
    assert all(m["level"] in LEVEL_ORDER for s in data["steps"] for m in s["marks"] if m["kind"] == "level")


def test_challenge_ladder_marks_each_levels_words(client):
    data = client.get("/api/v1/trainer/ladder/challenge").json()
    marked = {s["level"]: {m["level"] for m in s["marks"] if m["kind"] == "level"} for s in data["steps"]}
    for level in LEVEL_ORDER[1:]:
        assert level in marked[level], (level, marked[level])


def test_unknown_ladder_item_is_404(client):
    r = client.get("/api/v1/trainer/ladder/4.1")
    assert r.status_code == 404
    assert r.json()["error"]["message_th"]


# ---- gallery

def _seed_line(source: str) -> str:
    name, line = re.match(r"([\w.-]+\.txt):(\d+)", source).groups()
    return (SEEDS / name).read_text(encoding="utf-8").splitlines()[int(line) - 1]


def _squash(s: str) -> str:
    return re.sub(r"[\s*]+", "", s)


def test_gallery_has_the_trainer_list_of_20_indicators_with_their_seed_lines():
    listed = [ex for ex in gallery() if ex.id.startswith("slides-")]
    assert len(listed) == 20
    for ex in listed:
        assert ex.as_ == "indicator"
        assert _squash(ex.text) in _squash(_seed_line(ex.source)), ex.id
    worked = [ex for ex in gallery() if ex.id.startswith("pa1-example-")]
    assert worked
    for ex in worked:  # the worked example's table rows, quoted as written
        assert _squash(ex.text) in _squash(_seed_line(ex.source)), ex.id


def test_gallery_entries_draw_their_documented_findings(client):
    examples = client.get("/api/v1/trainer/gallery").json()["examples"]
    assert [e["id"] for e in examples] == [ex.id for ex in gallery()]
    for e in examples:
        assert sorted({f["rule"] for f in e["findings"]}) == sorted(e["expect"]), e["id"]
        assert e["verdict"] == ("weak" if e["expect"] else "good")
        if e["level"]:
            assert e["detected_level"] == e["level"], e["id"]
        _assert_spans(e["text"], e["highlights"])
    by_as = {a: [e for e in examples if e["as"] == a] for a in ("indicator", "outcome", "challenge")}
    assert by_as["outcome"] and by_as["challenge"]
    assert {e["level"] for e in by_as["challenge"] if e["verdict"] == "good"} == set(LEVEL_ORDER)


def test_gallery_rewrites_draw_no_finding(client):
    for ex in gallery():
        if ex.rewrite:
            got = _analyse(client, ex.rewrite, as_=ex.as_, rank=ex.rank.value if ex.rank else None,
                           area=ex.area)
            assert got["findings"] == [], (ex.id, [f["rule"] for f in got["findings"]])


def test_gallery_filters_by_rule(client):
    got = client.get("/api/v1/trainer/gallery", params={"rule": "indicator.process-not-result"}).json()
    assert got["examples"]
    for e in got["examples"]:
        assert "indicator.process-not-result" in {f["rule"] for f in e["findings"]}
    assert client.get("/api/v1/trainer/gallery", params={"rule": "no.such-rule"}).json() == {"examples": []}


# ---- pages

def test_handout_lists_every_catalogue_rule_with_examples(client):
    r = client.get("/trainer/handout")
    assert r.status_code == 200
    html = r.text
    shown = re.findall(r'data-rule="([^"]+)"', html)
    assert shown == list(rules())
    for rule in rules().values():
        for text in (rule.title_th, rule.title_en, rule.example_bad, rule.example_good):
            assert _escaped(text) in html, (rule.id, text)
    assert "@media print" in html and "<script" not in html


def _escaped(text: str) -> str:
    from markupsafe import escape
    return str(escape(text))


def test_trainer_page_is_local_only_and_knows_workshop_mode(client):
    r = client.get("/trainer")
    assert r.status_code == 200
    assert "/static/trainer.js" in r.text and "/static/trainer.css" in r.text
    assert not re.search(r'(?:src|href)="(?:https?:)?//', r.text)  # nothing from another host
    assert 'class="lang-th trainer"' in r.text
    assert "workshop" in client.get("/trainer?mode=workshop").text.split("<body", 1)[1].split(">", 1)[0]
    for asset in ("trainer.js", "trainer.css"):
        res = client.get(f"/static/{asset}")
        assert res.status_code == 200 and "http://" not in res.text and "https://" not in res.text


@pytest.mark.parametrize("as_", ["indicator", "challenge"])  # answered inline / in a thread
def test_an_engine_failure_is_a_422_in_thai_and_english_never_a_500(client, monkeypatch, as_, caplog):
    from service import trainer

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(trainer, "analyse", broken)
    secret = "นักเรียนร้อยละ 80 ของโรงเรียนลับเฉพาะ"
    r = client.post("/api/v1/trainer/analyse", json={"text": secret, "as": as_})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "analysis-failed"
    assert secret not in caplog.text  # the text is never logged


def test_handout_templates_name_learners_not_a_placeholder():
    from service.trainer import handout_rules

    suggestions = {r["id"]: r["suggestion_th"] for r in handout_rules()}
    assert suggestions["part1.outcome-missing"].startswith("นักเรียนมี…")
    assert not any("{learner}" in (s or "") for s in suggestions.values())

"""POST /api/v1/check-text and the trainer's /analyse, fed the way a form or a script sends
them: a blank text is refused like an empty one (the CLI does the same), and a blank rank is no
rank, as on /reviews and /batches."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.settings import Settings


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(Settings(data_dir=tmp_path_factory.mktemp("data"), warm_up=False))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("route", ["/api/v1/check-text", "/api/v1/trainer/analyse"])
@pytest.mark.parametrize("text", ["", "   ", "\n\t \u200b"])
def test_a_blank_text_is_refused_not_judged(client, route, text):
    r = client.post(route, json={"text": text, "as": "indicator"})
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid-request" and error["message_th"] and error["message_en"]


@pytest.mark.parametrize("route", ["/api/v1/check-text", "/api/v1/trainer/analyse"])
@pytest.mark.parametrize("rank", ["", "  "])
def test_a_blank_rank_is_no_rank(client, route, rank):
    body = {"text": "นักเรียนร้อยละ 80 มีผลสัมฤทธิ์ทางการเรียนอยู่ในระดับดีขึ้นไป", "as": "indicator",
            "rank": rank}
    r = client.post(route, json=body)
    assert r.status_code == 200, r.text
    assert r.json()["findings"] == []


def test_an_unknown_rank_is_still_refused(client):
    r = client.post("/api/v1/check-text", json={"text": "นักเรียน", "as": "indicator",
                                                 "rank": "principal"})
    assert r.status_code == 422
    assert r.json()["error"]["fields"][0]["loc"][-1] == "rank"


def test_a_pasted_challenge_gets_the_same_object_over_http_as_on_the_command_line(client, capsys):
    # the contract: check-text answers with one object, whichever door the text comes in by
    import json

    from service.cli import main
    from tests.models.test_challenge import PASTED

    r = client.post("/api/v1/check-text", json={"text": PASTED, "as": "challenge", "rank": "professional"})
    assert r.status_code == 200, r.text
    main(["check-text", "--as", "challenge", "--rank", "professional", PASTED])
    cli = json.loads(capsys.readouterr().out)
    assert r.json() == cli
    assert "challenge.method-no-timeline" in {f["rule"] for f in cli["findings"]}


# ---- classroom_type: an early-childhood statement's suggestions say เด็ก (the default says นักเรียน)

EARLY = "มีพัฒนาการด้านร่างกายสมวัย"
EARLY_CHALLENGE = ("ประเด็นท้าทาย เรื่อง การพัฒนากล้ามเนื้อมัดเล็ก\n"
                   "สภาพปัญหา: กล้ามเนื้อมัดเล็กยังไม่แข็งแรง\nวิธีการดำเนินการ\n1) จัดกิจกรรมปั้นดินน้ำมัน\n"
                   "ผลลัพธ์การพัฒนาที่คาดหวัง\nเชิงปริมาณ\n1) มีพัฒนาการด้านกล้ามเนื้อมัดเล็กดีขึ้น")


@pytest.mark.parametrize("kind, text", [("indicator", EARLY),
                                        ("outcome", "ครูจัดทำแผนการจัดประสบการณ์"),
                                        ("challenge", EARLY_CHALLENGE)])
def test_early_childhood_gets_the_same_object_over_http_as_on_the_command_line(client, capsys,
                                                                               kind, text):
    import json

    from service.cli import main

    r = client.post("/api/v1/check-text", json={"text": text, "as": kind,
                                                 "classroom_type": "early_childhood"})
    assert r.status_code == 200, r.text
    main(["check-text", "--as", kind, "--classroom-type", "early_childhood", text])
    cli = json.loads(capsys.readouterr().out)
    assert r.json() == cli
    suggestions = [f["suggestion_th"] for f in cli["findings"] if f["suggestion_th"]]
    assert cli["suggestion_th"].startswith("เด็ก"), cli["suggestion_th"]
    assert suggestions and not any("นักเรียน" in s for s in suggestions), suggestions
    # the trainer's live check answers the same findings
    t = client.post("/api/v1/trainer/analyse", json={"text": text, "as": kind,
                                                      "classroom_type": "early_childhood"})
    assert t.status_code == 200, t.text
    assert t.json()["findings"] == cli["findings"]


@pytest.mark.parametrize("extra", [{}, {"classroom_type": None}, {"classroom_type": ""},
                                   {"classroom_type": "general"}])
def test_without_early_childhood_suggestions_still_say_nakrian(client, capsys, extra):
    import json

    from service.cli import main

    r = client.post("/api/v1/check-text", json={"text": EARLY, "as": "indicator", **extra})
    assert r.status_code == 200, r.text
    assert r.json()["suggestion_th"].startswith("นักเรียนร้อยละ …")
    args = ["--classroom-type", extra["classroom_type"]] if extra.get("classroom_type") else []
    main(["check-text", "--as", "indicator", *args, EARLY])
    assert json.loads(capsys.readouterr().out) == r.json()


def test_an_unknown_classroom_type_is_refused(client):
    r = client.post("/api/v1/check-text", json={"text": EARLY, "as": "indicator",
                                                 "classroom_type": "kindergarten"})
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["fields"][0]["loc"][-1] == "classroom_type"
    assert error["message_th"] and error["message_en"]


@pytest.mark.parametrize("route", ["/api/v1/check-text", "/api/v1/trainer/analyse"])
def test_an_english_statement_is_rewritten_in_english(client, route):
    """suggestion_en answers an English statement; a Thai one's answer has only the contract's keys."""
    r = client.post(route, json={"text": "Percentage of students who can read English fluently",
                                 "as": "indicator"})
    assert r.status_code == 200, r.text
    assert r.json()["suggestion_en"] == "…% of students can read English fluently at a good level or above"
    r = client.post("/api/v1/check-text", json={"text": "ร้อยละของนักเรียนมีทักษะการคิดวิเคราะห์",
                                                "as": "indicator"})
    assert set(r.json()) == {"findings", "level", "suggestion_th"}

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

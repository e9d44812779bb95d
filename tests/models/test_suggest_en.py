"""English rewrites for statements written in English (models.checks.suggest_en): the teacher's
words kept, gaps (…) where only the teacher can fill in, and no Thai frame around English words."""

import json
import re

import pytest

from models.checks import suggest_en
from models.checks.text import check_text

THAI = re.compile(r"[\u0e01-\u0e4e]")


@pytest.mark.parametrize("text,english", [
    ("Percentage of students who can read English fluently", True),
    ("80% of M.2 students score at least 70%", True),
    ("ร้อยละของนักเรียนมีทักษะการคิดวิเคราะห์", False),
    ("นักเรียนร้อยละ 80 มีทักษะ Coding ระดับดี", False),  # half Thai: the Thai rewrites keep its terms
    ("80%", False),
])
def test_is_english(text, english):
    assert suggest_en.is_english(text) is english


@pytest.mark.parametrize("text,as_,rewrite", [
    # a share put before the learners; the missing criterion appended
    ("Percentage of students who can read English fluently", "indicator",
     "…% of students can read English fluently at a good level or above"),
    ("Grade 4 students can read 60 words per minute", "indicator",
     "…% of Grade 4 students can read 60 words per minute"),
    # a vague change anchored to a baseline
    ("Students improve their speaking skills", "indicator",
     "…% of students improve their speaking skills by …% compared with the previous academic year"),
    # provision with a purpose: the purpose is the result
    ("Students receive support to improve their writing", "indicator",
     "…% of students improve their writing by …% compared with the previous academic year"),
    # participation: the learners who take part, and what they reach
    ("100% of students participate in the reading camp", "indicator",
     "100% of students who participate in the reading camp have … (the knowledge, skill or trait) "
     "at a good level or above"),
    # the teacher's work kept as the means of a learner result
    ("The teacher develops 5 lesson plans using games", "indicator",
     "…% of students have … (the knowledge, skill or trait) at a good level or above after the "
     "teacher develops 5 lesson plans using games"),
    ("The teacher uses songs to teach vocabulary.", "outcome",
     "Students gain … (the knowledge, skills or traits that develop) when the teacher uses songs to "
     "teach vocabulary"),
])
def test_english_statement_gets_an_english_rewrite(text, as_, rewrite):
    r = check_text(text, as_)
    assert r.findings
    assert r.suggestion_en == rewrite
    assert all(f.suggestion_en == rewrite for f in r.findings)
    # no Thai frame wrapped around the English words
    assert not any(f.suggestion_th and THAI.search(f.suggestion_th) and re.search("[A-Za-z]{3}", f.suggestion_th)
                   for f in r.findings)


def test_early_childhood_learners_are_children():
    # the teacher named no learners: an early-childhood statement's are children
    r = check_text("Can name colours correctly", "indicator", classroom_type="early_childhood")
    assert r.suggestion_en == "…% of children can name colours correctly"
    r = check_text("Reading fluency", "indicator")
    assert r.suggestion_en == "…% of students show reading fluency at a good level or above"


def test_thai_statement_keeps_the_contract_shape():
    r = check_text("ร้อยละของนักเรียนมีทักษะการคิดวิเคราะห์", "indicator")
    assert r.suggestion_th == "นักเรียนร้อยละ … มีทักษะการคิดวิเคราะห์อยู่ในระดับดีขึ้นไป"
    assert r.suggestion_en is None
    assert set(r.dump()) == {"findings", "level", "suggestion_th"}
    assert all("suggestion_en" not in f for f in r.dump()["findings"])


def test_english_answer_carries_suggestion_en_in_json():
    out = json.loads(json.dumps(check_text("Students improve their speaking skills", "indicator").dump()))
    assert out["suggestion_en"].startswith("…% of students improve their speaking skills")
    assert all(f["suggestion_en"] == out["suggestion_en"] for f in out["findings"])


def test_english_challenge_in_check_text_gets_english_level_advice():
    text = ("Using word games to improve Grade 8 vocabulary\n"
            "Use word games from the teacher's guide in class for 8 weeks and test the students after")
    r = check_text(text, "challenge", rank="senior_professional")
    assert [f.rule for f in r.findings if f.rule == "challenge.level-below-expected"]
    assert r.suggestion_en.startswith('Revise the challenge "Using word games')
    assert 'to show the "Originate & Improve" level' in r.suggestion_en

"""A Part 2 written in English (EP/MEP teachers) is read by the same practice-level cues as a Thai one
(lexicon/level_cues_en.txt, round 17): each reading with a text it reads and one it does not."""

from __future__ import annotations

import pytest

from models.classifiers.practice_level import below_expected, cue_scores, other_learners_measured
from models.document import LevelId


def _found(text: str, level: LevelId, problem: str | None = None) -> list[str]:
    _, found = cue_scores(text, problem)
    return found[level]


def test_every_english_section_names_a_cue_or_a_reading():
    from models.classifiers.practice_level import CUES, english_cue
    from models.rubric import lexicon_sections

    readings = {"own", "beyond the school", "planned", "other organisations", "learners", "taught",
                "teachers", "measures", "learner trait", "raters", "org scope", "learners tested",
                "disseminates", "sent only"}
    whys = {c.why for c in CUES}
    assert set(lexicon_sections("level_cues_en")) <= whys | readings
    assert all(english_cue(w) for w in whys)  # every cue has its English rendering


@pytest.mark.parametrize("step, level, read", [
    ("Students complete the workbook exercises in the order given by the publisher", LevelId.EXECUTE, True),
    ("Teach the unit with the lessons from the teacher's guide under the guidance of my mentor",
     LevelId.EXECUTE, True),
    ("Adapt the reading tasks to the students' level and local life", LevelId.APPLY, True),
    ("Choose 6 ready-made videos on fractions and adapt their questions to the class", LevelId.APPLY, True),
    # existing material used with nothing adapted is used as supplied (execute), as in Thai
    ("Choose 6 ready-made videos on fractions from an online library", LevelId.EXECUTE, True),
    ("Interview 8 students and analyse their answer sheets to find the causes of the errors",
     LevelId.SOLVE, True),
    ("Design the STAR writing model with 6 lesson plans; three experts check it and I revise it after a pilot",
     LevelId.ORIGINATE, True),
    ("Coach 4 colleagues through lesson study cycles; the department adopts the model for all classes",
     LevelId.INVENT, True),
    # a class of one's own is no model of one's own; teaching is no coaching
    ("Teach the lessons in my own classes, June – August 2025", LevelId.ORIGINATE, False),
    ("Teach the lessons to M.2/1, June – August 2025", LevelId.INVENT, False),
    # English words only as whole words: "because" holds no cause, "detest" no test
    ("Students read because they like the stories", LevelId.SOLVE, False),
])
def test_english_steps_read_as_their_thai_renderings(step, level, read):
    text = "Improving the reading of Grade 8 students\n" + step
    assert bool(_found(text, level)) is read


_ADAPTED = ("Initiating inquiry-based learning to develop science process skills of Grade 10 EP students\n"
            "Select 4 units of 5E lesson plans from the IPST teacher's manual (May 2025)\n"
            "Adapt the time and translate the worksheets into English for the EP class (June 2025)\n"
            "Teach Grade 10 EP (36 students) with the adapted plans, June – September 2025\n"
            "Test the science process skills after teaching (September 2025)")
_OWN = ("Developing the PLAN-IT model to improve the essay writing of Grade 11 students\n"
        "Design the PLAN-IT model (Plan – Link – Argue – Note) with 8 lesson plans (May 2025)\n"
        "Three experts check the model (IOC); try it out with Grade 11/3 and revise (June 2025)\n"
        "Teach Grade 11/1 (34 students) with PLAN-IT, July – September 2025\n"
        "Mark the essays with the same 4-level rubric and compare with the pre-test (September 2025)")


def test_an_english_adaptation_is_below_originate_and_an_own_validated_model_is_not():
    # an "Initiating" title over published plans adapted: apply, below the senior professional's level
    fired = below_expected(_ADAPTED, LevelId.ORIGINATE)
    assert fired is not None and fired.label == LevelId.APPLY
    assert below_expected(_OWN, LevelId.ORIGINATE) is None


def test_english_network_learners_taught_and_measured_are_read():
    text = ("Creating an impact on English writing in the school network with the WRITE-ON model\n"
            "Train and coach the 10 English teachers of 4 network schools, June – August 2025\n"
            "Network teachers use WRITE-ON with their Grade 10 classes, Semester 1/2025\n"
            "Writing post-test in all 4 schools with the same rubric, cross-marked by teachers (September 2025)")
    assert other_learners_measured(text)
    # shared only (presented at a meeting), nobody else's learners measured
    shared = ("Creating an impact on English writing with the WRITE-ON model\n"
              "Present the model at the network meeting (June 2025)\n"
              "Test my Grade 10 students' writing with the same rubric (September 2025)")
    assert not other_learners_measured(shared)


def test_english_openings_skip_only_what_cannot_match():
    """The opening prefilter of the English cue alternatives: a phrase's opening (its first one to
    three letters, or a number) must be among the text's word openings for the alternatives to be
    tried; a text that has one is read as before, one that has none keeps the Thai reading."""
    from models.classifiers import practice_level as P

    openings = P.english_openings("own/new model or process")
    assert openings is not None and "des" in openings and "my" in openings
    assert P._text_openings("Design my own model") >= {"d", "de", "des", "my", "o", "ow", "own"}
    assert P.NUMBER in P._text_openings("19 of the 31 students")
    cue = next(c for c in P.CUES if c.why == "own/new model or process")
    # an English phrase found in a Thai text with English words; none where no opening fits
    assert cue.pattern.search("ครูจะ design my own model สำหรับนักเรียน") is not None
    assert cue.pattern.search("ใช้ Google Classroom ส่งงาน") is None


def test_an_optional_opening_group_is_no_opening(monkeypatch):
    """A re: entry whose opening group is optional ("(?:cross-)?(?:marked|scored…) by") may open
    with what follows the group: the prefilter must not key it on the group alone."""
    from models.classifiers import practice_level as P

    monkeypatch.setattr(P, "lexicon_sections", lambda name: {
        "optional": (r"re:(?:cross-)?(?:marked|scored)\s+by\b",), "plain": ("marked by",)})
    assert P.english_openings("optional") is None
    assert P.english_openings("plain") == frozenset({"mar"})


def test_the_raters_entry_has_a_literal_opening():
    """The raters entry spells its "cross-" forms out, so the prefilter can key it (it was the one
    section always searched) and it still finds both forms."""
    from models.classifiers import practice_level as P

    assert P.english_openings("raters") == frozenset({"cro", "mar", "sco", "rat", "ass"})
    assert P._RATERS.search("The writing is marked by the teacher with a rubric") is not None
    assert P._RATERS.search("Scripts were cross-marked by two teachers from other schools") is not None
    assert P._RATERS.search("ครูสองคนให้คะแนน and the students reflect") is None


@pytest.mark.parametrize("name,text,written", [
    ("teacher handbook", "Use games from a Teacher  handbook", "Teacher  handbook"),
    ("ปรับ จาก", "นำกิจกรรมมาปรับจากคู่มือ", "ปรับจาก"),
    ("ร้อยละ 0", "นักเรียนร้อยละ ๘๐ อ่านออก", "ร้อยละ ๘๐"),
    ("word games", "Use card games", None),
])
def test_model_evidence_is_quoted_as_written(name, text, written):
    """The level model's word n-grams are lower-cased tokens with digits as 0; the evidence quotes
    the text itself (an English bigram keeps its space, so it is found in the text)."""
    from models.classifiers.features import _as_written, _stopwords

    assert _as_written(name, text) == written
    assert {"the", "from", "ที่"} <= _stopwords()

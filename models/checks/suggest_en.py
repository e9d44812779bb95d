"""Suggested rewrites in English, for statements a teacher wrote in English (EP/MEP programmes).

The Thai rewrites (models.checks.suggest) wrap the teacher's words in Thai frames, which makes a
mixed sentence of an English statement ("นักเรียนร้อยละ … มีPercentage of students…").  A finding
on an English statement gets this rewrite in `suggestion_en` instead (its `suggestion_th` is only
the catalogue's Thai model, where the rule has one), made with the same steps and the same gaps:
the teacher's own words kept, `…` where only the teacher can fill in, never an invented number.

- indicators: provision turned into the learners who receive it, a vague change anchored to a
  baseline, a missing share added in front of the learners, a missing criterion appended
  (the Thai frames' "อยู่ในระดับดีขึ้นไป" → "at a good level or above");
- a teacher-, document- or other-centred indicator: the learner result it stands for, with what
  the teacher wrote kept as its means ("after the teacher…");
- a teacher-centred outcome: what learners gain, "when" the teacher's work happens;
- advice where no rewrite is possible (a challenge below its rank's level, a missing challenge
  section): the English of models/rubric/suggestions.toml, given beside the Thai;
- the catalogue's suggestion templates (rules.toml suggestion_en) in the parts `english_places`
  finds written in English (CheckContext.english).
"""

from __future__ import annotations

import re

from models.checks import suggest
from models.checks.suggest import GAP, has_criterion
from models.document import Challenge, Pa1Document
from models.thai.analysis import ThaiText, analyse

CRITERION = "at a good level or above"
BASELINE = f"by {GAP}% compared with the previous academic year"
LEARNER = "students"
EARLY_CHILDHOOD_LEARNER = "children"
RESULT = f"have {GAP} (the knowledge, skill or trait) {CRITERION}"
GAIN = f"gain {GAP} (the knowledge, skills or traits that develop)"

_THAI = re.compile(r"[\u0e01-\u0e4e]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_LEARNERS = r"(?:students|learners|pupils|children|kids)"
# "The percentage of students in Grade 4 who…", "Number of learners that…", "Proportion of pupils…"
_COUNT_OF = re.compile(rf"^(?:the\s+)?(?:percentage|proportion|number|share|rate|amount)\s+of\s+"
                       rf"(?P<who>.*?\b{_LEARNERS}\b.*?)(?:\s+(?:who|that)\s+(?P<rest>.+))?$", re.I)
# "Most students…", "The Grade 4 students…", "Students in M.2…": the group the share is put before
_LEARNER_HEAD = re.compile(rf"^(?:(?:most|many|some|the\s+majority\s+of|nearly\s+all)\s+(?:of\s+)?)?"
                           rf"(?P<who>(?:the\s+)?(?:[\w.'/-]+\s+){{0,4}}?{_LEARNERS}\b)", re.I)
# the teacher's own vague reference, replaced by the baseline
_OWN_BASELINE = re.compile(r"\s*(?:than\s+before|than\s+in\s+the\s+past|compared\s+(?:to|with)\s+before"
                           r"|from\s+before)\b", re.I)
_PURPOSE = re.compile(r"\s*(?:in\s+order\s+to|so\s+that|to)\s+", re.I)
_RELATIVE_END = re.compile(r"\b(?:who|that)$", re.I)
# a statement that opens with its verb ("Can name colours", "Read 60 words a minute"): the learners
# go straight before it; anything else is what they show ("Reading fluency" → "… show reading fluency")
_VERB_OPENING = re.compile(r"^(?:can|could|are|is|have|has|will|be|do|does|use|read|write|speak|name"
                           r"|explain|solve|create|design|pass|score|complete|demonstrate|show|apply"
                           r"|perform|present|identify|describe|practi[sc]e|achieve|reach|gain"
                           r"|develop|improve|understand|know|communicate|work|answer|count)\b", re.I)
# words that keep their capital inside a sentence
_KEEP_CAPITAL = re.compile(r"^(?:I|Grade|Year|Prathom|Mathayom|English|Thai|Chinese|Japanese|Korean"
                           r"|French|Mr|Mrs|Ms|Dr|[A-Z]{2,}[\w.]*|[A-Z]\.\w*)\b")


def is_english(text: str) -> bool:
    """A statement written in English: Latin words and not one Thai letter (a half-Thai statement
    is read by the Thai rewrites, which keep its English terms)."""
    return not _THAI.search(text) and len(_LATIN_WORD.findall(text)) >= 2


def challenge_in_english(ch: Challenge) -> bool:
    """A Part 2 written in English (EP/MEP teachers): every section read as one text."""
    return is_english("\n".join([ch.title or "", ch.problem or "", *ch.method, *ch.quantitative,
                                  *ch.qualitative]))


def english_places(doc: Pa1Document) -> frozenset[tuple[str, int | None]]:
    """The parts of `doc` written in English, as CheckContext.english's (part, area) pairs: each
    Part 1 area whose tasks, outcomes and indicators are English, and Part 2 when it is English
    (or, when there is none, when every Part 1 area is)."""
    areas = [a for a in doc.part1.areas if any(x.strip() for x in [*a.tasks, *a.outcomes, *a.indicators])]
    out: set[tuple[str, int | None]] = {
        ("part1", a.area) for a in areas if is_english("\n".join([*a.tasks, *a.outcomes, *a.indicators]))}
    whole_part1 = bool(areas) and len(out) == len(areas)
    if challenge_in_english(doc.part2) if doc.part2 is not None else whole_part1:
        out.add(("part2", None))
    return frozenset(out)


def learner_words(thai_learner: str) -> str:
    """The English learners for the Thai ones the document uses (เด็ก in early childhood)."""
    return EARLY_CHILDHOOD_LEARNER if thai_learner == suggest.EARLY_CHILDHOOD_LEARNER else LEARNER


def rewrite_indicator(text: str, learner: str = LEARNER) -> str:
    """A corrected English indicator that keeps the teacher's wording."""
    out = _plain(analyse(text).normal)
    out = _drop_process(analyse(out), out)
    out = _anchor_change(analyse(out), out)
    out = _add_target(analyse(out), out, learner)
    if not has_criterion(analyse(out)) and CRITERION not in out:
        out = f"{out} {CRITERION}"
    return out


def rewrite_not_learner(text: str, learner: str = LEARNER) -> str:
    """The learner result a teacher-, document- or other-centred indicator stands for: "…% of
    students have … at a good level or above after the teacher develops 5 lesson plans…"."""
    return f"{GAP}% of {learner} {RESULT} after {_clause(text)}"


def rewrite_outcome(text: str, learner: str = LEARNER) -> str:
    """What learners gain from a teacher-centred outcome: "Students gain … when the teacher…"."""
    return f"{learner[0].upper()}{learner[1:]} {GAIN} when {_clause(text)}"


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".;").strip()


def _lower_first(s: str) -> str:
    return s if not s or _KEEP_CAPITAL.match(s) else s[0].lower() + s[1:]


def _clause(text: str) -> str:
    return _lower_first(_plain(analyse(text).normal))


def _drop_process(t: ThaiText, text: str) -> str:
    """"Students receive support to improve their writing" → "Students improve their writing";
    "100% of students participate in the reading camp" → "100% of students who participate in
    the reading camp have … at a good level or above"."""
    hits = t.provision
    if not hits or t.normal != text:
        return text
    m = hits[0]
    head, clause = text[:m.span[0]].rstrip(), text[m.span[0]:].strip()
    rest = text[m.span[1]:]
    # "receive support to improve…": what follows the purpose word is the result
    after = re.match(r"^\s*(?:[\w'-]+\s+){0,4}?(?=(?:in\s+order\s+to|so\s+that|to)\s)", rest)
    if after is not None:
        purpose = _PURPOSE.match(rest, after.end())
        if purpose is not None and head:
            return f"{head} {rest[purpose.end():]}".strip()
    if not head:
        return text
    if _RELATIVE_END.search(head):
        return f"{head} {clause} {RESULT}"
    return f"{head} who {clause} {RESULT}"


def _anchor_change(t: ThaiText, text: str) -> str:
    """A change with no baseline gets one, at the end of its clause: "Students improve their
    speaking skills" → "… by …% compared with the previous academic year"."""
    if not any(c.vague for c in t.comparatives) or BASELINE in text:
        return text
    return f"{_OWN_BASELINE.sub('', text).rstrip()} {BASELINE}"


def _add_target(t: ThaiText, text: str, learner: str) -> str:
    """A share in front of the learners: "Percentage of students who can read…" → "…% of
    students can read…"; "Grade 4 students read…" → "…% of Grade 4 students read…"."""
    if not t.target.missing:
        return text
    m = _COUNT_OF.match(text)
    if m is not None:
        rest = m.group("rest")
        return f"{GAP}% of {m.group('who')}" + (f" {rest}" if rest else "")
    m = _LEARNER_HEAD.match(text)
    if m is not None:
        return f"{GAP}% of {_lower_first(m.group('who'))}{text[m.end():]}"
    verb = "" if _VERB_OPENING.match(text) else "show "
    return f"{GAP}% of {learner} {verb}{_lower_first(text)}"


def level_advice(expected: str, expected_en: str, title: str | None = None) -> str:
    """suggest.level_advice in English, for a challenge written in English: `Revise the challenge
    "…" to show the "Originate & Improve" level: originate your own…`."""
    advice = suggest._advice()["level"][expected]["advice_en"]
    title = re.sub(r"\s+", " ", title or "").strip()
    title = re.sub(r"^(?:challenge\s*)?(?:title\s*)?:?\s*", "", title, flags=re.I)
    which = f' "{title}"' if title and len(title) <= 120 else ""
    return f'Revise the challenge{which} to show the "{expected_en}" level: {advice}'


def section_example(section: str, learner: str = LEARNER) -> str:
    """suggest.section_example in English (`…` where the teacher fills in)."""
    return suggest._advice()["section"][section]["example_en"].replace("{learner}", learner)

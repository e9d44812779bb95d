"""The trainer workbench's use cases (GET /trainer): one statement analysed with the parts that
matter highlighted, the level ladder, the gallery with live findings, the printable handout.

`analyse(text, as_, rank, area, classroom_type)` answers the contract's check-text object
(findings, level, suggestion_th, suggestion_en) plus, additively:
- `highlights`: [{start, end, kind, sub, text}] with offsets into the text *as sent*
  (kind: subject, quantity, criterion, change, baseline, process, placeholder, level, and
  issue: a phrase a finding gives as its evidence, `sub` = the rule id);
- `rules`: {rule id: {title_th, title_en, why_th, why_en}} for the rules that fired;
- `reading`: for a challenge, the level it reads as, the score, every level's probability, the
  evidence phrases (with offsets) and how it stands against the rank's expected level.
Nothing is stored and nothing is logged.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Any

from models.checks.text import check_text
from models.document import LevelId, RankId
from models.rubric import expected_level, levels, ranks
from models.rubric.catalog import rules
from models.rubric.gallery import Example, gallery
from models.rubric.ladder import Ladder, ladder
from models.thai.analysis import ThaiText

KINDS = ("subject", "quantity", "criterion", "change", "baseline", "process", "placeholder",
         "level", "issue")


def analyse(text: str, as_: str, rank: RankId | str | None = None, area: int = 1,
            classroom_type: str | None = None) -> dict[str, Any]:
    """The check-text answer for `text` plus highlights, rule explanations and the level reading
    (`classroom_type="early_childhood"`: the suggestions say เด็ก)."""
    result = check_text(text, as_, rank=rank, area=area, classroom_type=classroom_type)
    out = result.dump()
    t = result.analysis
    reading = None
    if as_ == "challenge":  # the level evidence and any placeholder; subjects etc. are noise here
        spans = [(*m.span, "placeholder", None) for m in t.placeholders]
        reading, evidence = _reading(text, RankId(rank) if rank else None)
        spans += evidence
    else:
        spans = _text_spans(t)
    issues = [] if as_ == "challenge" else _issues(text, out["findings"])
    out["highlights"] = _to_raw(t, spans) + issues
    out["highlights"].sort(key=lambda h: (h["start"], -h["end"], KINDS.index(h["kind"])))
    catalogue = rules()
    out["rules"] = {f["rule"]: _explain(catalogue[f["rule"]]) for f in out["findings"]
                    if f["rule"] in catalogue}
    out["reading"] = reading
    return out


def _explain(rule) -> dict[str, str]:
    return {"title_th": rule.title_th, "title_en": rule.title_en,
            "why_th": rule.why_th, "why_en": rule.why_en}


def _issues(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The phrases a finding names as its evidence (`details.evidence`), found in the raw text;
    `sub` is the rule id."""
    out = []
    for f in findings:
        for phrase in (f.get("details") or {}).get("evidence") or ():
            if not isinstance(phrase, str) or not phrase:
                continue
            start = text.find(phrase)
            if start >= 0:
                out.append({"start": start, "end": start + len(phrase), "kind": "issue",
                            "sub": f["rule"], "text": phrase})
    return out


# ---- spans from the analysis (offsets into ThaiText.normal)

Span = tuple[int, int, str, str | None]  # start, end, kind, sub


def _text_spans(t: ThaiText) -> list[Span]:
    out: list[Span] = []
    if t.subject_evidence:
        hit = next(iter(t.find([t.subject_evidence])), None)
        if hit is not None:
            out.append((*hit.span, "subject", t.subject))
    for q in t.quantities:
        if q.threshold or q.kind == "level":
            out.append((*q.span, "criterion", q.kind))
        elif q.is_target:
            out.append((*q.span, "quantity", "change" if q.change else q.kind))
    crit = t.criterion
    if crit is not None:
        out.append((*crit.span, "criterion", crit.kind))
    for m in t.find_lexicon("criteria"):
        out.append((*m.span, "criterion", "reference"))
    for c in t.comparatives:
        out.append((*c.span, "change", "vague" if c.vague else "anchored"))
        if c.baseline:
            pos = t.normal.find(c.baseline)
            if pos >= 0:
                out.append((pos, pos + len(c.baseline), "baseline", None))
    for m in t.find_lexicon("process_words"):
        out.append((*m.span, "process", None))
    for m in t.placeholders:
        out.append((*m.span, "placeholder", None))
    return _unique(out)


def _unique(spans: list[Span]) -> list[Span]:
    """Drop exact repeats of the same stretch and kind (the first reading wins)."""
    seen: set[tuple[int, int, str]] = set()
    out: list[Span] = []
    for s in spans:
        if s[0] < s[1] and (s[0], s[1], s[2]) not in seen:
            seen.add((s[0], s[1], s[2]))
            out.append(s)
    return out


def _to_raw(t: ThaiText, spans: list[Span]) -> list[dict[str, Any]]:
    """Spans of `normal` as offsets into the raw text; sorted, each with its raw substring."""
    pos = _offset_map(t.raw, t.normal)
    out = []
    for start, end, kind, sub in spans:
        if kind == "level":  # evidence spans are already raw offsets
            rs, re_ = start, end
        else:
            rs, re_ = pos[start], pos[end]
        if rs < re_:
            out.append({"start": rs, "end": re_, "kind": kind, "sub": sub, "text": t.raw[rs:re_]})
    out.sort(key=lambda h: (h["start"], -h["end"], KINDS.index(h["kind"])))
    return out


@lru_cache(maxsize=256)
def _offset_map(raw: str, normal: str) -> tuple[int, ...]:
    """For each offset 0..len(normal) of the normalised text, the offset in `raw` (identity when
    normalising changed nothing; otherwise aligned with difflib, a change mapped to its ends)."""
    if raw == normal:
        return tuple(range(len(raw) + 1))
    pos = [0] * (len(normal) + 1)
    sm = difflib.SequenceMatcher(a=normal, b=raw, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        for k in range(i1, i2 + 1):
            pos[k] = j1 + (k - i1) if op == "equal" else (j1 if k == i1 else j2)
    pos[len(normal)] = len(raw)
    return tuple(pos)


# ---- the level a challenge reads as

def _reading(text: str, rank: RankId | None) -> tuple[dict[str, Any], list[Span]]:
    from models.classifiers.practice_level import level_probabilities, predict_level

    pred = predict_level(text)
    probs, _ = level_probabilities(text)
    lv = levels()
    detected = LevelId(pred.label) if pred.label else None
    expected = expected_level(rank) if rank else None
    verdict = None
    if detected and expected:
        d, e = lv[detected].order, lv[expected].order
        verdict = "below" if d < e else "above" if d > e else "at"
    evidence, spans = [], []
    for phrase in pred.evidence:
        start = text.find(phrase)
        if start >= 0:
            evidence.append({"text": phrase, "start": start, "end": start + len(phrase)})
            level_id = detected.value if detected else None
            spans.append((start, start + len(phrase), "level", level_id))
    reading = {
        "level": detected.value if detected else None,
        "th": lv[detected].th if detected else None, "en": lv[detected].en if detected else None,
        "score": pred.score,
        "probabilities": {k.value: round(v, 4) for k, v in probs.items()},
        "evidence": evidence,
        "expected": expected.value if expected else None,
        "verdict": verdict,
    }
    return reading, spans


# ---- ladder, gallery, handout

def ladder_data(key: str) -> dict[str, Any]:
    lad: Ladder = ladder(key)
    return {
        "key": lad.key, "th": lad.th, "en": lad.en, "source": lad.source,
        "levels": [{"id": lv.id.value, "th": lv.th, "en": lv.en,
                    "description_th": lv.description_th,
                    "ranks": [r.id.value for r in ranks().values() if r.level == lv.id]}
                   for lv in lad.levels],
        "steps": [{"rank": s.rank.id.value, "rank_th": s.rank.th, "salary_band": s.rank.salary_band,
                   "level": s.level.id.value, "level_th": s.level.th, "level_en": s.level.en,
                   "text": s.text,
                   "marks": [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                              "level": m.level.value if m.level else None} for m in s.marks]}
                  for s in lad.steps],
    }


@lru_cache(maxsize=512)
def _analysed(text: str, as_: str, rank: str | None, area: int) -> dict[str, Any]:
    return analyse(text, as_, rank=rank, area=area)


def gallery_data(rule: str | None = None) -> list[dict[str, Any]]:
    """Every example with its findings computed now (memoised per process: the engine is
    deterministic), optionally only those where `rule` fires."""
    out = []
    for ex in gallery():
        entry = _gallery_entry(ex)
        if rule and rule not in {f["rule"] for f in entry["findings"]}:
            continue
        out.append(entry)
    return out


def _gallery_entry(ex: Example) -> dict[str, Any]:
    a = _analysed(ex.text, ex.as_, ex.rank.value if ex.rank else None, ex.area)
    return {**ex.dump(), "findings": a["findings"], "suggestion_th": a["suggestion_th"],
            "suggestion_en": a.get("suggestion_en"), "highlights": a["highlights"],
            "rules": a["rules"], "reading": a["reading"],
            "detected_level": a["level"]}


def handout_rules() -> list[dict[str, Any]]:
    """Every catalogue rule, in catalogue order, with what the handout prints."""
    return [{"id": r.id, "family": r.family, "severity": r.severity.value,
             "title_th": r.title_th, "title_en": r.title_en, "why_th": r.why_th, "why_en": r.why_en,
             "example_bad": r.example_bad, "example_good": r.example_good,
             # a template's learners are นักเรียน on paper (เด็ก only in an early-childhood PA1)
             "suggestion_th": r.suggestion_th and r.suggestion_th.replace("{learner}", "นักเรียน"),
             "source": r.source, "status": r.status}
            for r in rules().values()]

"""indicator.*: one indicator at a time (Part 1 indicators; Part 2 quantitative results where the
rule fits).  `check_indicator(text, area, ctx, loc)` is what check-text uses too.

Decisions (each has fires/passes cases in samples/rules/):
- no-target: no share, count, mean, level, `ทุกคน` or zero count (`ไม่มีนักเรียน…`, `ไม่มีผู้…`, and opening the statement `ไม่มีอุบัติเหตุ…`, `ไม่มีกรณี…`, `ไม่มีการ…`); or a bare `ร้อยละของนักเรียน…` with no number for
  the share (a number that only sizes a change or a criterion's threshold is not the target).
- no-criterion: a target but no level/criterion (ระดับดีขึ้นไป, ผ่านเกณฑ์…, ระดับ 3 ขึ้นไป, ตามเวลาที่กำหนด,
  อย่างน้อยคนละ 2 เครื่อง, ภายในเวลาที่กำหนด, ทุกวัน/ทุกครั้ง), no result that is its own bar
  (ผ่าน + any assessment or selection: ผ่านการสอบซ่อมเสริม, ผ่านแบบทดสอบ…, ผ่านรอบคัดเลือก; an N ใน M / N จาก M
  score beside the share; ไม่ออกกลางคัน, ครบทุกขั้นตอน, ตามผลการคัดกรอง…, เรียนต่อ, a zero count), no anchored change, no mean/level with a bar, no count of products; never on a
  process or not-learner indicator (that finding says what is wrong).  A share with only a vague
  change (`ร้อยละ 80 … สูงขึ้น/ดีขึ้น`, no level, bar or baseline) is both vague-change and
  no-criterion: 16 of 17 spent writers label it so (68 rows); only challenges2's first labeller
  (5 rows: cx003 cx010 cx014 cx023 cx037) gives vague-change alone, and that file's relabel
  agrees with the other writers, so those five stay counted as false positives.
- vague-change: a comparative (สูงขึ้น ดีขึ้น เพิ่มขึ้น …) with neither a baseline nor an amount; `จากเดิม`
  alone is not a baseline.
- process-not-result: a provision/participation phrase (also ได้รับ + a thing given: ได้รับหนังสือ…,
  not ได้รับรางวัล) is the main predicate (not `นักเรียนที่เข้าร่วม…`,
  not `ความพึงพอใจในการเข้าร่วม…`, not followed by `และมี…` stating a result too: a second half
  that is only a vague change or a record kept, `…ได้รับการดูแลช่วยเหลือและมีพัฒนาการดีขึ้น`, states
  none, as four of five spent writers label it), for learners;
  attendance (เข้าเรียน, มาเรียน) is participation unless measured against the required เวลาเรียน.
- not-learner: the statement is about the teacher, documents, or the things it counts (the head noun
  of `ร้อยละ N ของ X`, `X ร้อยละ N`, `X จำนวน N เครื่อง`: equipment, materials, facilities); `info` in area 3.
- invalid-percentage: a percentage below 0 or above 100 (thresholds included).
"""

from __future__ import annotations

import re
from typing import Iterator

from models.checks import suggest, suggest_en
from models.checks.context import CheckContext
from models.checks.fields import row_details
from models.document import Pa1Document
from models.findings import Finding, Location, Severity
from models.thai.analysis import ThaiText, analyse

# A second clause with its own learners and share: "… และนักเรียนร้อยละ 80 …", or its own share of
# the same learners: "นักเรียนร้อยละ 75 มีคะแนนแบบทดสอบหลังเรียน และร้อยละ 80 มี…ระดับดีขึ้นไป"
# (challenges6 cu003 [1], statements5 s5008: the clause with no bar is no-criterion; the twelve other
# spent rows so joined, four writers, have a bar in each clause and carry no such label).
_CLAUSES = re.compile(r"\s*(?:และ|ส่วน)\s*(?=(?:นักเรียน|ผู้เรียน|เด็ก|นักศึกษา)\S{0,20}\s*(?:ร้อยละ|จำนวน|ทุกคน|[0-9๐-๙])"
                      r"|ร้อยละ\s*[0-9๐-๙])")


def check(doc: Pa1Document, ctx: CheckContext) -> Iterator[Finding]:
    learner = suggest.learner_of(doc)  # เด็ก in early childhood rewrites
    for area in doc.part1.areas:
        for i, text in enumerate(area.indicators):
            if text and text.strip():
                loc = Location(part="part1", area=area.area, field="indicators", index=i)
                yield from check_indicator(text, area.area, ctx, loc, row_details(doc, loc),
                                           learner=learner)
    if doc.part2 is not None:
        for i, text in enumerate(doc.part2.quantitative):
            if text and text.strip():
                loc = Location(part="part2", field="quantitative", index=i)
                # a quantitative result without a number is challenge.quantitative-no-number's
                yield from check_indicator(text, None, ctx, loc, skip=("indicator.no-target",),
                                           learner=learner)


def check_indicator(text: str, area: int | None, ctx: CheckContext, loc: Location,
                    details: dict | None = None, skip: tuple[str, ...] = (),
                    learner: str = suggest.LEARNER) -> list[Finding]:
    """Every indicator rule on one statement; the findings share one rewrite of the statement
    (`learner`: who it names where the teacher named no one)."""
    t = ctx.text(text)
    base = dict(details or {})
    rules = (invalid_percentage, no_target, no_criterion, vague_change, process_not_result,
             not_learner)
    if t.subject in ("teacher", "documents", "things") or is_not_learner(t):
        # the learner-measure rules do not apply; what a teacher or a parent "takes part in" or
        # "receives" is still provision (เข้าร่วมอบรม…, ได้รับการนิเทศ…)
        rules = (invalid_percentage, no_target, vague_change, process_not_result, not_learner)
    found: list[Finding] = []
    rewrite: str | None = None
    # a statement in English is rewritten in English (suggestion_th: the catalogue's model, if any)
    english = suggest_en.is_english(text)
    learner_en = suggest_en.learner_words(learner)
    # what the statement is called in the messages: a Part 2 quantitative result is no indicator
    what = _WHAT["part2" if loc.part == "part2" else "part1"]
    for fn in rules:
        for rule_id, extra, params, severity in fn(t, area):
            if rule_id in skip:
                continue
            if rule_id == "indicator.invalid-percentage":
                suggestion = suggest.fix_percentage(text, extra["evidence"][0])
            else:
                if rewrite is None:
                    if english:
                        rewrite = suggest_en.rewrite_not_learner(text, learner_en) \
                            if is_not_learner(t) else suggest_en.rewrite_indicator(text, learner_en)
                    else:
                        rewrite = suggest.rewrite_not_learner(text, learner) if is_not_learner(t) \
                            else suggest.rewrite_indicator(text, learner)
                suggestion = rewrite
            found.append(ctx.finding(rule_id, loc, text,
                                     suggestion_th=None if english else suggestion,
                                     suggestion_en=suggestion if english else None,
                                     details={**base, **extra}, severity=severity,
                                     **{"what_th": what[0], "what_en": what[1], "learner": learner,
                                        **params}))
    return found


_WHAT = {"part1": ("ตัวชี้วัด", "indicator"), "part2": ("ผลลัพธ์เชิงปริมาณ", "quantitative result")}


# Each rule: (ThaiText, area) -> [(rule_id, details, message params, severity override)]

def no_target(t: ThaiText, area: int | None):
    """The target is read once on ThaiText (`ThaiText.target`: a share, a non-learner's own bar,
    provision counted in full, none, or a blank share)."""
    target = t.target
    if target.missing:
        yield "indicator.no-target", {"evidence": [target.evidence] if target.evidence else []}, {}, None


def no_criterion(t: ThaiText, area: int | None):
    """Not when the statement counts provision or measures someone or something other than
    learners: process-not-result / not-learner say what is wrong, and their rewrite states a
    learner result with a criterion (one finding per flaw, samples/README.md)."""
    clauses = _CLAUSES.split(t.normal)
    if len(clauses) > 1:  # "นักเรียนร้อยละ 85 มี… และนักเรียนร้อยละ 80 มี…ผ่านเกณฑ์…": clause by clause
        for clause in clauses:
            found = list(no_criterion(analyse(clause), area))
            if found:
                yield found[0]
                return
        return
    targets = [q for q in t.quantities if q.is_target and not q.threshold]
    if not targets or t.target.missing or _process(t) or is_not_learner(t):
        return
    q = targets[0]
    if not suggest.has_criterion(t) or suggest.trait_without_criterion(t):
        yield "indicator.no-criterion", {"target": q.text}, {"target": q.text}, None


def vague_change(t: ThaiText, area: int | None):
    for c in t.comparatives:
        if c.vague:
            yield "indicator.vague-change", {"evidence": [c.word]}, {"word": c.word}, None
            return


def process_not_result(t: ThaiText, area: int | None):
    if t.subject not in ("learners", "other", "teacher"):
        return
    # the teacher's own training in area 3 (self development) is a note, as not-learner is there
    severity = Severity.INFO if area == 3 and is_not_learner(t) else None
    who_th, who_en = _actor(t)
    for m in _provision(t)[:1]:
        yield ("indicator.process-not-result", {"evidence": [m.text]},
               {"word": m.text, "who_th": who_th, "who_en": who_en}, severity)


def _actor(t: ThaiText) -> tuple[str, str]:
    """Who takes part or is given something, as the message names them: the teacher, the people
    the statement names (ผู้ปกครอง, เครือข่าย…), else learners."""
    if t.subject == "teacher":
        return "ครู", "the teacher"
    if t.subject == "other" and t.subject_evidence:
        if re.match(r"จำนวน|ปริมาณ|อัตรา", t.subject_evidence):  # a count names nobody
            return "ผู้ที่เกี่ยวข้อง", "the people concerned"
        return t.subject_evidence, f"others ({t.subject_evidence})"
    return "ผู้เรียน", "learners"


_SUBJECT_TH = {"teacher": "สิ่งที่ครูทำ", "documents": "เอกสารหรือผลงานของครู",
               "things": "วัสดุ อุปกรณ์ สื่อหรือสถานที่", "other": "ผู้อื่นหรือสิ่งอื่นที่ไม่ใช่ผู้เรียน"}
_SUBJECT_EN = {"teacher": "what the teacher does", "documents": "documents or teacher products",
               "things": "equipment, materials or facilities",
               "other": "someone or something other than learners"}


def is_not_learner(t: ThaiText) -> bool:
    """About the teacher, documents, or a named non-learner (parents, network, `จำนวนครั้ง…`)."""
    return t.not_learner


def not_learner(t: ThaiText, area: int | None):
    if is_not_learner(t):
        severity = Severity.INFO if area == 3 else None
        th = f"{_SUBJECT_TH[t.subject]} (\"{t.subject_evidence}\")" if t.subject_evidence \
            else _SUBJECT_TH[t.subject]
        en = f"{_SUBJECT_EN[t.subject]} (\"{t.subject_evidence}\")" if t.subject_evidence \
            else _SUBJECT_EN[t.subject]
        yield ("indicator.not-learner",
               {"subject": t.subject,
                "evidence": [t.subject_evidence] if t.subject_evidence else []},
               {"subject_th": th, "subject_en": en}, severity)


def invalid_percentage(t: ThaiText, area: int | None):
    for q in t.percentages:
        if q.value < 0 or q.value > 100:
            # the figure alone: the message says "ค่าร้อยละ" itself ("ร้อยละ 650" read "ค่าร้อยละ ร้อยละ 650")
            figure = re.sub(r"^\s*ร้อยละ\s*|\s*(?:%|เปอร์เซ็นต์|(?i:per\s*cent))\s*$", "", q.text) or q.text
            yield ("indicator.invalid-percentage", {"value": q.value, "evidence": [q.text]},
                   {"value": figure}, None)


# Provision joined to a zero count of a learner result ("ได้รับการรักษาจาก รพ.สต. และไม่มีฟันผุซี่ใหม่
# ไม่น้อยกว่า 14 คน": challenges9 cy035, clean) is not all the indicator counts, as "…และมี…" is not
# (`ThaiText.is_predicate`); a zero count is a result (samples/README.md guideline).  Spent
# indicators so written: 1 (cy035); the two other spent statements so written are outcomes.
_ZERO_RESULT_AFTER = re.compile(r"\s*\S{0,30}?\s*และ\s*ไม่มี")


# A statement opening with a zero count ("ไม่มีเด็กคนใดต้องได้รับการเตือน…เกิน 1 ครั้งต่อกิจกรรม":
# challenges14 c14-023 [1], clean) counts what does not happen, a result, whatever is named inside it:
# spent indicators and results opening with ไม่มี, all writers: 68 of 31 files, none labelled
# process-not-result.
_ZERO_OPENS = re.compile(r"\s*ไม่\s*มี")


def _provision(t: ThaiText) -> tuple:
    if _ZERO_OPENS.match(t.normal):
        return ()
    return tuple(m for m in t.provision if not _ZERO_RESULT_AFTER.match(t.normal, m.span[1]))


def _process(t: ThaiText) -> bool:
    return t.subject in ("learners", "other", "teacher") and bool(_provision(t))

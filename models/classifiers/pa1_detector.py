"""Is this text a PA1 (แบบข้อตกลงในการพัฒนางาน, PA 1/ส)?

A rule-based core (form title, form code, the parts and column headings of the form) with
counter-evidence for the school documents that look like it (PA 2/ส scoring form, PA 3/ส
summary, lesson plans, ว 21 self-assessment reports), backed by a classifier over Thai
tokens once the model is available.  `detect()` never raises on odd input.
"""

from __future__ import annotations

import math
import re

from models.classifiers import Prediction

# (pattern, weight, evidence label). Patterns run on the normalised text with spaces removed,
# so "PA 1/ส", "PA1/ส" and "ข้อตกลง ในการพัฒนางาน" all match.
_POSITIVE: tuple[tuple[re.Pattern[str], float, str], ...] = tuple(
    (re.compile(p, re.I), w, e) for p, w, e in (
        (r"แบบข้อตกลงในการพัฒนางาน|ข้อตกลงในการพัฒนางาน", 3.0, "ข้อตกลงในการพัฒนางาน"),
        (r"pa1/ส|pa๑/ส", 2.5, "PA 1/ส"),
        (r"ส่วนที่1.{0,40}ตามมาตรฐานตำแหน่ง|ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง", 2.0,
         "ส่วนที่ 1 … ตามมาตรฐานตำแหน่ง"),
        (r"งาน\(tasks?\)", 1.5, "งาน (Tasks)"),
        (r"ผลลัพธ์\(outcomes?\)", 1.5, "ผลลัพธ์ (Outcomes)"),
        (r"ตัวชี้วัด\(indicators?\)", 1.5, "ตัวชี้วัด (Indicators)"),
        (r"ประเด็นท้าทาย", 1.5, "ประเด็นท้าทาย"),
        (r"ส่วนที่2.{0,40}ประเด็นท้าทาย", 1.0, "ส่วนที่ 2 ประเด็นท้าทาย"),
        (r"ภาระงาน", 0.5, "ภาระงาน"),
        (r"ด้านการจัดการเรียนรู้", 0.5, "ด้านการจัดการเรียนรู้"),
        (r"ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้", 0.5, "ด้านการส่งเสริมและสนับสนุน"),
        (r"ด้านการพัฒนาตนเองและวิชาชีพ", 0.5, "ด้านการพัฒนาตนเองและวิชาชีพ"),
        (r"ผู้จัดทำข้อตกลง|ผู้รับข้อตกลง|ความเห็นของผู้อำนวยการสถานศึกษา", 1.0, "ผู้จัดทำ/ผู้รับข้อตกลง"),
        (r"ระดับการปฏิบัติที่คาดหวัง", 0.5, "ระดับการปฏิบัติที่คาดหวัง"),
        (r"ขอแสดงเจตจำนงในการจัดทำข้อตกลง", 2.0, "ขอแสดงเจตจำนงในการจัดทำข้อตกลง"),
        (r"งานที่จะปฏิบัติตามมาตรฐานตำแหน่ง|ลักษณะงานที่เสนอ", 1.0, "งานที่จะปฏิบัติตามมาตรฐานตำแหน่ง"),
        (r"วิธีการดำเนินการให้บรรลุผล", 1.0, "วิธีการดำเนินการให้บรรลุผล"),
        (r"ผลลัพธ์การพัฒนาที่คาดหวัง", 1.0, "ผลลัพธ์การพัฒนาที่คาดหวัง"),
        (r"สภาพปัญหาการจัดการเรียนรู้", 1.0, "สภาพปัญหาการจัดการเรียนรู้"),
        (r"ประเภทห้องเรียน|ห้องเรียนวิชาสามัญ", 1.0, "ประเภทห้องเรียนที่จัดการเรียนรู้"),
        (r"ชั่วโมง/สัปดาห์|ชั่วโมงสอนตามตารางสอน", 0.5, "ชั่วโมงสอน/สัปดาห์"),
    ))

# Look-alikes: a strong cue of another form counts against, so a PA 2/ส that quotes the PA1
# headings is still recognised as a scoring form.
_NEGATIVE: tuple[tuple[re.Pattern[str], float, str], ...] = tuple(
    (re.compile(p, re.I), w, e) for p, w, e in (
        (r"แบบประเมินข้อตกลงในการพัฒนางาน|แบบการประเมินผลการพัฒนางานตามข้อตกลง", 4.0,
         "แบบประเมินข้อตกลง (PA 2/ส)"),
        (r"pa2/ส|pa๒/ส", 3.5, "PA 2/ส"),
        (r"pa3/ส|pa๓/ส|แบบสรุปผลการประเมิน", 4.0, "แบบสรุปผลการประเมิน (PA 3/ส)"),
        (r"แผนการจัดการเรียนรู้ที่[\d๐-๙]", 3.0,
         "แผนการจัดการเรียนรู้ที่"),
        (r"รายงานผลการปฏิบัติงาน", 2.5, "รายงานผลการปฏิบัติงาน"),
        (r"ลงชื่อ.{0,30}ผู้ประเมิน|คะแนนที่ได้|ระดับคะแนน|ผลการประเมิน\(ระดับ\)", 1.5,
         "ช่องคะแนน/ผู้ประเมิน"),
        (r"สาระสำคัญ.{0,200}จุดประสงค์การเรียนรู้", 1.5, "สาระสำคัญ/จุดประสงค์การเรียนรู้"),
        (r"ขั้นนำเข้าสู่บทเรียน|ขั้นสอน|ขั้นสรุป", 1.0, "ขั้นตอนการสอน"),
        (r"รายงานการประเมินตนเอง\(?SAR|รายงานผลการประเมินตนเอง", 1.5, "รายงานการประเมินตนเอง"),
        # the agreements of other positions (school directors, supervisors): not a teacher's PA1
        (r"pa1/ผ|pa๑/ผ|pa1/ศ|pa๑/ศ|ตำแหน่งผู้บริหารสถานศึกษา|ตำแหน่งศึกษานิเทศก์", 4.0,
         "ข้อตกลงของตำแหน่งอื่น (PA 1/ผ, PA 1/ศ)"),
        (r"รายงานผลการดำเนินงานตามข้อตกลง|รอบการประเมินที่", 2.0, "รายงานผลตามข้อตกลง"),
    ))

_SPACE = re.compile(r"\s+")
THRESHOLD = 3.5  # rule score needed to call a text a PA1


def _compact(text: str) -> str:
    return _SPACE.sub("", text or "")


def rule_score(text: str) -> tuple[float, list[str], list[str]]:
    """(score, positive evidence, counter-evidence) of the rule-based core. Only the first
    ~20 000 characters matter: the form's title and headings come early."""
    compact = _compact(text[:40_000])
    head = compact[:3_000]
    pos, neg, score = [], [], 0.0
    for pattern, weight, label in _POSITIVE:
        if pattern.search(compact):
            pos.append(label)
            score += weight
    for pattern, weight, label in _NEGATIVE:
        m = pattern.search(compact)
        if m:
            # A look-alike's own title near the top weighs double.
            neg.append(label)
            score -= weight * (2.0 if m.start() < len(head) else 1.0)
    return score, pos, neg


MODEL_BAND = 2.0  # within this distance of THRESHOLD the rules are unsure and the model weighs in


def detect(text: str, model: object | None = None, *, use_model: bool = True) -> Prediction:
    """`Prediction(label=True/False, score=P(PA1), evidence=[phrases])`.

    The rules decide when they are clear; near the threshold the classifier (trained on
    samples/labels/pa1.csv) is averaged in.  `model`/`use_model` serve the evaluation."""
    text = text or ""
    score, pos, neg = rule_score(text)
    p = 1.0 / (1.0 + math.exp(-(score - THRESHOLD) / 1.5))
    if use_model and abs(score - THRESHOLD) < MODEL_BAND:
        try:
            if model is None:
                from models.classifiers import load
                model = load("pa1")
            p = 0.5 * p + 0.5 * model.proba(text[:20_000])  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - the rules alone still give an answer
            pass
    label = p >= 0.5
    evidence = pos if label else [f"ไม่ใช่: {x}" for x in neg] or ["ไม่พบหัวข้อของแบบ PA 1/ส"]
    return Prediction(label=bool(label), score=round(float(p), 4), evidence=evidence)

"""What both renderers show: findings grouped by part and area, and the committee summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.document import LevelId, Pa1Document
from models.findings import Finding, Location, Severity
from service.report import Report

PARTS = {
    "document": ("เอกสาร", "Document"),
    "header": ("ส่วนหัว (ข้อมูลผู้จัดทำข้อตกลง)", "Header"),
    "workload": ("ภาระงาน", "Workload"),
    "part1": ("ส่วนที่ 1 งานตามมาตรฐานตำแหน่ง", "Part 1: tasks by the position standard"),
    "part2": ("ส่วนที่ 2 ประเด็นท้าทาย", "Part 2: the challenge"),
}
AREAS = {
    1: ("ด้านที่ 1 การจัดการเรียนรู้", "Area 1: learning management"),
    2: ("ด้านที่ 2 การส่งเสริมและสนับสนุนการจัดการเรียนรู้", "Area 2: support of learning"),
    3: ("ด้านที่ 3 การพัฒนาตนเองและวิชาชีพ", "Area 3: self and professional development"),
}
# The 15 items the committee scores with PA 2/ส (CONTRACT.md, "Domain in one page").
ITEMS = {
    "1.1": ("หลักสูตร", "curriculum"),
    "1.2": ("ออกแบบการจัดการเรียนรู้", "learning design"),
    "1.3": ("จัดกิจกรรมการเรียนรู้", "learning activities"),
    "1.4": ("สื่อ นวัตกรรม เทคโนโลยี แหล่งเรียนรู้", "media, innovation, technology, sources"),
    "1.5": ("วัดและประเมินผล", "measurement and evaluation"),
    "1.6": ("ศึกษา วิเคราะห์ สังเคราะห์ (วิจัย)", "study, analysis, synthesis (research)"),
    "1.7": ("บรรยากาศ", "classroom atmosphere"),
    "1.8": ("อบรมคุณลักษณะ", "character education"),
    "2.1": ("สารสนเทศผู้เรียนและรายวิชา", "learner and course information"),
    "2.2": ("ระบบดูแลช่วยเหลือ", "student support system"),
    "2.3": ("งานวิชาการและงานอื่นของสถานศึกษา", "academic and other school work"),
    "2.4": ("ประสานผู้ปกครอง ภาคีเครือข่าย", "parents and network partners"),
    "3.1": ("พัฒนาตนเอง", "self-development"),
    "3.2": ("แลกเปลี่ยนเรียนรู้ (PLC)", "knowledge exchange (PLC)"),
    "3.3": ("นำความรู้มาใช้", "applying what was learned"),
}
# THE words for the three severities, in every place a person reads them: the page, the HTML and
# text reports, Word comments, the spreadsheet and the batch table (CONTRACT.md: error = the
# committee cannot accept it as it is, warning = likely to lose points, info = worth improving).
SEVERITIES = {
    Severity.ERROR: ("ต้องแก้ไข", "Must fix"),
    Severity.WARNING: ("ควรแก้ไข", "Likely to lose points"),
    Severity.INFO: ("ข้อแนะนำ", "Worth improving"),
}
# The same words keyed by the JSON value (`"error"`), for renderers that read report JSON.
SEVERITY_WORDS = {k.value: v for k, v in SEVERITIES.items()}


def severity_counts(errors: int, warnings: int, infos: int) -> tuple[str, str]:
    """("ต้องแก้ไข 1 · ควรแก้ไข 2 · ข้อแนะนำ 0", "Must fix 1 · Likely to lose points 2 · …")."""
    counts = (errors, warnings, infos)
    return (" · ".join(f"{th} {n}" for (th, _), n in zip(SEVERITIES.values(), counts)),
            " · ".join(f"{en} {n}" for (_, en), n in zip(SEVERITIES.values(), counts)))
FIELDS = {
    "tasks": ("งาน", "tasks"), "outcomes": ("ผลลัพธ์", "outcomes"),
    "indicators": ("ตัวชี้วัด", "indicators"), "title": ("ชื่อเรื่อง", "title"),
    "problem": ("สภาพปัญหา", "problem"), "method": ("วิธีการดำเนินการ", "method"),
    "quantitative": ("ผลลัพธ์เชิงปริมาณ", "quantitative results"),
    "qualitative": ("ผลลัพธ์เชิงคุณภาพ", "qualitative results"),
    "name": ("ชื่อ", "name"), "rank": ("วิทยฐานะ", "rank"), "school": ("สถานศึกษา", "school"),
    "fiscal_year": ("ปีงบประมาณ", "fiscal year"), "salary_band": ("อันดับ คศ.", "salary band"),
    "period": ("ระยะเวลา", "period"), "classroom_types": ("ประเภทห้องเรียน", "classroom types"),
    "teaching": ("ชั่วโมงสอน", "teaching hours"), "support": ("งานส่งเสริมฯ", "support"),
    "quality": ("งานพัฒนาคุณภาพฯ", "school quality work"), "policy": ("งานตอบสนองนโยบาย", "policy work"),
    "total": ("รวม", "total"),
}


def level_names(level: str | None) -> tuple[str, str] | None:
    if not level:
        return None
    try:
        from models.rubric import levels
        entry = levels()[LevelId(level)]
        return entry.th, entry.en
    except (KeyError, ValueError):
        return level, level


def item_label(code: object) -> tuple[str, str] | None:
    """("ข้อ 1.5 วัดและประเมินผล", "item 1.5 measurement and evaluation") for a PA 2/ส item code."""
    code = str(code or "")
    if code not in ITEMS:
        return None
    th, en = ITEMS[code]
    return f"ข้อ {code} {th}", f"item {code} {en}"


def location_label(loc: Location, details: dict | None = None) -> tuple[str, str]:
    """Where a finding is, as people say it.

    A Part 1 finding that names its item (`details.item`: the uncovered item, or the item of the
    row in a one-row-per-item table) says "ตัวชี้วัด ข้อ 1.5 วัดและประเมินผล"; else a list entry is
    counted from 1: "ตัวชี้วัด ข้อ 2" / "indicators #2".
    """
    th, en = FIELDS.get(loc.field or "", (loc.field or "", loc.field or ""))
    item = item_label((details or {}).get("item")) if loc.part == "part1" else None
    if item is not None:
        th, en = f"{th} {item[0]}", f"{en}, {item[1]}"
    elif loc.index is not None:
        th, en = f"{th} ข้อ {loc.index + 1}", f"{en} #{loc.index + 1}"
    return th.strip(), en.strip().lstrip(", ")


def field_text(document: Pa1Document | None, loc: Location) -> str | None:
    """The whole string a finding's location points at, to show its excerpt in context."""
    if document is None or not loc.field:
        return None
    value = None
    if loc.part == "part1" and loc.area:
        area = document.part1.area(loc.area)
        value = getattr(area, loc.field, None) if area else None
    elif loc.part == "part2" and document.part2 is not None:
        value = getattr(document.part2, loc.field, None)
    elif loc.part == "header":
        value = getattr(document.header, loc.field, None)
    if isinstance(value, list):
        if loc.index is not None and 0 <= loc.index < len(value):
            value = value[loc.index]
        else:
            return None
    return value if isinstance(value, str) else None


@dataclass
class Group:
    key: str
    title_th: str
    title_en: str
    findings: list[Finding] = field(default_factory=list)


def groups(report: Report) -> list[Group]:
    """Findings grouped by part, and Part 1 by area, in the report's (deterministic) order of parts."""
    out: dict[str, Group] = {}
    for part in PARTS:
        for f in report.findings:
            if f.location.part != part:
                continue
            area = f.location.area if part == "part1" else None
            key = f"{part}.{area}" if area else part
            if key not in out:
                th, en = PARTS[part]
                if area in AREAS:
                    th, en = f"{th} · {AREAS[area][0]}", f"{en} · {AREAS[area][1]}"
                out[key] = Group(key, th, en)
            out[key].findings.append(f)
    order = list(PARTS)
    return sorted(out.values(), key=lambda g: (order.index(g.key.split(".")[0]), g.key))


@dataclass
class Committee:
    """What the PA 2/ส committee looks at first: the 15 items and the challenge's level."""

    items: list[tuple[str, str, str, bool]]  # code, Thai name, English name, covered
    expected_level: tuple[str, str] | None
    detected_level: tuple[str, str] | None
    level_ok: bool | None  # None: unknown

    @property
    def covered(self) -> int:
        return sum(1 for *_, ok in self.items if ok)


# Findings that stop the review at the gate: the content was not judged, so no coverage is shown.
GATE_RULES = ("document.not-pa1", "document.low-text-quality")


def committee(report: Report) -> Committee | None:
    if report.document is None or any(f.rule in GATE_RULES for f in report.findings):
        return None
    stated: set[str] = set()
    for area in report.document.part1.areas:
        stated.update(code for code, tasks in area.items.items() if tasks)
    uncovered = {str(f.details.get("item")) for f in report.findings
                 if f.rule == "part1.item-uncovered" and f.details.get("item")}
    items = [(code, th, en, (code in stated) and code not in uncovered)
             for code, (th, en) in ITEMS.items()]
    detected, level_ok = None, None
    below = next((f for f in report.findings if f.rule == "challenge.level-below-expected"), None)
    if below is not None:
        detected, level_ok = level_names(below.details.get("detected")), False
    elif report.document.part2 is not None and report.expected_level is not None:
        level_ok = True
    return Committee(items, level_names(report.expected_level), detected, level_ok)

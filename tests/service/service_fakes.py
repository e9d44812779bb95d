"""A hand-built PA1 DOCX with a known layout, and stand-ins for the readers and the checks.

Until the real readers and checks land (and independently of them afterwards), service tests
patch `service.pipeline.extract` / `service.pipeline._run_checks` with these, so what is under
test is the service itself: pipeline flow, API, CLI, annotation, page.
"""

from __future__ import annotations

import io

import docx

from extractors import Extraction
from extractors.raw import RawDocument
from models.document import (Area, Challenge, Header, Pa1Document, Part1, RankId, SourceRef,
                             Workload, field_key)
from models.findings import Finding, Location, Severity
from models.thai.quality import text_quality

TITLE = "แบบข้อตกลงในการพัฒนางาน (PA 1/ส)"
NAME = "นางสาวมณี รักเรียน"
TASKS_1 = ["วิเคราะห์หลักสูตรรายวิชาคณิตศาสตร์", "ออกแบบหน่วยการเรียนรู้แบบ Active Learning"]
INDICATORS_1 = ["นักเรียนร้อยละ 80 มีผลสัมฤทธิ์ระดับดีขึ้นไป", "ร้อยละของนักเรียนที่อธิบายขั้นตอนได้"]
TASKS_2 = ["จัดทำข้อมูลสารสนเทศผู้เรียน"]
TASKS_3 = ["เข้าร่วมชุมชนการเรียนรู้ทางวิชาชีพ (PLC)"]
CHALLENGE = "การพัฒนาทักษะการแก้โจทย์ปัญหาคณิตศาสตร์ของนักเรียนชั้นประถมศึกษาปีที่ 4"
EXCERPT = "ร้อยละของนักเรียน"


def build_docx() -> bytes:
    """Body paragraphs 0..4, one Part 1 table (header row + 3 area rows), Part 2 paragraphs."""
    d = docx.Document()
    d.add_paragraph(TITLE)                                   # p0
    p = d.add_paragraph("ชื่อ ")                              # p1: name split over two runs
    p.add_run(NAME)
    d.add_paragraph("ตำแหน่ง ครู วิทยฐานะ ครูชำนาญการ")          # p2
    d.add_paragraph("ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง")  # p3
    table = d.add_table(rows=4, cols=4)                      # t0
    for i, h in enumerate(["ลักษณะงาน", "งาน (Tasks)", "ผลลัพธ์ (Outcomes)", "ตัวชี้วัด (Indicators)"]):
        table.cell(0, i).text = h
    areas = [("1. ด้านการจัดการเรียนรู้", TASKS_1, INDICATORS_1),
             ("2. ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้", TASKS_2, ["นักเรียนร้อยละ 90 ได้รับการดูแล"]),
             ("3. ด้านการพัฒนาตนเองและวิชาชีพ", TASKS_3, ["ครูนำความรู้มาใช้ 2 เรื่อง"])]
    for row, (label, tasks, indicators) in enumerate(areas, start=1):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = "\n".join(tasks)
        table.cell(row, 2).text = "นักเรียนมีทักษะดีขึ้น"
        cell = table.cell(row, 3)
        cell.paragraphs[0].text = indicators[0]
        for extra in indicators[1:]:
            q = cell.add_paragraph("")
            q.add_run(extra[:5])          # the indicator split over runs: anchoring must still work
            q.add_run(extra[5:])
    d.add_paragraph("ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย")     # p4
    d.add_paragraph(f"ประเด็นท้าทาย เรื่อง {CHALLENGE}")                 # p5
    d.add_paragraph("1. สภาพปัญหา นักเรียนแก้โจทย์ปัญหาไม่ได้")              # p6
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _cell(row: int, col: int, line: int = 0) -> SourceRef:
    return SourceRef(kind="cell", table=0, row=row, cell=col, line=line)


def document() -> Pa1Document:
    sources = {
        field_key("header", "name"): SourceRef(kind="paragraph", paragraph=1),
        field_key("header", "rank"): SourceRef(kind="paragraph", paragraph=2),
        field_key("part2", "title"): SourceRef(kind="paragraph", paragraph=5),
        field_key("part2", "problem"): SourceRef(kind="paragraph", paragraph=6),
    }
    for area, tasks, indicators in ((1, TASKS_1, INDICATORS_1), (2, TASKS_2, ["x"]), (3, TASKS_3, ["x"])):
        for i, _ in enumerate(tasks):
            sources[field_key("part1", "tasks", area, i)] = _cell(area, 1, i)
        for i, _ in enumerate(indicators):
            sources[field_key("part1", "indicators", area, i)] = _cell(area, 3, i)
    return Pa1Document(
        header=Header(name=NAME, position="ครู", rank=RankId.PROFESSIONAL, salary_band="คศ.2"),
        workload=Workload(teaching=18, total=25),
        part1=Part1(areas=[
            Area(area=1, tasks=TASKS_1, outcomes=["นักเรียนมีทักษะดีขึ้น"], indicators=INDICATORS_1,
                 items={"1.1": [0], "1.2": [1]}),
            Area(area=2, tasks=TASKS_2, outcomes=["นักเรียนมีทักษะดีขึ้น"],
                 indicators=["นักเรียนร้อยละ 90 ได้รับการดูแล"], items={"2.1": [0]}),
            Area(area=3, tasks=TASKS_3, outcomes=["นักเรียนมีทักษะดีขึ้น"],
                 indicators=["ครูนำความรู้มาใช้ 2 เรื่อง"], items={"3.2": [0]}),
        ]),
        part2=Challenge(title=CHALLENGE, problem="นักเรียนแก้โจทย์ปัญหาไม่ได้"),
        sources=sources, layout="area-rows")


def fake_extract(data: bytes, filename: str = "", *, limits=None) -> Extraction:
    """Reads the bytes for real only to refuse what is not a DOCX; the document is known."""
    docx.Document(io.BytesIO(data))
    text = "\n".join([TITLE, NAME, *TASKS_1, *INDICATORS_1, CHALLENGE])
    return Extraction(format="docx", raw=RawDocument(format="docx", blocks=[]), document=document(),
                      text=text, quality=text_quality(text), pages=1, is_pa1=True)


def findings() -> list[Finding]:
    return [
        Finding(rule="indicator.no-target", severity=Severity.WARNING,
                message_th="ตัวชี้วัดไม่มีค่าเป้าหมาย", message_en="The indicator has no numeric target.",
                location=Location(part="part1", area=1, field="indicators", index=1),
                excerpt=EXCERPT, suggestion_th="นักเรียนร้อยละ 80 อธิบายขั้นตอนได้ถูกต้อง"),
        Finding(rule="part1.item-uncovered", severity=Severity.WARNING,
                message_th="ไม่มีงานใดตอบตัวชี้วัด 2.4", message_en="No task addresses item 2.4.",
                location=Location(part="part1", area=2, field="tasks"), details={"item": "2.4"}),
        Finding(rule="challenge.section-missing", severity=Severity.ERROR,
                message_th="ไม่มีผลลัพธ์เชิงคุณภาพ", message_en="The qualitative result is missing.",
                location=Location(part="part2", field="qualitative"), details={"section": "qualitative"}),
        Finding(rule="header.missing-field", severity=Severity.ERROR,
                message_th="ไม่ระบุปีงบประมาณ", message_en="The fiscal year is missing.",
                location=Location(part="header", field="fiscal_year")),
    ]


def fake_checks(document, extraction, rank, level) -> list[Finding]:
    return list(reversed(findings()))  # reversed: the pipeline must sort


def install(monkeypatch) -> None:
    import service.pipeline as pipeline

    monkeypatch.setattr(pipeline, "extract", fake_extract)
    monkeypatch.setattr(pipeline, "_run_checks", fake_checks)

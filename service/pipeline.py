"""The one review use case the CLI, the HTTP API and the batch runner all call.

sha256 → extractors.extract → CheckContext → models.checks.run → deterministic sort → summary.
Document bytes stay in memory; nothing here logs document content.
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import logging
import re
from typing import Any

from extractors import Extraction, extract
from extractors.errors import UnreadableFile
from extractors.sniff import Limits, detect_format
from models.document import LevelId, Pa1Document, RankId
from models.findings import Finding, without_absent_english
from models.rubric import expected_level as rubric_expected_level
from service.report import Report, Summary
from service.row_items import with_row_items

log = logging.getLogger(__name__)

__all__ = ["review", "extract_only", "read", "report_for", "UnreadableFile"]


def _internal(exc: BaseException, stage: str = "reader") -> UnreadableFile:
    # The exception type and where it was raised only: a message could quote document content.
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb is not None else "?"
    log.error("%s failed with %s at %s", stage, type(exc).__name__, where)
    return UnreadableFile(
        "internal",
        "ระบบอ่านไฟล์นี้ไม่สำเร็จเนื่องจากข้อผิดพลาดภายใน กรุณาลองบันทึกไฟล์ใหม่ (เช่น Save As .docx หรือ PDF) แล้วอัปโหลดอีกครั้ง",
        "The file could not be read because of an internal error. Try saving it again "
        "(Save As .docx or PDF) and uploading it once more.",
        status=422,
    )


def read(data: bytes, filename: str = "", *, limits: Limits | None = None) -> Extraction:
    """Run the readers. Raises UnreadableFile for every file that cannot be read."""
    limits = limits or Limits()
    try:
        detect_format(data, limits)  # cheap: empty, too large, wrong type, corrupt zip, zip bomb
        return extract(data, filename, limits=limits)
    except UnreadableFile:
        raise
    except MemoryError:
        raise UnreadableFile("too-large", "ไฟล์ใหญ่หรือซับซ้อนเกินกว่าที่ระบบจะอ่านได้",
                             "The file is too large or complex to read.", status=413) from None
    except Exception as exc:  # noqa: BLE001 - any reader bug is the file's 4xx, never a 500
        raise _internal(exc) from None


def extract_only(data: bytes, filename: str = "", *, limits: Limits | None = None
                 ) -> Pa1Document | None:
    """The document object alone (None when the file is readable but not a PA1)."""
    extraction = read(data, filename, limits=limits)
    return _with_items(extraction.document) if extraction.document is not None else None


def review(data: bytes, filename: str, *, rank: RankId | str | None = None,
           limits: Limits | None = None) -> Report:
    """Review one file. Raises UnreadableFile (Thai + English reason) when it cannot be read."""
    sha = hashlib.sha256(data).hexdigest()
    extraction = read(data, filename, limits=limits)
    return report_for(extraction, filename, sha, rank=rank)


def report_for(extraction: Extraction, filename: str, sha256: str, *,
               rank: RankId | str | None = None) -> Report:
    """Checks + sort + summary for an extraction already made."""
    document = extraction.document
    if document is not None:
        document = _with_items(document)
    effective_rank = _rank(rank, document)
    level = rubric_expected_level(effective_rank) if effective_rank is not None else None
    try:
        findings = _run_checks(document, extraction, effective_rank, level)
    except Exception as exc:  # noqa: BLE001 - an engine bug on one file: that file's 4xx / exit 2
        raise _internal(exc, "checks") from None
    findings = sorted(_as_written(with_row_items(document, findings), extraction), key=Finding.sort_key)
    return Report(file=_display_name(filename), sha256=sha256,
                  document=document if extraction.is_pa1 else None,
                  expected_level=level, findings=findings, summary=Summary.of(findings))


def _display_name(filename: str) -> str:
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    return name or "upload"


def _rank(rank: RankId | str | None, document: Pa1Document | None) -> RankId | None:
    if rank:
        return RankId(rank)
    if document is not None:
        return document.header.rank
    return None


def _with_items(document: Pa1Document) -> Pa1Document:
    """Fill Part 1 `items` the layout did not state, from the item classifier (when it exists).

    Areas whose items the layout stated (one row per item) are kept as they are.
    """
    if not any(a.tasks and not a.items for a in document.part1.areas):
        return document
    try:
        from models.classifiers.item_mapper import map_items
    except ImportError:
        return document
    areas = []
    for area in document.part1.areas:
        if area.tasks and not area.items:
            try:
                found = map_items(area.area, list(area.tasks))
            except Exception as exc:  # noqa: BLE001 - enrichment is optional; never fail a review on it
                log.warning("item mapping skipped: %s", type(exc).__name__)
                return document
            area = area.model_copy(update={"items": {k: list(v) for k, v in found.items()}})
        areas.append(area)
    return document.model_copy(update={"part1": document.part1.model_copy(update={"areas": areas})})


def _run_checks(document: Pa1Document | None, extraction: Extraction, rank: RankId | None,
                level: LevelId | None) -> list[Finding]:
    from models.checks import run
    from models.checks.context import CheckContext

    available: dict[str, Any] = {
        "rank": rank, "expected_level": level, "quality": extraction.quality,
        "is_pa1": extraction.is_pa1, "extraction": extraction, "document": document,
        "text": extraction.text, "format": extraction.format,
        "pa1_evidence": extraction.pa1_evidence, "school_type": None,
    }
    ctx = CheckContext(**_accepted(CheckContext, available))
    return list(run(document, ctx))


_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def _written_pattern(excerpt: str) -> re.Pattern[str]:
    """`excerpt` with each digit matching its Arabic or Thai form and each space any run of spaces."""
    parts = []
    for ch in excerpt:
        if ch.isdigit() and ch.isascii():
            parts.append(f"[{ch}{_THAI_DIGITS[int(ch)]}]")
        elif ch in _THAI_DIGITS:
            parts.append(f"[{ch}{_THAI_DIGITS.index(ch)}]")
        elif ch.isspace():
            parts.append(r"\s*")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts))


def _as_written(findings: list[Finding], extraction: Extraction) -> list[Finding]:
    """The contract's excerpt is an exact substring of the document's text.  A check may quote a
    value in its canonical form (`คศ.1` for a band written `คศ.๑`): such an excerpt is replaced by
    the text as written, found by digits of either script and spacing.  Excerpts already in the
    text, or not found at all, are left as they are."""
    paragraphs: list[str] | None = None
    out = []
    for f in findings:
        if f.excerpt and len(f.excerpt) <= 400:
            if paragraphs is None:
                paragraphs = [p.text for p in extraction.raw.iter_paragraphs()]
            if not any(f.excerpt in t for t in paragraphs):
                pattern = _written_pattern(f.excerpt)
                hit = next((m.group(0) for t in paragraphs if (m := pattern.search(t))), None)
                if hit:
                    f = f.model_copy(update={"excerpt": hit})
        out.append(f)
    return out


def _accepted(cls: type, available: dict[str, Any]) -> dict[str, Any]:
    """The subset of `available` that `cls(...)` takes (dataclass, pydantic model or plain class)."""
    if dataclasses.is_dataclass(cls):
        names = {f.name for f in dataclasses.fields(cls) if f.init}
    elif hasattr(cls, "model_fields"):
        names = set(cls.model_fields)
    else:
        params = inspect.signature(cls).parameters.values()
        if any(p.kind is p.VAR_KEYWORD for p in params):
            return dict(available)
        names = {p.name for p in params}
    return {k: v for k, v in available.items() if k in names}


TEXT_KINDS = ("indicator", "outcome", "challenge")


def check_text(text: str, kind: str, *, rank: RankId | str | None = None, area: int = 1,
               classroom_type: str | None = None) -> dict[str, Any]:
    """One statement checked alone: {"findings": [...], "level": LEVEL_OR_NULL, "suggestion_th": ...,
    "suggestion_en": ...} (suggestion_en: the rewrite of a statement written in English).
    `classroom_type` (`early_childhood`, … as in the report's header.classroom_types; default none)
    says whose statement it is: `early_childhood` makes the suggestions say เด็ก, not นักเรียน.

    Delegates to models.checks.text.check_text; shapes its answer as the contract's object.
    """
    if kind not in TEXT_KINDS:
        raise ValueError(f"kind must be one of {TEXT_KINDS}")
    from models.checks.text import check_text as engine

    rank_id = RankId(rank) if rank else None
    params = inspect.signature(engine).parameters
    names = list(params)
    kwargs: dict[str, Any] = {}
    args: list[Any] = [text]
    kind_name = next((n for n in ("as_", "kind", "as", "role", "what") if n in params), None)
    if kind_name and params[kind_name].kind is not inspect.Parameter.POSITIONAL_ONLY \
            and names.index(kind_name) != 1:
        kwargs[kind_name] = kind
    else:
        args.append(kind)
    for name, value in (("rank", rank_id), ("area", area), ("classroom_type", classroom_type)):
        if name in params or any(p.kind is p.VAR_KEYWORD for p in params.values()):
            kwargs[name] = value
    result = engine(*args, **kwargs)
    return _text_result(result)


def _text_result(result: Any) -> dict[str, Any]:
    if callable(getattr(result, "dump", None)):
        data = result.dump()
    elif hasattr(result, "model_dump"):
        data = result.model_dump(mode="json")
    elif dataclasses.is_dataclass(result):
        data = dataclasses.asdict(result)
    elif isinstance(result, dict):
        data = dict(result)
    else:  # a bare list of findings
        data = {"findings": list(result)}
    findings = sorted((f if isinstance(f, Finding) else Finding.model_validate(f)
                       for f in data.get("findings", [])), key=Finding.sort_key)
    level = data.get("level")
    return without_absent_english({
        "findings": [f.model_dump(mode="json") for f in findings],
        "level": str(level.value if hasattr(level, "value") else level) if level else None,
        "suggestion_th": data.get("suggestion_th"), "suggestion_en": data.get("suggestion_en")})


def warm_up() -> float:
    """Load the readers, the Thai tokeniser and the classifiers once, so the first teacher's
    review is as fast as the others. Returns the seconds it took; never raises."""
    import io
    import time

    start = time.perf_counter()
    try:
        import docx

        d = docx.Document()
        for line in ("แบบข้อตกลงในการพัฒนางาน (PA 1/ส)", "ปีงบประมาณ พ.ศ. 2567",
                     "ระหว่างวันที่ 1 ตุลาคม 2566 ถึงวันที่ 30 กันยายน 2567",
                     "ชื่อ นางสาวมณี นามสกุล รักเรียน ตำแหน่ง ครู วิทยฐานะ ชำนาญการ",
                     "สถานศึกษา โรงเรียนบ้านหนองบัว สังกัด สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1",
                     "รับเงินเดือนในอันดับ คศ.2", "☑ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน",
                     "ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง",
                     "1.1 ชั่วโมงสอนตามตารางสอน รวมจำนวน 18 ชั่วโมง/สัปดาห์",
                     "1.2 งานส่งเสริมและสนับสนุนการจัดการเรียนรู้ จำนวน 4 ชั่วโมง/สัปดาห์"):
            d.add_paragraph(line)
        table = d.add_table(rows=4, cols=4)
        for i, text in enumerate(("ลักษณะงานที่เสนอให้ครอบคลุม", "งาน (Tasks)", "ผลลัพธ์ (Outcomes)",
                                  "ตัวชี้วัด (Indicators)")):
            table.cell(0, i).text = text
        for row, label in enumerate(("1. ด้านการจัดการเรียนรู้",
                                     "2. ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้",
                                     "3. ด้านการพัฒนาตนเองและวิชาชีพ"), start=1):
            table.cell(row, 0).text = label
            table.cell(row, 1).text = "1. ออกแบบการจัดการเรียนรู้แบบ Active Learning"
            table.cell(row, 2).text = "1. นักเรียนมีทักษะการคิดวิเคราะห์ดีขึ้น"
            table.cell(row, 3).text = "1. ร้อยละของนักเรียนที่มีผลสัมฤทธิ์สูงขึ้น"
        for line in ("ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทาย",
                     "ประเด็นท้าทาย เรื่อง การพัฒนาทักษะการอ่านของนักเรียนชั้นประถมศึกษาปีที่ 2",
                     "1. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้", "นักเรียนร้อยละ 40 อ่านไม่คล่อง",
                     "2. วิธีการดำเนินการให้บรรลุผล", "1) ศึกษาสภาพปัญหา", "2) ประเมินผล",
                     "3. ผลลัพธ์การพัฒนาที่คาดหวัง", "3.1 เชิงปริมาณ", "นักเรียนร้อยละ 80 อ่านคล่อง",
                     "3.2 เชิงคุณภาพ", "นักเรียนอ่านได้ดีขึ้น"):
            d.add_paragraph(line)
        buf = io.BytesIO()
        d.save(buf)
        review(buf.getvalue(), "warm-up.docx")
        # every classifier, not only those the sample document happened to need (a model whose
        # artifact does not verify is trained at first use: that cost belongs here, not to a file)
        from models.classifiers import NAMES, load

        for name in NAMES:
            load(name)
        import extractors.pdf  # noqa: F401 - the PDF reader and the default Thai dictionary it uses
        from pythainlp.tokenize import word_tokenize

        word_tokenize("การพัฒนาทักษะการอ่าน")
    except Exception as exc:  # noqa: BLE001 - a warm-up failure only costs the first request time
        log.info("warm-up incomplete: %s", type(exc).__name__)
    return time.perf_counter() - start

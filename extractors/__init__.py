"""bytes → RawDocument → Pa1Document.  `extract()` is the only entry point others use."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.budget import Budget
from extractors.errors import UnreadableFile
from extractors.raw import RawDocument
from extractors.sniff import Format, Limits, detect_format
from models.document import Pa1Document
from models.thai.quality import TextQuality, text_quality

__all__ = ["Extraction", "Limits", "UnreadableFile", "extract"]


@dataclass(frozen=True)
class Extraction:
    """What the readers return: the document (None when the file is not a PA1) and what the
    gate checks need (`document.not-pa1`, `document.low-text-quality`)."""

    format: Format
    raw: RawDocument
    document: Pa1Document | None
    text: str  # the whole normalised text, reading order
    quality: TextQuality
    pages: int
    is_pa1: bool
    pa1_evidence: tuple[str, ...] = ()


def read_raw(data: bytes, limits: Limits = Limits()) -> RawDocument:
    fmt = detect_format(data, limits)
    budget = Budget(limits.seconds)
    if fmt == "pdf":
        from extractors.pdf import read_pdf
        return read_pdf(data, limits=limits, budget=budget)
    from extractors.docx import read_docx
    return read_docx(data, limits=limits, budget=budget)


def extract(data: bytes, filename: str = "", *, limits: Limits = Limits()) -> Extraction:
    """Read a DOCX or PDF. Raises UnreadableFile (with Thai and English reasons) when it cannot."""
    from extractors.pa1 import parse
    from models.classifiers.pa1_detector import detect

    raw = read_raw(data, limits)
    text = raw.text
    quality = text_quality(text, cross_check=raw.cross_check_text)
    verdict = detect(text)
    document = parse(raw) if verdict.label else None
    return Extraction(format=raw.format, raw=raw, document=document, text=text, quality=quality,
                      pages=raw.pages, is_pa1=bool(verdict.label),
                      pa1_evidence=tuple(verdict.evidence))

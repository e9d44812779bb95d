"""RawDocument → Pa1Document: the PA1 form read part by part, for DOCX and PDF alike.

`parse()` never raises on odd input: a part it cannot read stays empty and its confidence
says so.  Every value it fills has a SourceRef in `sources` and a score in `confidence`,
keyed by `models.document.field_key()`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from extractors.pa1.header import parse_header
from extractors.pa1.part1 import Part1Result, parse_part1_paragraphs, parse_part1_tables
from extractors.pa1.part2 import parse_part2
from extractors.pa1.sections import TASKS_HEADING, Line, find_regions, linearise
from extractors.pa1.workload import parse_workload
from extractors.raw import Paragraph, RawDocument
from models.document import Header, Pa1Document, Part1, SourceRef, Workload

__all__ = ["parse"]

log = logging.getLogger(__name__)


@contextmanager
def _guarded(part: str, confidence: dict[str, float] | None = None,
             key: str | None = None) -> Iterator[None]:
    """Run one step of the reading; if it raises, log `part` and the exception type only (messages
    may quote document text), set `confidence[key]` to 0.0 and go on after the `with` block: an odd
    document must not stop the review."""
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - an odd document must not stop the review
        log.error("%s failed: %s", part, type(exc).__name__)
        if confidence is not None and key is not None:
            confidence[key] = 0.0


def _refs(prefix: str, sources: dict[str, Paragraph]) -> dict[str, SourceRef]:
    out = {}
    for key, p in sources.items():
        full = key if key.startswith(prefix + ".") or key == prefix else f"{prefix}.{key}"
        out[full] = p.ref
    return out


def _prefixed(prefix: str, conf: dict[str, float]) -> dict[str, float]:
    return {(k if k.startswith(prefix + ".") else f"{prefix}.{k}"): v for k, v in conf.items()}


def parse(raw: RawDocument) -> Pa1Document:
    """The PA1 form read from a RawDocument; never raises (an unreadable part stays empty)."""
    with _guarded("pa1: parse"):
        return _parse(raw)
    return Pa1Document(confidence={"document": 0.0})


def _parse(raw: RawDocument) -> Pa1Document:
    sources: dict[str, SourceRef] = {}
    confidence: dict[str, float] = {}
    lines: list[Line] | None = None
    with _guarded("pa1: could not linearise the document"):
        lines = linearise(raw)
    if lines is None:
        return Pa1Document(confidence={"document": 0.0})

    pre = find_regions(lines, set())
    start_block = lines[pre.part1_start].block if pre.part1_start is not None else 0
    end_block = lines[pre.part2_start].block if pre.part2_start is not None else len(raw.blocks)
    if pre.part2_start is not None and lines[pre.part2_start].in_table and end_block == start_block:
        end_block = len(raw.blocks)

    part1: Part1Result | None = None
    with _guarded("pa1: part 1 tables", confidence, "part1"):
        part1 = parse_part1_tables(raw, start_block, max(end_block, start_block + 1))
    tables = part1.tables if part1 else set()
    regions = find_regions(lines, tables)

    header_lines = [ln for ln in lines[:regions.header_end] if ln.block not in tables]
    header = Header()
    with _guarded("pa1: header", confidence, "header"):
        h = parse_header(header_lines, lines)
        header = h.header
        sources.update(_refs("header", h.sources))
        confidence.update(_prefixed("header", h.confidence))

    # workload: from the Part 1 heading to the Part 1 table / "2. งานที่จะปฏิบัติ…" / Part 2
    wl_start = (regions.part1_start + 1) if regions.part1_start is not None else regions.header_end
    wl_end = regions.part2_start if regions.part2_start is not None else regions.end
    first_table_line = next((i for i in range(wl_start, wl_end) if lines[i].block in tables), wl_end)
    workload = Workload()
    with _guarded("pa1: workload", confidence, "workload"):
        w = parse_workload(lines[wl_start:first_table_line])
        workload = w.workload
        sources.update(_refs("workload", w.sources))
        confidence.update(_prefixed("workload", w.confidence))

    if part1 is None or not part1.areas:
        with _guarded("pa1: part 1 paragraphs", confidence, "part1"):
            tasks_at = next((i for i in range(wl_start, wl_end)
                             if TASKS_HEADING.match(lines[i].key)), wl_start)
            para = parse_part1_paragraphs(lines[tasks_at:wl_end], pdf=raw.format == "pdf")
            if para is not None:
                part1 = para
    part1_model = Part1()
    layout = None
    if part1 is not None:
        part1_model = Part1(areas=part1.areas)
        layout = part1.layout
        sources.update(_refs("part1", part1.sources))
        confidence.update(part1.confidence)

    part2 = None
    if regions.part2_start is not None:
        with _guarded("pa1: part 2", confidence, "part2"):
            p2 = parse_part2(_after_tables(lines[regions.part2_start:], tables), pdf=raw.format == "pdf")
            part2 = p2.challenge
            sources.update(_refs("part2", p2.sources))
            confidence.update(p2.confidence)

    # anchors for findings about something absent: the headings the parts start at
    anchors = {"header": 0 if lines else None, "part1": regions.part1_start, "part2": regions.part2_start}
    for key, index in anchors.items():
        if index is not None and lines[index].first is not None:
            sources.setdefault(key, lines[index].first.ref)
    for key, ref in list(sources.items()):
        confidence.setdefault(key, 1.0)
    return Pa1Document(header=header, workload=workload, part1=part1_model, part2=part2,
                       sources=sources, confidence=confidence, layout=layout)


def _after_tables(lines: list[Line], tables: set[int]) -> list[Line]:
    return [ln for ln in lines if ln.block not in tables]


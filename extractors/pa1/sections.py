"""The document in reading order as lines, and where the parts of the form begin and end.

A `Line` is one body paragraph (or one soft-broken line of it) or one table row read across
(cells joined with two spaces, so a header written in a borderless 2-column table reads like
"ชื่อ  นายสมชาย ใจดี").  Each line remembers which paragraph every stretch of its text came
from, so a value found in it gets the right SourceRef.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractors.raw import Cell, Paragraph, RawDocument, Table
from models.thai.normalize import to_arabic_digits

SEP = "  "


@dataclass
class Line:
    text: str
    spans: list[tuple[int, int, Paragraph]] = field(default_factory=list)
    block: int = 0  # index of the top-level block it came from
    in_table: bool = False
    lead: bool = True  # the first line of its paragraph (where Word's label stands)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for start, end, p in self.spans:
            if start <= offset < end:
                return p
        return self.spans[-1][2] if self.spans else None

    @property
    def first(self) -> Paragraph | None:
        return self.spans[0][2] if self.spans else None

    @property
    def confidence(self) -> float:
        return min((p.confidence for _, _, p in self.spans), default=1.0)

    @property
    def key(self) -> str:
        """The line without spaces and with Arabic digits, for heading tests; Word's own
        numbering label ("ส่วนที่ 1" as a list label) comes first."""
        label = self.first.label if self.first is not None and self.spans[0][0] == 0 and self.lead else None
        return to_arabic_digits(re.sub(r"\s+", "", (label or "") + self.text))


def _join(pieces: list[tuple[str, Paragraph]], block: int, in_table: bool) -> Line:
    text, spans = "", []
    for t, p in pieces:
        if text:
            text += SEP
        spans.append((len(text), len(text) + len(t), p))
        text += t
    return Line(text, spans, block, in_table)


def _cell_lines(cell: Cell) -> list[tuple[str, Paragraph, bool]]:
    """(text, paragraph, first line of that paragraph) for each line of a cell."""
    out = []
    for p in cell.paragraphs:
        for j, piece in enumerate(x for x in p.text.split("\n") if x.strip()):
            out.append((piece.strip(), p, j == 0))
    return out


def _line(pieces: list[tuple[str, Paragraph, bool]], block: int) -> Line:
    line = _join([(t, p) for t, p, _ in pieces], block, True)
    line.lead = pieces[0][2]
    return line


def table_lines(table: Table, block: int) -> list[Line]:
    lines: list[Line] = []
    for row in table.rows:
        cells = [c for c in (_cell_lines(c) for c in row.cells) if c]
        if not cells:
            continue
        if all(len(c) == 1 for c in cells):
            lines.append(_line([c[0] for c in cells], block))
        elif len(cells) > 1 and len({len(c) for c in cells}) == 1:
            for pieces in zip(*cells):
                lines.append(_line(list(pieces), block))
        elif len(cells) > 1:
            # first lines read across ("1.1 ชั่วโมงสอน…  ๑๕"), then the rest of each cell
            lines.append(_line([c[0] for c in cells], block))
            for c in cells:
                for piece in c[1:]:
                    lines.append(_line([piece], block))
        else:
            for piece in cells[0]:
                lines.append(_line([piece], block))
    return lines


# The form's own headings, distinctive enough to be found inside a paragraph: a PDF reader may
# join the last line of a list with the heading under it ("…8 ใน 10 ข้อส่วนที่ 2 ข้อตกลง…").
_N = r"(?<![0-9๐-๙.])"
GLUED_HEADING = re.compile(
    r"ส่วนที่\s*[12๑๒]\s*ข้อตกลง"
    r"|ด้านที่\s*[1-3๑-๓]\s*(?=ด้าน|การจัดการเรียนรู้|การส่งเสริม|การพัฒนาตนเอง)"
    r"|(?:งาน|ผลลัพธ์|ตัวชี้วัด)\s*\(\s*(?:Tasks?|Outcomes?|Indicators?)\s*\)"
    r"|ประเด็นท้าทาย\s*เรื่อง"
    rf"|{_N}[1๑]\s*[.)]\s*สภาพปัญหาของผู้เรียน"
    rf"|{_N}[2๒]\s*[.)]\s*วิธีการ(?:ดำเนินการ)?ให้บรรลุ"
    rf"|{_N}[3๓]\s*[.)]\s*ผลลัพธ์การพัฒนาที่คาดหวัง"
    rf"|{_N}[3๓]\s*\.\s*[12๑๒]\s*เชิง(?:ปริมาณ|คุณภาพ)", re.I)


def split_glued_headings(p: Paragraph) -> list[Paragraph]:
    """PDF: a paragraph cut before each form heading found after its start, so the heading
    opens a line (and a paragraph) of its own; the pieces keep the paragraph's ref."""
    cuts: list[int] = []
    for m in GLUED_HEADING.finditer(p.text):
        if p.text[:m.start()].strip():
            cuts.append(m.start())
        if m.group().endswith(")") and p.text[m.end():].strip()[:1] not in ("", ":", "："):
            cuts.append(m.end())  # "งาน (Tasks) 1. …": the list under a subheading is not the subheading
    if not cuts:
        return [p]
    bounds = [0, *sorted(set(cuts)), len(p.text)]
    pieces = [p.text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    return [replace(p, text=t, label=p.label if k == 0 else None) for k, t in enumerate(pieces) if t]


def linearise(raw: RawDocument) -> list[Line]:
    lines: list[Line] = []
    for i, block in enumerate(raw.blocks):
        if isinstance(block, Paragraph):
            paras = split_glued_headings(block) if raw.format == "pdf" else [block]
            for para in paras:
                for j, piece in enumerate(p for p in para.text.split("\n") if p.strip()):
                    line = _join([(piece.strip(), para)], i, False)
                    line.lead = j == 0
                    lines.append(line)
        else:
            lines.extend(table_lines(block, i))
    return lines


# --- headings -------------------------------------------------------------------------------

PART1 = re.compile(r"^ส่วนที่1(?![0-9])")
PART2 = re.compile(r"^ส่วนที่2(?![0-9])")
CHALLENGE_TITLE = re.compile(r"ประเด็น(?:ที่)?ท้าทาย\s*(?:เรื่อง\s*[:：]?|[:：]|คือ|ได้แก่|(?=[“\"]))")
PROBLEM_HEADING = re.compile(r"^1[.)]สภาพปัญหา")
TASKS_HEADING = re.compile(r"^(?:2\.?)?งานที่จะปฏิบัติ")
SIGNATURE = re.compile(r"^(?:\(?ลงชื่อ|ลงนาม|ความเห็นของ|\(?\s*\)?\s*(?:เห็นชอบ|ไม่เห็นชอบ)|ผู้อำนวยการสถานศึกษา$|"
                       r"ผู้บริหารสถานศึกษา$|ผู้จัดทำข้อตกลง$|ผู้รับข้อตกลง)")


def is_part1_heading(line: Line) -> bool:
    return bool(PART1.match(line.key))


def is_part2_heading(line: Line) -> bool:
    return bool(PART2.match(line.key))


def is_signature(line: Line) -> bool:
    k = line.key.lstrip("(").lstrip("…. ")
    return bool(SIGNATURE.match(k)) or k.startswith("ลงชื่อ")


@dataclass(frozen=True)
class Regions:
    """Line index ranges [start, end) of each part; `part1_start`/`part2_start` are None when absent."""

    header_end: int
    part1_start: int | None
    part2_start: int | None
    end: int


def find_regions(lines: list[Line], part1_blocks: set[int]) -> Regions:
    n = len(lines)
    p1 = next((i for i, ln in enumerate(lines) if is_part1_heading(ln)), None)
    search_from = p1 + 1 if p1 is not None else 0
    p2 = next((i for i in range(search_from, n) if is_part2_heading(lines[i])), None)
    if p2 is None:
        p2 = next((i for i in range(search_from, n)
                   if CHALLENGE_TITLE.search(lines[i].text) and lines[i].block not in part1_blocks), None)
    if p2 is None:  # no heading, no title: Part 2 starts at its first section, "1. สภาพปัญหา…"
        p2 = next((i for i in range(search_from, n)
                   if PROBLEM_HEADING.match(lines[i].key) and len(lines[i].key) < 80
                   and lines[i].block not in part1_blocks), None)
    header_end = p1
    if header_end is None:
        # no Part 1 heading: the header ends at the workload or the Part 1 table
        header_end = next((i for i, ln in enumerate(lines)
                           if ln.block in part1_blocks or re.match(r"^1\.?ภาระงาน", ln.key)), p2 or n)
    end = n
    if p2 is None:  # no Part 2: Part 1 ends where the signatures begin, not at the last line
        end = next((i for i in range(search_from, n)
                    if lines[i].block not in part1_blocks and is_signature(lines[i])), n)
    return Regions(header_end=header_end, part1_start=p1, part2_start=p2, end=end)

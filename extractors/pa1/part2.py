"""Part 2: the challenge (ประเด็นท้าทาย) — title, problem, method, quantitative and qualitative results."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.pa1.lists import (clean_value, is_page_number, is_placeholder, join_wrapped, split_items,
                                  strip_numbering)
from extractors.pa1.sections import CHALLENGE_TITLE, Line, is_part2_heading, is_signature
from extractors.raw import Paragraph
from models.document import Challenge
from models.thai.normalize import to_arabic_digits

# Section headings, tested on the line without spaces and with its number stripped.
_HEADINGS = [
    ("quantitative", re.compile(r"^(?:3\.1|๓\.๑)?\)?(?:ผลลัพธ์|ผลลัพท์|ผล)?(?:การพัฒนา)?(?:ที่คาดหวัง)?เชิงปริมาณ")),
    ("qualitative", re.compile(r"^(?:3\.2|๓\.๒)?\)?(?:ผลลัพธ์|ผลลัพท์|ผล)?(?:การพัฒนา)?(?:ที่คาดหวัง)?เชิงคุณภาพ")),
    ("problem", re.compile(r"^(?:1[.)])?สภาพ(?:ปัญหา|ปัญหา|การณ์)")),
    ("method", re.compile(r"^(?:2[.)])?(?:วิธี(?:การ)?ดำเนิน(?:การ|งาน)|วิธีการ(?:ดำเนินการ)?ให้บรรลุ|แนวทางการดำเนิน)")),
    ("results", re.compile(r"^(?:3[.)])?ผล(?:ลัพธ์|ลัพท์)(?:การพัฒนา)?ที่คาดหวัง$|^(?:3[.)])?ผล(?:ลัพธ์|ลัพท์)การพัฒนาที่คาดหวัง")),
]
# Where a heading ends when content follows it on the same line without a colon.
_INLINE_AFTER = {"quantitative": re.compile(r"เชิง\s*ปริมาณ"), "qualitative": re.compile(r"เชิง\s*คุณภาพ")}
_TITLE_ALONE = re.compile(r"^\s*(?:ชื่อ)?เรื่อง\s*[:：]?\s*")
_NUMBERED = re.compile(r"^(?:[1-3](?:\.[12])?)[.)]?")


def _key(text: str) -> str:
    return to_arabic_digits(re.sub(r"\s+", "", text))


def heading_of(line: Line) -> tuple[str | None, str]:
    """The section a heading line opens and any content written after it on the same line."""
    k = _key(line.text)
    numbered = bool(_NUMBERED.match(k))
    for name, pattern in _HEADINGS:
        m = pattern.match(k)
        if not m:
            continue
        if not numbered and len(k) > 60:
            return None, ""  # a sentence that happens to start with the word
        rest = ""
        colon = re.search(r"[:：]", line.text)
        inline = _INLINE_AFTER.get(name)
        after = inline.search(line.text) if inline else None
        if colon:
            rest = line.text[colon.end():].strip()
        elif after and line.text[after.end():].strip():
            rest = line.text[after.end():].strip()  # "3.1 เชิงปริมาณ นักเรียนร้อยละ 80 …"
        elif len(k) > 70:
            return None, ""
        return name, rest
    return None, ""


@dataclass
class Part2Result:
    challenge: Challenge | None
    sources: dict[str, Paragraph]
    confidence: dict[str, float]


def merge_wrapped_lines(paras: list[Paragraph], line_h: float, right: float) -> list[Paragraph]:
    """PDF: a one-line paragraph that runs to the right edge and is followed by a paragraph
    without a list label was a wrapped line (the reader split it): join them.
    `line_h`: the height of one line; `right`: the right edge of the text."""
    boxes = [p.ref.bbox for p in paras if p.ref.bbox is not None]
    if len(boxes) < 2:
        return paras
    out: list[Paragraph] = []
    last_box = None
    for p in paras:
        box = p.ref.bbox
        if out and last_box is not None and box is not None and last_box[2] >= right - 40 \
                and (last_box[3] - last_box[1]) < 1.6 * line_h and strip_numbering(p.text)[1] is None:
            prev = out[-1]
            out[-1] = Paragraph(join_wrapped(prev.text, p.text), prev.ref, prev.style, prev.label,
                                prev.bold, min(prev.confidence, p.confidence, 0.9))
        else:
            out.append(p)
        last_box = box
    return out


def _metrics(lines: list[Line]) -> tuple[float, float]:
    """(height of one line, right edge of the text) of the PDF lines in Part 2."""
    boxes = [ln.first.ref.bbox for ln in lines if ln.first is not None and ln.first.ref.bbox is not None]
    if not boxes:
        return 0.0, 0.0
    return min(b[3] - b[1] for b in boxes), max(b[2] for b in boxes)


def _runs_on(line: Line, nxt: Line, lines: list[Line]) -> bool:
    """PDF: `line` reaches the right edge and `nxt` is plain text (no heading, label or signature)."""
    _, right = _metrics(lines)
    box = line.first.ref.bbox if line.first is not None else None
    if box is None or heading_of(nxt)[0] is not None or is_signature(nxt) or is_part2_heading(nxt):
        return False
    return box[2] >= right - 25 and strip_numbering(nxt.text)[1] is None


def parse_part2(lines: list[Line], *, pdf: bool = False) -> Part2Result:
    """`lines`: from the Part 2 heading (or the challenge title) to the end of the document."""
    title: str | None = None
    title_src: Line | None = None
    section: str | None = None
    buckets: dict[str, list[Paragraph]] = {k: [] for k in ("problem", "method", "quantitative", "qualitative")}
    seen: set[tuple[int, str]] = set()
    any_content = False
    started = False
    for i, line in enumerate(lines):
        if is_signature(line):
            break
        if is_part2_heading(line) and not started:
            started = True
            m = CHALLENGE_TITLE.search(line.text)
            if m is None:
                continue
        m = CHALLENGE_TITLE.search(line.text)
        if m is None and started and title is None and section is None:
            m = _TITLE_ALONE.match(line.text)  # "เรื่อง …" under the Part 2 heading
        if m and title is None and section is None:
            started = True
            value = clean_value(line.text[m.end():])
            if value is None and i + 1 < len(lines) and heading_of(lines[i + 1])[0] is None \
                    and not is_signature(lines[i + 1]):
                value = clean_value(lines[i + 1].text)
                title_src = lines[i + 1]
                seen.add((id(lines[i + 1]), "title"))
            else:
                title_src = line
                if pdf and value and i + 1 < len(lines) and _runs_on(line, lines[i + 1], lines):
                    value = join_wrapped(value, lines[i + 1].text.strip())
                    seen.add((id(lines[i + 1]), "title"))
            if value and len(value) > 1 and value[0] in "“\"" and value[-1] in "”\"":
                value = value[1:-1].strip() or None  # ประเด็นท้าทาย “…”
            title = value
            any_content = True
            continue
        if (id(line), "title") in seen:
            continue
        name, rest = heading_of(line)
        if name is not None:
            started = True
            any_content = True
            section = name
            if rest and section in buckets and line.first is not None:
                p = line.first
                buckets[section].append(Paragraph(rest, p.ref, p.style, None, p.bold, p.confidence))
            continue
        if section in buckets and line.first is not None:
            # one Paragraph per soft-broken line keeps the line split of the source
            p = line.first
            buckets[section].append(Paragraph(line.text, p.ref, p.style, p.label if line.lead else None,
                                              p.bold, p.confidence))
    if not any_content and not started:
        return Part2Result(None, {}, {})
    sources: dict[str, Paragraph] = {}
    conf: dict[str, float] = {}
    if title is not None and title_src is not None and title_src.first is not None:
        sources["part2.title"] = title_src.first
        conf["part2.title"] = title_src.confidence
    if pdf:
        line_h, right = _metrics(lines)
        buckets["problem"] = merge_wrapped_lines(buckets["problem"], line_h, right)
    # problem: paragraphs joined with "\n", list numbering stripped
    problem_lines = [strip_numbering(p.text)[0] for p in buckets["problem"]]
    problem_lines = [t for t in problem_lines if not is_placeholder(t) and not is_page_number(t)]
    problem = "\n".join(problem_lines) or None
    if problem and buckets["problem"]:
        sources["part2.problem"] = buckets["problem"][0]
        conf["part2.problem"] = min(p.confidence for p in buckets["problem"])
    lists: dict[str, list[str]] = {}
    for name in ("method", "quantitative", "qualitative"):
        items = split_items(buckets[name], wrapped=pdf)
        lists[name] = [it.text for it in items]
        for j, it in enumerate(items):
            sources[f"part2.{name}.{j}"] = it.paragraph
            conf[f"part2.{name}.{j}"] = it.confidence
    challenge = Challenge(title=title, problem=problem, **lists)
    return Part2Result(challenge, sources, conf)

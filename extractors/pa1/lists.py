"""Splitting a cell or a run of paragraphs into list items, and stripping their numbering.

Numbering seen in PA1 forms: `1.` `๑.` `1)` `๑)` `(1)` `1.)` `- ` `• ` `▪ ` `ข้อ 1`, Word's own
auto-numbering (`Paragraph.label`), and several items typed inline in one paragraph
("1.จัดทำ… 2.ออกแบบ… 3.…").  Item codes (`1.1 …`, `(1.2)`, `ตัวชี้วัดที่ 1.3 …`) name one of the
15 items 1.1–3.3 and are stripped the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.raw import Paragraph
from extractors.pdf_wrap import text_says_space
from models.thai.normalize import to_arabic_digits

D = r"[0-9๐-๙]"
BULLETS = "-–—•▪◦●○◆◇■□➢➤►▸✓✔*·"
# A leading number label: "1." "1)" "(1)" "1.)" "ข้อ 1." — not "1.1" (an item code) nor "3.5 ชั่วโมง".
_NUMBER = re.compile(
    rf"^\s*(?:ข้อ(?:ที่)?\s*)?(?:\((?P<p>{D}{{1,2}})\)|(?P<n>{D}{{1,2}})\s*(?:\.+\)?|\))(?!{D}))\s*")
_BULLET = re.compile(rf"^\s*[{re.escape(BULLETS)}]+\s*")
# An item code 1.1–3.8 at the start: "1.1 ", "(1.2)", "[2.3]", "ตัวชี้วัดที่ 1.3", "ข้อ 3.1:".
_CODE = re.compile(
    rf"^\s*(?:(?:ตัวชี้วัด|ข้อ|ประเด็น)(?:ที่)?\s*)?[(\[]?\s*(?P<a>[1-3๑-๓])\s*\.\s*(?P<i>[1-8๑-๘])"
    rf"(?!\.?{D})\s*[)\]]?\s*[.:)\-–]?\s*")
_PLACEHOLDER = re.compile(r"^[\s.\u2026_…\-–—/,:;()]*$")
_DOTS = re.compile(r"[.\u2026_]{3,}")

MAX_ITEM_IN_AREA = {1: 8, 2: 4, 3: 3}
# Words that follow a number, not an item's text: a comparator or a unit ("2.5 ขึ้นไป", "1.5 ชั่วโมง").
_AFTER_NUMBER = re.compile(
    r"^(?:ขึ้นไป|ลงมา|คะแนน|เปอร์เซ็นต์|หน่วยกิต|[%<>≥≤=/]|"
    r"(?:ขึ้น|ชั่วโมง|ชม\.|ครั้ง|เท่า|บาท|คน|ปี|เดือน|วัน|หน่วย|ระดับ)(?=[\s/)]|$|ขึ้นไป|ลงมา|ต่อ|ละ))")
_RANGE_AFTER = re.compile(r"^\s*[-–]\s*[0-9๐-๙](?![.][0-9๐-๙])")  # "๑.๕ - ๒ ชั่วโมง", not "1.2 – 1.4"


_PAGE_NO = re.compile(r"^\s*(?:[-–]\s*)?(?:หน้า\s*)?[0-9๐-๙]{1,3}(?:\s*/\s*[0-9๐-๙]{1,3})?(?:\s*[-–])?\s*$")


def is_page_number(text: str) -> bool:
    """"- 2 -", "หน้า 3", "3/5", "12": a page number a PDF left in the body."""
    return bool(_PAGE_NO.match(text))


def is_placeholder(text: str | None) -> bool:
    """Blank, or only dots, dashes and blanks ("........", "…", "- -")."""
    return text is None or bool(_PLACEHOLDER.match(text))


def has_leader(text: str) -> bool:
    return bool(_DOTS.search(text))


def clean_value(text: str | None) -> str | None:
    """A field value without dotted leaders, colons and outer spaces; None if nothing is left."""
    if text is None:
        return None
    t = _DOTS.sub(" ", text)
    t = re.sub(r"\s+", " ", t).strip(" :：-–\t").lstrip(".").strip()
    t = re.sub(r"\.{2,}$", "", t).strip(" :：-–")  # a single final dot stays: "สพฐ."
    return t or None


def strip_numbering(text: str) -> tuple[str, str | None]:
    """`"1. จัดทำ"` → `("จัดทำ", "1")`; `"- ก"` → `("ก", "-")`; no label → `(text, None)`."""
    m = _NUMBER.match(text)
    if m:
        label = m.group("p") or m.group("n")
        return text[m.end():].strip(), to_arabic_digits(label)
    m = _BULLET.match(text)
    if m and m.end() > 0 and text[:m.end()].strip():
        return text[m.end():].strip(), text[:m.end()].strip()[0]
    return text.strip(), None


def item_code(text: str, area: int | None = None) -> tuple[str | None, str]:
    """`"1.2 ออกแบบ…"` → `("1.2", "ออกแบบ…")`; the code must belong to `area` when given."""
    m = _CODE.match(text)
    if not m:
        return None, text
    a, i = int(to_arabic_digits(m.group("a"))), int(to_arabic_digits(m.group("i")))
    if area is not None and a != area:
        return None, text
    if i > MAX_ITEM_IN_AREA.get(a, 0):
        return None, text
    rest = text[m.end():].strip()
    if _AFTER_NUMBER.match(rest) or _RANGE_AFTER.match(text[m.end("i"):]):
        return None, text  # "๑.๕ ขึ้นไป", "3.2 คะแนน": a decimal wrapped to a line start, not a code
    return f"{a}.{i}", rest


# Inline numbering inside one line: " 2." " 2)" " (2)" — only when it is the next number.
_INLINE = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=[^\s0-9๐-๙.,]))(?:\((?P<p>{D}{{1,2}})\)|(?P<n>{D}{{1,2}})\s*(?:\.+\)?|\))(?!{D}))")


_NAMED_CODE = re.compile(r"(?:ตัวชี้วัดที่|ตัวชี้วัด|ข้อที่)\s*[1-3๑-๓]\s*\.\s*[1-8๑-๘](?![0-9๐-๙])|"
                         r"\(\s*[1-3๑-๓]\s*\.\s*[1-8๑-๘]\s*\)")


def split_inline(text: str) -> list[str]:
    """`"1.ก 2.ข 3.ค"` → `["1.ก", "2.ข", "3.ค"]`: splits only at the expected next number;
    `"ตัวชี้วัดที่ 1.1 ก ตัวชี้วัดที่ 1.2 ข"` splits before each named item code."""
    named = list(_NAMED_CODE.finditer(text))
    starts_named = bool(named) and named[0].start() == len(text) - len(text.lstrip())
    if named and (starts_named and len(named) > 1 or named[-1].group().startswith("ตัวชี้วัดที่")):
        # split before each code; a mid-line "ตัวชี้วัดที่ 1.8" starts an item too (PDF run-on)
        cuts = sorted({0} | {m.start() for m in named if starts_named or m.group().startswith("ตัวชี้วัดที่")})
        cuts.append(len(text))
        return [text[a:b].strip() for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]
    first = _NUMBER.match(text)
    if not first:
        return [text]
    expected = int(to_arabic_digits(first.group("p") or first.group("n"))) + 1
    cuts = [0]
    for m in _INLINE.finditer(text, first.end()):
        value = int(to_arabic_digits(m.group("p") or m.group("n")))
        if value != expected:
            continue
        before = text[:m.start()]
        # "ร้อยละ 2." or "ป.4" are not labels: the char before must be a space or Thai text end.
        if before and before[-1].isdigit():
            continue
        cuts.append(m.start())
        expected += 1
    cuts.append(len(text))
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def split_bullets_inline(text: str) -> list[str]:
    """`"• ก • ข"` → `["• ก", "• ข"]` when the line starts with a bullet."""
    m = re.match(r"^\s*([•▪◦●➢➤►])", text)
    if not m:
        return [text]
    mark = m.group(1)
    parts = [p.strip() for p in text.split(mark) if p.strip()]
    return [f"{mark} {p}" for p in parts]


@dataclass
class Item:
    text: str
    paragraph: Paragraph
    label: str | None  # the stripped numbering ("1", "-", Word's label), None if none
    confidence: float = 1.0


def _lines(p: Paragraph) -> list[str]:
    return [line for line in p.text.split("\n")]


def join_wrapped(a: str, b: str) -> str:
    """A line wrapped in a PDF: no space between two Thai letters ("ปีการ" + "ศึกษา") unless the
    text calls for one (pdf_wrap: "…พิษณุโลก" + "เขต 3"), nor after a hyphen ("O-" + "NET");
    one space otherwise, and always around a number ("ร้อยละ" + "๘๐")."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return a or b
    digit = a[-1].isdigit() or b[0].isdigit()  # str.isdigit() knows Thai digits
    if not digit and a[-1] == "-":
        return a + b
    if not digit and "\u0e00" <= a[-1] <= "\u0e7f" and "\u0e00" <= b[0] <= "\u0e7f":
        return f"{a} {b}" if text_says_space(a, b) is not None else a + b
    return f"{a} {b}"


DASHES = "-–—"
_NUMBER_END = re.compile(rf"{D}\s*$")


def _marker_style(label: str | None) -> str | None:
    """"number" for 1. / (1) / Word's labels / item codes, "dash" for - – —, else the bullet."""
    if label is None:
        return None
    if label in DASHES:
        return "dash"
    if label == "code" or any(ch.isdigit() for ch in label):
        return "number"
    return label


def _ranges_not_bullets(raw: list[tuple[str, Paragraph, str | None]]) -> list[tuple[str, Paragraph, str | None]]:
    """PDF: a line starting "- ๓ …" is the second half of a range wrapped at its dash
    ("ป.๑" / "- ๓ ที่…", "แม่ 2" / "- 5 ได้…"), not a bullet, when the line above ends with a
    number, or when the list's own items use another marker style (a "1." list does not
    suddenly get one "-" item; a dash list is all dashes)."""
    styles = [_marker_style(label) for _, _, label in raw]
    dashes = styles.count("dash")
    others = sum(1 for s in styles if s not in (None, "dash"))
    out: list[tuple[str, Paragraph, str | None]] = []
    for (text, p, label), style in zip(raw, styles):
        if style == "dash" and out and text[:1].isdigit():
            prev = out[-1][0].rstrip()
            if _NUMBER_END.search(prev) or (others and dashes == 1):
                out.append((f"{label} {text}", p, None))
                continue
        out.append((text, p, label))
    return out


# A learning-standard code wrapped after its strand letter: "…ตามมาตรฐาน ท" / "๒.๑ ป.๖/๑": the
# line starting "๒.๑" continues the code (ท ๒.๑), it is not an item code starting a task.
_STRAND_END = re.compile(r"(?:^|\s)[กคงตทพวศส]\s*$")


def _strand_codes_not_items(raw: list[tuple[str, Paragraph, str | None]]) -> list[tuple[str, Paragraph, str | None]]:
    out: list[tuple[str, Paragraph, str | None]] = []
    for text, p, label in raw:
        if label == "code" and out and _STRAND_END.search(out[-1][0]):
            out.append((text, p, None))
            continue
        out.append((text, p, label))
    return out


THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"  # list order (ฃ ฅ are not used)
_LETTER = re.compile(r"^\s*(?:\((?P<p>[ก-ฮ])\)|(?P<l>[ก-ฮ])\s?[.)])\s+(?=[^\s0-9๐-๙.])")


def _thai_letter_labels(raw: list[tuple[str, Paragraph, str | None]]) -> list[tuple[str, Paragraph, str | None]]:
    """"ก. …" "ข. …" "(ค) …" label the items of a list numbered with Thai letters — only when
    they run ก, ข, ค… from ก and the list has no numbers of its own (a lettered sub-list under
    "1." stays in its item; "ป. 2" / "ม. 1" are grades, followed by a digit)."""
    found: list[tuple[int, str, int]] = []  # (index in raw, letter, end of the label)
    for k, (text, _, label) in enumerate(raw):
        m = _LETTER.match(text) if label is None else None
        if m:
            found.append((k, m.group("p") or m.group("l"), m.end()))
    if len(found) < 2 or any(_marker_style(label) == "number" for _, _, label in raw):
        return raw
    letters = "".join(letter for _, letter, _ in found)
    if not THAI_LETTERS.startswith(letters):
        return raw
    out = list(raw)
    for k, letter, end in found:
        text, p, _ = raw[k]
        out[k] = (text[end:].strip(), p, letter)
    return out


def split_items(paragraphs: list[Paragraph], *, wrapped: bool = False) -> list[Item]:
    """List items of a cell or paragraph run, numbering stripped, placeholders dropped.

    A line with its own label (typed or Word's) starts an item.  When some lines are
    numbered, an unnumbered line continues the item above it (a wrapped line, a sentence
    after a line break); when none is, every line is an item.
    """
    raw: list[tuple[str, Paragraph, str | None]] = []  # (text, paragraph, label)
    for p in paragraphs:
        lines = [ln for ln in _lines(p) if ln.strip() and not is_page_number(ln)]
        for j, line in enumerate(lines):
            pieces = split_inline(line)
            if len(pieces) == 1:
                pieces = split_bullets_inline(line)
            for k, piece in enumerate(pieces):
                text, label = strip_numbering(piece)
                if label is None and item_code(piece)[0] is not None:
                    label = "code"  # an item code starts an item; part1 strips it per area
                if label is None and p.label and j == 0 and k == 0:
                    label = p.label
                raw.append((text, p, label))
    raw = _thai_letter_labels(raw)
    if wrapped:
        raw = _ranges_not_bullets(_strand_codes_not_items(raw))
    any_label = any(label for _, _, label in raw)
    items: list[Item] = []
    for text, p, label in raw:
        if label is not None and label in DASHES and items and items[-1].text.count("(") > items[-1].text.count(")"):
            # "(มกราคม" / "- กุมภาพันธ์ 2566)": a range wrapped at its dash, not a bullet
            text, label = f"{label} {text}", None
        if label is None and any_label and items:
            if not is_placeholder(text):
                prev = items[-1]
                if wrapped:
                    prev.text = join_wrapped(prev.text, text)
                else:
                    prev.text = f"{prev.text} {text}".strip() if prev.text else text
            continue
        items.append(Item(text, p, label, confidence=p.confidence))
    out = []
    for item in items:
        item.text = re.sub(r"[ \t]+", " ", item.text).strip()
        if is_placeholder(item.text):
            continue
        if has_leader(item.text):
            item.confidence = min(item.confidence, 0.8)  # "นักเรียนมีทักษะ.....": a blank left in
        out.append(item)
    return out

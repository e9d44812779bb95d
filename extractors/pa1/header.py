"""The header of the form: who makes the agreement, where, for which fiscal year and period.

Values are found after their labels ("ชื่อ", "ตำแหน่ง", "วิทยฐานะ", "สถานศึกษา", "สังกัด",
"อันดับ", "ปีงบประมาณ", "ระหว่างวันที่"), on the same line or on the next one, with dotted
leaders and template blanks read as absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.pa1.lists import clean_value, has_leader, is_placeholder, join_wrapped
from extractors.pa1.rank import rank_from_band, rank_from_sentence, rank_from_value, salary_band
from extractors.pa1.sections import Line
from extractors.raw import Paragraph
from models.document import ClassroomType, Header, Period, RankId
from models.thai.dates import be_year, find_dates

# (field, pattern), longest first.  Fields starting with "_" only delimit other values.
_LABELS: list[tuple[str, str]] = [
    ("name", r"ชื่อ\s*[-–]?\s*(?:นาม\s*)?สกุล"),
    ("school", r"ชื่อ\s*สถานศึกษา|ชื่อ\s*โรงเรียน|สถานศึกษา|หน่วยงาน"),
    ("first", r"ชื่อ(?:\s*ผู้จัดทำ(?:ข้อตกลง)?)?"),
    ("maker", r"ผู้จัดทำข้อตกลง"),
    ("surname", r"นามสกุล|สกุล"),
    ("position", r"ตำแหน่ง"),
    ("rank", r"วิทยฐานะ"),
    ("affiliation", r"สังกัด"),
    ("band", r"(?:รับ)?เงินเดือน(?:ใน)?\s*อันดับ|อันดับ"),
    ("_salary", r"อัตรา\s*เงินเดือน|เงินเดือน"),
    ("fiscal_year", r"ปี\s*งบประมาณ(?:\s*พ\s*\.\s*ศ\s*\.?)?"),
    ("period", r"ระหว่าง\s*วันที่|ตั้งแต่\s*วันที่"),
    ("_subject", r"กลุ่มสาระ(?:การเรียนรู้)?|ระดับชั้น|โทรศัพท์|เบอร์โทร"),
]
_LABEL_RE = re.compile("|".join(f"(?P<{f.lstrip('_') if not f.startswith('_') else 'x' + str(i)}>{p})"
                                for i, (f, p) in enumerate(_LABELS)))
# A label starts a line or follows a space, a colon, a dot or a bracket (not inside a word:
# "ลงชื่อ", "(ทุกสังกัด)", "ตำแหน่ง/วิทยฐานะที่ดำรงอยู่" are not labels).
_LEFT_OK = " \t:.)]|…"

TITLES = ("ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.หญิง", "ว่าที่ร.ต.หญิง", "ว่าที่ ร.ต.", "ว่าที่ร.ต.",
          "ว่าที่ร้อยโท", "ว่าที่ร้อยเอก", "นางสาว", "น.ส.", "นาง", "นาย", "ดร.")

_TICKED = "☑☒■✓✔⊠✅☓✗✘▣◉●"
_MARK = re.compile(r"[☐□☑☒■✓✔⊠✅☓✗✘▣◉●○◯❑❒]|\(\s*[/✓✔xX×]?\s*\)|\[\s*[/✓✔xX×]?\s*\]")
_CLASSROOM = [
    (ClassroomType.EARLY_CHILDHOOD, r"ปฐมวัย"),
    (ClassroomType.SPECIAL_EDUCATION, r"การศึกษาพิเศษ|ศึกษาพิเศษ"),
    (ClassroomType.VOCATIONAL, r"สายวิชาชีพ|อาชีวศึกษา|วิชาชีพ"),
    (ClassroomType.NON_FORMAL, r"นอกระบบ|ตามอัธยาศัย"),
    (ClassroomType.GENERAL, r"วิชาสามัญ|วิชาพื้นฐาน|สามัญ"),
]

_SKIP_LINE = re.compile(r"สำหรับข้าราชการ|บุคลากรทางการศึกษา|เจตจำนง|ข้าพเจ้า|^\(?ทุกสังกัด\)?$|"
                        r"ประเภทห้องเรียน|แบบข้อตกลง|^ข้อตกลงในการพัฒนางาน")


_RUN_ON = re.compile(r"ประเภทห้องเรียน|ข้าพเจ้าขอแสดงเจตจำนง")


@dataclass
class Value:
    text: str
    line: Line
    offset: int
    confidence: float

    @property
    def paragraph(self) -> Paragraph | None:
        return self.line.paragraph_at(self.offset)


# Labels long enough to be found inside a run-on line (a PDF line joined to the next one).
_STRONG = re.compile(r"^(?:รับ\s*เงินเดือน|อัตรา\s*เงินเดือน|ปี\s*งบประมาณ|ระหว่าง\s*วันที่|สถานศึกษา|สังกัด|นามสกุล|วิทยฐานะ)")


def _label_matches(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _LABEL_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in _LEFT_OK and not _STRONG.match(m.group()):
            continue
        name = m.lastgroup or ""
        out.append((name, m.start(), m.end()))
    return out


def _fields(lines: list[Line]) -> dict[str, Value]:
    """First value of each label in the header lines (a blank value is kept as "")."""
    found: dict[str, Value] = {}
    for li, line in enumerate(lines):
        text = line.text
        cut = _RUN_ON.search(text)
        if cut and cut.start() > 0:
            text = text[:cut.start()]  # "… บาทประเภทห้องเรียนที่…": a PDF line run into the next
        if _SKIP_LINE.search(text):
            continue
        labels = _label_matches(text)
        for k, (name, start, end) in enumerate(labels):
            stop = labels[k + 1][1] if k + 1 < len(labels) else len(text)
            raw = text[end:stop]
            value = clean_value(raw)
            conf = line.confidence
            v_line, v_off = line, end + (len(raw) - len(raw.lstrip(" :.…\t")))
            if value is None and k + 1 == len(labels) and li + 1 < len(lines) and not has_leader(raw):
                nxt = lines[li + 1]
                if not _label_matches(nxt.text) and not _SKIP_LINE.search(nxt.text) \
                        and not _MARK.search(nxt.text):
                    value = clean_value(nxt.text)
                    v_line, v_off, conf = nxt, 0, nxt.confidence * 0.8
            if value is not None and k + 1 == len(labels) and li + 1 < len(lines) \
                    and _wraps_to(line, lines[li + 1], lines):
                nxt = lines[li + 1]
                value = join_wrapped(value, clean_value(nxt.text) or "")
                conf = min(conf, 0.9)
            if name.startswith("x"):
                continue
            if name in found and found[name].text:
                continue
            if has_leader(raw) and value is not None:
                conf *= 0.9  # a value typed over a dotted leader
            found[name] = Value(value or "", v_line, v_off, conf)
    return found


def _wraps_to(line: Line, nxt: Line, lines: list[Line]) -> bool:
    """PDF: `line` runs to the right edge and `nxt` (no label, no box) is its wrapped rest."""
    a, b = line.first, nxt.first
    if a is None or b is None or a.ref.bbox is None or b.ref.bbox is None or line.in_table:
        return False
    if _label_matches(nxt.text) or _SKIP_LINE.search(nxt.text) or _MARK.search(nxt.text):
        return False
    right = max((ln.first.ref.bbox[2] for ln in lines if ln.first is not None and ln.first.ref.bbox), default=0)
    left = min((ln.first.ref.bbox[0] for ln in lines if ln.first is not None and ln.first.ref.bbox), default=0)
    width = right - left
    # the rest starts at the left edge or under the value (a borderless 2-column header)
    return width > 0 and a.ref.bbox[2] >= right - 0.15 * width and b.ref.bbox[0] >= a.ref.bbox[0] - 2 \
        and b.ref.page == a.ref.page and 0 <= b.ref.bbox[1] - a.ref.bbox[3] < 1.5 * (a.ref.bbox[3] - a.ref.bbox[1])


def normalize_name(text: str) -> str:
    name = re.sub(r"\s+", " ", text).strip()
    for title in TITLES:
        if name.startswith(title):
            rest = name[len(title):].lstrip()
            return title + rest
    return name


def classroom_types(lines: list[Line]) -> tuple[list[ClassroomType], dict[ClassroomType, Line]]:
    """Ticked classroom types, in form order; unticked boxes are ignored."""
    ticked: dict[ClassroomType, Line] = {}
    for line in lines:
        text = line.text
        marks = list(_MARK.finditer(text))
        if not marks or "ห้องเรียน" not in text and not any(re.search(p, text) for _, p in _CLASSROOM):
            continue
        # the box usually precedes its label; "ห้องเรียนปฐมวัย ☑" puts it after
        trailing = any(re.search(p, text[:marks[0].start()]) for _, p in _CLASSROOM)
        for k, m in enumerate(marks):
            if trailing:
                label = text[marks[k - 1].end() if k else 0:m.start()]
            else:
                stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
                label = text[m.end():stop]
            mark = re.sub(r"[\s()\[\]]", "", m.group())
            if not mark or mark not in _TICKED and mark not in "/xX×":
                continue
            for ctype, pattern in _CLASSROOM:
                if re.search(pattern, label):
                    ticked.setdefault(ctype, line)
                    break
    order = list(ClassroomType)
    types = sorted(ticked, key=order.index)
    return types, ticked


@dataclass
class HeaderResult:
    header: Header
    sources: dict[str, Paragraph]
    confidence: dict[str, float]


def parse_header(lines: list[Line], all_lines: list[Line]) -> HeaderResult:
    """`lines`: the header region; `all_lines`: the whole document (for rank stated elsewhere)."""
    f = _fields(lines)
    sources: dict[str, Paragraph] = {}
    conf: dict[str, float] = {}
    values: dict = {}

    def put(key: str, value, v: Value | None, c: float | None = None) -> None:
        values[key] = value
        if value is None:
            return
        conf[key] = round(min(v.confidence if v is not None else 1.0, c if c is not None else 1.0), 3)
        if v is not None and v.paragraph is not None:
            sources[key] = v.paragraph

    # name: "ชื่อ-สกุล X Y" or "ชื่อ X นามสกุล Y"
    full = f.get("name")
    first, surname = f.get("first"), f.get("surname")
    if full and full.text:
        put("name", normalize_name(full.text), full)
    elif first and first.text:
        name = first.text + (" " + surname.text if surname and surname.text else "")
        put("name", normalize_name(name), first, 1.0 if surname and surname.text else 0.9)
    elif (maker := f.get("maker")) and maker.text and maker.text.startswith(TITLES):
        put("name", normalize_name(maker.text), maker, 0.8)  # "ผู้จัดทำข้อตกลง นายสมชาย ใจดี"

    pos = f.get("position")
    if pos and pos.text:
        put("position", pos.text, pos)

    school = f.get("school")
    if school and school.text:
        put("school", school.text, school)
    else:
        for line in lines:
            m = re.search(r"โรงเรียน[^\s].*?(?=\s{2,}|\s+สังกัด|$)", line.text)
            if m and not _SKIP_LINE.search(line.text):
                put("school", m.group().strip(), Value(m.group(), line, m.start(), line.confidence), 0.6)
                break

    aff = f.get("affiliation")
    if aff and aff.text:
        put("affiliation", aff.text, aff)

    band_v = f.get("band")
    band = salary_band(band_v.text) if band_v and band_v.text else None
    if band:
        put("salary_band", band, band_v)
    else:
        for line in lines:
            b = salary_band(line.text) if not _SKIP_LINE.search(line.text) else None
            if b and b != "ครูผู้ช่วย":
                put("salary_band", b, Value(b, line, 0, line.confidence), 0.7)
                band = b
                break

    fy = f.get("fiscal_year")
    if fy is not None:
        m = re.search(r"[0-9๐-๙]{2,4}", fy.text)
        year = be_year(m.group()) if m else None
        if year is not None and 2400 <= year <= 2700:
            put("fiscal_year", year, fy)
        else:
            conf["fiscal_year"] = 0.9  # label found, value blank or a placeholder
    else:
        for line in lines:  # "ปีงบประมาณ" inside a title line skipped above
            m = re.search(r"ปี\s*งบประมาณ\s*(?:พ\s*\.\s*ศ\s*\.?)?\s*([0-9๐-๙]{2,4})", line.text)
            if m:
                put("fiscal_year", be_year(m.group(1)), Value(m.group(1), line, m.start(1), line.confidence))
                break

    _period(lines, f, put)
    _rank(lines, all_lines, f, put, band)

    types, ticked = classroom_types(lines)
    values["classroom_types"] = types
    for i, t in enumerate(types):
        line = ticked[t]
        if line.first is not None:
            sources[f"classroom_types.{i}"] = line.first
            conf[f"classroom_types.{i}"] = line.confidence
    if types and ticked[types[0]].first is not None:
        sources["classroom_types"] = ticked[types[0]].first
        conf["classroom_types"] = ticked[types[0]].confidence

    header = Header(**{k: v for k, v in values.items() if v is not None})
    return HeaderResult(header, sources, conf)


def _period(lines: list[Line], f: dict[str, Value], put) -> None:
    pv = f.get("period")
    candidates: list[tuple[Line, int]] = []
    if pv is not None:
        idx = next((i for i, ln in enumerate(lines) if ln is pv.line), None)
        if idx is not None:
            candidates = [(lines[idx], pv.offset)] + [(ln, 0) for ln in lines[idx + 1: idx + 3]]
    else:
        candidates = [(ln, 0) for ln in lines if len(find_dates(ln.text)) >= 1
                      and re.search(r"ถึง|[-–]", ln.text)]
    dates = []
    after_to = False  # the first date found stands after "ถึง" (the start was left blank)
    src: Value | None = None
    for line, off in candidates:
        found = find_dates(line.text[off:])
        if found and src is None:
            src = Value(line.text, line, off + found[0].start, line.confidence)
            after_to = "ถึง" in line.text[off:off + found[0].start]
        dates.extend(found)
        if len(dates) >= 2:
            break
    if not dates:
        return
    if len(dates) == 1 and after_to:
        put("period", Period(start=None, end=dates[0].iso), src, 0.7)
        return
    start = dates[0].iso
    end = dates[1].iso if len(dates) > 1 else None
    put("period", Period(start=start, end=end), src, 1.0 if end else 0.7)


def _stated_ranks(all_lines: list[Line]) -> list[tuple[RankId, Line]]:
    """Ranks stated in running text: the title line, the เจตจำนง sentence, the Part 2 intro."""
    out = []
    for line in all_lines:
        if "ตำแหน่ง" in line.text and ("วิทยฐานะ" in line.text or "ครูผู้ช่วย" in line.text):
            r = rank_from_sentence(line.text)
            if r:
                out.append((r, line))
    return out


def _rank(lines: list[Line], all_lines: list[Line], f: dict[str, Value], put, band: str | None) -> None:
    """The rank, from the first of: the วิทยฐานะ field; a rank written as the position
    ("ครูชำนาญการพิเศษ"); the title line / เจตจำนง sentence; the salary band; "ครู" alone.
    A field contradicted by the form's own sentences gets a lower confidence."""
    stated = _stated_ranks(all_lines)
    rv = f.get("rank")
    pos = f.get("position")
    pos_rank = rank_from_value(pos.text) if pos and pos.text else None
    field, value, c = None, None, 1.0
    if rv is not None and rv.text and not is_placeholder(rv.text):
        field, value = rank_from_value(rv.text), rv
    if field is None and pos_rank and pos_rank != RankId.TEACHER:
        field, value, c = pos_rank, pos, 0.95
    if field is not None:
        if any(r != field for r, _ in stated):
            c = min(c, 0.7)
        put("rank", field, value, c)
        return
    if stated:
        r, line = stated[0]
        put("rank", r, Value(line.text, line, 0, line.confidence), 0.85)
        return
    r = rank_from_band(band)
    if r:
        src = next((ln for ln in lines if salary_band(ln.text) == band), None)
        if src is not None:
            put("rank", r, Value("", src, 0, src.confidence), 0.7)
        else:
            put("rank", r, None)
        return
    if pos_rank:
        put("rank", pos_rank, pos, 0.6)

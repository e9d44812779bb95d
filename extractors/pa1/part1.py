"""Part 1, item 2: the three areas with their tasks, outcomes and indicators, in every layout.

Layouts (`Pa1Document.layout`):
- "area-rows": the official table, one row (or several, vMerged/continued) per area;
- "item-rows": one row per item 1.1–3.3, often with full-width area heading rows;
- "semester-columns": the Tasks column split into ภาคเรียนที่ 1 / ภาคเรียนที่ 2;
- "paragraphs": no table, area headings then Tasks/Outcomes/Indicators subheadings.
Columns are known from their header text, else from their order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.pa1.lists import Item, item_code, join_wrapped, split_items
from extractors.pa1.sections import Line
from extractors.raw import Cell, Paragraph, RawDocument, Row, Table
from models.document import Area
from models.thai.normalize import to_arabic_digits

def _key(text: str) -> str:
    return to_arabic_digits(re.sub(r"\s+", "", text)).lower()


def cell_role(text: str) -> str | None:
    k = _key(text)
    if not k or len(k) > 220:
        return None
    if "ตัวชี้วัด" in k or "indicator" in k:
        return "indicators"
    if "ผลลัพธ์" in k or "outcome" in k:
        return "outcomes"
    if "ภาคเรียน" in k or "semester" in k:
        return "semester"
    if "ลักษณะงาน" in k or k.startswith(("ด้าน", "มาตรฐาน", "ประเด็น", "รายการ", "องค์ประกอบ", "ข้อ")):
        return "label"
    if "task" in k or k.startswith("งาน") and len(k) < 40:
        return "tasks"
    return None


def _cols(row: Row) -> list[tuple[int, int, Cell]]:
    """(first grid column, span, cell); falls back to cumulative spans when grid_col is unset."""
    cols = [c.grid_col for c in row.cells]
    if len(row.cells) > 1 and any(b <= a for a, b in zip(cols, cols[1:])):
        out, col = [], 0
        for c in row.cells:
            out.append((col, max(c.grid_span, 1), c))
            col += max(c.grid_span, 1)
        return out
    return [(c.grid_col, max(c.grid_span, 1), c) for c in row.cells]


@dataclass
class Columns:
    roles: dict[int, str]  # grid column → role
    task_cols: list[int]  # grid columns holding tasks, in order
    header_rows: int
    stated: bool = True  # False when guessed from column order
    # PDF: the x range of each header column, so rows of a table continued on the next page
    # (whose grid may differ) map to columns by position.
    xranges: dict[int, tuple[float, float]] = field(default_factory=dict)

    def role_at(self, col: int, span: int, cell: Cell) -> tuple[str | None, int]:
        """(role, grid column in this header's grid) of a data cell."""
        box = cell.ref.bbox
        if box is not None and self.xranges:
            overlaps = {c: min(x1, box[2]) - max(x0, box[0]) for c, (x0, x1) in self.xranges.items()}
            best = max(overlaps, key=lambda c: overlaps[c])
            if overlaps[best] > 0:
                return self.roles.get(best), best
        for c in range(col, col + span):
            if c in self.roles:
                return self.roles[c], c
        return None, col


def is_header_row(row: Row) -> bool:
    roles = {cell_role(c.text) for c in row.cells}
    return len(roles & {"tasks", "outcomes", "indicators"}) >= 2


def detect_columns(table: Table) -> Columns | None:
    """The column roles from the header row(s), or None when this is not a Part 1 table."""
    for h in range(min(3, len(table.rows))):
        row = table.rows[h]
        if not is_header_row(row):
            continue
        roles: dict[int, str] = {}
        header_cells = [(col, span, cell_role(cell.text), cell) for col, span, cell in _cols(row)]
        for k, (col, span, role, cell) in enumerate(header_cells):
            if role is None and col == 0 and not cell.text.strip():
                role = "label"
            if col == 0 and role in ("indicators", "outcomes") and any(
                    r == role for _, _, r, _ in header_cells[k + 1:]):
                role = "label"  # "ตัวชี้วัด/ประเด็น" over the item column, "ตัวชี้วัด (Indicators)" later
            for c in range(col, col + span):
                if role:
                    roles[c] = role
        header_rows = h + 1
        task_cols = sorted(c for c, r in roles.items() if r == "tasks")
        if header_rows < len(table.rows):
            sub = table.rows[header_rows]
            sems = [(col, cell) for col, span, cell in _cols(sub) if cell_role(cell.text) == "semester"]
            if sems:
                task_cols = [col for col, _ in sems]
                for col in task_cols:
                    roles[col] = "tasks"
                header_rows += 1
        if 0 not in roles and "label" not in roles.values():
            roles[0] = "label"  # an untitled first column names the areas
        xranges: dict[int, tuple[float, float]] = {}
        for r in table.rows[h:header_rows]:
            for col, span, cell in _cols(r):
                box = cell.ref.bbox
                if box is None:
                    continue
                if span == 1 or col not in xranges:
                    if span == 1 or not any(c in xranges for c in range(col, col + span)):
                        xranges[col] = (box[0], box[2])
        if len(xranges) < len({c for c in roles}):
            xranges = {}
        return Columns(roles, task_cols, header_rows, xranges=xranges)
    return None


def guess_columns(table: Table) -> Columns:
    """Column roles from their order, for a table continued without its header."""
    width = table.n_cols or max((sum(max(c.grid_span, 1) for c in r.cells) for r in table.rows), default=0)
    if width >= 5:
        roles = {0: "label", 1: "tasks", 2: "tasks", 3: "outcomes", 4: "indicators"}
        return Columns(roles, [1, 2], 0, stated=False)
    if width == 4:
        return Columns({0: "label", 1: "tasks", 2: "outcomes", 3: "indicators"}, [1], 0, stated=False)
    return Columns({0: "tasks", 1: "outcomes", 2: "indicators"}, [0], 0, stated=False)


# --- areas ----------------------------------------------------------------------------------

# An area heading between paragraphs must say "ด้าน" (a task may start with "การพัฒนาตนเอง…").
_PARA_AREA = re.compile(r"^(?:ด้านที่\(?([1-3])(?!\d)|\(?([1-3])[.)]?ด้าน|ด้าน(?=การจัดการเรียนรู้|การส่งเสริม|การพัฒนาตนเอง))")


_AREA_NAMES = (("การส่งเสริมและสนับสนุน", 2), ("การส่งเสริม", 2), ("การพัฒนาตนเอง", 3),
               ("การจัดการเรียนรู้", 1))


def area_number(text: str, strict: bool = False) -> int | None:
    """`"1. ด้านการจัดการเรียนรู้ …"`, `"ด้านที่ 2"`, `"ด้านการพัฒนาตนเองและวิชาชีพ"` → 1, 2, 3.

    Only a label that starts like an area heading counts (the long description under it, or
    its continuation on the next page, names other areas' words).  `strict` refuses a bare
    area name without "ด้าน" or a number.
    """
    k = _key(text)
    m = re.match(r"^ด้านที่\(?([1-3])(?!\d)", k)
    if m:
        return int(m.group(1))
    m = re.match(r"^\(?([1-3])[.)]?(?!\d)(ด้าน|การ)", k)
    if m:
        if m.group(2) == "ด้าน":
            return int(m.group(1))
        rest = k[m.end() - 3:]
        return int(m.group(1)) if any(rest.startswith(n) for n, _ in _AREA_NAMES) else None
    body = k[4:] if k.startswith("ด้าน") else (None if strict else k)
    if body is None:
        return None
    for name, number in _AREA_NAMES:
        if body.startswith(name):
            return number
    return None


@dataclass
class Entry:
    text: str
    paragraph: Paragraph
    confidence: float
    order: int = 0  # task column order (semester 1, 2)
    label: str | None = None




@dataclass
class AreaBuilder:
    number: int
    label: Paragraph | None = None
    tasks: list[Entry] = field(default_factory=list)
    outcomes: list[Entry] = field(default_factory=list)
    indicators: list[Entry] = field(default_factory=list)
    codes: list[str | None] = field(default_factory=list)  # parallel to tasks

    def add_tasks(self, items: list[Item], row_code: str | None, order: int, conf: float,
                  join_first: bool = False, continues: bool = False) -> None:
        numbered = continues or any(i.label for i in items[1:])
        for k, it in enumerate(items):
            if k == 0 and join_first and self._join("tasks", it, order, numbered):
                continue
            code, rest = item_code(it.text, self.number)
            text = rest if code else it.text
            if not text.strip():
                continue
            self.tasks.append(Entry(text, it.paragraph, min(it.confidence, conf), order, it.label))
            self.codes.append(code or row_code)

    def add(self, kind: str, items: list[Item], conf: float, join_first: bool = False,
            continues: bool = False) -> None:
        target = self.outcomes if kind == "outcomes" else self.indicators
        numbered = continues or any(i.label for i in items[1:])
        for k, it in enumerate(items):
            if k == 0 and join_first and self._join(kind, it, 0, numbered):
                continue
            target.append(Entry(it.text, it.paragraph, min(it.confidence, conf), 0, it.label))

    def _join(self, kind: str, item: Item, order: int, numbered: bool) -> bool:
        """Join an unnumbered first item to the last entry of its column (a row split by a page).
        In a numbered column only; in an unnumbered one only when `numbered` says the row is
        known to continue (an item row whose label continues too)."""
        entries = {"tasks": self.tasks, "outcomes": self.outcomes, "indicators": self.indicators}[kind]
        last = next((e for e in reversed(entries) if e.order == order), None)
        if last is None or item.label is not None:
            return False
        if last.label is None and not numbered:
            return False
        last.text = join_wrapped(last.text, item.text)
        last.confidence = min(last.confidence, 0.9)
        return True

    def has_content(self) -> bool:
        return bool(self.tasks or self.outcomes or self.indicators)

    def build(self) -> tuple[Area, dict[str, Paragraph], dict[str, float]]:
        order = sorted(range(len(self.tasks)), key=lambda i: (self.tasks[i].order, i))
        tasks = [self.tasks[i] for i in order]
        codes = [self.codes[i] for i in order]
        items: dict[str, list[int]] = {}
        for idx, code in enumerate(codes):
            if code:
                items.setdefault(code, []).append(idx)
        items = dict(sorted(items.items(), key=lambda kv: tuple(int(x) for x in kv[0].split("."))))
        area = Area(area=self.number, tasks=[e.text for e in tasks],
                    outcomes=[e.text for e in self.outcomes],
                    indicators=[e.text for e in self.indicators], items=items)
        sources: dict[str, Paragraph] = {}
        conf: dict[str, float] = {}
        if self.label is not None:
            sources[f"part1.{self.number}"] = self.label
        for kind, entries in (("tasks", tasks), ("outcomes", self.outcomes), ("indicators", self.indicators)):
            for i, e in enumerate(entries):
                key = f"part1.{self.number}.{kind}.{i}"
                sources[key] = e.paragraph
                conf[key] = round(e.confidence, 3)
        return area, sources, conf


@dataclass
class Part1Result:
    areas: list[Area]
    layout: str | None
    sources: dict[str, Paragraph]
    confidence: dict[str, float]
    tables: set[int]  # top-level block indexes of the Part 1 tables


class _State:
    def __init__(self) -> None:
        self.areas: dict[int, AreaBuilder] = {}
        self.current: int | None = None
        self.row_code: str | None = None
        self.item_rows = 0
        self.semester = False
        self.guessed_area = False
        self.headings = 0  # full-width area heading rows seen

    def area(self, number: int) -> AreaBuilder:
        if number not in self.areas:
            self.areas[number] = AreaBuilder(number)
        return self.areas[number]


def _row_cells(row: Row, cols: Columns) -> dict[str, list[tuple[int, Cell]]]:
    out: dict[str, list[tuple[int, Cell]]] = {}
    for col, span, cell in _cols(row):
        role, at = cols.role_at(col, span, cell)
        if role is None:
            continue
        if role == "tasks" and at not in cols.task_cols and cols.task_cols:
            at = cols.task_cols[0] if not cell.text.strip() or len(cols.task_cols) == 1 else at
        out.setdefault(role, []).append((at, cell))
    return out


def _read_table(table: Table, cols: Columns, st: _State, width: int, split_rows: bool) -> None:
    """Rows → areas.  `split_rows` (PDF): a row that starts no area or item and whose cells
    start without a list label continues the row above it (a row cut by a page break)."""
    body = [r for r in table.rows[cols.header_rows:]
            if not is_header_row(r) and any(c.text.strip() for c in r.cells)]
    data_rows = len(body)
    for r_index_data, row in enumerate(body):
        nonempty = [c for c in row.cells if c.text.strip()]
        # a full-width heading row: "ด้านที่ 1 ด้านการจัดการเรียนรู้"
        if len(nonempty) == 1 and (nonempty[0].grid_span >= max(width - 1, 2) or len(row.cells) == 1):
            n = area_number(nonempty[0].text, strict=True)
            if n is not None and item_code(nonempty[0].text)[0] is None:
                st.current = n
                st.row_code = None
                st.headings += 1
                st.area(n).label = st.area(n).label or (nonempty[0].paragraphs or [None])[0]
                continue
        cells = _row_cells(row, cols)
        label_cells = cells.get("label", [])
        label_text = "\n".join(c.text for _, c in label_cells).strip()
        conf = 1.0 if cols.stated else 0.8  # columns known from their order only
        starts = False
        if label_text:
            code, _ = item_code(label_text)
            if code:
                st.current = int(code[0])
                st.row_code = code
                st.item_rows += 1
                starts = True
            else:
                n = area_number(label_text, strict=st.row_code is not None)
                if n is not None and n == st.current and area_number(label_text, strict=True) is None:
                    n = None  # "การจัดการเรียนรู้ การศึกษา…": the description of this area goes on
                if n is not None:
                    st.current = n
                    st.row_code = None
                    starts = True
        if st.current is None and not starts and cols.roles.get(0) == "label" and _no_labels(cells):
            continue  # the rest of a header split over two rows ("ครอบคลุม", "ที่จะเกิดขึ้นกับผู้เรียน…")
        if "label" not in cols.roles.values() and not st.headings and data_rows == 3:
            # no label column: three rows are the three areas, in order
            st.current = min(r_index_data + 1, 3)
            st.guessed_area = True
            conf = 0.6
        elif st.current is None:
            # a first row that names no area: area 1
            st.current = 1
            st.guessed_area = True
            conf = 0.6
        builder = st.area(st.current)
        if label_cells and builder.label is None and label_cells[0][1].paragraphs:
            builder.label = label_cells[0][1].paragraphs[0]
        # PDF: a row that starts nothing may be the rest of the row above, cut by a page break
        # (or a row split by the reader): its unnumbered first lines continue that row's items.
        join = split_rows and not starts
        # the label itself runs on from the row above, or an item row goes on on the next page
        continues = bool(label_text) and not starts or (
            split_rows and st.row_code is not None and not label_text and _new_page(cells, builder))
        task_cells = sorted(cells.get("tasks", []), key=lambda x: x[0])
        if len(cols.task_cols) > 1 and len({col for col, c in task_cells if c.text.strip()}) > 1:
            st.semester = True
        for col, cell in task_cells:
            order = cols.task_cols.index(col) if col in cols.task_cols else 0
            builder.add_tasks(split_items(cell.paragraphs, wrapped=split_rows), st.row_code, order, conf,
                              join, continues)
        for kind in ("outcomes", "indicators"):
            for _, cell in cells.get(kind, []):
                builder.add(kind, split_items(cell.paragraphs, wrapped=split_rows), conf, join, continues)


def _new_page(cells: dict[str, list[tuple[int, Cell]]], builder: AreaBuilder) -> bool:
    """The row's text is on a later page than the last task of the area (PDF)."""
    last = builder.tasks[-1].paragraph.ref.page if builder.tasks else None
    pages = [p.ref.page for pairs in cells.values() for _, c in pairs for p in c.paragraphs]
    first = next((pg for pg in pages if pg is not None), None)
    return last is not None and first is not None and first > last


def _no_labels(cells: dict[str, list[tuple[int, Cell]]]) -> bool:
    """No cell of the row starts with a list label or holds more than one paragraph."""
    for role, pairs in cells.items():
        for _, cell in pairs:
            items = split_items(cell.paragraphs)
            if any(it.label for it in items) or len(items) > 1:
                return False
    return True


def _all_unlabelled_first(cells: dict[str, list[tuple[int, Cell]]]) -> bool:
    """Every non-empty content cell starts with text that has no list label."""
    seen = False
    for role in ("tasks", "outcomes", "indicators"):
        for _, cell in cells.get(role, []):
            items = split_items(cell.paragraphs)
            if not items:
                continue
            seen = True
            if items[0].label is not None:
                return False
    return seen


def _find_tables(raw: RawDocument, start_block: int, end_block: int) -> list[tuple[int, Table, Columns | None]]:
    """Part 1 tables in [start_block, end_block): those with a Part 1 header, the tables that
    continue them, and Part 1 tables nested inside a wrapper table."""
    found: list[tuple[int, Table, Columns | None]] = []

    def nested(table: Table) -> list[Table]:
        out = []
        for row in table.rows:
            for cell in row.cells:
                for b in cell.blocks:
                    if isinstance(b, Table):
                        out.append(b)
        return out

    for i in range(start_block, end_block):
        block = raw.blocks[i]
        if not isinstance(block, Table):
            continue
        cols = detect_columns(block)
        if cols is not None:
            found.append((i, block, cols))
            continue
        inner = [(t, detect_columns(t)) for t in nested(block)]
        inner = [(t, c) for t, c in inner if c is not None]
        if inner:
            found.extend((i, t, c) for t, c in inner)
        elif found and _continues(block, found[-1][1]):
            found.append((i, block, None))
        elif not found and _looks_like_part1(block):
            found.append((i, block, guess_columns(block)))  # no header row: columns by order
    return found


def _looks_like_part1(table: Table) -> bool:
    """A headerless table whose first cells name at least two of the three areas."""
    width = table.n_cols or max((len(r.cells) for r in table.rows), default=0)
    if width < 3:
        return False
    areas = set()
    for row in table.rows:
        if not row.cells:
            continue
        text = row.cells[0].text
        code = item_code(text)[0]
        areas.add(int(code[0]) if code else area_number(text, strict=True))
    return len(areas - {None}) >= 2


def _continues(table: Table, previous: Table) -> bool:
    """A table right after a Part 1 table with the same width or, in a PDF, the same left and
    right edges (a page break split it; the reader may see a different grid)."""
    width = table.n_cols or max((len(r.cells) for r in table.rows), default=0)
    pwidth = previous.n_cols or max((len(r.cells) for r in previous.rows), default=0)
    if width < 3:
        return False
    if width == pwidth:
        return True
    a, b = table.ref.bbox, previous.ref.bbox
    return a is not None and b is not None and abs(a[0] - b[0]) < 15 and abs(a[2] - b[2]) < 15


def parse_part1_tables(raw: RawDocument, start_block: int, end_block: int) -> Part1Result | None:
    tables = _find_tables(raw, start_block, end_block)
    if not tables:
        return None
    st = _State()
    last: Columns | None = None
    semesters = False
    for _, table, cols in tables:
        if cols is None:
            cols = last or guess_columns(table)
            cols = _semester_subheader(table, cols) or Columns(cols.roles, cols.task_cols, 0, cols.stated,
                                                               cols.xranges)
        width = table.n_cols or max((sum(max(c.grid_span, 1) for c in r.cells) for r in table.rows), default=0)
        _read_table(table, cols, st, width, split_rows=raw.format == "pdf")
        semesters = semesters or len(cols.task_cols) > 1
        last = cols
    if st.item_rows >= 3:
        layout = "item-rows"
    elif st.semester or any(len(c.task_cols) > 1 for _, _, c in tables if c) or semesters:
        layout = "semester-columns"
    else:
        layout = "area-rows"
    return _finish(st, layout, {i for i, _, _ in tables})


def _semester_subheader(table: Table, cols: Columns) -> Columns | None:
    """PDF: a header cut by a page break, its "ภาคเรียนที่ 1 / 2" row opening the next table.
    The semester cells become the task columns, by position."""
    if not table.rows or not cols.xranges:
        return None
    sems = [c for c in table.rows[0].cells if cell_role(c.text) == "semester" and c.ref.bbox is not None]
    if len(sems) < 2:
        return None
    roles = {c: r for c, r in cols.roles.items() if r != "tasks"}
    xranges = {c: x for c, x in cols.xranges.items() if c in roles}
    task_cols = []
    for k, cell in enumerate(sems):
        key = 1000 + k  # outside any real grid
        roles[key] = "tasks"
        xranges[key] = (cell.ref.bbox[0], cell.ref.bbox[2])
        task_cols.append(key)
    return Columns(roles, task_cols, 1, cols.stated, xranges)


def _finish(st: _State, layout: str, tables: set[int]) -> Part1Result:
    areas, sources, conf = [], {}, {}
    for n in sorted(st.areas):
        b = st.areas[n]
        if not b.has_content():
            continue
        area, s, c = b.build()
        areas.append(area)
        sources.update(s)
        conf.update(c)
    return Part1Result(areas, layout, sources, conf, tables)


# --- paragraphs layout ----------------------------------------------------------------------

_SUB = [("tasks", re.compile(r"^(?:[0-9.)]*)?(?:งาน(?:\(tasks?\))?|tasks?)[:：]?$|^งาน\(tasks?\)", re.I)),
        ("outcomes", re.compile(r"^(?:[0-9.)]*)?(?:ผลลัพธ์|outcomes?)", re.I)),
        ("indicators", re.compile(r"^(?:[0-9.)]*)?(?:ตัวชี้วัด|indicators?)", re.I))]


_GLUED_SUB = re.compile(r"(งาน\s*\(\s*Tasks?\s*\)|ผลลัพธ์\s*\(\s*Outcomes?\s*\)|ตัวชี้วัด\s*\(\s*Indicators?\s*\))\s*:?\s*$",
                        re.I)


def _subheading(line: Line) -> tuple[str | None, str]:
    """("tasks", rest) for "งาน (Tasks)" / "ผลลัพธ์ (Outcomes) : …"; (None, "") otherwise."""
    k = _key(line.text)
    if len(k) > 90:
        return None, ""
    for kind, pattern in _SUB:
        if pattern.match(k):
            if kind != "tasks" and re.search(r"\d", k[12:]) and len(k) > 40:
                return None, ""  # "ตัวชี้วัดที่ 1 ร้อยละ 80 …" is content, not a heading
            rest = ""
            m = re.search(r"[:：]", line.text)
            if m:
                rest = line.text[m.end():].strip()
            return kind, rest
    return None, ""


def parse_part1_paragraphs(lines: list[Line], *, pdf: bool = False) -> Part1Result | None:
    st = _State()
    kind: str | None = None
    buffer: list[Paragraph] = []
    seen: set[int] = set()

    def flush() -> None:
        if st.current is None or kind is None or not buffer:
            buffer.clear()
            return
        items = split_items(buffer, wrapped=pdf)
        b = st.area(st.current)
        if kind == "tasks":
            b.add_tasks(items, None, 0, 1.0)
        else:
            b.add(kind, items, 1.0)
        buffer.clear()

    for line in lines:
        k = _key(line.text)
        m = _PARA_AREA.match(k) if len(k) < 120 else None
        if m:
            flush()
            st.current = area_number(k) or int(m.group(1) or m.group(2) or 1)
            kind = None
            if line.first is not None:
                st.area(st.current).label = line.first
            continue
        glued = _GLUED_SUB.search(line.text)
        if glued and glued.start() > 0 and line.first is not None:
            # a reader joined the last line of a list with the next subheading
            p = line.first
            if id(p) not in seen:
                seen.add(id(p))
                buffer.append(Paragraph(line.text[:glued.start()].strip(), p.ref, p.style, p.label,
                                        p.bold, min(p.confidence, 0.9)))
            line = Line(glued.group(1), [(0, len(glued.group(1)), p)], line.block, line.in_table)
        sub, rest = _subheading(line)
        if sub is not None:
            flush()
            kind = sub
            if rest and line.first is not None:
                buffer.append(Paragraph(rest, line.first.ref, line.first.style, None, line.first.bold,
                                        line.first.confidence))
            continue
        p = line.first
        if p is None or id(p) in seen:
            continue
        seen.add(id(p))
        buffer.append(p)
    flush()
    if not any(b.has_content() for b in st.areas.values()):
        return None
    return _finish(st, "paragraphs", set())

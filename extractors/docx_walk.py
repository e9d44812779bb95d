"""Walk a DOCX body in document order into RawDocument blocks, with exact SourceRefs.

Index scheme (the same in `locate()`, which turns a SourceRef back into its element):

- A paragraph or table that is a direct child of its container (body or cell) has the index
  python-docx gives it (`document.paragraphs[i]`, `document.tables[i]`, `cell._tc.p_lst[i]`).
- Paragraphs/tables wrapped in block-level content controls (`w:sdt`) or custom XML, which
  python-docx does not list, are numbered after those: `len(direct) + j`, j in document order.
  So a direct index never shifts, and a wrapped one never collides with it.
- Rows and cells follow the same rule: `row` is python-docx's `table.rows[i]` index and `cell`
  the index of the real `<w:tc>` in `row._tr.tc_lst` (vMerge continuations count, they are just
  not emitted again; python-docx's `row.cells`, which repeats merged cells, is NOT the scheme).
  Rows/cells wrapped in content controls are numbered after the direct ones.
- `nested` is (table, row, cell) per level of nested table (table = index among the cell's
  tables); a nested Table block's own ref ends with its table index alone. `line` is the
  paragraph inside the (innermost) cell, as in `cell.paragraphs[line]`.
- Paragraphs of a text box share the ref of the paragraph that anchors the text box.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from extractors.budget import Budget
from extractors.docx_ns import qn
from extractors.docx_numbering import Numbering
from extractors.docx_text import (T_P, T_SDT, T_SDTCONTENT, T_SDTPR, ParagraphReader, _on,
                                  paragraph_props)
from extractors.raw import Block, Cell, Paragraph, Row, Table
from models.document import SourceRef
from models.thai.normalize import normalize

T_TBL, T_TR, T_TC = qn("w:tbl"), qn("w:tr"), qn("w:tc")
T_CUSTOM = qn("w:customXml")
W_VAL = qn("w:val")
_CHECK_EVERY = 256  # paragraphs between budget checks


def _wrapped(el, want: tuple[str, ...], placeholder: bool = False) -> Iterator[tuple[object, bool]]:
    """Elements with a tag in `want` inside a content control / custom XML wrapper, in order."""
    tag = el.tag
    if tag == T_SDT:
        pr = el.find(T_SDTPR)
        plc = pr.find(qn("w:showingPlcHdr")) if pr is not None else None
        placeholder = placeholder or (plc is not None and _on(plc))
        content = el.find(T_SDTCONTENT)
        children = content if content is not None else ()
    elif tag == T_CUSTOM or tag == T_SDTCONTENT:
        children = el
    else:
        return
    for child in children:
        if child.tag in want:
            yield child, placeholder
        else:
            yield from _wrapped(child, want, placeholder)


def indexed(container, want: tuple[str, ...] = (T_P, T_TBL)) -> Iterator[tuple[object, int, bool]]:
    """(element, index, is_placeholder) for each w:p / w:tbl of a container, in document order."""
    direct = {tag: 0 for tag in want}
    for child in container:
        if child.tag in direct:
            direct[child.tag] += 1
    counters = dict.fromkeys(want, 0)
    wrapped = dict.fromkeys(want, 0)
    for child in container:
        tag = child.tag
        if tag in counters:
            yield child, counters[tag], False
            counters[tag] += 1
        elif tag == T_SDT or tag == T_CUSTOM:
            for el, plc in _wrapped(child, want):
                yield el, direct[el.tag] + wrapped[el.tag], plc
                wrapped[el.tag] += 1


def real_rows(tbl) -> list[tuple[object, int]]:
    """(w:tr, index) in document order; rows wrapped in content controls are numbered after the
    direct ones, so a direct row's index is python-docx's `table.rows[i]`."""
    return [(el, i) for el, i, _ in indexed(tbl, (T_TR,))]


def real_cells(tr) -> list[tuple[object, int]]:
    """(w:tc, index) in document order, indexed like `row._tr.tc_lst[i]` for direct cells."""
    return [(el, i) for el, i, _ in indexed(tr, (T_TC,))]


def locate(body, ref: SourceRef):
    """The w:p (or w:tc / w:tbl) element a DOCX SourceRef points at, or None."""
    def pick(container, tag, index):
        for el, i, _ in indexed(container, (tag,)):
            if i == index:
                return el
        return None

    if ref.kind == "paragraph":
        return pick(body, T_P, ref.paragraph) if ref.paragraph is not None else None
    if ref.kind != "cell" or ref.table is None:
        return None
    tbl = pick(body, T_TBL, ref.table)
    path = [ref.row, ref.cell, *ref.nested]
    el = tbl
    while el is not None and path:
        if path[0] is None:
            break
        if len(path) >= 2 and path[1] is not None:
            tr = dict((i, e) for e, i in real_rows(el)).get(path[0])
            tc = dict((i, e) for e, i in real_cells(tr)).get(path[1]) if tr is not None else None
            if tc is None:
                return None
            el = tc
            path = path[2:]
            if path:  # a nested table index inside this cell
                el = pick(el, T_TBL, path[0])
                path = path[1:]
        else:
            break
    if el is not None and ref.line is not None and el.tag == T_TC:
        return pick(el, T_P, ref.line)
    return el


@dataclass
class _ParaDraft:
    raw: str
    ref: SourceRef
    style: str | None
    label: str | None
    bold: bool
    text: str = ""  # set by the batch normalisation in Walker.finish()


@dataclass
class _CellDraft:
    blocks: list
    ref: SourceRef
    grid_col: int
    grid_span: int
    row_span: int = 1


@dataclass
class _TableDraft:
    rows: list[list[_CellDraft]]
    ref: SourceRef
    n_cols: int


@dataclass
class Walker:
    """Walks once collecting drafts; `finish()` normalises every text in one pass (one regex
    run over the whole document instead of one per paragraph) and freezes the blocks."""

    reader: ParagraphReader
    numbering: Numbering
    budget: Budget
    notes: list[str] = field(default_factory=list)
    _seen: int = 0
    _paras: list[_ParaDraft] = field(default_factory=list)

    def read_body(self, body) -> list[Block]:
        drafts = self._body(body)
        self.budget.check()
        _normalize_all(self._paras)
        return _freeze(drafts)

    # -- containers ----------------------------------------------------------------------
    def _body(self, body) -> list:
        out: list = []
        for el, i, plc in indexed(body):
            if el.tag == T_P:
                self._paragraph(el, SourceRef(kind="paragraph", paragraph=i), out, plc)
            else:
                out.append(self._table(el, SourceRef(kind="cell", table=i), ()))
        if body.find(qn("w:altChunk")) is not None:
            self.notes.append("altchunk-not-read: an embedded document (w:altChunk) was skipped")
        return out

    def _cell_blocks(self, tc, base: SourceRef) -> list:
        out: list = []
        for el, i, plc in indexed(tc):
            if el.tag == T_P:
                self._paragraph(el, base.model_copy(update={"line": i}), out, plc)
            else:
                out.append(self._table(el, base, (i,)))
        return out

    def _textbox(self, txbx, ref: SourceRef, out: list) -> None:
        for el, _, plc in indexed(txbx):
            if el.tag == T_P:
                self._paragraph(el, ref, out, plc)
            else:  # a table in a text box: its paragraphs, flattened, on the anchor
                for p in el.iter(T_P):
                    self._paragraph(p, ref, out, plc, boxes=False)

    # -- paragraphs ----------------------------------------------------------------------
    def _paragraph(self, p, ref: SourceRef, out: list, placeholder: bool,
                   boxes: bool = True) -> None:
        self._seen += 1
        if self._seen % _CHECK_EVERY == 0:
            self.budget.check()
        style_id, num_id, ilvl = paragraph_props(p)
        label = self.numbering.label(num_id, ilvl, style_id)  # empty paragraphs count too
        read = self.reader.read(p, style_id)
        if not placeholder and read.text.strip():
            draft = _ParaDraft(read.text, ref, self.reader.styles.name(style_id), label, read.bold)
            self._paras.append(draft)
            out.append(draft)
        if boxes:
            for txbx in read.textboxes:
                self._textbox(txbx, ref, out)

    # -- tables --------------------------------------------------------------------------
    def _table(self, tbl, ref: SourceRef, nested_prefix: tuple[int, ...]) -> _TableDraft:
        """`ref` is the table's top-level ref (table=…) or, for a nested table, the ref of the
        cell holding it; `nested_prefix` is the nested table's index in that cell."""
        nested_base = (*ref.nested, *nested_prefix)
        table_ref = ref.model_copy(update={"nested": nested_base, "line": None})
        grid = tbl.find(qn("w:tblGrid"))
        n_cols = len(grid.findall(qn("w:gridCol"))) if grid is not None else 0
        rows: list[list[_CellDraft]] = []
        open_merges: dict[int, _CellDraft] = {}
        for tr, r in real_rows(tbl):
            col = _tr_grid(tr, "w:gridBefore")
            drafts: list[_CellDraft] = []
            continued: set[int] = set()
            last: _CellDraft | None = None
            for tc, c in real_cells(tr):
                span, vmerge, hmerge = _tc_props(tc)
                if nested_prefix:
                    cell_ref = ref.model_copy(update={"nested": (*nested_base, r, c), "line": None})
                else:
                    cell_ref = SourceRef(kind="cell", table=ref.table, row=r, cell=c)
                blocks = self._cell_blocks(tc, cell_ref)
                if hmerge == "continue" and last is not None:  # legacy horizontal merge
                    last.grid_span = min(last.grid_span + span, MAX_GRID_SPAN)
                    last.blocks.extend(blocks)
                    col += span
                    continue
                origin = open_merges.get(col)
                if vmerge == "continue" and origin is not None:
                    origin.row_span += 1
                    origin.blocks.extend(blocks)  # Word shows only the first cell: normally empty
                    continued.add(col)
                    last = None
                else:
                    last = _CellDraft(blocks=blocks, ref=cell_ref, grid_col=col, grid_span=span)
                    drafts.append(last)
                    if vmerge is not None:  # restart (or an orphan continue: starts a region)
                        open_merges[col] = last
                        continued.add(col)
                col += span
            for k in [k for k in open_merges if k not in continued]:
                del open_merges[k]
            n_cols = max(n_cols, col + _tr_grid(tr, "w:gridAfter"))
            rows.append(drafts)
        return _TableDraft(rows=rows, ref=table_ref, n_cols=n_cols)


def _normalize_all(paras: list[_ParaDraft]) -> None:
    """normalize() once over all texts joined by NUL (which XML text cannot contain and no
    normalisation step touches or crosses); per text if the split ever disagrees."""
    if not paras:
        return
    joined = normalize("\x00".join(d.raw for d in paras))
    parts = joined.split("\x00")
    if len(parts) != len(paras):
        parts = [normalize(d.raw) for d in paras]
    for draft, text in zip(paras, parts):
        if "\n" in text:
            text = "\n".join(line.rstrip() for line in text.split("\n"))
        draft.text = text.strip()


def _freeze(blocks: list) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, _ParaDraft):
            if b.text:  # a paragraph of zero-width spaces is empty once normalised
                out.append(Paragraph(text=b.text, ref=b.ref, style=b.style, label=b.label,
                                     bold=b.bold))
        else:
            out.append(Table(
                rows=[Row(cells=[Cell(blocks=_freeze(c.blocks), ref=c.ref, grid_col=c.grid_col,
                                      grid_span=c.grid_span, row_span=c.row_span) for c in row])
                      for row in b.rows],
                ref=b.ref, n_cols=b.n_cols))
    return out


# Word's tables have at most 63 columns: a larger gridSpan/gridBefore/gridAfter is corrupt or hostile
# (a span of 10 million made the column detector build a 1 GB map from a 20 KB file).
MAX_GRID_SPAN = 64


def _tr_grid(tr, tag: str) -> int:
    trpr = tr.find(qn("w:trPr"))
    if trpr is None:
        return 0
    el = trpr.find(qn(tag))
    try:
        return min(max(int(el.get(W_VAL, "0")), 0), MAX_GRID_SPAN) if el is not None else 0
    except ValueError:
        return 0


def _tc_props(tc) -> tuple[int, str | None, str | None]:
    """(gridSpan, vMerge "restart"/"continue"/None, hMerge "restart"/"continue"/None)."""
    pr = tc.find(qn("w:tcPr"))
    if pr is None:
        return 1, None, None
    span = 1
    gs = pr.find(qn("w:gridSpan"))
    if gs is not None:
        try:
            span = min(max(int(gs.get(W_VAL, "1")), 1), MAX_GRID_SPAN)
        except ValueError:
            span = 1
    vm, hm = pr.find(qn("w:vMerge")), pr.find(qn("w:hMerge"))
    vmerge = (vm.get(W_VAL) or "continue") if vm is not None else None
    hmerge = (hm.get(W_VAL) or "continue") if hm is not None else None
    return span, vmerge, hmerge

"""Extraction benchmark over the sample corpus (samples/): every producer and layout against the goldens.

    python -m benchmarks.samples_extraction [SAMPLES_DIR] [--files-only]

For each PA1 file in samples/documents/ (<scenario>.docx, <scenario>.lo.docx,
<scenario>.<producer>.pdf) it runs `extractors.extract` and compares the document with
samples/expected/<scenario>.document.json:

- cells: every task, outcome and indicator string of the golden, found in the same area and
  list (each extracted string used once), plus every `items` code mapped to the same task
  indexes. DOCX compares strings exactly; PDF compares them with whitespace removed (a line
  break in a PDF cannot say whether a space was there).
- fields: header fields, workload hours, and Part 2 (title, problem, each method / result entry).
- CER: Levenshtein distance between all golden strings concatenated and the extracted strings
  concatenated in the same order, whitespace removed, divided by the golden length.
- ms/page: `extract()` time next to the bare floor on the same bytes — pypdfium2 text of every
  page (PDF) or python-docx `Document()` (DOCX).
The non-PA1 files (expected/not-pa1.json) must give is_pa1 False.

Prints per producer and per layout, and exits 1 when a DOCX is not exact, a PDF producer has
CER > 0.5 % or < 98 % cells, or a non-PA1 file is taken for a PA1. `run()` returns the per-file
rows and `format_table()` prints them, so a wider benchmark can fold this one in.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CER_MAX = 0.005
CELLS_MIN = 0.98
_WS = re.compile(r"\s+")
HEADER_FIELDS = ("name", "position", "rank", "salary_band", "school", "affiliation", "fiscal_year",
                 "period", "classroom_types")
WORKLOAD_FIELDS = ("teaching", "support", "quality", "policy", "total")
LISTS = ("tasks", "outcomes", "indicators")
PART2_LISTS = ("method", "quantitative", "qualitative")


@dataclass
class FileRow:
    """One file's scores; `format_table` aggregates them per producer and per layout."""

    file: str
    scenario: str
    producer: str  # docx, docx-lo, lo-thsarabunpsk, …, chrome-thsarabunnew, not-pa1-docx, not-pa1-pdf
    layout: str  # area-rows, item-rows, semester-columns, paragraphs, merged, not-pa1
    expect_pa1: bool = True
    is_pa1: bool | None = None
    error: str | None = None
    pages: int = 0
    cells: int = 0
    cells_ok: int = 0
    fields: int = 0
    fields_ok: int = 0
    chars: int = 0  # golden characters (whitespace removed)
    edits: int = 0  # Levenshtein distance to them
    exact: bool = False  # document == golden, key by key
    ms: float = 0.0  # extract()
    floor_ms: float = 0.0  # pypdfium2 text / python-docx Document()
    misses: list[str] = field(default_factory=list)  # what was not matched (for reading, not logging)

    @property
    def is_pdf(self) -> bool:
        return self.file.endswith(".pdf")

    @property
    def cer(self) -> float:
        return self.edits / self.chars if self.chars else 0.0

    @property
    def ok(self) -> bool:
        if not self.expect_pa1:
            return self.error is None and self.is_pa1 is False
        return self.error is None and bool(self.is_pa1)


# ---- scoring --------------------------------------------------------------------------------

def levenshtein(a: str, b: str) -> int:
    """Exact edit distance, bit-parallel (Myers 1999 / Hyyrö 2001) on Python ints: O(len(b)) big-int steps."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    m = len(a)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = full, 0, m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & full) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


def squash(text: Any) -> str:
    return _WS.sub("", text) if isinstance(text, str) else json.dumps(text, ensure_ascii=False)


def strings_of(doc: dict[str, Any] | None) -> list[str]:
    """Every string of a contract document in a fixed order (the CER sequence)."""
    if not doc:
        return []
    out: list[str] = []
    h = doc.get("header") or {}
    out += [h[k] for k in ("name", "school", "affiliation") if isinstance(h.get(k), str)]
    for area in (doc.get("part1") or {}).get("areas", []):
        for key in LISTS:
            out += [s for s in area.get(key, []) if isinstance(s, str)]
    p2 = doc.get("part2") or {}
    out += [p2[k] for k in ("title", "problem") if isinstance(p2.get(k), str)]
    for key in PART2_LISTS:
        out += [s for s in p2.get(key, []) if isinstance(s, str)]
    return out


def _match_list(want: list[str], got: list[str], same) -> tuple[int, list[str]]:
    """How many wanted strings appear in `got` (each extracted string used once)."""
    pool = list(got)
    ok, misses = 0, []
    for w in want:
        hit = next((i for i, g in enumerate(pool) if same(w, g)), None)
        if hit is None:
            misses.append(w)
        else:
            ok += 1
            pool.pop(hit)
    return ok, misses


def score(row: FileRow, gold: dict[str, Any], doc: dict[str, Any] | None) -> None:
    """Fill cells/fields/CER/exact of `row` comparing `doc` (extracted) with `gold`."""
    exact_strings = not row.is_pdf

    def same(a: Any, b: Any) -> bool:
        if isinstance(a, str) and isinstance(b, str) and not exact_strings:
            return squash(a) == squash(b)
        return a == b

    doc = doc or {}
    got_areas = {a.get("area"): a for a in (doc.get("part1") or {}).get("areas", [])}
    for area in gold["part1"]["areas"]:
        got = got_areas.get(area["area"], {})
        for key in LISTS:
            ok, misses = _match_list(area[key], got.get(key, []), same)
            row.cells += len(area[key])
            row.cells_ok += ok
            row.misses += [f"part1.{area['area']}.{key}: {m[:40]}" for m in misses]
        for code, idx in area["items"].items():
            row.cells += 1
            if (got.get("items") or {}).get(code) == idx:
                row.cells_ok += 1
            else:
                row.misses.append(f"part1.{area['area']}.items.{code}")
    if set(got_areas) - {a["area"] for a in gold["part1"]["areas"]}:
        row.misses.append("part1: extra areas")
        row.cells += 1  # an invented area is one error
    gh, dh = gold["header"], doc.get("header") or {}
    for key in HEADER_FIELDS:
        row.fields += 1
        if same(gh[key], dh.get(key)):
            row.fields_ok += 1
        else:
            row.misses.append(f"header.{key}")
    gw, dw = gold["workload"], doc.get("workload") or {}
    for key in WORKLOAD_FIELDS:
        row.fields += 1
        if gw[key] == dw.get(key):
            row.fields_ok += 1
        else:
            row.misses.append(f"workload.{key}")
    g2, d2 = gold["part2"], doc.get("part2")
    if g2 is None:
        row.fields += 1
        row.fields_ok += d2 is None
        if d2 is not None:
            row.misses.append("part2 should be null")
    else:
        d2 = d2 or {}
        for key in ("title", "problem"):
            row.fields += 1
            if same(g2[key], d2.get(key)):
                row.fields_ok += 1
            else:
                row.misses.append(f"part2.{key}")
        for key in PART2_LISTS:
            ok, misses = _match_list(g2[key], d2.get(key, []), same)
            row.fields += len(g2[key])
            row.fields_ok += ok
            row.misses += [f"part2.{key}: {m[:40]}" for m in misses]
    want = "".join(squash(s) for s in strings_of(gold))
    have = "".join(squash(s) for s in strings_of(doc))
    row.chars = len(want)
    row.edits = levenshtein(want, have)
    row.exact = doc == gold


# ---- timing floors --------------------------------------------------------------------------

def floor_ms(data: bytes, is_pdf: bool) -> tuple[float, int]:
    """(ms, pages) of the bare library read: pypdfium2 text of every page, or python-docx load."""
    t0 = time.perf_counter()
    pages = 0
    if is_pdf:
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(data)
        try:
            pages = len(pdf)
            for i in range(pages):
                page = pdf[i]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
        finally:
            pdf.close()
    else:
        import docx
        docx.Document(io.BytesIO(data))
    return (time.perf_counter() - t0) * 1000, pages


# ---- the run --------------------------------------------------------------------------------

def producer_of(name: str) -> str:
    if name.endswith(".lo.docx"):
        return "docx-lo"
    if name.endswith(".docx"):
        return "docx"
    parts = name.split(".")
    return parts[-2] if len(parts) >= 3 else "pdf"


def _extract(data: bytes, filename: str):
    from extractors import extract
    return extract(data, filename)


def run(samples_dir: Path | str | None = None, producers: list[str] | None = None) -> list[FileRow]:
    """Extract every sample file and score it; one FileRow per file."""
    samples = Path(samples_dir) if samples_dir else ROOT / "samples"
    docs, expected = samples / "documents", samples / "expected"
    specs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((samples / "specs").glob("*.json"))}
    rows: list[FileRow] = []
    files = sorted(p for p in docs.iterdir() if p.suffix in (".docx", ".pdf"))
    for path in files:
        scenario = path.name.split(".")[0]
        producer = producer_of(path.name)
        if producers and producer not in producers:
            continue
        gold_path = expected / f"{scenario}.document.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        layout = specs.get(scenario, {}).get("layout", {}).get("part1", "?")
        row = FileRow(file=str(path.relative_to(samples)), scenario=scenario, producer=producer, layout=layout)
        _run_one(row, path.read_bytes(), gold)
        rows.append(row)
    listing = expected / "not-pa1.json"
    if listing.exists() and (not producers or any(p.startswith("not-pa1") for p in producers)):
        for entry in json.loads(listing.read_text(encoding="utf-8")):
            path = samples / entry["file"]
            if not path.exists():
                continue
            row = FileRow(file=entry["file"], scenario=path.stem, layout="not-pa1", expect_pa1=False,
                          producer="not-pa1-pdf" if path.suffix == ".pdf" else "not-pa1-docx")
            _run_one(row, path.read_bytes(), None)
            rows.append(row)
    return rows


def _run_one(row: FileRow, data: bytes, gold: dict[str, Any] | None) -> None:
    row.floor_ms, row.pages = floor_ms(data, row.is_pdf)
    t0 = time.perf_counter()
    try:
        ex = _extract(data, Path(row.file).name)
    except Exception as exc:  # the benchmark reports, it does not stop
        row.ms = (time.perf_counter() - t0) * 1000
        row.error = f"{type(exc).__name__}: {str(exc)[:120]}"
        if gold is not None:
            score(row, gold, None)
        return
    row.ms = (time.perf_counter() - t0) * 1000
    row.pages = getattr(ex, "pages", 0) or row.pages or 1
    row.is_pa1 = bool(ex.is_pa1)
    if gold is not None:
        doc = ex.document.dump() if ex.document is not None else None
        score(row, gold, doc)


# ---- reporting ------------------------------------------------------------------------------

@dataclass
class Group:
    name: str
    files: int = 0
    failed: int = 0
    exact: int = 0
    cells: int = 0
    cells_ok: int = 0
    fields: int = 0
    fields_ok: int = 0
    chars: int = 0
    edits: int = 0
    ms_page: list[float] = field(default_factory=list)
    floor_page: list[float] = field(default_factory=list)

    def add(self, r: FileRow) -> None:
        self.files += 1
        self.failed += not r.ok
        self.exact += r.exact
        self.cells += r.cells
        self.cells_ok += r.cells_ok
        self.fields += r.fields
        self.fields_ok += r.fields_ok
        self.chars += r.chars
        self.edits += r.edits
        pages = max(r.pages, 1)
        self.ms_page.append(r.ms / pages)
        self.floor_page.append(r.floor_ms / pages)

    @property
    def cell_share(self) -> float:
        return self.cells_ok / self.cells if self.cells else 1.0

    @property
    def field_share(self) -> float:
        return self.fields_ok / self.fields if self.fields else 1.0

    @property
    def cer(self) -> float:
        return self.edits / self.chars if self.chars else 0.0


def group(rows: list[FileRow], key: str) -> list[Group]:
    out: dict[str, Group] = {}
    for r in rows:
        out.setdefault(getattr(r, key), Group(getattr(r, key))).add(r)
    return [out[k] for k in sorted(out)]


def format_table(rows: list[FileRow]) -> str:
    """Per producer, then per layout: files, failures, exact documents, cells, fields, CER, ms/page."""
    head = (f"{'':22} {'files':>5} {'fail':>4} {'exact':>5} {'cells':>7} {'fields':>7} {'CER':>7} "
            f"{'ms/page':>8} {'floor':>7}")
    lines = []
    for title, key in (("producer", "producer"), ("layout", "layout")):
        lines.append(f"{title:22}" + head[22:])
        for g in group(rows, key):
            ms = statistics.median(g.ms_page) if g.ms_page else 0.0
            fl = statistics.median(g.floor_page) if g.floor_page else 0.0
            lines.append(f"{g.name:22} {g.files:5d} {g.failed:4d} {g.exact:5d} {g.cell_share:7.2%} "
                         f"{g.field_share:7.2%} {g.cer:7.3%} {ms:8.1f} {fl:7.2f}")
        lines.append("")
    lines.append("cells = Part 1 strings in the right area and list (+ items); fields = header, workload, "
                 "Part 2; ms/page and floor = median of extract() and of pypdfium2 text / python-docx load.")
    return "\n".join(lines)


def check_thresholds(rows: list[FileRow]) -> list[str]:
    """What fails the bar: inexact DOCX, PDF producers over CER 0.5 % or under 98 % cells, misread non-PA1."""
    fails: list[str] = []
    for r in rows:
        if r.error:
            fails.append(f"{r.file}: {r.error}")
        elif not r.ok:
            fails.append(f"{r.file}: is_pa1={r.is_pa1}, expected {r.expect_pa1}")
        elif r.expect_pa1 and not r.is_pdf and not r.exact:
            fails.append(f"{r.file}: DOCX not exact ({len(r.misses)} differences)")
    for g in group([r for r in rows if r.is_pdf and r.expect_pa1], "producer"):
        if g.cer > CER_MAX:
            fails.append(f"{g.name}: CER {g.cer:.3%} > {CER_MAX:.1%}")
        if g.cell_share < CELLS_MIN:
            fails.append(f"{g.name}: cells {g.cell_share:.2%} < {CELLS_MIN:.0%}")
    return fails


def format_files(rows: list[FileRow]) -> str:
    lines = [f"{'file':64} {'ok':>3} {'cells':>7} {'fields':>7} {'CER':>7} {'ms':>7}"]
    for r in rows:
        cells = r.cells_ok / r.cells if r.cells else 1.0
        fields = r.fields_ok / r.fields if r.fields else 1.0
        lines.append(f"{r.file[:64]:64} {'yes' if r.ok else 'NO':>3} {cells:7.2%} {fields:7.2%} "
                     f"{r.cer:7.3%} {r.ms:7.0f}")
        for m in r.misses[:6]:
            lines.append(f"    - {m}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="PA1 extraction benchmark over samples/")
    ap.add_argument("samples_dir", nargs="?", default=str(ROOT / "samples"))
    ap.add_argument("--producer", action="append", help="only these producers (repeatable)")
    ap.add_argument("--files", action="store_true", help="also print one line per file with what was missed")
    args = ap.parse_args(argv)
    rows = run(args.samples_dir, args.producer)
    if args.files:
        print(format_files(rows))
        print()
    print(format_table(rows))
    fails = check_thresholds(rows)
    for f in fails:
        print(f"FAIL {f}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())

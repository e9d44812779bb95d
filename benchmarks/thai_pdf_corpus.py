"""Thai PDF corpus benchmark: our PDF reader per producer against the ground truth.

    python -m benchmarks.thai_pdf_corpus [CORPUS_DIR] [--samples]

CORPUS_DIR defaults to $PA_REVIEW_THAI_PDF_CORPUS, else <repo>/../shared/thai-pdf-corpus
(pdf/<producer>/<page>.pdf, gt/<page>.txt, gt/<page>.json; see ../shared/THAI-PDF.md).
Prints one row per producer and exits 1 when a threshold of THAI-PDF.md fails. --samples also
compares each PDF in samples/documents with its DOCX through extract() (no threshold).
`run()` and `check_thresholds()` are what a wider extraction benchmark folds in.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from extractors.budget import Budget
from extractors.pdf import read_pdf
from extractors.raw import Paragraph, RawDocument, Table
from extractors.sniff import Limits
from models.thai.normalize import normalize
from models.thai.quality import text_quality

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ["ตำแหน่ง", "น้ำ", "ค่ำ", "ซ้ำ", "ที่นี่", "ปี่", "ชั้น", "ฟื้นฟู", "ศักดิ์สิทธิ์", "กตัญญู",
          "ฐิติพงศ์", "ฎีกา", "ฤๅษี", "ทฤษฎี", "กรุงเทพฯ", "ฯลฯ", "ทุก ๆ", "๒๕,๔๔๐", "(Tasks)"]
KNOWN_CORRUPT = ("weasy-",)  # WeasyPrint writes a corrupt ToUnicode: CER-exempt, must be flagged
_WS = re.compile(r"\s+")
_THAI = re.compile("[\u0e01-\u0e5b]")
_ARTEFACTS = {
    "pua": re.compile("[\ue000-\uf8ff]"),
    "sara_am": re.compile("\u0e33\u0e32|\u0e4d\u0e32|\u0e32\u0e33"),
    "nul_fffd": re.compile("[\x00\ufffd]"),
    "cid": re.compile(r"\(cid:"),
}


@dataclass
class Row:
    producer: str
    pages: int = 0
    cer_raw: float = 0.0
    cer: float = 0.0
    artefacts: dict[str, int] = field(default_factory=dict)
    spaces_in_words: int = 0
    table_pages: int = 0
    grid_ok: int = 0
    cells: int = 0
    cells_exact: int = 0  # cell text right (whitespace aside)
    cells_split: int = 0  # … and split into the same paragraphs
    paras: int = 0  # ground-truth paragraphs outside tables
    paras_exact: int = 0  # … that we read as exactly one paragraph (whitespace aside)
    golden_missing: list[str] = field(default_factory=list)
    trustworthy: bool = True
    pages_flagged: int = 0
    ms_page: float = 0.0
    floor_ms_page: float = 0.0

    @property
    def known_corrupt(self) -> bool:
        return self.producer.startswith(KNOWN_CORRUPT)

    @property
    def th_sarabun(self) -> bool:
        return "thsarabun" in self.producer

    @property
    def exact_share(self) -> float:
        return self.cells_exact / self.cells if self.cells else 1.0


def corpus_dir(arg: str | None = None) -> Path:
    return Path(arg or os.environ.get("PA_REVIEW_THAI_PDF_CORPUS")
                or ROOT.parent / "shared" / "thai-pdf-corpus")


def _compact(text: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFC", text))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one numpy row at a time (insertions by a running minimum)."""
    if not a or not b:
        return max(len(a), len(b))
    bv = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    idx = np.arange(len(b) + 1)
    prev = idx.copy()
    for i, ch in enumerate(a, 1):
        sub = prev[:-1] + (bv != ord(ch))
        cur = np.empty_like(prev)
        cur[0] = i
        cur[1:] = np.minimum(sub, prev[1:] + 1)
        cur = np.minimum.accumulate(cur - idx) + idx  # insertions: cur[j] ≤ cur[j-1] + 1
        prev = cur
    return int(prev[-1])


def cer(text: str, truth: str) -> float:
    t = _compact(truth)
    return edit_distance(_compact(text), t) / max(len(t), 1)


def _space_after(text: str) -> tuple[str, set[int]]:
    """The text without whitespace, and the indices of characters followed by whitespace."""
    out, spaced = [], set()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isspace():
            if out:
                spaced.add(len(out) - 1)
        else:
            out.append(ch)
    return "".join(out), spaced


def spaces_inside_thai_words(text: str, truth: str) -> int:
    """Whitespace we put between two Thai characters where the ground truth has none."""
    ours, ours_sp = _space_after(text)
    gt, gt_sp = _space_after(truth)
    count = 0
    for a, b, n in SequenceMatcher(None, ours, gt, autojunk=False).get_matching_blocks():
        for k in range(n - 1):
            i, j = a + k, b + k
            if (i in ours_sp and j not in gt_sp and _THAI.match(ours[i])
                    and _THAI.match(ours[i + 1])):
                count += 1
    return count


def _tables(raw: RawDocument) -> list[Table]:
    return [b for b in raw.blocks if isinstance(b, Table)]


def _table_matrix(table: Table) -> list[list[list[str]]]:
    return [[[p.text for p in cell.paragraphs] for cell in row.cells] for row in table.rows]


def _floor_ms(data: bytes) -> float:
    import pypdfium2 as pdfium

    t0 = time.process_time()
    doc = pdfium.PdfDocument(data)
    for page in doc:
        page.get_textpage().get_text_range()
    doc.close()
    return (time.process_time() - t0) * 1000


def _read(data: bytes, repair=normalize) -> RawDocument:
    limits = Limits()
    return read_pdf(data, limits=limits, budget=Budget(limits.seconds), repair=repair)


def run(corpus: Path | str | None = None, producers: list[str] | None = None,
        pages: list[str] | None = None) -> list[Row]:
    """Read every (or the chosen) producer's pages and score them against the ground truth."""
    root = corpus_dir(str(corpus) if corpus else None)
    gt_dir = root / "gt"
    rows = []
    _read((root / "pdf").glob("*/*.pdf").__next__().read_bytes())  # warm-up: imports, dictionary
    for prod_dir in sorted(p for p in (root / "pdf").iterdir() if p.is_dir()):
        if producers and prod_dir.name not in producers:
            continue
        row = Row(prod_dir.name)
        ours_all, truth_all, raw_all, cross_all, times, floors = [], [], [], [], [], []
        for pdf_path in sorted(prod_dir.glob("*.pdf")):
            if pages and pdf_path.stem not in pages:
                continue
            data = pdf_path.read_bytes()
            truth = (gt_dir / f"{pdf_path.stem}.txt").read_text(encoding="utf-8")
            meta = json.loads((gt_dir / f"{pdf_path.stem}.json").read_text(encoding="utf-8"))
            t0 = time.process_time()
            doc = _read(data)
            elapsed = (time.process_time() - t0) * 1000
            times.append(elapsed / doc.pages)
            floors.append(_floor_ms(data) / doc.pages)
            unrepaired = _read(data, repair=str)
            row.pages += doc.pages
            ours_all.append(doc.text)
            raw_all.append(unrepaired.text)
            truth_all.append(truth)
            cross_all.append(doc.cross_check_text or "")
            if not text_quality(doc.text, doc.cross_check_text).trustworthy:
                row.pages_flagged += 1
            row.spaces_in_words += spaces_inside_thai_words(doc.text, truth)
            ours_paras = {_compact(b.text) for b in doc.blocks if isinstance(b, Paragraph)}
            for seg in meta["segments"]:
                if seg["kind"] != "cell":
                    row.paras += 1
                    row.paras_exact += _compact(seg["text"]) in ours_paras
            if meta.get("tables"):
                row.table_pages += 1
                got = [_table_matrix(t) for t in _tables(doc)]
                want = meta["tables"]
                if [(len(t), max(len(r) for r in t)) for t in got] == \
                        [(len(t), len(t[0])) for t in want] and all(
                        len(r) == len(t[0]) for t in got for r in t):
                    row.grid_ok += 1
                for g, w in zip(got, want):
                    for g_row, w_row in zip(g, w):
                        for g_paras, w_cell in zip(g_row, w_row):
                            right = _compact("".join(g_paras)) == _compact(w_cell)
                            row.cells_exact += right
                            row.cells_split += right and [_compact(p) for p in g_paras] == [
                                _compact(p) for p in w_cell.split("\n")]
                row.cells += sum(len(r) for t in want for r in t)
        ours, truth = "\n".join(ours_all), "\n".join(truth_all)
        row.cer = cer(ours, truth)
        row.cer_raw = cer("\n".join(raw_all), truth)
        row.artefacts = {k: len(p.findall(ours)) for k, p in _ARTEFACTS.items()}
        flat_ours, flat_truth = _WS.sub(" ", ours), _WS.sub(" ", truth)
        row.golden_missing = [w for w in GOLDEN if flat_ours.count(w) < flat_truth.count(w)]
        row.trustworthy = text_quality(ours, "\n".join(cross_all)).trustworthy
        row.ms_page = statistics.median(times)
        row.floor_ms_page = statistics.median(floors)
        rows.append(row)
    return rows


def gt_noop_failures(corpus: Path | str | None = None) -> list[str]:
    """Ground-truth files the repair pass would change (it must change none)."""
    gt_dir = corpus_dir(str(corpus) if corpus else None) / "gt"
    return [p.name for p in sorted(gt_dir.glob("*.txt"))
            if normalize(p.read_text(encoding="utf-8")) != p.read_text(encoding="utf-8")]


def check_thresholds(rows: list[Row]) -> list[str]:
    """The failures against THAI-PDF.md's thresholds, one line each (empty when all hold)."""
    fails = []
    for r in rows:
        p = r.producer
        if r.known_corrupt:
            if r.trustworthy:
                fails.append(f"{p}: known-corrupt text layer not flagged untrustworthy")
        else:
            if r.th_sarabun and r.cer > 0.001:
                fails.append(f"{p}: CER {r.cer:.4f} > 0.001 (TH Sarabun)")
            if r.cer > 0.01:
                fails.append(f"{p}: CER {r.cer:.4f} > 0.01")
            left = {k: v for k, v in r.artefacts.items() if v}
            if left:
                fails.append(f"{p}: artefacts left {left}")
            if r.spaces_in_words:
                fails.append(f"{p}: {r.spaces_in_words} spaces inserted inside Thai words")
            if r.golden_missing:
                fails.append(f"{p}: golden words wrong {r.golden_missing}")
            if r.exact_share < 0.90:
                fails.append(f"{p}: exact cells {r.exact_share:.1%} < 90%")
            if not r.trustworthy:
                fails.append(f"{p}: text flagged untrustworthy (false alarm)")
        if r.grid_ok != r.table_pages:
            fails.append(f"{p}: grid shape wrong on {r.table_pages - r.grid_ok} table page(s)")
    return fails


def geometry_cost(corpus: Path | str | None = None) -> dict[str, float]:
    """Median CPU ms/page of each stage: the pypdfium2 text floor, our parse (ActualText glyphs
    and vector paths, pdf_content's tokeniser), pdfplumber's edge objects, find_tables(), the
    whole reader, and `stock_parse`: the same page parsed by pdfplumber as shipped (stock
    pdfminer interpreter and LTChars), i.e. what the table geometry costs without our parser.
    The issue's bar: reader ≤ 2 × floor + the table geometry (parse + edges + find_tables);
    `bar` counts our own parse (strict: a faster parse lowers the bar too), `bar_stock` the
    stock one."""
    import io

    import pdfplumber

    from extractors.pdf_actualtext import ReaderPage

    root = corpus_dir(str(corpus) if corpus else None)
    t: dict[str, list[float]] = {"floor": [], "parse": [], "edges": [], "find_tables": [],
                                 "reader": [], "stock_parse": []}
    for path in sorted((root / "pdf").glob("*/*.pdf")):
        data = path.read_bytes()
        t["floor"].append(_floor_ms(data))
        pdf = pdfplumber.open(io.BytesIO(data))
        base = pdf.pages[0]
        page = ReaderPage(pdf, base.page_obj, page_number=1, initial_doctop=0)
        t0 = time.process_time()
        page.layout
        t1 = time.process_time()
        page.objects
        t2 = time.process_time()
        page.find_tables()
        t3 = time.process_time()
        pdf.close()
        t["parse"].append((t1 - t0) * 1000)
        t["edges"].append((t2 - t1) * 1000)
        t["find_tables"].append((t3 - t2) * 1000)
        pdf = pdfplumber.open(io.BytesIO(data))
        t0 = time.process_time()
        pdf.pages[0].layout
        t["stock_parse"].append((time.process_time() - t0) * 1000)
        pdf.close()
        t0 = time.process_time()
        _read(data)
        t["reader"].append((time.process_time() - t0) * 1000)
    cost = {k: statistics.median(v) for k, v in t.items()}
    cost["bar"] = 2 * cost["floor"] + cost["parse"] + cost["edges"] + cost["find_tables"]
    cost["bar_stock"] = (2 * cost["floor"] + cost["stock_parse"] + cost["edges"]
                         + cost["find_tables"])
    return cost


def format_cost(cost: dict[str, float]) -> str:
    """The stage medians and the reader against both bars."""
    return ("CPU ms/page (median): " + ", ".join(f"{k} {v:.2f}" for k, v in cost.items())
            + f"\nreader / (2 × floor + our parse + edges + find_tables) = "
            f"{cost['reader'] / cost['bar']:.2f}"
            + f"\nreader / (2 × floor + stock pdfplumber parse + edges + find_tables) = "
            f"{cost['reader'] / cost['bar_stock']:.2f}")


def samples_agreement(samples: Path | str | None = None) -> tuple[int, int, list[str]]:
    """PDFs in samples/documents whose extracted PA1 document equals the one extracted from
    the DOCX they were made from, whitespace aside: (equal, compared, the PDFs that differ).
    Goes through extract(), so it also measures the PA1 parser on our reader's output."""
    from extractors import extract

    def squeeze(x: object) -> object:
        if isinstance(x, dict):
            return {k: squeeze(v) for k, v in x.items()}
        if isinstance(x, list):
            return [squeeze(v) for v in x]
        return _WS.sub("", x) if isinstance(x, str) else x

    def document(path: Path) -> object:
        doc = extract(path.read_bytes(), path.name).document
        return squeeze(doc.model_dump(mode="json")) if doc is not None else None

    folder = Path(samples) if samples else ROOT / "samples" / "documents"
    equal, differ, docx_docs = 0, [], {}
    pdfs = sorted(folder.glob("*.pdf"))
    for pdf in pdfs:
        docx = pdf.with_name(pdf.name.split(".")[0] + ".docx")
        if not docx.exists():
            continue
        if docx not in docx_docs:
            docx_docs[docx] = document(docx)
        if document(pdf) == docx_docs[docx]:
            equal += 1
        else:
            differ.append(pdf.name)
    return equal, equal + len(differ), differ


def format_rows(rows: list[Row]) -> str:
    head = (f"{'producer':22} {'CER raw':>8} {'CER':>7} {'PUA':>4} {'ำา':>3} {'NUL':>3} {'cid':>3} "
            f"{'sp-in-w':>7} {'grid':>5} {'cells':>6} {'cell¶':>6} {'paras':>6} {'golden':>6} "
            f"{'trust':>5} {'ms/pg':>6} "
            f"{'floor':>6}")
    lines = [head, "-" * len(head)]
    for r in rows:
        a = r.artefacts
        lines.append(
            f"{r.producer:22} {r.cer_raw:8.4f} {r.cer:7.4f} {a['pua']:4d} {a['sara_am']:3d} "
            f"{a['nul_fffd']:3d} {a['cid']:3d} {r.spaces_in_words:7d} "
            f"{r.grid_ok:>2}/{r.table_pages:<2} {r.exact_share:6.1%} "
            f"{r.cells_split / max(r.cells, 1):6.1%} "
            f"{r.paras_exact / max(r.paras, 1):6.1%} "
            f"{len(GOLDEN) - len(r.golden_missing):>3}/{len(GOLDEN):<2} "
            f"{'yes' if r.trustworthy else 'NO':>5} {r.ms_page:6.1f} {r.floor_ms_page:6.2f}")
    ok = [r for r in rows if not r.known_corrupt]
    if ok:
        cells = sum(r.cells for r in ok)
        lines.append(f"all but known-corrupt: CER {statistics.mean(r.cer for r in ok):.4f} mean, "
                     f"exact cells {sum(r.cells_exact for r in ok) / max(cells, 1):.1%} of {cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    with_samples = "--samples" in args
    args = [a for a in args if a != "--samples"]
    corpus = args[0] if args else None
    rows = run(corpus)
    print(format_rows(rows))
    cost = geometry_cost(corpus)
    print("\n" + format_cost(cost))
    if with_samples:
        equal, compared, differ = samples_agreement()
        print(f"\nsamples/documents: {equal}/{compared} PDFs give the DOCX's document "
              f"(whitespace aside); differ: {', '.join(differ) or 'none'}")
    fails = check_thresholds(rows) + [f"repair pass changes ground truth {n}"
                                      for n in gt_noop_failures(corpus)]
    print("\n" + ("\n".join(f"FAIL {f}" for f in fails) if fails else "all thresholds hold"))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())

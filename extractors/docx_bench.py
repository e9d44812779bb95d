"""How much the DOCX reader adds to python-docx's own load (prints figures, asserts nothing).

    python -m extractors.docx_bench [FILE.docx …]     # default: samples/documents/*.docx

Per file, the median CPU time of: python-docx's load alone (the floor), a naive python-docx text
walk (load + `p.text` + `row.cells`), and `read_docx` (screening, walk, refs, labels, Thai
normalisation). CPU time, not wall time: the figures stay comparable on a busy machine.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path
from statistics import median

import docx

from extractors.budget import Budget
from extractors.docx import read_docx
from extractors.sniff import Limits

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "documents"


def _cpu_ms(fn, repeat: int = 9) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return median(times) * 1000


def _naive(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            out.extend(cell.text for cell in row.cells)
    return out


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or sorted(SAMPLES.glob("*.docx"))
    totals = [0.0, 0.0, 0.0]
    print(f"{'file':44} {'KB':>4} {'paras':>5} {'load':>7} {'naive':>7} {'read_docx':>9}  (CPU ms)")
    for path in files:
        data = path.read_bytes()
        raw = read_docx(data, limits=Limits(), budget=Budget(60))
        figures = (_cpu_ms(lambda: docx.Document(io.BytesIO(data))), _cpu_ms(lambda: _naive(data)),
                   _cpu_ms(lambda: read_docx(data, limits=Limits(), budget=Budget(60))))
        totals = [t + f for t, f in zip(totals, figures)]
        print(f"{path.name[:44]:44} {len(data) // 1024:>4} {sum(1 for _ in raw.iter_paragraphs()):>5}"
              f" {figures[0]:>7.1f} {figures[1]:>7.1f} {figures[2]:>9.1f}")
    if files:
        n = len(files)
        print(f"{'mean':44} {'':>4} {'':>5} {totals[0] / n:>7.1f} {totals[1] / n:>7.1f}"
              f" {totals[2] / n:>9.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])

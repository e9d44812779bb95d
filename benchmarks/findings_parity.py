"""Same PA1, same findings: each sample PDF against the DOCX it was printed from.

    python -m benchmarks.findings_parity

A teacher who uploads the PDF of their PA1 should be told what the DOCX would have told them.
The PDF text differs in small ways (a space lost where a Thai line wrapped, THAI-PDF.md), so
this reviews every samples/documents/<scenario>.docx and each <scenario>.<producer>.pdf through
the service's pipeline (service.pipeline.review, the header's rank) and compares the findings
by rule and location (part, area, field, index).  Prints, per producer, the pairs whose findings
are identical and the findings only one of the two gave, then each difference.  Figures only.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "samples" / "documents"

Key = tuple[str, str, int | None, str | None, int | None]


def finding_keys(data: bytes, filename: str) -> Counter[Key]:
    from service.pipeline import review
    report = review(data, filename)
    return Counter((f.rule, f.location.part, f.location.area, f.location.field, f.location.index)
                   for f in report.findings)


def pairs(documents: Path = DOCUMENTS) -> list[tuple[Path, Path]]:
    """(docx, pdf) for every sample PDF printed from a sample DOCX."""
    out = []
    for docx in sorted(documents.glob("*.docx")):
        if docx.name.endswith(".lo.docx"):
            continue
        out += [(docx, pdf) for pdf in sorted(documents.glob(f"{docx.stem}.*.pdf"))]
    return out


def compare(docx: Path, pdf: Path, cache: dict[Path, Counter[Key]] | None = None
            ) -> tuple[Counter[Key], Counter[Key], Counter[Key]]:
    """(findings both gave, only the DOCX, only the PDF)."""
    cache = {} if cache is None else cache
    if docx not in cache:
        cache[docx] = finding_keys(docx.read_bytes(), docx.name)
    a, b = cache[docx], finding_keys(pdf.read_bytes(), pdf.name)
    return a & b, a - b, b - a


def main(argv: list[str] | None = None) -> int:
    cache: dict[Path, Counter[Key]] = {}
    per: dict[str, Counter[str]] = defaultdict(Counter)
    diffs: list[str] = []
    for docx, pdf in pairs():
        producer = pdf.name.split(".")[-2]
        both, only_docx, only_pdf = compare(docx, pdf, cache)
        c = per[producer]
        c["pairs"] += 1
        c["identical"] += not (only_docx or only_pdf)
        c["both"] += sum(both.values())
        c["only docx"] += sum(only_docx.values())
        c["only pdf"] += sum(only_pdf.values())
        diffs += [f"  {pdf.name}: docx only {k}" for k in only_docx]
        diffs += [f"  {pdf.name}: pdf only {k}" for k in only_pdf]
    total: Counter[str] = sum(per.values(), Counter())
    print(f"{'producer':24} {'pairs':>6} {'identical':>10} {'findings':>9} {'only docx':>10} "
          f"{'only pdf':>9}")
    for name, c in sorted(per.items()) + [("all", total)]:
        print(f"{name:24} {c['pairs']:6} {c['identical']:10} {c['both']:9} {c['only docx']:10} "
              f"{c['only pdf']:9}")
    if diffs:
        print("differences:")
        print("\n".join(diffs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

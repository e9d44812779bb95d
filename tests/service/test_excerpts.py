"""The contract: an excerpt is an exact substring of the document's text (as written: Thai digits
stay Thai digits), whatever form the check computed it in."""

from __future__ import annotations

from pathlib import Path

import pytest

from sample_cache import extract  # extractors.extract, each file read once per session
from service.pipeline import report_for

DOCS = Path(__file__).resolve().parents[2] / "samples" / "documents"
DOCX = sorted(p for p in DOCS.glob("*.docx") if not p.name.endswith(".lo.docx"))


@pytest.mark.parametrize("path", DOCX, ids=lambda p: p.stem)
def test_every_excerpt_line_is_written_in_the_document(path: Path) -> None:
    extraction = extract(path)
    text = "\n".join(p.text for p in extraction.raw.iter_paragraphs())
    for finding in report_for(extraction, path.name, "").findings:
        for line in filter(None, (x.strip() for x in finding.excerpt.split("\n"))):
            assert line in text, (finding.rule, finding.location, line)


def test_a_band_written_in_thai_digits_is_quoted_as_written() -> None:
    path = DOCS / "heldout4-inclusive-ld-professional-mismatch.docx"
    extraction = extract(path)
    found = [f for f in report_for(extraction, path.name, "").findings
             if f.rule == "header.rank-salary-mismatch"]
    assert [f.excerpt for f in found] == ["คศ.๑"]
    assert found[0].details["salary_band"] == "คศ.1"  # the value stays canonical

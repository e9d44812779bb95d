"""A PA1 uploaded as PDF gets the findings its DOCX gets (benchmarks/findings_parity.py measures
every sample pair; here the Chromium prints furthest from their DOCX's text)."""

from __future__ import annotations

import pytest

from benchmarks.findings_parity import DOCUMENTS, compare, pairs

# The lowest shares of exact cells in tests/extractors/test_pa1_samples.py (0.87-0.93: spaces lost
# at line wraps, THAI-PDF.md): four drafts with findings and one clean PA1, which must stay clean.
FURTHEST = ("heldout5-nfe-adult-professional-nopart2.chrome-thsarabunnew.pdf",
            "heldout5-p4-health-senior-expert.chrome-thsarabunnew.pdf",
            "heldout6-k3-storytelling-senior.chrome-thsarabunnew.pdf",
            "heldout6-m2-science-professional.chrome-thsarabunnew.pdf",
            "heldout6-special-intellectual-senior-expert.chrome-thsarabunnew.pdf")
CLEAN = {"heldout6-special-intellectual-senior-expert.chrome-thsarabunnew.pdf"}


def test_every_sample_pdf_is_paired_with_its_docx():
    found = {pdf.name for _, pdf in pairs()}
    assert set(FURTHEST) <= found
    assert len(found) >= 150


@pytest.mark.parametrize("name", FURTHEST)
def test_pdf_gets_the_findings_of_its_docx(name: str):
    pdf = DOCUMENTS / name
    both, only_docx, only_pdf = compare(DOCUMENTS / f"{name.split('.')[0]}.docx", pdf)
    assert not only_docx and not only_pdf, (dict(only_docx), dict(only_pdf))
    assert (sum(both.values()) == 0) == (name in CLEAN)

"""THAI-PDF.md's thresholds on the Thai PDF corpus: a representative subset always, the whole
corpus when slow tests run. The printed table is `python -m benchmarks.thai_pdf_corpus`."""

from __future__ import annotations

import pytest

from benchmarks.thai_pdf_corpus import (Row, cer, check_thresholds, corpus_dir,
                                        gt_noop_failures, run, spaces_inside_thai_words)

CORPUS = corpus_dir()
pytestmark = pytest.mark.skipif(not (CORPUS / "gt").is_dir(),
                                reason="thai-pdf-corpus not available")
# The fonts real PA1s use through LibreOffice and Chromium, the legacy PUA producer, and a
# known-corrupt WeasyPrint file, on the pages with tables, hard clusters and golden words.
SUBSET = ["lo-thsarabunpsk", "chrome-thsarabunnew", "rlpua-thsarabunnew", "weasy-thsarabunnew"]
PAGES = ["p03_table_learning", "p05_challenge", "p08_scores"]


def test_metrics_themselves():
    assert cer("ตำแหน่ง", "ตำแหน่ง") == 0 and cer("ตำาแหน่ง", "ตำแหน่ง") == pytest.approx(1 / 7)
    assert cer("ตำ แหน่ง", "ตำแหน่ง") == 0  # whitespace does not count
    assert spaces_inside_thai_words("การ เรียน รู้", "การเรียนรู้") == 2
    assert spaces_inside_thai_words("ครู ชำนาญการ", "ครู ชำนาญการ") == 0
    bad = Row("lo-x", cer=0.02, artefacts={"pua": 1, "sara_am": 0, "nul_fffd": 0, "cid": 0},
              table_pages=1, grid_ok=0, cells=10, cells_exact=5, golden_missing=["น้ำ"])
    fails = check_thresholds([bad, Row("weasy-x", trustworthy=True)])
    assert len(fails) == 6 and any("weasy-x" in f for f in fails)


def test_thresholds_on_a_subset():
    rows = run(CORPUS, producers=SUBSET, pages=PAGES)
    assert [r.producer for r in rows] == sorted(SUBSET)
    assert all(r.table_pages == 2 and r.pages == 3 for r in rows)
    assert check_thresholds(rows) == []
    for r in rows:
        if not r.known_corrupt:
            assert r.cer == 0.0 and r.exact_share == 1.0, r.producer


def test_repair_pass_is_a_no_op_on_the_ground_truth():
    assert gt_noop_failures(CORPUS) == []


@pytest.mark.slow
def test_thresholds_on_the_whole_corpus():
    rows = run(CORPUS)
    assert len(rows) == 12
    assert check_thresholds(rows) == []

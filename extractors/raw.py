"""RawDocument: what a reader sees (paragraphs and tables in reading order), before PA1 parsing.

Readers (docx.py, pdf.py) produce it; `extractors.pa1.parse` turns it into a Pa1Document.
Text here is already normalised (models.thai.normalize) but not yet split into list items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

from models.document import SourceRef


@dataclass(frozen=True)
class Paragraph:
    text: str
    ref: SourceRef
    style: str | None = None  # DOCX style name ("Heading 1", "List Paragraph"), None in PDF
    # A list label the producer generated (DOCX auto-numbering, rendered as "1."), None if none.
    # Labels typed into the text stay in `text`.
    label: str | None = None
    bold: bool = False
    confidence: float = 1.0  # how sure the reader is that `text` is what the page shows


@dataclass(frozen=True)
class Cell:
    blocks: list["Block"]
    ref: SourceRef
    grid_col: int = 0  # first grid column the cell covers
    grid_span: int = 1  # columns covered (gridSpan / colspan)
    row_span: int = 1  # rows covered (vMerge restart .. continue); continuations are not repeated

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph in the cell, nested tables flattened in reading order."""
        out: list[Paragraph] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.append(block)
            else:
                for row in block.rows:
                    for cell in row.cells:
                        out.extend(cell.paragraphs)
        return out

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class Row:
    cells: list[Cell]


@dataclass(frozen=True)
class Table:
    rows: list[Row]
    ref: SourceRef
    n_cols: int = 0  # grid width


Block = Union[Paragraph, Table]


@dataclass(frozen=True)
class RawDocument:
    format: Literal["docx", "pdf"]
    blocks: list[Block]
    pages: int = 1
    # A second reading of the whole text (PDF: pypdfium2) to cross-check the first, or None.
    cross_check_text: str | None = None
    notes: list[str] = field(default_factory=list)  # reader remarks (producer, repairs made)

    def iter_paragraphs(self):
        """All paragraphs in reading order, including those inside tables."""
        for block in self.blocks:
            if isinstance(block, Paragraph):
                yield block
            else:
                for row in block.rows:
                    for cell in row.cells:
                        yield from cell.paragraphs

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.iter_paragraphs())

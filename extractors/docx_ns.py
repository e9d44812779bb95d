"""WordprocessingML names for the DOCX reader modules: Clark names computed once."""

from __future__ import annotations

from functools import lru_cache

from docx.oxml.ns import qn as _qn

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


@lru_cache(maxsize=None)
def qn(tag: str) -> str:
    """`qn("w:p")` → "{http://…/main}p", cached (hot loops call it per element)."""
    return _qn(tag)

"""Pure domain: types, rubric data, Thai text, checks, classifiers. No file formats, no HTTP."""

from models.document import Pa1Document
from models.findings import Finding, Location, Severity

__all__ = ["Finding", "Location", "Pa1Document", "Severity"]

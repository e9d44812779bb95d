"""Reports as one standalone HTML page (inline CSS, no scripts, no external resources).

The page is also the downloadable report for PDFs, which cannot carry Word comments.  Several
files (`pa-review check A.docx B.pdf --format html`) make one page: a list of the files, then one
`<section>` per file; a file that could not be read gets its section saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from service.render.common import (
    SEVERITIES, committee, field_text, groups, location_label,
)
from service.report import Report


@cache
def environment() -> Environment:
    return Environment(loader=PackageLoader("service", "web/templates"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class Unreadable:
    """A file the reader refused, shown in a multi-file page with its reason."""

    file: str
    code: str
    message_th: str
    message_en: str


def highlight(context: str | None, excerpt: str) -> tuple[str, str, str] | None:
    """(before, excerpt, after) when the excerpt sits inside its field's text."""
    if not excerpt:
        return None
    if context and excerpt in context:
        start = context.index(excerpt)
        return context[:start], excerpt, context[start + len(excerpt):]
    return "", excerpt, ""


def _file_view(report: Report) -> dict[str, Any]:
    rows = []
    for group in groups(report):
        entries = []
        for f in group.findings:
            entries.append({
                "finding": f, "severity": SEVERITIES[f.severity],
                "where": location_label(f.location, f.details),
                "excerpt": highlight(field_text(report.document, f.location), f.excerpt),
            })
        rows.append({"group": group, "entries": entries})
    s = report.summary
    counts = [(th, en, n) for (th, en), n in zip(SEVERITIES.values(), (s.errors, s.warnings, s.infos))]
    return {"file": report.file, "report": report, "groups": rows, "board": committee(report),
            "counts": counts}


def render_html_many(items: list[Report | Unreadable]) -> str:
    """One valid HTML document for one or several files, in the order given."""
    files = [_file_view(x) if isinstance(x, Report)
             else {"file": x.file, "report": None, "error": x} for x in items]
    return environment().get_template("report.html").render(files=files)


def render_html(report: Report) -> str:
    return render_html_many([report])

"""A report as a standalone HTML page (inline CSS, no scripts, no external resources).

The page is also the downloadable report for PDFs, which cannot carry Word comments.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from service.render.common import (
    FIELDS, PARTS, SEVERITIES, committee, field_text, groups, location_label,
)
from service.report import Report


@cache
def environment() -> Environment:
    return Environment(loader=PackageLoader("service", "web/templates"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def highlight(context: str | None, excerpt: str) -> tuple[str, str, str] | None:
    """(before, excerpt, after) when the excerpt sits inside its field's text."""
    if not excerpt:
        return None
    if context and excerpt in context:
        start = context.index(excerpt)
        return context[:start], excerpt, context[start + len(excerpt):]
    return "", excerpt, ""


def render_html(report: Report) -> str:
    rows = []
    for group in groups(report):
        entries = []
        for f in group.findings:
            entries.append({
                "finding": f, "severity": SEVERITIES[f.severity], "where": location_label(f.location),
                "excerpt": highlight(field_text(report.document, f.location), f.excerpt),
            })
        rows.append({"group": group, "entries": entries})
    return environment().get_template("report.html").render(
        report=report, groups=rows, board=committee(report), parts=PARTS, fields=FIELDS)

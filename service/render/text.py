"""A report as plain text for a terminal: Thai first, grouped by part and area."""

from __future__ import annotations

from service.render.common import SEVERITIES, committee, groups, location_label, severity_counts
from service.report import Report

_MARK = {"error": "✗", "warning": "!", "info": "i"}


def render_text(report: Report) -> str:
    s = report.summary
    counts_th, counts_en = severity_counts(s.errors, s.warnings, s.infos)
    lines = [f"{report.file}  (sha256 {report.sha256[:12]}…)", f"{counts_th}   ({counts_en})"]
    board = committee(report)
    if board is not None:
        missing = [code for code, _, _, ok in board.items if not ok]
        lines.append(f"ตัวชี้วัด PA 2/ส ครอบคลุม {board.covered}/15 ข้อ "
                     f"(items covered {board.covered}/15)" + (f"; ยังไม่ครอบคลุม/missing: {', '.join(missing)}" if missing else ""))
        if board.expected_level:
            detected = board.detected_level
            lines.append(f"ระดับที่คาดหวังตามวิทยฐานะ: {board.expected_level[0]} ({board.expected_level[1]})"
                         + (f" · ที่พบในประเด็นท้าทาย: {detected[0]} ({detected[1]})" if detected else ""))
    if report.document is None and not report.findings:
        lines.append("ไม่ใช่แบบ PA1 (not a PA1)")
    for group in groups(report):
        lines += ["", f"== {group.title_th} / {group.title_en} =="]
        for f in group.findings:
            sev_th, sev_en = SEVERITIES[f.severity]
            where_th, where_en = location_label(f.location, f.details)
            where = f" [{where_th} / {where_en}]" if where_th else ""
            lines.append(f"{_MARK[f.severity.value]} {sev_th} ({sev_en}){where}  {f.rule}")
            lines.append(f"    {f.message_th}")
            lines.append(f"    {f.message_en}")
            if f.excerpt:
                lines.append(f"    « {f.excerpt} »")
            if f.suggestion_th:
                lines.append(f"    ข้อเสนอแนะ: {f.suggestion_th}")
            if f.suggestion_en:
                lines.append(f"    Suggested wording (English): {f.suggestion_en}")
    if not report.findings:
        lines += ["", "ไม่พบข้อที่ต้องแก้ไข (no findings)"]
    return "\n".join(lines) + "\n"

"""`pa-review` command line: check, extract, check-text, annotate, batch, serve.

Exit codes (CONTRACT.md): 0 no `error` finding; 1 some `error` finding; 2 a file could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractors.errors import UnreadableFile
from models.document import ClassroomType, RankId

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2
RANKS = [r.value for r in RankId]
CLASSROOM_TYPES = [c.value for c in ClassroomType]


def _print_unreadable(name: str, err: UnreadableFile) -> None:
    print(f"{name}: อ่านไฟล์ไม่ได้ — {err.message_th}", file=sys.stderr)
    print(f"{name}: cannot read the file ({err.code}) — {err.message_en}", file=sys.stderr)


def _read_file(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise UnreadableFile("unsupported-type", "เป็นโฟลเดอร์ ไม่ใช่ไฟล์",
                                 "This is a directory, not a file.", status=415)
        if p.stat().st_size > max_bytes:
            mb = max_bytes / (1024 * 1024)
            raise UnreadableFile("too-large", f"ไฟล์มีขนาดใหญ่เกิน {mb:g} MB ที่ระบบรับได้",
                                 f"The file is larger than the {mb:g} MB limit.", status=413)
        return p.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile("not-found", "ไม่พบไฟล์นี้", "No such file.", status=404) from None
    except PermissionError:
        raise UnreadableFile("forbidden", "ไม่มีสิทธิ์อ่านไฟล์นี้",
                             "Permission denied reading the file.", status=403) from None
    except OSError as exc:
        raise UnreadableFile("io-error", "อ่านไฟล์จากดิสก์ไม่สำเร็จ",
                             f"Could not read the file from disk ({type(exc).__name__}).") from None


def _settings():
    from service.settings import get_settings
    return get_settings()


def cmd_check(args: argparse.Namespace) -> int:
    from service.pipeline import review
    from service.render.html import Unreadable, render_html_many
    from service.render.text import render_text

    limits = _settings().limits()
    code, reports = EXIT_OK, []
    pages: list = []  # --format html: every file on one page, the unreadable ones saying why
    many = len(args.files) > 1
    for path in args.files:
        try:
            report = review(_read_file(path, limits.max_bytes), path, rank=args.rank, limits=limits)
        except UnreadableFile as err:
            _print_unreadable(path, err)
            code = EXIT_UNREADABLE
            pages.append(Unreadable(Path(path).name or path, err.code, err.message_th, err.message_en))
            continue
        if report.has_errors and code == EXIT_OK:
            code = EXIT_FINDINGS
        reports.append(report)
        pages.append(report)
        if args.format == "text":
            if many and len(reports) > 1:
                sys.stdout.write("\n" + "═" * 72 + "\n\n")
            sys.stdout.write(render_text(report))
    if args.format == "html" and (reports or many):
        sys.stdout.write(render_html_many(pages))
    if args.format == "json":
        data = [r.to_json() for r in reports]
        if not many:
            if not data:
                return code
            data = data[0]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return code


def cmd_extract(args: argparse.Namespace) -> int:
    from service.pipeline import extract_only

    limits = _settings().limits()
    try:
        document = extract_only(_read_file(args.file, limits.max_bytes), args.file, limits=limits)
    except UnreadableFile as err:
        _print_unreadable(args.file, err)
        return EXIT_UNREADABLE
    data = document.dump(full=args.full) if document is not None else None
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def cmd_check_text(args: argparse.Namespace) -> int:
    from service.pipeline import check_text

    text = " ".join(args.text).strip()
    if text == "-":
        text = sys.stdin.read().strip()
    if not text:
        print("ไม่มีข้อความให้ตรวจ / no text to check", file=sys.stderr)
        return EXIT_UNREADABLE
    result = check_text(text, args.as_, rank=args.rank, area=args.area,
                        classroom_type=args.classroom_type)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_FINDINGS if any(f["severity"] == "error" for f in result["findings"]) else EXIT_OK


def cmd_annotate(args: argparse.Namespace) -> int:
    from extractors.sniff import detect_format
    from service.annotate import annotate_docx
    from service.pipeline import review

    limits = _settings().limits()
    try:
        data = _read_file(args.file, limits.max_bytes)
        if b"%PDF-" in data[:1024] or detect_format(data, limits) != "docx":
            raise UnreadableFile(
                "not-docx", "ใส่ความเห็นได้เฉพาะไฟล์ DOCX สำหรับ PDF ใช้ `check --format html` เพื่อได้รายงาน",
                "Comments can be added to a DOCX only; for a PDF use `check --format html` for a report.",
                status=415)
        report = review(data, args.file, rank=args.rank, limits=limits)
        out = annotate_docx(data, report)
    except UnreadableFile as err:
        _print_unreadable(args.file, err)
        return EXIT_UNREADABLE
    Path(args.out).write_bytes(out)
    from service.render.common import severity_counts

    counts_th, counts_en = severity_counts(report.summary.errors, report.summary.warnings,
                                           report.summary.infos)
    print(f"{args.out}: ความเห็น {len(report.findings)} รายการ ({counts_th}) / "
          f"{len(report.findings)} comments ({counts_en})", file=sys.stderr)
    return EXIT_FINDINGS if report.has_errors else EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from service import batch_cli

    workers = args.workers or _settings().workers
    result = batch_cli.run(args.source, args.out, workers, args.rank)
    return int(result) if isinstance(result, int) else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from service.api.app import create_app
    from service.settings import get_settings

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    settings = get_settings(**overrides)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_level="info", access_log=False)  # access logs would hold file names
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pa-review", description="ตรวจแบบข้อตกลงในการพัฒนางาน (PA1) / Review PA1 forms")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("check", help="ตรวจไฟล์ PA1 / review PA1 files")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--format", choices=["json", "text", "html"], default="text")
    c.add_argument("--rank", choices=RANKS)
    c.set_defaults(func=cmd_check)

    e = sub.add_parser("extract", help="อ่านข้อมูลในแบบ PA1 / print the document object")
    e.add_argument("file", metavar="FILE")
    e.add_argument("--format", choices=["json"], default="json")
    e.add_argument("--full", action="store_true", help="include sources, confidence and layout")
    e.set_defaults(func=cmd_extract)

    t = sub.add_parser("check-text", help="ตรวจข้อความเดียว / check one statement")
    t.add_argument("--as", dest="as_", choices=["indicator", "outcome", "challenge"], required=True)
    t.add_argument("--rank", choices=RANKS)
    t.add_argument("--area", type=int, choices=[1, 2, 3], default=1)
    t.add_argument("--classroom-type", dest="classroom_type", choices=CLASSROOM_TYPES,
                   help="ข้อความของห้องเรียนประเภทใด (early_childhood: ข้อเสนอแนะใช้คำว่า เด็ก) / "
                        "whose statement it is (early_childhood: suggestions say เด็ก)")
    t.add_argument("--format", choices=["json"], default="json")
    t.add_argument("text", nargs="+", metavar="TEXT")
    t.set_defaults(func=cmd_check_text)

    a = sub.add_parser("annotate", help="ใส่ความเห็นลงใน DOCX / write findings as Word comments")
    a.add_argument("file", metavar="FILE.docx")
    a.add_argument("--out", required=True, metavar="OUT.docx")
    a.add_argument("--rank", choices=RANKS)
    a.set_defaults(func=cmd_annotate)

    b = sub.add_parser("batch", help="ตรวจหลายไฟล์ / review a folder or zip")
    b.add_argument("source", metavar="DIR_OR_ZIP")
    b.add_argument("--out", required=True, metavar="REPORT.xlsx|.csv")
    b.add_argument("--workers", type=int)
    b.add_argument("--rank", choices=RANKS)
    b.set_defaults(func=cmd_batch)

    s = sub.add_parser("serve", help="เปิดเว็บเซอร์วิส / start the web service")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UnreadableFile as err:
        _print_unreadable(getattr(args, "file", "") or getattr(args, "source", ""), err)
        return EXIT_UNREADABLE
    except BrokenPipeError:  # `pa-review check … | head`
        sys.stderr.close()
        return EXIT_OK
    except ValueError as err:  # invalid settings from the environment, bad arguments
        print(f"ค่าที่กำหนดไม่ถูกต้อง / invalid value: {err}", file=sys.stderr)
        return EXIT_UNREADABLE


if __name__ == "__main__":
    sys.exit(main())

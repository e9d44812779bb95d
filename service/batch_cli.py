"""`pa-review batch DIR_OR_ZIP --out REPORT.xlsx|.csv`: the batch runner on the command line.

The same `BatchService` (worker processes, SQLite store) as the web service, on a temporary data
folder that is deleted afterwards; a progress bar on stderr.  Exit codes as `check`: 0 no error
finding, 1 some error finding, 2 some file could not be read (or the source itself).

The progress bar is a dozen lines here rather than tqdm: one line, redrawn in place on a terminal
and printed every 10 % otherwise (logs, CI), is all this needs.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any, TextIO

from extractors.errors import UnreadableFile
from service.batch import BatchConfig, BatchService, DEFAULT_REVIEW
from service.inputs import iter_source
from service.render.common import SEVERITY_WORDS
from service.render.table import write_csv, write_xlsx


class ProgressBar:
    """`[#######.........]  412/1000  41%  12.3 files/s  ETA 0:48  (3 unreadable)` on stderr."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, width: int = 30):
        self.total, self.stream, self.width = max(total, 1), stream, width
        self.start = time.monotonic()
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.last_decile = -1

    def update(self, done: int, failed: int = 0) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = done / elapsed
        eta = (self.total - done) / rate if rate > 0 else 0
        filled = int(self.width * done / self.total)
        line = (f"[{'#' * filled}{'.' * (self.width - filled)}] {done:>{len(str(self.total))}}"
                f"/{self.total} {100 * done // self.total:3d}%  {rate:5.1f} files/s"
                f"  ETA {int(eta) // 60}:{int(eta) % 60:02d}")
        if failed:
            line += f"  (อ่านไม่ได้ {failed} / {failed} unreadable)"
        if self.tty:
            self.stream.write("\r" + line)
        else:
            decile = 10 * done // self.total
            if decile == self.last_decile:
                return
            self.last_decile = decile
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _print_error(err: UnreadableFile, stream: TextIO) -> None:
    stream.write(f"{err.message_th}\n{err.message_en}\n")


def run(source: Path, out: Path, workers: int | None = None, rank: str | None = None, *,
        review: str = DEFAULT_REVIEW, settings: Any = None, stream: TextIO = sys.stderr) -> int:
    """Review every .docx/.pdf under `source` (a folder or a zip) and write `out` (.xlsx/.csv)."""
    source, out = Path(source), Path(out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        stream.write("ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .xlsx หรือ .csv\n"
                     "The output file must end in .xlsx or .csv.\n")
        return 2
    if not source.exists():
        stream.write(f"ไม่พบ {source}\nNot found: {source}\n")
        return 2
    if settings is None:
        try:
            from service.settings import get_settings
            settings = get_settings()
        except Exception:  # noqa: BLE001 - the defaults of BatchConfig then
            settings = None
    with tempfile.TemporaryDirectory(prefix="pa-review-batch-") as tmp:
        base = BatchConfig.from_settings(settings) if settings is not None else \
            BatchConfig(data_dir=Path(tmp))
        config = BatchConfig(**{**base.__dict__, "data_dir": Path(tmp),
                                "workers": workers or base.workers, "keep_uploads": False,
                                "worker_log_level": "ERROR"})
        service = BatchService(config, review=review)
        try:
            created = service.submit_items(iter_source(source, config.input_limits()), rank=rank)
        except UnreadableFile as err:
            _print_error(err, stream)
            return 2
        except ValueError:
            stream.write(f"ไม่รู้จักวิทยฐานะ {rank}\nUnknown rank: {rank}\n")
            return 2
        service.start()
        try:
            status = _follow(service, created.id, stream)
        except KeyboardInterrupt:
            stream.write("\nหยุดแล้ว / Interrupted\n")
            return 2
        finally:
            service.stop()
        files = service.results(created.id) or []
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.suffix.lower() == ".xlsx":
            write_xlsx(files, out)
        else:
            with open(out, "w", encoding="utf-8", newline="") as handle:
                write_csv(files, handle)
        if hasattr(service.store, "close"):
            service.store.close()
    failed = sum(1 for f in files if f.state == "failed")
    with_errors = sum(1 for f in files if f.report and f.report.get("summary", {}).get("errors"))
    must_fix_th, must_fix_en = SEVERITY_WORDS["error"]
    stream.write(f"ตรวจแล้ว {status.total - failed} ไฟล์, มีข้อ{must_fix_th} {with_errors} ไฟล์, "
                 f"อ่านไม่ได้ {failed} → {out}\n"
                 f"Reviewed {status.total - failed} files, {with_errors} with “{must_fix_en}” "
                 f"findings, {failed} unreadable → {out}\n")
    if failed:
        return 2
    return 1 if with_errors else 0


def _follow(service: BatchService, batch_id: str, stream: TextIO):
    row = service.store.batch(batch_id)
    bar = ProgressBar(row.total if row else 0, stream)
    try:
        while True:
            row = service.store.batch(batch_id)
            failed = service.store.counts(batch_id).get("failed", 0) if row.done else 0
            bar.update(row.done, failed)
            if row.state == "done":
                return service.status(batch_id)
            time.sleep(0.25)
    finally:
        bar.close()

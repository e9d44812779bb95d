"""Batch throughput: 1,000 files through `BatchService` with the default worker count.

    python -m benchmarks.batch                   # 1,000 copies of samples/documents/*
    python -m benchmarks.batch --files 200 --workers 4
    python -m benchmarks.batch --docx-only       # only the DOCX samples
    PYTHONPATH=tests/service python -m benchmarks.batch --review batch_fakes:review
                                                 # the machinery alone (a review that does nothing)

Copies the samples (in turn) into a temporary folder, submits them as one batch exactly as
`pa-review batch` does, and times from submission to the last result.  Memory is the sum of the
resident set sizes of this process (the service: store, dispatcher) and its worker processes,
sampled every 0.2 s from /proc; the peak is printed along with the peak of one worker.  When
samples/documents holds no document yet, plain DOCX files are built with python-docx.
Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.batch import BatchConfig, BatchService  # noqa: E402
from service.inputs import iter_directory  # noqa: E402


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.append(int(entry))
    return found


class MemorySampler(threading.Thread):
    def __init__(self, interval: float = 0.2):
        super().__init__(daemon=True)
        self.interval = interval
        self.peak_total = self.peak_worker = self.peak_service = 0
        self.peak_workers_seen = 0
        self._halt = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self._halt.is_set():
            service = _rss_kb(me)
            workers = [_rss_kb(p) for p in _children(me)]
            self.peak_service = max(self.peak_service, service)
            self.peak_worker = max([self.peak_worker] + workers)
            self.peak_total = max(self.peak_total, service + sum(workers))
            self.peak_workers_seen = max(self.peak_workers_seen, len(workers))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _sources(docx_only: bool) -> list[Path]:
    docs = sorted((ROOT / "samples" / "documents").glob("*.docx"))
    if not docx_only:
        docs += sorted((ROOT / "samples" / "documents").glob("*.pdf"))
    return docs


def _build_docx(folder: Path, count: int = 5) -> list[Path]:
    """A fallback when there are no samples: small PA1-shaped DOCX files."""
    import docx

    paths = []
    for i in range(count):
        document = docx.Document()
        document.add_paragraph("แบบข้อตกลงในการพัฒนางาน (PA 1/ส)")
        document.add_paragraph(f"ชื่อ นางสาวทดสอบ ลำดับที่{i} ตำแหน่ง ครู วิทยฐานะ ชำนาญการ")
        document.add_paragraph("สถานศึกษา โรงเรียนบ้านตัวอย่าง ปีงบประมาณ พ.ศ. 2567")
        table = document.add_table(rows=2, cols=3)
        for col, text in enumerate(("งาน", "ผลลัพธ์", "ตัวชี้วัด")):
            table.cell(0, col).text = text
        table.cell(1, 0).text = "จัดกิจกรรมการเรียนรู้แบบโครงงาน"
        table.cell(1, 1).text = "นักเรียนมีทักษะการแก้ปัญหา"
        table.cell(1, 2).text = "นักเรียนร้อยละ 80 มีผลการประเมินทักษะอยู่ในระดับดีขึ้นไป"
        path = folder / f"built-{i}.docx"
        document.save(path)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None,
                        help="default: os.cpu_count(), as the service")
    parser.add_argument("--docx-only", action="store_true")
    parser.add_argument("--review", default="service.pipeline:review",
                        help="MODULE:FUNCTION the workers call (default: the real pipeline)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="pa-review-bench-") as tmp:
        tmp_path = Path(tmp)
        inputs = tmp_path / "inputs"
        inputs.mkdir()
        sources = _sources(args.docx_only) or _build_docx(tmp_path)
        for i in range(args.files):
            source = sources[i % len(sources)]
            shutil.copyfile(source, inputs / f"{i:04d}-{source.name}")
        config = BatchConfig(data_dir=tmp_path / "data", worker_log_level="ERROR",
                             **({"workers": args.workers} if args.workers else {}))
        sampler = MemorySampler()
        sampler.start()
        service = BatchService(config, review=args.review)
        started = time.perf_counter()
        created = service.submit_items(iter_directory(inputs, config.input_limits()))
        submitted = time.perf_counter()
        service.start()
        status = service.wait(created.id, poll=0.1)
        finished = time.perf_counter()
        service.stop()
        sampler.stop()

        states = Counter(f.state for f in status.files)
        errors = Counter(f.error["code"] for f in status.files if f.error)
        reviewed = finished - submitted
        load = os.getloadavg()
        print(f"files            {status.total} ({len(sources)} distinct samples, "
              f"{sum(1 for s in sources if s.suffix == '.pdf')} PDF)")
        print(f"workers          {config.workers} (os.cpu_count() = {os.cpu_count()})")
        print(f"submit           {submitted - started:.2f} s (copy to the store)")
        print(f"review           {reviewed:.1f} s  →  {status.total / reviewed:.2f} files/s"
              f"  ({status.total / (finished - started):.2f} files/s including submit)")
        print(f"states           {dict(states)}  errors {dict(errors) or '-'}")
        print(f"peak RSS         {sampler.peak_total / 1024:.0f} MB service + workers "
              f"(service {sampler.peak_service / 1024:.0f} MB, one worker ≤ "
              f"{sampler.peak_worker / 1024:.0f} MB, {sampler.peak_workers_seen} workers)")
        print(f"load average     {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
              "(the machine is shared; compare runs on a quiet machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

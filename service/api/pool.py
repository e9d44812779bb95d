"""Single reviews in worker processes (optional): all cores used, and a file that crashes or
exhausts a reader only takes its worker down, never the service.

`PA_REVIEW_REVIEW_PROCESSES=N` (N ≥ 1) turns it on; 0 (the default) reviews in threads of the
service process.  Uploaded bytes go to the worker through a pipe, in memory, and are never written
to disk.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing as mp
import resource
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from extractors.errors import UnreadableFile
from extractors.sniff import Limits
from models.document import RankId
from service.report import Report

log = logging.getLogger(__name__)

MEMORY_LIMIT_BYTES = 2 * 1024**3  # per worker address space: a runaway reader fails alone


def _init_worker(memory_limit: int) -> None:
    if memory_limit:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        except (ValueError, OSError):
            pass
    from service import pipeline

    pipeline.warm_up()


def _review(data: bytes, filename: str, rank: str | None, limits: Limits) -> tuple:
    """Runs in the worker. UnreadableFile travels back as plain values (it does not pickle)."""
    from service import pipeline

    try:
        return ("ok", pipeline.review(data, filename, rank=rank, limits=limits))
    except UnreadableFile as err:
        return ("unreadable", err.code, err.message_th, err.message_en, err.status)


def _crashed() -> UnreadableFile:
    return UnreadableFile(
        "internal",
        "ระบบหยุดอ่านไฟล์นี้เพราะใช้หน่วยความจำหรือเวลามากผิดปกติ กรุณาบันทึกไฟล์ใหม่ (Save As .docx หรือ PDF) แล้วลองอีกครั้ง",
        "Reading this file was stopped because it used abnormal memory or time. Save it again "
        "(Save As .docx or PDF) and try once more.", status=422)


class ReviewPool:
    def __init__(self, processes: int, memory_limit: int = MEMORY_LIMIT_BYTES) -> None:
        self.processes, self.memory_limit = processes, memory_limit
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        self._pool = ProcessPoolExecutor(self.processes, mp_context=mp.get_context("spawn"),
                                         initializer=_init_worker, initargs=(self.memory_limit,))
        # Start the workers (and their warm-up) now; `wait_ready()` waits for them.
        self._starting = [self._pool.submit(int, 0) for _ in range(self.processes)]

    def wait_ready(self, timeout: float = 300) -> None:
        from concurrent.futures import wait

        wait(getattr(self, "_starting", []), timeout=timeout)

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    async def review(self, data: bytes, filename: str, rank: RankId | None, limits: Limits) -> Report:
        if self._pool is None:
            self.start()
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(self._pool, _review, data, filename,
                                                 rank.value if rank else None, limits)
        except BrokenProcessPool:
            log.error("a review worker died; the pool is restarted")
            self.stop()
            self.start()
            raise _crashed() from None
        if result[0] == "unreadable":
            _, code, th, en, status = result
            raise UnreadableFile(code, th, en, status=status)
        return result[1]

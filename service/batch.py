"""Batches: hundreds of PA1 files reviewed in worker processes, with progress, nothing lost.

`BatchService` is what the API and the CLI use.  It writes the uploaded files to
``data_dir/batches/<id>/`` and their rows to the `BatchStore`; a `Runner` then reviews the queued
files.  The default runner (`ProcessRunner`) is one dispatcher thread in the service process and
N worker processes:

- the dispatcher claims one queued file at a time per idle worker (atomically, in the store),
  sends the worker its path, and waits for the answer with a deadline;
- a worker reviews one file at a time with `service.pipeline.review` under an address-space limit
  (RLIMIT_AS); an unreadable file comes back as its `UnreadableFile` code and Thai/English
  reason, any other exception as "internal", and the batch goes on;
- a file that runs past its time limit gets its worker killed (SIGKILL) and is queued once more
  (the timeout kept as the file's `retry`; a slow machine or a busy moment is not the file's
  fault); a second timeout is recorded as "timeout"; a worker that dies (killed, out of memory, crash) is replaced and its file is
  queued again, up to `storage.MAX_ATTEMPTS` claims, then recorded as failed;
- a result is stored only for the current claim, so a done file is never reviewed twice; on
  start (and every minute) claims held by a dead service are put back in the queue.

A distributed backend implements `Runner` over a shared `BatchStore` (its workers claim from the
same queue); nothing else changes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import importlib
import json
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from pydantic import BaseModel

from extractors.errors import UnreadableFile
from extractors.sniff import Limits
from models.document import RankId
from service.inputs import MB, InputItem, InputLimits, iter_uploads
from service.settings import BATCH_FORM_FIELDS
from service.storage import (BatchStore, Claim, FileRow, NewFile, SqliteBatchStore, owner_alive)

log = logging.getLogger(__name__)

DEFAULT_REVIEW = "service.pipeline:review"
MAINTENANCE_SECONDS = 60.0
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


# -- configuration -------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchConfig:
    """What the batch machinery takes from `service.settings.Settings` (with safe defaults for
    the fields the settings do not define yet)."""

    data_dir: Path
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    batch_ttl_hours: float = 24.0
    keep_uploads: bool = False
    max_file_bytes: int = 20 * MB
    file_timeout_s: float = 120.0  # hard limit per file; the readers' own budget is 30 s
    worker_memory_mb: int = 2048  # RLIMIT_AS per worker (0 = none)
    worker_log_level: str = "WARNING"  # the CLI sets ERROR so readers' warnings spare the bar
    max_batch_files: int = 5000
    max_batch_bytes: int = 2048 * MB
    max_batch_parts: int | None = None  # multipart parts of one upload; None: files + 16

    @property
    def parts_limit(self) -> int:
        return self.max_batch_parts or self.max_batch_files + BATCH_FORM_FIELDS

    @classmethod
    def from_settings(cls, settings: Any) -> "BatchConfig":
        get = lambda name, default: getattr(settings, name, default)  # noqa: E731 (tests pass stubs)
        max_bytes = get("max_upload_bytes", None) or int(get("max_upload_mb", 20) * MB)
        return cls(
            data_dir=Path(get("data_dir", "var")),
            workers=int(get("workers", None) or os.cpu_count() or 1),
            batch_ttl_hours=float(get("batch_ttl_hours", 24.0)),
            keep_uploads=bool(get("keep_uploads", False)),
            max_file_bytes=int(max_bytes),
            file_timeout_s=float(get("batch_file_timeout_s", 120.0)),
            worker_memory_mb=int(get("batch_worker_memory_mb", 2048)),
            max_batch_files=int(get("max_batch_files", 5000)),
            max_batch_bytes=int(get("max_batch_mb", 2048) * MB),
            max_batch_parts=get("max_batch_parts", None),
        )

    def input_limits(self) -> InputLimits:
        return InputLimits(max_file_bytes=self.max_file_bytes, max_files=self.max_batch_files,
                           max_total_bytes=self.max_batch_bytes)

    def reader_limits(self) -> Limits:
        return Limits(max_bytes=self.max_file_bytes)


# -- what the API returns ------------------------------------------------------------------


class BatchCreated(BaseModel):
    id: str
    token: str


class FileSummary(BaseModel):
    errors: int = 0
    warnings: int = 0
    infos: int = 0


class FileStatus(BaseModel):
    name: str
    state: str  # queued | running | done | failed
    summary: FileSummary | None = None
    top_rules: list[str] = []
    error: dict[str, str] | None = None
    retry: dict[str, str] | None = None  # the timeout after which the file was reviewed again


class BatchStatus(BaseModel):
    id: str
    state: str  # uploading | queued | running | done
    done: int
    total: int
    rank: str | None = None
    expires: float = 0.0  # Unix time after which the results are deleted
    files: list[FileStatus] = []


def top_rules(rules: Iterable[tuple[str, str]], n: int = 3) -> list[str]:
    """The `n` rules to look at first: most severe, then most frequent, then by id."""
    count: Counter[str] = Counter()
    severity: dict[str, int] = {}
    for rule, sev in rules:
        count[rule] += 1
        severity[rule] = min(severity.get(rule, 9), SEVERITY_RANK.get(sev, 9))
    ordered = sorted(count, key=lambda r: (severity[r], -count[r], r))
    return ordered[:n]


# -- runners -------------------------------------------------------------------------------


class Runner(Protocol):
    """Reviews queued files of the store until stopped."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def wake(self) -> None: ...  # new files were queued


def _error_dict(code: str, th: str, en: str) -> dict[str, str]:
    return {"code": code, "message_th": th, "message_en": en}


def timeout_error(seconds: float) -> dict[str, str]:
    return _error_dict("timeout", f"ตรวจไฟล์นี้ไม่เสร็จภายใน {seconds:g} วินาที ระบบจึงหยุดการตรวจไฟล์นี้",
                       f"The review of this file did not finish within {seconds:g} seconds, "
                       "so it was stopped.")


def retried_error(seconds: float) -> dict[str, str]:
    """A second timeout: the file was given its time twice."""
    return _error_dict("timeout",
                       f"ตรวจไฟล์นี้ไม่เสร็จภายใน {seconds:g} วินาที ทั้งสองครั้งที่ลองตรวจ "
                       "ระบบจึงหยุดการตรวจไฟล์นี้",
                       f"The review of this file did not finish within {seconds:g} seconds, "
                       "twice, so it was stopped.")


def internal_error() -> dict[str, str]:
    return _error_dict("internal", "ระบบตรวจไฟล์นี้ไม่สำเร็จเนื่องจากข้อผิดพลาดภายใน",
                       "The review of this file failed because of an internal error.")


def memory_error(mb: int) -> dict[str, str]:
    return _error_dict("too-large", f"การอ่านไฟล์นี้ต้องใช้หน่วยความจำเกิน {mb} MB ที่ระบบกำหนด",
                       f"Reading this file needs more than the {mb} MB of memory allowed.")


def _load(ref: str) -> Callable[..., Any]:
    module, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module), attr or "review")


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker if the thread that started it dies (service killed)."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 - best effort; the closed pipe ends the worker anyway
        pass


WORKER_COMMAND = "from service.batch import worker_entry; worker_entry()"


def worker_entry() -> None:
    """`python -c WORKER_COMMAND FD`: a worker process started by `ProcessRunner`.

    A fresh interpreter (not fork, not multiprocessing's spawn, which re-imports the caller's
    main module) talking over the socket inherited as FD.  The first message configures it.
    """
    import sys

    conn = Connection(int(sys.argv[1]))
    init = conn.recv()
    sys.path[:] = init["sys_path"]
    logging.basicConfig(level=init.get("log_level", "WARNING"),
                        format="pa-review batch worker %(process)d %(levelname)s %(name)s: %(message)s")
    worker_main(conn, init["review"], init["memory_mb"], Limits(**init["limits"]))


def worker_main(conn: Connection, review_ref: str, memory_mb: int, limits: Limits) -> None:
    """One worker process: review one file per message until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the dispatcher's business
    _die_with_parent()
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # parallelism comes from the processes
    if memory_mb > 0:
        import resource
        limit = memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        review = _load(review_ref)
    except BaseException as exc:  # noqa: BLE001
        log.error("batch worker cannot load %s: %s", review_ref, type(exc).__name__)
        conn.send(("broken", None))
        return
    # Load the readers and models before taking a file, so a cold worker's first file is not
    # timed out for the loading (a replaced worker is cold too: each timeout would cause the next).
    module = importlib.import_module(review_ref.partition(":")[0])
    warm_up = getattr(module, "warm_up", None)
    if callable(warm_up):
        try:
            warm_up()
        except Exception as exc:  # noqa: BLE001 - only the first file's speed is at stake
            log.warning("batch worker warm-up failed: %s", type(exc).__name__)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        path, name, rank = task
        try:
            data = Path(path).read_bytes()
            report = review(data, name, rank=rank, limits=limits)
            dump = report.to_json() if hasattr(report, "to_json") else \
                report.model_dump(mode="json", by_alias=True)
            answer = ("done", json.dumps(dump, ensure_ascii=False))
        except UnreadableFile as exc:
            answer = ("failed", exc.to_dict())
        except MemoryError:
            answer = ("failed", memory_error(memory_mb))
        except Exception as exc:  # noqa: BLE001 - recorded per file, the batch goes on
            log.error("batch review failed with %s", type(exc).__name__)  # never the content
            answer = ("failed", internal_error())
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Worker:
    process: subprocess.Popen
    conn: Connection
    ready: bool = False
    task: Claim | None = None
    deadline: float = 0.0
    started: float = field(default_factory=time.monotonic)


class ProcessRunner:
    """The default runner: a dispatcher thread and `config.workers` worker processes."""

    def __init__(self, store: BatchStore, config: BatchConfig, *, review: str = DEFAULT_REVIEW,
                 owner: str | None = None, on_progress: Callable[[], None] | None = None):
        self.store = store
        self.config = config
        self.review = review
        self.owner = owner or instance_owner()
        self.on_progress = on_progress
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_w.setblocking(False)
        self._wake_r.setblocking(False)
        self._workers: list[_Worker] = []
        self._spawn_failures = 0
        self._next_spawn = 0.0
        self.lease_seconds = config.file_timeout_s + 60.0
        # a worker loads the readers and models (warm_up) before its first file, untimed by the
        # file limit but not forever
        self.warm_up_seconds = max(300.0, 3 * config.file_timeout_s)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="batch-dispatcher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self.wake()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        try:
            self._wake_w.send(b"x")
        except (BlockingIOError, OSError):
            pass

    def worker_pids(self) -> list[int]:
        return [w.process.pid for w in self._workers]

    # -- the dispatcher ----------------------------------------------------------------------

    def _run(self) -> None:
        next_maintenance = 0.0
        try:
            while not self._stop.is_set():
                now = time.monotonic()
                if now >= next_maintenance:
                    self._maintain()
                    next_maintenance = now + MAINTENANCE_SECONDS
                self._spawn_missing()
                self._dispatch()
                self._wait_and_collect()
        except Exception:  # noqa: BLE001 - keep the reason in the log; claims are recovered
            log.exception("batch dispatcher stopped")
        finally:
            self._shutdown_workers()

    def _maintain(self) -> None:
        try:
            self.store.recover(alive=lambda owner: owner == self.owner or owner_alive(owner))
            self.store.recover_uploads()
            self.store.purge_expired()
        except Exception:  # noqa: BLE001
            log.exception("batch maintenance failed")

    def _spawn_missing(self) -> None:
        want = max(1, self.config.workers)
        if len(self._workers) >= want or time.monotonic() < self._next_spawn:
            return
        if not self._workers and not self.store.pending():
            return  # no work: start the workers when the first batch arrives
        while len(self._workers) < want:
            self._workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        """A fresh interpreter per worker: nothing inherited but one socket (no fork of a
        threaded process, no re-import of whatever main module started the service)."""
        ours, theirs = socket.socketpair()
        root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", WORKER_COMMAND, str(theirs.fileno())],
                pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
        finally:
            theirs.close()
        conn = Connection(ours.detach())
        conn.send({"sys_path": list(sys.path), "review": self.review,
                   "memory_mb": self.config.worker_memory_mb,
                   "log_level": self.config.worker_log_level,
                   "limits": dataclasses.asdict(self.config.reader_limits())})
        return _Worker(process, conn)

    def _dispatch(self) -> None:
        for worker in self._workers:
            if not worker.ready or worker.task is not None:
                continue
            claim = self.store.claim(self.owner, self.lease_seconds)
            if claim is None:
                return
            try:
                worker.conn.send((str(claim.path), claim.name, claim.rank))
            except (BrokenPipeError, OSError):
                self.store.release(claim, internal_error())
                continue
            worker.task = claim
            worker.deadline = time.monotonic() + self.config.file_timeout_s

    def _wait_and_collect(self) -> None:
        now = time.monotonic()
        busy = [w.deadline for w in self._workers if w.task is not None]
        timeout = min([2.0] + [max(0.0, d - now) for d in busy])
        waitables: list[Any] = [self._wake_r] + [w.conn for w in self._workers]
        ready = set(wait(waitables, timeout))
        if self._wake_r in ready:
            try:
                while self._wake_r.recv(4096):
                    pass
            except (BlockingIOError, OSError):
                pass
        for worker in list(self._workers):
            if worker.conn in ready and not self._receive(worker):
                self._lost(worker)  # the socket closed: the worker is gone
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.task is not None and now >= worker.deadline:
                self._timed_out(worker)
            elif not worker.ready and now >= worker.started + self.warm_up_seconds:
                log.warning("batch worker not ready after %.0f s; replaced", self.warm_up_seconds)
                self._retire(worker)  # stuck while loading: holds no file, try a new one later
                self._backoff()

    def _receive(self, worker: _Worker) -> bool:
        try:
            kind, payload = worker.conn.recv()
        except (EOFError, OSError):
            return False
        if kind == "ready":
            worker.ready = True
            self._spawn_failures = 0
            return True
        if kind == "broken":
            self._retire(worker)
            self._backoff()
            return True
        claim, worker.task = worker.task, None
        if claim is None:
            return True
        if kind == "done":
            self.store.complete(claim, report=json.loads(payload))
        else:
            self.store.complete(claim, error=payload)
        self._progress()
        return True

    def _lost(self, worker: _Worker) -> None:
        """The worker died (killed, out of memory, crashed): requeue its file, replace it."""
        claim = worker.task
        self._retire(worker)
        code = worker.process.returncode
        if claim is not None:
            state = self.store.release(claim, _crashed_error(code))
            log.warning("batch worker exited with %s during a file; the file is now %s",
                        code, state or "handled elsewhere")
            self._progress()
        elif not worker.ready:
            self._backoff()

    def _timed_out(self, worker: _Worker) -> None:
        claim = worker.task
        worker.task = None
        self._retire(worker)
        if claim is not None:
            seconds = self.config.file_timeout_s
            # the first timeout queues the file again (recorded as its `retry`), the second fails it
            state = self.store.retry(claim, timeout_error(seconds), again=retried_error(seconds))
            log.warning("batch file timed out after %g s; the file is now %s", seconds,
                        state or "handled elsewhere")
            self._progress()

    def _retire(self, worker: _Worker) -> None:
        if worker.process.poll() is None:
            worker.process.kill()
        try:
            worker.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        worker.conn.close()
        if worker in self._workers:
            self._workers.remove(worker)

    def _backoff(self) -> None:
        self._spawn_failures += 1
        self._next_spawn = time.monotonic() + min(30.0, 0.5 * 2 ** self._spawn_failures)

    def _progress(self) -> None:
        if self.on_progress is not None:
            try:
                self.on_progress()
            except Exception:  # noqa: BLE001
                pass

    def _shutdown_workers(self) -> None:
        for worker in self._workers:
            try:
                worker.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + 2.0
        for worker in list(self._workers):
            if worker.task is None:
                try:
                    worker.process.wait(max(0.0, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    pass
            if worker.task is not None:
                # stopping in the middle of a file: give the claim back, it is not the file's fault
                self.store.giveback(worker.task)
                worker.task = None
            self._retire(worker)


def _crashed_error(exitcode: int | None) -> dict[str, str]:
    if exitcode == -signal.SIGKILL:
        return _error_dict("internal", "กระบวนการตรวจไฟล์นี้ถูกหยุดกลางคัน (อาจใช้หน่วยความจำมากเกินไป)",
                           "The worker reviewing this file was killed (it may have used too much "
                           "memory).")
    return _error_dict("internal", "กระบวนการตรวจไฟล์นี้หยุดทำงานกะทันหัน",
                       "The worker reviewing this file stopped unexpectedly.")


def instance_owner() -> str:
    """host:pid:nonce; the nonce tells a restarted service with a reused pid from its past self."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


# -- the service ---------------------------------------------------------------------------


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


_DUMMY_HASH = hash_token("no such batch")


class BatchService:
    """Submit batches, follow them, read their results. Thread-safe; one per process."""

    def __init__(self, settings: Any, *, store: BatchStore | None = None,
                 runner: Runner | None = None, review: str = DEFAULT_REVIEW,
                 on_progress: Callable[[], None] | None = None):
        self.config = settings if isinstance(settings, BatchConfig) else \
            BatchConfig.from_settings(settings)
        self.store = store or SqliteBatchStore(self.config.data_dir)
        self.runner = runner or ProcessRunner(self.store, self.config, review=review,
                                              on_progress=on_progress)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Recover claims of a previous run, purge expired batches, start reviewing."""
        self.store.recover()
        self.store.purge_expired()
        self.runner.start()

    def stop(self) -> None:
        self.runner.stop()

    def __enter__(self) -> "BatchService":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- submitting --------------------------------------------------------------------------

    def submit(self, files: list[tuple[str, bytes]], *, rank: str | None = None,
               keep_files: bool = False) -> BatchCreated:
        """Files (documents or zips of them) → a new batch. Zips are opened here, so a bad zip
        raises UnreadableFile before any batch exists; a bad document inside becomes a failed
        row of the batch."""
        items = list(iter_uploads(files, self.config.input_limits()))
        return self.submit_items(items, rank=rank, keep_files=keep_files)

    def submit_items(self, items: Iterable[InputItem], *, rank: str | None = None,
                     keep_files: bool = False) -> BatchCreated:
        """Add documents one at a time (streams a folder without holding it in memory)."""
        rank_id = RankId(rank).value if rank else None  # ValueError for an unknown rank
        token = secrets.token_urlsafe(32)
        batch_id = secrets.token_hex(8)
        keep = keep_files or self.config.keep_uploads
        self.store.create_batch(batch_id, hash_token(token), ttl_hours=self.config.batch_ttl_hours,
                                rank=rank_id, keep_files=keep)
        seq = 0
        try:
            for item in items:
                self.store.add_file(batch_id, seq, self._save(batch_id, seq, item))
                seq += 1
        except BaseException:
            self.store.purge_batch(batch_id)
            raise
        if seq == 0:
            self.store.purge_batch(batch_id)
            raise UnreadableFile("empty", "ไม่พบไฟล์ .docx หรือ .pdf ที่จะตรวจ",
                                 "No .docx or .pdf file was found to review.", status=400)
        self.store.seal(batch_id, seq)
        self.runner.wake()
        return BatchCreated(id=batch_id, token=token)

    def _save(self, batch_id: str, seq: int, item: InputItem) -> NewFile:
        if item.error is not None or item.data is None:
            return NewFile(item.name, error=item.error or internal_error())
        path = self.store.file_path(batch_id, seq)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(item.data)
        os.replace(tmp, path)
        return NewFile(item.name, hashlib.sha256(item.data).hexdigest(), len(item.data))

    # -- reading -----------------------------------------------------------------------------

    def check_token(self, batch_id: str, token: str) -> bool:
        """Constant-time: the same work whether the id exists or not."""
        row = self.store.batch(batch_id) if _plausible_id(batch_id) else None
        expected = row.token_hash if row is not None and row.expires > time.time() else _DUMMY_HASH
        ok = hmac.compare_digest(hash_token(token or ""), expected)
        return ok and row is not None

    def status(self, batch_id: str) -> BatchStatus | None:
        row = self.store.batch(batch_id)
        if row is None or row.expires <= time.time():
            return None
        files = []
        for file, extra in self.store.summaries(batch_id):
            summary = rules = None
            if extra is not None:
                summary = FileSummary(**extra["summary"])
                rules = top_rules(tuple(r) for r in extra["rules"])
            files.append(FileStatus(name=file.name, state=file.state, summary=summary,
                                    top_rules=rules or [], error=file.error, retry=file.retry))
        return BatchStatus(id=row.id, state=row.state, done=row.done, total=row.total,
                           rank=row.rank, expires=row.expires, files=files)

    def results(self, batch_id: str) -> list[FileRow] | None:
        """Every file of the batch with its full report (contract JSON) or its error."""
        row = self.store.batch(batch_id)
        if row is None or row.expires <= time.time():
            return None
        return self.store.files(batch_id)

    def wait(self, batch_id: str, timeout: float | None = None, poll: float = 0.2) -> BatchStatus:
        """Block until the batch is done (tests, CLI)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            row = self.store.batch(batch_id)
            if row is None:
                raise KeyError(batch_id)
            if row.state == "done":
                return self.status(batch_id)  # type: ignore[return-value]
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(batch_id)
            time.sleep(poll)


def _plausible_id(batch_id: str) -> bool:
    return 0 < len(batch_id) <= 64 and all(c in "0123456789abcdef" for c in batch_id)

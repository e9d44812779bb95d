"""Batch state in an embedded database: SQLite by default, behind the small `BatchStore` protocol.

One row per batch and one per file.  Every state change is a single transaction, so a service or
worker killed at any moment leaves the database consistent:

- a file is *claimed* atomically (queued → running, attempts + 1, owner and lease recorded);
- its result is written only if the claim is still the current one (same attempt), so a stale
  worker can never overwrite or duplicate a result and a done file is never claimed again;
- `recover()` puts files back in the queue whose claim died with its owner (process gone or lease
  expired); after too many attempts the file is failed instead, so one poison file cannot loop.

The uploaded bytes live under ``data_dir/batches/<id>/`` only until the file is reviewed (kept
when the batch asks for it) and the whole folder goes when the batch expires.

SQLite runs in WAL mode with one connection per thread and per process (connections are never
shared across a fork), so the API threads, the dispatcher thread and other service processes can
all use the same file.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

MAX_ATTEMPTS = 3  # claims per file before a crashing file is failed for good

SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id          TEXT PRIMARY KEY,
    token_hash  TEXT NOT NULL,
    created     REAL NOT NULL,
    expires     REAL NOT NULL,
    state       TEXT NOT NULL,          -- queued | running | done
    total       INTEGER NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0,   -- files done or failed
    rank        TEXT,
    keep_files  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS files (
    batch_id    TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL DEFAULT 0,
    state       TEXT NOT NULL,          -- queued | running | done | failed
    attempts    INTEGER NOT NULL DEFAULT 0,
    owner       TEXT,                   -- host:pid of the dispatcher holding the claim
    lease_until REAL,
    report      TEXT,                   -- contract report JSON when done
    summary     TEXT,                   -- its "summary" object, for progress without the report
    rules       TEXT,                   -- [[rule, severity], …] of its findings, same purpose
    error       TEXT,                   -- {"code","message_th","message_en"} JSON when failed
    retry       TEXT,                   -- the timeout that queued the file once more (same shape)
    PRIMARY KEY (batch_id, seq)
);
CREATE INDEX IF NOT EXISTS files_queue ON files(state, batch_id, seq);
CREATE INDEX IF NOT EXISTS batches_expiry ON batches(expires);
"""


@dataclass(frozen=True)
class BatchRow:
    id: str
    token_hash: str
    created: float
    expires: float
    state: str
    total: int
    done: int
    rank: str | None
    keep_files: bool


@dataclass(frozen=True)
class FileRow:
    batch_id: str
    seq: int
    name: str
    sha256: str
    size: int
    state: str
    attempts: int
    report: dict[str, Any] | None
    error: dict[str, str] | None
    retry: dict[str, str] | None = None  # the timeout that queued it once more, if one did


@dataclass(frozen=True)
class Claim:
    """A file handed to a worker: `attempt` fences the result (see `complete`)."""

    batch_id: str
    seq: int
    name: str
    path: Path
    rank: str | None
    attempt: int


@dataclass(frozen=True)
class NewFile:
    """A file to add to a batch: bytes already saved at `path`, or a failure known up front."""

    name: str
    sha256: str = ""
    size: int = 0
    error: dict[str, str] | None = None


class BatchStore(Protocol):
    """What the batch service needs from its state store (SQLite here; a server database later)."""

    def create_batch(self, batch_id: str, token_hash: str, *, ttl_hours: float,
                     rank: str | None, keep_files: bool) -> None: ...
    def add_file(self, batch_id: str, seq: int, file: NewFile) -> None: ...
    def seal(self, batch_id: str, total: int) -> None: ...
    def claim(self, owner: str, lease_seconds: float) -> Claim | None: ...
    def complete(self, claim: Claim, *, report: dict[str, Any] | None = None,
                 error: dict[str, str] | None = None) -> bool: ...
    def release(self, claim: Claim, error: dict[str, str]) -> str: ...
    def retry(self, claim: Claim, error: dict[str, str], *,
              again: dict[str, str] | None = None) -> str: ...
    def giveback(self, claim: Claim) -> None: ...
    def recover(self, *, alive: Any = None, error: dict[str, str] | None = None) -> int: ...
    def recover_uploads(self, older_than: float = 3600) -> int: ...
    def batch(self, batch_id: str) -> BatchRow | None: ...
    def files(self, batch_id: str, *, with_reports: bool = True) -> list[FileRow]: ...
    def summaries(self, batch_id: str) -> list[tuple[FileRow, dict[str, Any] | None]]: ...
    def file_path(self, batch_id: str, seq: int) -> Path: ...
    def purge_batch(self, batch_id: str) -> None: ...
    def purge_expired(self, now: float | None = None) -> int: ...
    def counts(self, batch_id: str) -> dict[str, int]: ...
    def pending(self) -> int: ...


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def owner_alive(owner: str | None) -> bool:
    """Whether the dispatcher that holds a claim may still run.

    Owners are ``host:pid:nonce``.  On this host a dead pid, or our own pid (a claim of ours
    that the caller did not recognise as current: a previous life of a restarted service that
    got the same pid, as in containers), means dead; another host is left to the lease.
    """
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid = rest.split(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return True
    return int(pid) != os.getpid() and _pid_alive(int(pid))


class SqliteBatchStore:
    """`BatchStore` on one SQLite file in WAL mode; safe across threads and processes."""

    def __init__(self, data_dir: Path | str):
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / "batches"
        self.root.mkdir(parents=True, exist_ok=True)
        self.path = self.data_dir / "batches.sqlite3"
        self._local = threading.local()
        conn = self._conn()
        conn.executescript(SCHEMA)  # idempotent; executescript manages its transaction
        columns = {r[1] for r in conn.execute("PRAGMA table_info(files)")}
        for column in ("summary", "rules", "retry"):  # databases made before these columns existed
            if column not in columns:
                conn.execute(f"ALTER TABLE files ADD COLUMN {column} TEXT")

    # -- connections -------------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "pid", None) != os.getpid():
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                   check_same_thread=True)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def _tx(self) -> _Tx:
        return _Tx(self._conn())

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- batches -----------------------------------------------------------------------------

    def file_dir(self, batch_id: str) -> Path:
        return self.root / batch_id

    def file_path(self, batch_id: str, seq: int) -> Path:
        return self.file_dir(batch_id) / f"{seq:06d}.bin"

    def create_batch(self, batch_id: str, token_hash: str, *, ttl_hours: float,
                     rank: str | None, keep_files: bool) -> None:
        now = time.time()
        self.file_dir(batch_id).mkdir(parents=True, exist_ok=True)
        with self._tx() as db:
            # state "uploading" keeps the dispatcher away until the batch is sealed
            db.execute("INSERT INTO batches (id, token_hash, created, expires, state, total, rank,"
                       " keep_files) VALUES (?, ?, ?, ?, 'uploading', 0, ?, ?)",
                       (batch_id, token_hash, now, now + ttl_hours * 3600, rank, int(keep_files)))

    def add_file(self, batch_id: str, seq: int, file: NewFile) -> None:
        state = "failed" if file.error else "queued"
        with self._tx() as db:
            db.execute("INSERT INTO files (batch_id, seq, name, sha256, size, state, error)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (batch_id, seq, file.name, file.sha256, file.size, state,
                        json.dumps(file.error, ensure_ascii=False) if file.error else None))

    def seal(self, batch_id: str, total: int) -> None:
        """The upload is complete: open the batch to the workers."""
        with self._tx() as db:
            failed = db.execute("SELECT COUNT(*) FROM files WHERE batch_id = ? AND state = 'failed'",
                                (batch_id,)).fetchone()[0]
            state = "done" if failed >= total else "queued"
            db.execute("UPDATE batches SET total = ?, done = ?, state = ? WHERE id = ?",
                       (total, failed, state, batch_id))

    def batch(self, batch_id: str) -> BatchRow | None:
        row = self._conn().execute("SELECT * FROM batches WHERE id = ?", (batch_id,)).fetchone()
        if row is None:
            return None
        return BatchRow(row["id"], row["token_hash"], row["created"], row["expires"], row["state"],
                        row["total"], row["done"], row["rank"], bool(row["keep_files"]))

    def files(self, batch_id: str, *, with_reports: bool = True) -> list[FileRow]:
        cols = "report" if with_reports else "NULL AS report"
        rows = self._conn().execute(
            f"SELECT batch_id, seq, name, sha256, size, state, attempts, {cols}, error, retry"
            " FROM files WHERE batch_id = ? ORDER BY seq", (batch_id,)).fetchall()
        return [FileRow(r["batch_id"], r["seq"], r["name"], r["sha256"], r["size"], r["state"],
                        r["attempts"], json.loads(r["report"]) if r["report"] else None,
                        json.loads(r["error"]) if r["error"] else None,
                        json.loads(r["retry"]) if r["retry"] else None) for r in rows]

    def summaries(self, batch_id: str) -> list[tuple[FileRow, dict[str, Any] | None]]:
        """Files with only the small parts of their report: {"summary", "rules"} or None."""
        rows = self._conn().execute(
            "SELECT batch_id, seq, name, sha256, size, state, attempts, error, summary, rules,"
            " retry FROM files WHERE batch_id = ? ORDER BY seq", (batch_id,)).fetchall()
        out = []
        for r in rows:
            row = FileRow(r["batch_id"], r["seq"], r["name"], r["sha256"], r["size"], r["state"],
                          r["attempts"], None, json.loads(r["error"]) if r["error"] else None,
                          json.loads(r["retry"]) if r["retry"] else None)
            extra = None
            if r["summary"]:
                extra = {"summary": json.loads(r["summary"]), "rules": json.loads(r["rules"] or "[]")}
            out.append((row, extra))
        return out

    # -- the queue ---------------------------------------------------------------------------

    def claim(self, owner: str, lease_seconds: float) -> Claim | None:
        """Take the oldest queued file of an open batch, atomically (one writer at a time)."""
        with self._tx() as db:
            row = db.execute(
                "SELECT f.batch_id, f.seq, f.name, f.attempts, b.rank FROM files f"
                " JOIN batches b ON b.id = f.batch_id"
                " WHERE f.state = 'queued' AND b.state IN ('queued', 'running')"
                " ORDER BY b.created, f.batch_id, f.seq LIMIT 1").fetchone()
            if row is None:
                return None
            attempt = row["attempts"] + 1
            db.execute("UPDATE files SET state = 'running', attempts = ?, owner = ?,"
                       " lease_until = ? WHERE batch_id = ? AND seq = ? AND state = 'queued'",
                       (attempt, owner, time.time() + lease_seconds, row["batch_id"], row["seq"]))
            db.execute("UPDATE batches SET state = 'running' WHERE id = ? AND state = 'queued'",
                       (row["batch_id"],))
        return Claim(row["batch_id"], row["seq"], row["name"],
                     self.file_path(row["batch_id"], row["seq"]), row["rank"], attempt)

    def complete(self, claim: Claim, *, report: dict[str, Any] | None = None,
                 error: dict[str, str] | None = None) -> bool:
        """Record the result of a claim; False (and nothing written) if the claim is stale."""
        state = "done" if error is None else "failed"
        summary = rules = None
        if report is not None:
            summary = json.dumps(report.get("summary") or {})
            rules = json.dumps([[f.get("rule"), f.get("severity")]
                                for f in report.get("findings") or []])
        with self._tx() as db:
            cur = db.execute(
                "UPDATE files SET state = ?, report = ?, summary = ?, rules = ?, error = ?,"
                " owner = NULL, lease_until = NULL"
                " WHERE batch_id = ? AND seq = ? AND state = 'running' AND attempts = ?",
                (state, json.dumps(report, ensure_ascii=False) if report is not None else None,
                 summary, rules, json.dumps(error, ensure_ascii=False) if error else None,
                 claim.batch_id, claim.seq, claim.attempt))
            if cur.rowcount != 1:
                return False
            db.execute("UPDATE batches SET done = done + 1,"
                       " state = CASE WHEN done + 1 >= total THEN 'done' ELSE state END"
                       " WHERE id = ?", (claim.batch_id,))
            keep = db.execute("SELECT keep_files FROM batches WHERE id = ?",
                              (claim.batch_id,)).fetchone()
        if keep is not None and not keep[0]:
            claim.path.unlink(missing_ok=True)
        return True

    def release(self, claim: Claim, error: dict[str, str]) -> str:
        """The worker died holding `claim`: requeue it, or fail it after MAX_ATTEMPTS.

        Returns the new state ("queued", "failed") or "" if the claim was no longer current.
        """
        with self._tx() as db:
            return self._release_row(db, claim.batch_id, claim.seq, claim.attempt, error)

    def retry(self, claim: Claim, error: dict[str, str], *,
              again: dict[str, str] | None = None) -> str:
        """The review of `claim` ran out of time: queue the file once more, recording `error` in
        its `retry`; a file already retried is failed with `again` (or `error`), one out of
        attempts with `error`.

        Returns "queued", "failed", or "" if the claim was no longer current.
        """
        with self._tx() as db:
            row = db.execute("SELECT retry FROM files WHERE batch_id = ? AND seq = ?",
                             (claim.batch_id, claim.seq)).fetchone()
            if row is not None and row["retry"]:
                error = again or error
            cur = db.execute("UPDATE files SET state = 'queued', retry = ?, owner = NULL,"
                             " lease_until = NULL WHERE batch_id = ? AND seq = ?"
                             " AND state = 'running' AND attempts = ? AND attempts < ?"
                             " AND retry IS NULL",
                             (json.dumps(error, ensure_ascii=False), claim.batch_id, claim.seq,
                              claim.attempt, MAX_ATTEMPTS))
            if cur.rowcount == 1:
                return "queued"
        return "failed" if self.complete(claim, error=error) else ""

    def giveback(self, claim: Claim) -> None:
        """Stopping mid-file: requeue the claim without counting the attempt against the file."""
        with self._tx() as db:
            db.execute("UPDATE files SET state = 'queued', attempts = attempts - 1, owner = NULL,"
                       " lease_until = NULL WHERE batch_id = ? AND seq = ? AND state = 'running'"
                       " AND attempts = ?", (claim.batch_id, claim.seq, claim.attempt))

    def _release_row(self, db: sqlite3.Connection, batch_id: str, seq: int, attempt: int,
                     error: dict[str, str]) -> str:
        if attempt < MAX_ATTEMPTS:
            cur = db.execute("UPDATE files SET state = 'queued', owner = NULL, lease_until = NULL"
                             " WHERE batch_id = ? AND seq = ? AND state = 'running' AND attempts = ?",
                             (batch_id, seq, attempt))
            return "queued" if cur.rowcount == 1 else ""
        cur = db.execute("UPDATE files SET state = 'failed', error = ?, owner = NULL,"
                         " lease_until = NULL WHERE batch_id = ? AND seq = ? AND state = 'running'"
                         " AND attempts = ?",
                         (json.dumps(error, ensure_ascii=False), batch_id, seq, attempt))
        if cur.rowcount != 1:
            return ""
        db.execute("UPDATE batches SET done = done + 1,"
                   " state = CASE WHEN done + 1 >= total THEN 'done' ELSE state END WHERE id = ?",
                   (batch_id,))
        keep = db.execute("SELECT keep_files FROM batches WHERE id = ?", (batch_id,)).fetchone()
        if keep is not None and not keep[0]:
            self.file_path(batch_id, seq).unlink(missing_ok=True)
        return "failed"

    def recover(self, *, alive: Any = None, error: dict[str, str] | None = None) -> int:
        """Requeue running files whose owner is gone or whose lease ran out; returns how many.

        `alive(owner) -> bool` decides whether an owner still runs (default: same host, pid
        check).
        """
        alive = alive or owner_alive
        error = error or CRASHED
        now = time.time()
        moved = 0
        with self._tx() as db:
            rows = db.execute("SELECT batch_id, seq, attempts, owner, lease_until FROM files"
                              " WHERE state = 'running'").fetchall()
            for r in rows:
                if alive(r["owner"]) and (r["lease_until"] or 0) > now:
                    continue
                if self._release_row(db, r["batch_id"], r["seq"], r["attempts"], error):
                    moved += 1
        return moved

    def recover_uploads(self, older_than: float = 3600) -> int:
        """Delete batches whose upload never finished (the service died while receiving them).

        Their id and token were never handed out (that happens after `seal`), so nobody can
        ask for them; reviewing them would be wasted work.  Returns how many were deleted.
        """
        cutoff = time.time() - older_than
        ids = [r[0] for r in self._conn().execute(
            "SELECT id FROM batches WHERE state = 'uploading' AND created < ?", (cutoff,))]
        for batch_id in ids:
            self.purge_batch(batch_id)
        return len(ids)

    def counts(self, batch_id: str) -> dict[str, int]:
        """Files of a batch per state."""
        return {r[0]: r[1] for r in self._conn().execute(
            "SELECT state, COUNT(*) FROM files WHERE batch_id = ? GROUP BY state", (batch_id,))}

    def pending(self) -> int:
        return self._conn().execute(
            "SELECT COUNT(*) FROM files f JOIN batches b ON b.id = f.batch_id"
            " WHERE f.state = 'queued' AND b.state IN ('queued', 'running')").fetchone()[0]

    def purge_batch(self, batch_id: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM files WHERE batch_id = ?", (batch_id,))
            db.execute("DELETE FROM batches WHERE id = ?", (batch_id,))
        shutil.rmtree(self.file_dir(batch_id), ignore_errors=True)

    def purge_expired(self, now: float | None = None) -> int:
        """Delete expired batches, their results and their folders; returns how many."""
        now = time.time() if now is None else now
        ids = [r[0] for r in self._conn().execute("SELECT id FROM batches WHERE expires <= ?",
                                                 (now,))]
        for batch_id in ids:
            self.purge_batch(batch_id)
        # folders without a batch row (a crash between mkdir and insert), and upload spools
        # left by a service that died while receiving a batch (data_dir/incoming/<tmp>/)
        known = {r[0] for r in self._conn().execute("SELECT id FROM batches")}
        for folder, keep in ((self.root, known), (self.data_dir / "incoming", set())):
            if not folder.exists():
                continue
            for child in folder.iterdir():
                try:
                    stale = child.is_dir() and child.name not in keep and \
                        child.stat().st_mtime < now - 3600
                except OSError:
                    continue
                if stale:
                    shutil.rmtree(child, ignore_errors=True)
        return len(ids)


CRASHED = {"code": "internal",
           "message_th": "ระบบตรวจไฟล์นี้ไม่สำเร็จ (กระบวนการตรวจหยุดทำงานซ้ำหลายครั้ง)",
           "message_en": "The review of this file failed: the worker stopped repeatedly."}


class _Tx:
    """`with _Tx(conn) as db:` one transaction (BEGIN IMMEDIATE takes the write lock up front)."""

    def __init__(self, conn: sqlite3.Connection, immediate: bool = True):
        self.conn = conn
        self.immediate = immediate

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE" if self.immediate else "BEGIN")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")

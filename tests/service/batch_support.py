"""The batch store the batch tests share: a SqliteBatchStore in the test's tmp_path, and batches
put in it as the upload path leaves them (created, files added, sealed)."""

from __future__ import annotations

import pytest

from service.storage import NewFile, SqliteBatchStore


@pytest.fixture
def store(tmp_path) -> SqliteBatchStore:
    """An empty store in tmp_path (import this fixture into a test module to use it)."""
    return SqliteBatchStore(tmp_path)


def add_batch(store: SqliteBatchStore, batch_id: str, names: list[str] | tuple[str, ...], *,
              keep_files: bool = False, seal: bool = True) -> SqliteBatchStore:
    """Batch `batch_id` with one queued file per name, in order, sealed unless `seal` is False
    (still uploading)."""
    store.create_batch(batch_id, "h", ttl_hours=1, rank=None, keep_files=keep_files)
    for seq, name in enumerate(names):
        store.add_file(batch_id, seq, NewFile(name, "s", 1))
    if seal:
        store.seal(batch_id, len(names))
    return store

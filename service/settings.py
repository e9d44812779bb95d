"""Service settings from the environment (`PA_REVIEW_…`), validated so unsafe values are refused."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from extractors.sniff import Limits

MB = 1024 * 1024
BATCH_FORM_FIELDS = 16  # room above max_batch_files for a batch form's fields (rank, keep, …)
# Directories the service must never write into (as data_dir or as its parent).
_SYSTEM_DIRS = {Path(p) for p in ("/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc",
                                  "/root", "/sbin", "/sys", "/usr", "/var", "/home", "/tmp")}


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "pa-review"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PA_REVIEW_", frozen=True, extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    max_upload_mb: float = Field(default=20, gt=0, le=200)
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1, le=64)  # batch workers
    batch_ttl_hours: float = Field(default=24, gt=0, le=24 * 30)
    batch_file_timeout_s: float = Field(default=120, gt=0, le=3600)  # per file, then killed
    batch_worker_memory_mb: int = Field(default=2048, ge=0, le=65536)  # RLIMIT_AS, 0 = none
    max_batch_files: int = Field(default=5000, ge=1, le=100_000)
    max_batch_mb: float = Field(default=2048, gt=0, le=65536)
    # multipart parts of one batch upload (files + form fields); unset: max_batch_files + 16
    max_batch_parts: int | None = Field(default=None, ge=1, le=200_000)
    keep_uploads: bool = False
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    warm_up: bool = True  # load readers, tokeniser and classifiers at start-up
    # Single reviews in N worker processes (all cores, crash isolation); 0: threads of the server.
    review_processes: int = Field(default=0, ge=0, le=64)

    @field_validator("data_dir")
    @classmethod
    def _safe_data_dir(cls, value: Path) -> Path:
        path = Path(os.path.expanduser(str(value)))
        resolved = path.resolve()
        if resolved in _SYSTEM_DIRS:
            raise ValueError(f"data_dir must be a dedicated directory, not {resolved}")
        if resolved.exists() and not resolved.is_dir():
            raise ValueError(f"data_dir {resolved} exists and is not a directory")
        return resolved

    @model_validator(mode="after")
    def _parts_hold_the_files(self) -> "Settings":
        if self.max_batch_parts is not None and self.max_batch_parts <= self.max_batch_files:
            raise ValueError("max_batch_parts must be above max_batch_files (the form's fields "
                             "are parts too)")
        return self

    @field_validator("host")
    @classmethod
    def _safe_host(cls, value: str) -> str:
        value = value.strip()
        if not value or any(c in value for c in " /\\?#@"):
            raise ValueError("host must be a hostname or an IP address")
        return value

    @property
    def batch_parts_limit(self) -> int:
        """Parts one batch upload may have: every file the batch may take plus its fields."""
        return self.max_batch_parts or self.max_batch_files + BATCH_FORM_FIELDS

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * MB)

    def limits(self) -> Limits:
        """Per-file reading limits for the readers, with this service's upload cap."""
        return Limits(max_bytes=self.max_upload_bytes)


def get_settings(**overrides) -> Settings:
    """Settings from the environment; no module-level singleton (STYLE 6.4.9)."""
    return Settings(**overrides)

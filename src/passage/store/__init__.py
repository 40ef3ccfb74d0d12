"""The store: the only writer to the database; readers for the CLI, API and exports."""

from __future__ import annotations

import os
from pathlib import Path

from passage.store.sqlite import SQLiteStore

DEFAULT_DB = "passage.db"


def default_db() -> str:
    """`PASSAGE_DB` when set, else passage.db in the current directory."""
    return os.environ.get("PASSAGE_DB") or DEFAULT_DB


def open_store(location: str | Path | None = None) -> SQLiteStore:
    return SQLiteStore(Path(location or default_db()))


__all__ = ["SQLiteStore", "open_store", "default_db", "DEFAULT_DB"]

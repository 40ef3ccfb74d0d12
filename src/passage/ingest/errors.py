"""The one error type of ingestion: which input, and what was wrong with it."""

from __future__ import annotations

from dataclasses import dataclass

# One article's text; a larger file is almost certainly not a news report (a dump, a log, a book).
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


@dataclass
class IngestError:
    source: str  # file, or file:line
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"

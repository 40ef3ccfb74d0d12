"""Plain-text reader: one file, one article; a short first line is its title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from passage.ingest.decode import read_text
from passage.ingest.errors import IngestError
from passage.record import Article


def read(path: Path) -> Iterator[Article | IngestError]:
    text = read_text(path, "text")
    if isinstance(text, IngestError):
        yield text
        return
    yield Article(text=text, title=title_line(text), source=str(path))


# A first line this short, without closing punctuation, and followed by more text is a headline.
MAX_TITLE_CHARS = 200


def title_line(text: str) -> str | None:
    """The text's first line when it reads as a headline; the text itself keeps it."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not rest.strip() or len(first) > MAX_TITLE_CHARS or first.endswith((".", ":", ";", ",")):
        return None
    return first

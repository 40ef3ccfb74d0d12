"""Plain-text reader: one file, one article; a short first line is its title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from passage.ingest.decode import DecodeError, decode
from passage.ingest.errors import MAX_ARTICLE_BYTES, IngestError
from passage.record import Article


def read(path: Path) -> Iterator[Article | IngestError]:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        yield IngestError(str(path), too_large(size))
        return
    try:
        text, _encoding = decode(path.read_bytes())
    except DecodeError as exc:
        yield IngestError(str(path), str(exc))
        return
    if not text.strip():
        yield IngestError(str(path), "empty: no text to read")
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


def too_large(size: int) -> str:
    return (
        f"too large for one article ({size / 1_048_576:.1f} MB; the limit is "
        f"{MAX_ARTICLE_BYTES // 1_048_576} MB)"
    )

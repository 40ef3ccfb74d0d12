"""HTML reader: main text and metadata (title, date, outlet, url) extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from passage.ingest.decode import DecodeError, decode
from passage.ingest.errors import MAX_ARTICLE_BYTES, IngestError
from passage.ingest.txt import too_large
from passage.record import Article


def read(path: Path) -> Iterator[Article | IngestError]:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        yield IngestError(str(path), too_large(size))
        return
    try:
        markup, _encoding = decode(path.read_bytes())
    except DecodeError as exc:
        yield IngestError(str(path), str(exc))
        return
    if not markup.strip():
        yield IngestError(str(path), "empty: no HTML to read")
        return
    article = from_html(markup, str(path))
    yield (
        article
        if article is not None
        else IngestError(str(path), "no main text found in the HTML (no body, or only navigation)")
    )


def from_html(markup: str, source: str) -> Article | None:
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only the page's own publication date, never one guessed from the article body.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        return None
    article = Article(
        text=doc.text, title=doc.title, url=doc.url, outlet=doc.sitename, source=source
    )
    if doc.date:
        try:
            article.published = date.fromisoformat(doc.date[:10])
            article.published_source = "metadata"
            article.published_reason = "HTML metadata"
        except ValueError:
            pass
    return article

"""HTML reader: main text and metadata (title, date, outlet, url) extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from passage.ingest.decode import read_text
from passage.ingest.errors import IngestError
from passage.record import Article


def read(path: Path) -> Iterator[Article | IngestError]:
    markup = read_text(path, "HTML")
    if isinstance(markup, IngestError):
        yield markup
        return
    article = from_html(markup, str(path))
    if article is None:
        yield IngestError(str(path), "no main text found in the HTML (no body, or only navigation)")
        return
    yield article


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

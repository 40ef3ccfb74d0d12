"""The local runner: read inputs, run the stage chain on each new article, hand it to the store."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from passage import pipeline
from passage.ingest import IngestError, Overrides, read
from passage.record import Article
from passage.store.sqlite import SQLiteStore

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    interactions: int = 0
    failures: list[IngestError] = field(default_factory=list)


def ingest(
    inputs: Iterable[str],
    store: SQLiteStore,
    overrides: Overrides | None = None,
    on_result: Callable[[Article | IngestError, str], None] | None = None,
) -> IngestSummary:
    """Ingest every input; each article is analysed and stored on its own, so one failure
    loses nothing else. `on_result(item, outcome)` is told of each input as it is done: the article,
    or the IngestError that names it when it failed."""
    summary = IngestSummary()
    for item in read(inputs, overrides):
        if isinstance(item, IngestError):
            summary.failures.append(item)
            outcome = "failed"
        else:
            summary.read += 1
            outcome = _ingest_one(item, store, summary)
            if outcome == "failed":
                item = summary.failures[-1]
        if on_result:
            on_result(item, outcome)
    return summary


def _ingest_one(article: Article, store: SQLiteStore, summary: IngestSummary) -> str:
    if store.has_article(article.content_hash):
        summary.duplicates += 1
        return "duplicate"
    try:
        article = pipeline.run(article)
    except Exception as exc:  # a stage failing on one article must not stop the batch
        log.debug("analysis failed for %s", article.source, exc_info=True)
        summary.failures.append(IngestError(article.source, f"analysis failed: {exc!r}"))
        return "failed"
    try:
        stored = store.save(article)
    except Exception as exc:
        summary.failures.append(IngestError(article.source, f"could not be stored: {exc}"))
        return "failed"
    if not stored:
        summary.duplicates += 1
        return "duplicate"
    summary.stored += 1
    summary.events += len(article.events)
    summary.interactions += len(article.interactions)
    return "stored"

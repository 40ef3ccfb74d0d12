"""Ingest: files, directories and globs into Articles, or one clear error per bad input."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from passage.ingest import html, jsonl, txt
from passage.ingest.errors import IngestError

__all__ = ["IngestError", "Overrides", "expand", "read"]
from passage.record import Article

READERS = {
    ".txt": txt.read,
    ".text": txt.read,
    ".html": html.read,
    ".htm": html.read,
    ".jsonl": jsonl.read,
}


@dataclass
class Overrides:
    """What the user said on the command line; it wins over anything a file says."""

    language: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None

    def apply(self, article: Article) -> Article:
        if self.language:
            article.language, article.language_source = self.language, "given"
        if self.published:
            article.published, article.published_source = self.published, "given"
            article.published_reason = "given on the command line"
        if self.outlet:
            article.outlet = self.outlet
        if self.url:
            article.url = self.url
        return article


# News sites often put the day of publication in the article's address
# (".../2024/10/04/strike-on-masnaa"); nothing before the web's first newspapers counts.
URL_DATES_FROM = datetime(1993, 1, 1)


def published_from_url(article: Article, today: date | None = None) -> Article:
    """Where nothing gave the publication date, the year, month and day the article's address
    spells out (read by htmldate, the date extractor trafilatura uses); never after today."""
    if article.published is not None or not article.url:
        return article
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    latest = datetime.combine(today or date.today(), datetime.max.time())
    options = Extractor(
        extensive=False, max=latest, min=URL_DATES_FROM, original=True, format="%Y-%m-%d"
    )
    found = extract_url_date(article.url, options)
    if found:
        article.published = date.fromisoformat(found)
        article.published_source = "metadata"
        article.published_reason = "the date in the article's address"
    return article


def expand(inputs: Iterable[str]) -> Iterator[Path | IngestError]:
    """Every file named by the inputs: files as given, directories recursively, globs expanded.
    Inside directories only files of a known type are taken; a named file is always tried."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and found.suffix.lower() in READERS:
                    yield found
        elif path.exists():
            yield path
        elif glob.has_magic(raw):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield IngestError(raw, "the pattern matches no file")
            yield from files
        else:
            yield IngestError(raw, "no such file or directory")


def read(
    inputs: Iterable[str], overrides: Overrides | None = None
) -> Iterator[Article | IngestError]:
    """The inputs' articles, in order; a bad input yields an IngestError and the rest go on."""
    overrides = overrides or Overrides()
    for item in expand(inputs):
        if isinstance(item, IngestError):
            yield item
            continue
        reader = READERS.get(item.suffix.lower())
        if reader is None:
            yield IngestError(
                str(item),
                f"unsupported file type {item.suffix or '(none)'!r}; "
                f"Passage reads {', '.join(sorted(READERS))}",
            )
            continue
        try:
            for result in reader(item):
                if isinstance(result, Article):
                    result = published_from_url(overrides.apply(result))
                yield result
        except OSError as exc:
            yield IngestError(str(item), f"cannot be read: {exc.strerror or exc}")

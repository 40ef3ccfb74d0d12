"""JSON-lines reader: one article per line; `text` required, the other fields optional."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from passage.ingest.decode import DecodeError, decode
from passage.ingest.errors import MAX_ARTICLE_BYTES, IngestError
from passage.record import Article

OPTIONAL_TEXT_FIELDS = ("title", "url", "outlet")


def read(path: Path) -> Iterator[Article | IngestError]:
    with path.open("rb") as fh:
        any_line = False
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            any_line = True
            source = f"{path}:{number}"
            if len(raw) > MAX_ARTICLE_BYTES:
                yield IngestError(source, f"line too large for one article ({len(raw)} bytes)")
                continue
            try:
                line, _ = decode(raw)
            except DecodeError as exc:
                yield IngestError(source, str(exc))
                continue
            yield parse_line(line, source)
        if not any_line:
            yield IngestError(str(path), "empty: no JSON lines to read")


def parse_line(line: str, source: str) -> Article | IngestError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestError(source, f"malformed JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return IngestError(source, "each line must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError(source, "missing or empty 'text' field")
    article = Article(text=text, source=source)
    for name in OPTIONAL_TEXT_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return IngestError(source, f"'{name}' must be a string")
        setattr(article, name, value or None)
    published = obj.get("published")
    if published:
        try:
            article.published = date.fromisoformat(str(published)[:10])
        except ValueError:
            return IngestError(source, f"'published' is not a YYYY-MM-DD date: {published!r}")
        article.published_source, article.published_reason = "metadata", "JSON field"
    language = obj.get("language")
    if language:
        article.language, article.language_source = str(language), "given"
    return article

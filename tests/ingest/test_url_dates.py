"""An article without a publication date takes the one its address spells out, and only that."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from passage.ingest import Overrides, published_from_url, read
from passage.record import Article

TEXT = "Une frappe a coupé la route internationale entre le Liban et la Syrie, selon l'agence."


def _jsonl(tmp_path: Path, *rows: dict) -> str:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return str(path)


def test_year_month_day_in_the_path_dates_the_article(tmp_path: Path):
    url = "https://example.org/monde/2024/10/04/frappe-sur-la-route-de-masnaa"
    (article,) = read([_jsonl(tmp_path, {"text": TEXT, "url": url})])
    assert article.published == date(2024, 10, 4)
    assert article.published_source == "metadata"
    assert "address" in article.published_reason


def test_dashed_dates_count_too():
    article = published_from_url(Article(text=TEXT, url="https://example.net/2023-03-19-news"))
    assert article.published == date(2023, 3, 19)


def test_a_year_alone_or_an_article_number_gives_no_date():
    for url in (
        "https://example.com/1089643/2024/frappe-israelienne",
        "https://example.com/?p=404748",
        "https://example.com/news/20241004",
    ):
        assert published_from_url(Article(text=TEXT, url=url)).published is None, url


def test_impossible_or_future_dates_are_not_believed():
    for url in ("https://example.com/2024/02/30/x", "https://example.com/1899/05/01/x"):
        assert published_from_url(Article(text=TEXT, url=url)).published is None, url
    later = Article(text=TEXT, url="https://example.com/2031/01/02/x")
    assert published_from_url(later, today=date(2026, 12, 7)).published is None


def test_a_date_given_or_in_the_metadata_wins(tmp_path: Path):
    url = "https://example.org/2024/10/04/frappe"
    path = _jsonl(tmp_path, {"text": TEXT, "url": url, "published": "2024-10-05"})
    (article,) = read([path])
    assert article.published == date(2024, 10, 5)
    given = Overrides(published=date(2024, 10, 6))
    (article,) = read([_jsonl(tmp_path, {"text": TEXT, "url": url})], given)
    assert (article.published, article.published_source) == (date(2024, 10, 6), "given")

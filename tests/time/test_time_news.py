"""The time stage on sentences of the real news articles in shared/eval/news (read from there)."""

from __future__ import annotations

from datetime import date

import pytest

from passage.record import Article
from passage.stages import time as time_stage

_FROM_ARTICLE = date.min  # a marker: take the publication date the article gives


def _value(article: dict, phrase: str, published: date | None = _FROM_ARTICLE):
    text = article["text"]
    assert phrase in text, f"{phrase!r} is no longer in {article['id']}"
    pub = published
    if published is _FROM_ARTICLE:
        pub = date.fromisoformat(article["published"])
    mentions = time_stage.extract(text, pub, article["language"])
    start = text.index(phrase)
    hits = [
        m for m in mentions if m.start <= start < m.end or start <= m.start < start + len(phrase)
    ]
    assert hits, f"nothing found in {phrase!r}"
    return hits[0]


@pytest.mark.parametrize(
    ("article_id", "phrase", "start", "end", "precision"),
    [
        ("ar-rafah-kerem-shalom-sep-2025", "يوم الأحد الماضي", "2025-09-28", "2025-09-28", "day"),
        ("ar-rafah-kerem-shalom-sep-2025", "7 أكتوبر 2023", "2023-10-07", "2023-10-07", "day"),
        ("ar-rafah-kerem-shalom-sep-2025", "27 يوليو الماضي", "2025-07-27", "2025-07-27", "day"),
        ("ar-rafah-kerem-shalom-sep-2025", "اليوم الثلاثاء", "2025-09-30", "2025-09-30", "day"),
        ("en-rafah-trucks-return-oct-2025", "yesterday", "2025-10-18", "2025-10-18", "day"),
        ("en-taiz-houthi-road-jul-2022", "last month", "2022-06-01", "2022-06-30", "month"),
        ("en-taiz-houthi-road-jul-2022", "late June", "2022-06-21", "2022-06-30", "month"),
        ("en-lachin-armenpress-aug-2023", "late 2022", "2022-09-01", "2022-12-31", "year"),
        ("en-lachin-armenpress-aug-2023", "February 22, 2023", "2023-02-22", "2023-02-22", "day"),
        ("en-lachin-icrc-convoys-jul-2023", "July 11", "2023-07-11", "2023-07-11", "day"),
        ("fr-djibo-gaskinde-sept-2022", "17 février", "2022-02-17", "2022-02-17", "day"),
    ],
)
def test_dates_in_news(news, article_id, phrase, start, end, precision) -> None:
    m = _value(news[article_id], phrase)
    assert m.kind == "date"
    got = (m.value.start.isoformat(), m.value.end.isoformat(), m.value.precision)
    assert got == (start, end, precision)


def test_arabic_two_month_systems(news) -> None:
    article = news["ar-adre-extension-2026"]
    m = _value(article, "31 مارس/ آذار 2026", published=date(2026, 1, 1))
    assert (m.value.start, m.value.precision) == (date(2026, 3, 31), "day")
    assert m.text == "31 مارس/ آذار 2026"


def test_durations_in_news(news) -> None:
    assert _value(news["en-taiz-al-houban-road-jun-2024"], "over nine years").kind == "duration"
    assert _value(news["ar-adre-extension-2026"], "3 أشهر", date(2026, 1, 1)).kind == "duration"


def test_dateline_gives_publication(news) -> None:
    a = news["en-lachin-armenpress-aug-2023"]
    article = time_stage.annotate(Article(text=a["text"], language="en"))
    assert article.published == date(2023, 8, 5)
    assert article.published_source == "inferred"
    assert "AUGUST 5" in article.published_reason


def test_no_year_in_text_means_no_inference(news) -> None:
    a = news["fr-adre-reouverture-aout-2024"]  # "Jeudi 15 août" but no year anywhere
    article = time_stage.annotate(Article(text=a["text"], language="fr"))
    assert article.published is None
    assert _value(a, "Jeudi 15 août", date(2024, 8, 16)).value.start == date(2024, 8, 15)


def test_a_date_inside_a_name_is_no_date(news) -> None:
    a = news["fr-m23-sake-goma"]
    assert "Mouvement du 23 mars" in a["text"]
    mentions = time_stage.extract(a["text"], date(2024, 6, 1), "fr")
    assert not any("23 mars" in m.text for m in mentions)


def test_since_a_month_is_in_the_past(news) -> None:
    m = _value(news["fr-djibo-gaskinde-sept-2022"], "mars")
    assert (m.value.start, m.value.precision) == (date(2022, 3, 1), "month")


@pytest.mark.parametrize(
    ("article_id", "phrase", "published", "text", "start", "precision"),
    [
        # Arabic: "yesterday Monday", "this morning", a weekday after "dawn" and after "day"
        ("ar-ras-jedir-almayadeen-mar-2024", "يوم أمس الاثنين", "2024-03-19",
         "يوم أمس الاثنين", "2024-03-18", "day"),
        ("ar-ras-jedir-almayadeen-mar-2024", "اليوم الثلاثاء", "2024-03-19",
         "اليوم الثلاثاء", "2024-03-19", "day"),
        ("ar-rafah-kerem-shalom-sep-2025", "صباح اليوم", "2025-09-30",
         "صباح اليوم", "2025-09-30", "day"),
        ("ar-masnaa-strike-oct-2024", "فجر الجمعة", "2024-10-04",
         "فجر الجمعة", "2024-10-04", "day"),
        ("ar-ras-jedir-adwaalwatan-mar-2024", "يوم الأحد", "2024-03-19",
         "يوم الأحد", "2024-03-17", "day"),
        # English: a bare weekday after a past verb, a month in a past clause
        ("en-taiz-houthi-road-jul-2022", "On Wednesday", "2022-07-07",
         "Wednesday", "2022-07-06", "day"),
        ("en-adre-extension-nov-2024", "in February", "2024-11-15",
         "February", "2024-02-01", "month"),
        ("en-lachin-icrc-convoys-jul-2023", "currently", "2023-07-25",
         "currently", "2023-07-25", "day"),
        # French: a night between two days is the first one; "actuellement" is publication
        ("fr-ras-jedir-xinhua-mars-2024", "la nuit de lundi à mardi", "2024-03-19",
         "la nuit de lundi à mardi", "2024-03-18", "day"),
        ("fr-tombouctou-blocus-aout-2023", "actuellement", "2023-08-16",
         "actuellement", "2023-08-16", "day"),
    ],
)  # fmt: skip
def test_more_dates_in_news(news, article_id, phrase, published, text, start, precision) -> None:
    m = _value(news[article_id], phrase, date.fromisoformat(published))
    assert (m.text, m.kind) == (text, "date")
    assert (m.value.start.isoformat(), m.value.precision) == (start, precision)


def test_a_range_gives_its_year_to_its_first_end(news) -> None:
    # "from the first of January / Kanun II until 31 March / Adhar 2026": no publication needed
    a = news["ar-adre-extension-2026"]
    m = _value(a, "الأول من يناير/ كانون الثاني", published=None)
    assert m.text == "الأول من يناير/ كانون الثاني"
    assert (m.value.start, m.value.precision) == (date(2026, 1, 1), "day")
    assert m.anchor == str(a["text"].index("31 مارس/ آذار 2026"))


def test_hyphenated_durations_in_news(news) -> None:
    m = _value(news["en-adre-extension-nov-2024"], "three-month period", date(2024, 11, 15))
    assert (m.text, m.kind, m.value) == ("three-month", "duration", None)

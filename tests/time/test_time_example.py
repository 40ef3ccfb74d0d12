"""The time stage on the canonical French example, with and without a publication date."""

from __future__ import annotations

from datetime import date

from passage.record import Article, TimeMention
from passage.stages import time as time_stage

PUB = date(2019, 9, 30)


def _find(mentions: list[TimeMention], text: str) -> TimeMention:
    hits = [m for m in mentions if text.lower() in m.text.lower()]
    assert hits, f"no mention covering {text!r}: {[m.text for m in mentions]}"
    return hits[0]


def test_spans_are_offsets_into_the_text(example_text: str) -> None:
    mentions = time_stage.extract(example_text, PUB, "fr")
    assert mentions == sorted(mentions, key=lambda m: m.start)
    for m in mentions:
        assert example_text[m.start : m.end] == m.text


def test_relative_days_from_publication(example_text: str) -> None:
    mentions = time_stage.extract(example_text, PUB, "fr")
    sunday = _find(mentions, "dimanche")
    assert (sunday.value.start, sunday.value.precision) == (date(2019, 9, 29), "day")
    assert sunday.anchor == "publication"
    ago = _find(mentions, "il y a deux jours")
    assert (ago.value.start, ago.value.end) == (date(2019, 9, 28), date(2019, 9, 28))
    assert _find(mentions, "28 septembre").value.start == date(2019, 9, 28)
    assert _find(mentions, "lundi 30 septembre").value.start == PUB


def test_months_years_and_fuzzy(example_text: str) -> None:
    mentions = time_stage.extract(example_text, PUB, "fr")
    nov = _find(mentions, "novembre 2017").value
    assert (nov.start, nov.end, nov.precision) == (date(2017, 11, 1), date(2017, 11, 30), "month")
    y2014 = _find(mentions, "2014").value
    assert (y2014.start, y2014.end, y2014.precision) == (
        date(2014, 1, 1),
        date(2014, 12, 31),
        "year",
    )
    april = _find(mentions, "avril dernier").value
    assert (april.start, april.end, april.precision) == (
        date(2019, 4, 1),
        date(2019, 4, 30),
        "month",
    )
    late = _find(mentions, "fin de l'année 2017")
    assert late.text.startswith("Vers la fin")
    assert late.value.precision != "day"
    assert date(2017, 12, 1) >= late.value.start >= date(2017, 7, 1)
    assert late.value.end == date(2017, 12, 31)


def test_durations_are_not_dates(example_text: str) -> None:
    mentions = time_stage.extract(example_text, PUB, "fr")
    six = _find(mentions, "six ans")
    assert (six.kind, six.value) == ("duration", None)
    years = _find(mentions, "des années")
    assert (years.kind, years.value) == ("duration", None)


def test_no_false_weekday_from_sa(example_text: str) -> None:
    mentions = time_stage.extract(example_text, PUB, "fr")
    assert not any(m.text.lower() in ("sa", "dans sa") for m in mentions)
    dates = [m for m in mentions if m.kind == "date"]
    # nine dates, and two words for the time of publication ("désormais", "À l'heure actuelle")
    assert len(dates) == 11
    present = [m for m in dates if m.text in ("désormais", "À l’heure actuelle")]
    assert [(m.value.start, m.anchor) for m in present] == [(PUB, "publication")] * 2


def test_publication_is_inferred_from_weekday_and_latest_year(example_text: str) -> None:
    article = time_stage.annotate(Article(text=example_text, language="fr"))
    assert article.published == PUB
    assert article.published_source == "inferred"
    assert "lundi 30 septembre" in article.published_reason
    assert "2017" in article.published_reason  # the latest year the text names
    assert _find(article.times, "dimanche").value.start == date(2019, 9, 29)


def test_given_publication_is_kept(example_text: str) -> None:
    given = date(2019, 10, 2)
    article = Article(text=example_text, language="fr", published=given, published_source="given")
    article = time_stage.annotate(article)
    assert (article.published, article.published_source) == (given, "given")
    assert _find(article.times, "il y a deux jours").value.start == date(2019, 9, 30)


def test_without_any_support_relative_values_stay_empty() -> None:
    text = "Le passage a rouvert dimanche, il y a deux jours, après six ans."
    article = time_stage.annotate(Article(text=text, language="fr"))
    assert article.published is None
    assert all(m.value is None for m in article.times)
    assert [m.kind for m in article.times] == ["date", "date", "duration"]


def test_dateline_without_year_is_not_older_than_the_dates_named() -> None:
    text = "KORNIDZOR, AUGUST 5, ARMENPRESS. The road has been closed since late 2022."
    article = time_stage.annotate(Article(text=text, language="en"))
    assert (article.published, article.published_source) == (date(2023, 8, 5), "inferred")


def test_a_century_named_does_not_push_the_dateline_forward() -> None:
    text = "KORNIDZOR, AUGUST 5, ARMENPRESS. Since late 2022, the worst siege of the 21st century."
    article = time_stage.annotate(Article(text=text, language="en"))
    assert article.published == date(2023, 8, 5)

"""Publication dates inferred from an article's own text: datelines, weekdays, never the future."""

from __future__ import annotations

from datetime import date

import pytest

from passage.record import Article
from passage.stages import time as time_stage
from passage.stages.time import infer_publication

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a dateline under a title line
        ("Des combattants attaquent un convoi\nDEIR EZ-ZOR (Syrie), 15 mai 2024 — Des "
         "combattants de l'EI ont attaqué.", "fr", date(2024, 5, 15)),
        ("Titre\n\nBeyrouth, le 3 mai 2024 (AFP) – Le passage a rouvert.", "fr", date(2024, 5, 3)),
        ("Jordan shuts crossing\nAMMAN, May 15, 2024 (Reuters) - Jordan closed it.", "en",
         date(2024, 5, 15)),
        ("Title\nStandfirst line\nAMMAN, May 15, 2024 - Jordan closed it.", "en",
         date(2024, 5, 15)),
        ("Titre\n15 mai 2024 (AFP) — Le passage a rouvert.", "fr", date(2024, 5, 15)),
        ("  \n\n  Title\nAMMAN, May 15, 2024 - Jordan closed it.", "en", date(2024, 5, 15)),
        ("عنوان\nبيروت، 15 أيار 2024 - أعيد فتح المعبر.", "ar", date(2024, 5, 15)),
        # a sentence that opens with a date is no dateline below the first line
        ("Titre\nLe 3 mai 2024, le passage a rouvert. Il avait fermé.", "fr", None),
        ("Titre\nLe passage a rouvert, a dit le ministre le 3 mai 2024.", "fr", None),
        # too far down to be a dateline
        ("Titre\nUn.\nDeux.\nTrois.\nAMMAN, May 15, 2024 - Jordan closed it.", "en", None),
    ],
)  # fmt: skip
def test_a_dateline_after_a_title(text: str, lang: str, expected: date | None) -> None:
    found = infer_publication(text, lang, TODAY)
    assert (found[0] if found else None) == expected


def test_annotate_reads_a_dateline_after_a_title() -> None:
    text = "Titre\nDEIR EZ-ZOR (Syrie), 15 mai 2024 — Les combats ont repris hier."
    article = time_stage.annotate(Article(text=text, language="fr"))
    assert (article.published, article.published_source) == (date(2024, 5, 15), "inferred")
    assert "15 mai 2024" in article.published_reason
    hier = [m for m in article.times if m.text == "hier"][0]
    assert hier.value.start == date(2024, 5, 14)


def test_a_weekday_date_without_any_year_infers_nothing() -> None:
    # 15 August falls on a Thursday in 2013, 2019, 2024, 2030: nothing says which
    assert infer_publication("Jeudi 15 août, le Conseil a annoncé la réouverture.", "fr") is None


def test_a_weekday_date_takes_the_first_fitting_year_from_the_one_named() -> None:
    text = "Jeudi 15 août, le Conseil a annoncé la réouverture, fermée depuis 2023."
    assert infer_publication(text, "fr", TODAY)[0] == date(2024, 8, 15)


def test_no_inferred_date_is_after_today() -> None:
    dateline = "PARIS, 15 mai 2024 — Le passage a rouvert."
    assert infer_publication(dateline, "fr", date(2024, 5, 20))[0] == date(2024, 5, 15)
    assert infer_publication(dateline, "fr", date(2024, 5, 1)) is None
    # the next Thursday 15 August after 2023 is in 2024: not yet, seen from January 2024
    weekday = "Jeudi 15 août, le Conseil a annoncé la réouverture, fermée depuis 2023."
    assert infer_publication(weekday, "fr", date(2024, 1, 10)) is None
    # a dateline without a year is not placed after today either
    yearless = "KORNIDZOR, AUGUST 5, ARMENPRESS. The road has been closed since late 2022."
    assert infer_publication(yearless, "en", date(2023, 8, 1)) is None
    assert infer_publication(yearless, "en", date(2023, 8, 10))[0] == date(2023, 8, 5)


def test_the_system_date_bounds_inference_by_default() -> None:
    far = "PARIS, 15 mai 2999 — Le passage a rouvert."
    assert infer_publication(far, "fr") is None


@pytest.mark.parametrize(
    "text",
    [
        "\n" * 200_000 + "AMMAN, May 15, 2024",
        "x" * 1_000_000 + "\nAMMAN, May 15, 2024",
        "Titre\n" + "DEIR, " * 50_000 + "15 mai 2024",
    ],
)
def test_a_dateline_buried_deep_in_a_huge_text_is_not_its_date(text: str) -> None:
    # A dateline opens an article; one found after pages of filler is not the article's date.
    # (How long the search takes on such input is measured by `passage bench time`.)
    assert infer_publication(text, "fr", TODAY) is None

"""A dateline that carries its filing date ("BAMAKO, 14 février 2025 (AFP) -") names the town
the report was filed from, never an actor; and an English country name used as a modifier
("a Mali army convoy", "Kenya police") names that country's forces, as the adjective does."""

from datetime import date

import pytest

from passage import pipeline
from passage.record import Article

PUBLISHED = date(2025, 2, 14)


def _read(text: str, language: str) -> Article:
    return pipeline.run(Article(text=text, language=language, published=PUBLISHED))


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        (
            "fr",
            "BAMAKO, 14 février 2025 (AFP) - Des hommes armés ont attaqué jeudi un convoi de "
            "camions près de Ségou.",
            "Bamako",
        ),
        (
            "fr",
            "MOPTI, 13 février (RFI) - Des centaines d'habitants ont manifesté jeudi contre les "
            "coupures d'électricité.",
            "Mopti",
        ),
        (
            "en",
            "GAROWE, 14 February 2025 (Reuters) - Hundreds of traders protested on Thursday "
            "against new taxes.",
            "Garoowe",
        ),
    ],
)
def test_a_dated_dateline_is_the_filing_town_not_an_actor(language, text, town):
    article = _read(text, language)
    dateline = text.split(",")[0]
    assert dateline not in {m.text for m in article.actors}
    assert all(dateline not in {a.text for a in e.actors} for e in article.events)
    assert article.events, "the act itself is still found"
    first = min(article.places, key=lambda p: p.start)
    assert (first.start, first.name) == (0, town)


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "Suspected jihadists ambushed a Mali army convoy near Douentza on Thursday.",
            "Military Forces of Mali",
        ),
        (
            "Kenya police fired tear gas at students marching in Kisumu on Thursday.",
            "Military Forces of Kenya",
        ),
    ],
)
def test_a_country_name_before_army_or_police_names_its_forces(text, forces):
    article = _read(text, "en")
    named = {a.name for e in article.events for a in e.actors}
    assert forces in named

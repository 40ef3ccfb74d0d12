"""The places stage on real news in French, English and Arabic (shared/eval/news)."""

from __future__ import annotations

import pytest

from passage.stages.places import lookup
from tests.places.conftest import run_places

ACCESS = [
    ("fr-adre-reouverture-aout-2024", "crossing:adre"),
    ("fr-adre-prolongation-mai-2025", "crossing:tine"),
    ("fr-rafah-kerem-shalom-mai-2024", "crossing:kerem-shalom"),
    ("fr-rafah-kerem-shalom-mai-2024", "crossing:rafah"),
    ("fr-ras-jedir-fermeture-mars-2024", "crossing:ras-jedir"),
    ("fr-masnaa-olj-oct-2024", "crossing:masnaa-jdeidet-yabous"),
    ("fr-masnaa-al-ain-oct-2024", "crossing:masnaa-jdeidet-yabous"),
    ("fr-m23-sake-goma", "road:goma-sake"),
    ("en-ras-jdir-closure-mar-2024", "crossing:ras-jedir"),
    ("en-rafah-trucks-return-oct-2025", "crossing:kerem-shalom"),
    ("en-lachin-armenpress-aug-2023", "road:lachin-corridor"),
    ("en-taiz-houthi-road-jul-2022", "road:taiz-al-hawban"),
    ("en-adre-opening-aug-2024", "crossing:adre"),
    ("ar-ras-jedir-almayadeen-mar-2024", "crossing:ras-jedir"),
    ("ar-adre-extension-2026", "crossing:adre"),
    ("ar-rafah-kerem-shalom-sep-2025", "crossing:kerem-shalom"),
    ("ar-rafah-kerem-shalom-sep-2025", "crossing:rafah"),
    ("ar-masnaa-strike-oct-2024", "crossing:masnaa-jdeidet-yabous"),
]


@pytest.mark.parametrize(("article_id", "target"), ACCESS)
def test_crossings_and_roads_are_found(news, index, article_id: str, target: str) -> None:
    doc = news[article_id]
    places = run_places(doc["text"], doc["language"]).places
    assert target in {m.gazetteer_id for m in places}, [(m.text, m.gazetteer_id) for m in places]


@pytest.mark.parametrize(
    ("article_id", "country"),
    [
        ("fr-djibo-gaskinde-sept-2022", "BF"),
        ("fr-gao-ansongo-convoi-fev-2025", "ML"),
        ("en-mariupol-corridor-shelled-mar-2022", "UA"),
        ("en-taiz-al-houban-road-jun-2024", "YE"),
    ],
)
def test_towns_land_in_the_right_country(news, index, article_id: str, country: str) -> None:
    doc = news[article_id]
    towns = [m for m in run_places(doc["text"], doc["language"]).places if m.kind == "town"]
    assert towns
    share = sum(m.country == country for m in towns) / len(towns)
    assert share >= 0.8, [(m.text, m.name, m.country) for m in towns]


@pytest.mark.parametrize(
    "article_id",
    [
        k
        for k in (
            "en-adre-opening-aug-2024",
            "en-lachin-icrc-convoys-jul-2023",
            "en-rafah-trucks-return-oct-2025",
            "ar-ras-jedir-adwaalwatan-mar-2024",
            "ar-masnaa-strike-oct-2024",
        )
    ],
)
def test_common_words_are_not_towns(news, index, article_id: str) -> None:
    doc = news[article_id]
    article = run_places(doc["text"], doc["language"])
    named = {m.country for m in article.places if m.kind == "country"}
    for m in article.places:
        if m.kind == "town" and m.country not in named:
            # a town abroad is only believed when it is a city anyone would name ("MOSCOW")
            same = [c for c in lookup(m.text) if c.gazetteer_id == m.gazetteer_id]
            assert same and same[0].population >= 100_000, (m.text, m.name, m.country)
    assert not {"Rapid", "Red Cross", "Crescent", "Will", "March"} & {
        m.text for m in article.places
    }


def test_sudanese_town_despite_a_spelling_variant(news, index) -> None:
    doc = news["en-adre-extension-nov-2024"]
    towns = {m.text: m for m in run_places(doc["text"], "en").places if m.kind == "town"}
    assert towns["Port Sudan"].country == "SD"

"""Names given alone that a small namesake holds by its main name, small regions' points, and
roads named by the places at their ends."""

from __future__ import annotations

import pytest

from passage.stages.places.gazetteer import haversine_km
from passage.stages.places.resolver import (
    MATCH_ALTERNATE,
    Candidate,
    Context,
    Reading,
    _prominence_gain,
    lookup,
    query_region,
    rank,
)
from tests.places.conftest import run_places


@pytest.mark.parametrize(
    ("name", "lang", "country"),
    [
        ("Odessa", "fr", "UA"),  # Odesa, not Odessa, Texas
        ("Palmyra", "en", "SY"),  # Tadmur, not Palmyra, Pennsylvania
        ("Saïda", "fr", "LB"),  # Sidon, not the Algerian town
        ("بيت لحم", "ar", "PS"),  # Bethlehem, not Bethlehem, Pennsylvania
    ],
)
def test_a_name_alone_is_the_place_the_world_knows_by_it(index, name, lang, country) -> None:
    assert lookup(name, lang)[0].country == country


def _town(gid: str, match: float, names: int, population: int = 100_000) -> Candidate:
    return Candidate(gid, gid, 0.0, 0.0, "XX", None, "town", population, match, names=names)


def test_prominence_counts_only_against_a_town_of_that_main_name() -> None:
    famous = _town("famous", MATCH_ALTERNATE, names=64)
    small = _town("small", 1.0, names=15)
    gain = _prominence_gain([small, famous])
    assert gain.get(1, 0.0) > 0 and 0 not in gain
    # no town holds the main name: a big city's alternate name competes as it always did
    assert _prominence_gain([famous]) == {}
    # a village's long list of names is chance, not fame
    assert _prominence_gain([small, _town("village", MATCH_ALTERNATE, 64, 5_000)]) == {}


def test_other_names_of_the_article_outweigh_prominence() -> None:
    famous = _town("famous", MATCH_ALTERNATE, names=64)
    small = _town("small", 1.0, names=15)
    assert rank([small, famous])[0].gazetteer_id == "famous"
    near = Reading("XX", None, None, 0.0, 0.0, 1.0)
    ctx = Context(readings={"other": {"XX": [near]}})
    assert rank([small, famous], ctx)[0].gazetteer_id == "small"


def test_only_arabic_script_points_to_a_region() -> None:
    assert {"PS", "LB", "TD"} <= query_region("بيت لحم")
    assert query_region("Bethlehem") == frozenset()


def test_a_small_region_is_not_put_at_its_capital(index) -> None:
    region = lookup("région de Diffa", "fr")[0]
    town = next(c for c in lookup("Diffa", "fr") if c.kind == "town" and c.country == "NE")
    assert region.kind == "region"
    assert haversine_km((region.lat, region.lon), (town.lat, town.lon)) > 50


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des tirs ont visé la route Beyrouth-Damas samedi.", "fr"),
        ("Des tirs ont visé l'autoroute Damas-Beyrouth samedi.", "fr"),
        ("أغلق طريق بيروت دمشق أمس.", "ar"),
        ("Shelling hit the Beirut–Damascus highway on Monday.", "en"),
    ],
)
def test_a_registry_road_is_named_by_its_ends_in_either_order(index, text, lang) -> None:
    roads = [m for m in run_places(text, lang).places if m.kind == "road"]
    assert [m.gazetteer_id for m in roads] == ["road:beirut-damascus"]


def test_a_registry_road_is_named_by_its_ends_after_a_linking_word(index) -> None:
    text = "Des combats ont eu lieu sur la route reliant Palmyre à Deir ez-Zor."
    roads = [m for m in run_places(text, "fr").places if m.kind == "road"]
    assert [m.gazetteer_id for m in roads] == ["road:palmyra-deir-ez-zor"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Une embuscade a visé la route reliant Homs à Hama.", "fr"),
        ("Traffic resumed on the Hama-Homs highway.", "en"),
        ("أغلق طريق حمص حماة أمس.", "ar"),
    ],
)
def test_a_road_outside_the_registry_is_a_road_between_its_ends(index, text, lang) -> None:
    places = run_places(text, lang).places
    roads = [m for m in places if m.kind == "road"]
    assert len(roads) == 1, [(m.text, m.gazetteer_id) for m in places]
    road = roads[0]
    homs = next(c for c in lookup("Homs", "en") if c.kind == "town")
    hama = next(c for c in lookup("Hama", "en") if c.kind == "town" and c.country == "SY")
    # one id whichever end comes first; its point halfway between them
    assert road.gazetteer_id == "road:" + "~".join(sorted((homs.gazetteer_id, hama.gazetteer_id)))
    assert road.precision == 2 and road.country == "SY"
    half = haversine_km((homs.lat, homs.lon), (hama.lat, hama.lon)) / 2
    assert haversine_km((road.lat, road.lon), (homs.lat, homs.lon)) == pytest.approx(half, 0.05)


@pytest.mark.parametrize(
    "text",
    [
        "أعيد فتح الطريق الدولية بين لبنان وسوريا أمس.",  # "international", "between"
        "قطعت الطريق الدولي بين المدينتين.",
    ],
)
def test_common_words_after_a_road_word_are_not_its_ends(index, text) -> None:
    places = run_places(text, "ar").places
    made_up = [m for m in places if m.kind == "road" and m.gazetteer_id.startswith("road:")]
    assert made_up == [], [(m.text, m.gazetteer_id) for m in places]

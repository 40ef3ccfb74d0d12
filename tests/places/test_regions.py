"""Regions, counties and country points as first-class gazetteer entries, and the context that
chooses between namesakes."""

from __future__ import annotations

import pytest
from shapely.geometry import box

from passage.stages.places import lookup
from passage.stages.places.gazetteer import _names_row, midpoint
from passage.stages.places.resolver import haversine_km
from passage.stages.places.sources import country_points, main_centroid, natural_earth_countries
from passage.stages.places.stage import resolve_spans


@pytest.mark.parametrize(
    ("name", "country", "point"),
    [
        ("Alberta", "CA", (54.5, -115.0)),
        ("Queensland", "AU", (-22.0, 145.0)),
        ("New South Wales", "AU", (-32.0, 147.0)),
        ("Tamil Nadu", "IN", (11.0, 78.5)),
        ("Colombie-Britannique", "CA", (54.0, -125.0)),  # pycountry's French name
        ("NSW", "AU", (-32.0, 147.0)),  # an alias from the English data file
    ],
)
def test_first_level_regions_have_real_points(index, name, country, point) -> None:
    best = lookup(name)[0]
    assert (best.kind, best.country) == ("region", country), best
    assert haversine_km((best.lat, best.lon), point) < 300, best


def test_counties_are_entries_inside_their_state(index) -> None:
    laurel = [c for c in lookup("Laurel County") if c.admin1 == "Kentucky"]
    assert laurel and laurel[0].kind == "region" and laurel[0].admin2 == "Laurel County"
    assert haversine_km((laurel[0].lat, laurel[0].lon), (37.11, -84.12)) < 40


def test_abbreviations_match_only_as_written(index) -> None:
    assert lookup("Ky.")[0].name == "Kentucky"
    assert lookup("W. Va.")[0].name == "West Virginia"
    assert all(c.name != "Kentucky" for c in lookup("Ky"))  # the bare word is not the state


def test_country_points_are_halfway_to_the_natural_earth_centroid(index) -> None:
    shapes = natural_earth_countries()
    points = country_points()
    assert {"SY", "IQ", "FR", "US", "NZ"} <= set(shapes)
    assert "Syrie" in shapes["SY"].names and "سوريا" in shapes["SY"].names
    for code in ("SY", "US", "FR"):
        country = index.country(code)
        shape = (shapes[code].lat, shapes[code].lon)
        conventional = (points[code].lat, points[code].lon)
        assert (country.lat, country.lon) == midpoint(shape, conventional)
    # France's point is in metropolitan France, not pulled towards its overseas departments
    assert haversine_km((shapes["FR"].lat, shapes["FR"].lon), (46.6, 2.4)) < 150


def test_main_centroid_keeps_big_parts_and_drops_small_ones() -> None:
    north, south = box(0, 0, 10, 10), box(0, -10, 10, 0)  # two equal islands
    speck = box(100, 0, 100.5, 0.5)
    assert main_centroid([north, south, speck]) == (0.0, 5.0)
    assert main_centroid([north]) == (5.0, 5.0)


def test_the_main_name_wins_a_shared_key_whatever_the_set_order() -> None:
    for names in ({"Kōbe", "Kobe"}, {"Kobe", "Kōbe"}):
        rows = _names_row(names, 7, "Kobe")
        assert [(r[0], r[4]) for r in rows] == [("kobe", 1)]


def _resolve(text: str, name: str, others: tuple[str, ...] = ()):
    """Resolve `name` given it and `others` as the text's place spans (as gold spans are)."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in (name, *others)]
    return resolve_spans(text, spans)[0]


@pytest.mark.parametrize(
    ("text", "name", "others", "country", "admin1"),
    [
        (
            "Police in Athens said the Henderson County jail was full.",
            "Athens",
            ("Henderson County",),
            "US",
            "Texas",
        ),
        (
            "A storm hit Atlanta and much of Georgia on Monday.",
            "Georgia",
            ("Atlanta",),
            "US",
            "Georgia",
        ),
        ("Talks in Tbilisi: Georgia and Armenia agreed.", "Georgia", ("Tbilisi",), "GE", None),
        ("Flooding in Paris and across Texas.", "Paris", ("Texas",), "US", "Texas"),
        ("Le maire de Paris a parlé.", "Paris", (), "FR", "Île-de-France"),
    ],
)
def test_the_other_names_choose_between_namesakes(
    index, text, name, others, country, admin1
) -> None:
    m = _resolve(text, name, others)
    assert (m.country, m.admin1) == (country, admin1), m


def test_a_region_named_after_its_capital_means_the_town(index) -> None:
    m = _resolve("Des combats ont eu lieu près de Gao, au Mali.", "Gao")
    assert (m.kind, m.country) == ("town", "ML"), m


def test_adjectives_given_as_places_mean_the_country_or_continent(index) -> None:
    text = "Russian and European officials met."
    russian, european = resolve_spans(text, [(0, 7), (12, 20)])
    assert (russian.kind, russian.country) == ("country", "RU")
    assert (european.kind, european.name) == ("region", "Europe")


def test_arabic_span_leaves_out_the_glued_conjunction(index) -> None:
    from tests.places.conftest import run_places

    text = "قطعت غارة الطريق الدولية بين لبنان وسوريا."
    places = run_places(text, "ar").places
    syria = [m for m in places if m.country == "SY" and m.kind == "country"]
    assert syria and syria[0].text == "سوريا", [(m.text, m.name) for m in places]
    assert text[syria[0].start : syria[0].end] == "سوريا"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Des affrontements ont eu lieu à Tripoli, selon l'armée libanaise.", "LB"),
        ("Des affrontements ont eu lieu à Tripoli, selon les autorités.", "LY"),
    ],
)
def test_adjectives_of_nationality_say_which_country_the_article_is_about(
    index, text, country
) -> None:
    from tests.places.conftest import run_places

    tripoli = [m for m in run_places(text, "fr").places if m.text == "Tripoli"]
    assert tripoli and tripoli[0].country == country, tripoli

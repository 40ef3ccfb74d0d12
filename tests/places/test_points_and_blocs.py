"""Country and subdivision points from the countries-states-cities database, blocs and world
regions as places, abbreviations that are not towns, and words for a region's people."""

from __future__ import annotations

import pytest

from passage.stages.places import lookup
from passage.stages.places.gazetteer import midpoint, spherical_mean
from passage.stages.places.resolver import haversine_km
from passage.stages.places.sources import (
    country_points,
    natural_earth_countries,
    subdivision_points,
)
from passage.stages.places.stage import demonym_place, resolve_spans


def test_the_package_gives_country_and_subdivision_points() -> None:
    points = country_points()
    assert len(points) > 240
    assert points["RU"].subregion == "Eastern Europe" and points["FR"].region == "Europe"
    assert "CA-ON" in subdivision_points() and "US-TX" in subdivision_points()


def test_a_country_point_lies_between_the_conventional_point_and_the_outline(index) -> None:
    # the two sources disagree by about 200 km on Russia; the index takes the middle
    conventional = (country_points()["RU"].lat, country_points()["RU"].lon)
    shape = natural_earth_countries()["RU"]
    russia = index.country("RU")
    to_conventional = haversine_km((russia.lat, russia.lon), conventional)
    to_shape = haversine_km((russia.lat, russia.lon), (shape.lat, shape.lon))
    assert 50 < to_conventional < 150 and 50 < to_shape < 150
    assert abs(to_conventional - to_shape) < 5


def test_a_subdivision_takes_the_package_point(index) -> None:
    lat, lon = subdivision_points()["CA-ON"]
    ontario = index.by_id("iso3166-2:CA-ON")
    assert (ontario.lat, ontario.lon) == (lat, lon)


def test_means_on_the_sphere() -> None:
    # across the antimeridian, not through Greenwich
    lat, lon = midpoint((-17.0, 179.0), (-17.0, -179.0))
    assert abs(lat + 17.0) < 0.1 and abs(abs(lon) - 180.0) < 0.01
    assert spherical_mean([(0.0, 0.0), (0.0, 10.0)], [3.0, 1.0])[1] < 5.0


@pytest.mark.parametrize(
    ("name", "member", "km"),
    [
        ("EU", "DE", 600),
        ("European Union", "DE", 600),
        ("Union européenne", "DE", 600),
        ("الاتحاد الأوروبي", "DE", 600),
        ("Middle East", "IQ", 800),
        ("Korean Peninsula", "KR", 200),
        ("Scandinavia", "SE", 500),
        ("Southern Europe", "IT", 600),  # a UN M49 subregion from the package
    ],
)
def test_blocs_and_world_regions_are_places_among_their_members(index, name, member, km) -> None:
    best = lookup(name)[0]
    assert best.kind == "region" and best.country is None, best
    centre = index.country(member)
    assert haversine_km((best.lat, best.lon), (centre.lat, centre.lon)) < km, best


def test_a_continent_keeps_its_own_entry(index) -> None:
    # "South America" is also an M49 subregion: it stays the continent
    hits = [c for c in lookup("South America") if c.kind == "region"]
    assert [c.gazetteer_id for c in hits if c.country is None][0].startswith("geonames:")


@pytest.mark.parametrize("name", ["EU", "OAS"])
def test_a_short_name_in_capitals_is_no_town(index, name) -> None:
    assert not [c for c in lookup(name) if c.kind == "town"]


def test_a_dotted_abbreviation_still_names_its_town(index) -> None:
    assert lookup("L.A.")[0].name == "Los Angeles"


@pytest.mark.parametrize(
    ("name", "country", "gid"),
    [("BC", "CA", "iso3166-2:CA-BC"), ("T&T", "TT", None), ("Korea", "KR", None)],
)
def test_news_abbreviations(index, name, country, gid) -> None:
    best = lookup(name)[0]
    assert best.country == country, best
    assert gid is None or best.gazetteer_id == index.by_id(gid).gazetteer_id


@pytest.mark.parametrize(
    ("word", "region"),
    [("Iowans", "Iowa"), ("Ohioans", "Ohio"), ("Ontarians", "Ontario"), ("Sicilian", "Sicily")],
)
def test_a_word_for_a_regions_people_names_the_region(index, word, region) -> None:
    place = demonym_place(word)
    assert place is not None and place.kind == "region" and place.name == region


@pytest.mark.parametrize("name", ["Sudan", "Oman", "Jordan"])
def test_a_name_ending_like_a_demonym_stays_itself(index, name) -> None:
    assert demonym_place(name) is None
    assert lookup(name)[0].kind == "country"


def test_an_unknown_place_falls_back_to_the_country_not_the_bloc(index) -> None:
    text = "Fighting broke out in Xyzzyvale, in the Caucasus, near Georgia's border."
    spans = [(22, 31), (40, 48), (55, 62)]
    assert [text[s:e] for s, e in spans] == ["Xyzzyvale", "Caucasus", "Georgia"]
    unknown = resolve_spans(text, spans)[0]
    assert unknown is not None and unknown.kind == "country" and unknown.country == "GE"

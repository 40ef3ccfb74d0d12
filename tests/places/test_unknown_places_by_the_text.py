"""Places the gazetteer lacks, placed at the finest level the text gives: a town they are said
to lie a few km from, the region written after them, the province named as such; and common
short names of countries."""

from __future__ import annotations

import pytest

from passage.record import PlaceMention
from passage.stages.places.recognise import distance_to_town_km
from passage.stages.places.resolver import haversine_km
from tests.places.conftest import run_places

DJIBO = (14.09864, -1.62665)


def _named(text: str, lang: str, name: str) -> list[PlaceMention]:
    places = run_places(text, lang).places
    hits = [m for m in places if m.text == name]
    assert hits, f"{name!r} not in {[(m.text, m.name) for m in places]}"
    return hits


@pytest.mark.parametrize(
    ("gap", "km"),
    [
        (", localité à une quinzaine de kilomètres de ", 15.0),
        (" [un hameau situé à 12 km au sud de ", 12.0),
        (", à une trentaine de km à l'est de la ville de ", 30.0),
        (", a village 10 miles north of ", 16.09),
        (" and ", None),
        (", près de ", None),
    ],
)
def test_the_distance_the_text_gives_to_a_town(gap: str, km: float | None) -> None:
    got = distance_to_town_km(gap)
    assert (got is None) if km is None else got == pytest.approx(km, abs=0.01)


def test_an_unknown_village_a_few_km_from_a_town_is_placed_at_that_town(index) -> None:
    text = (
        "Des hommes armés ont attaqué mardi Wendkouli, un hameau situé à une quinzaine de "
        "kilomètres de Djibo, selon des sources locales."
    )
    (m,) = _named(text, "fr", "Wendkouli")
    assert m.country == "BF" and m.precision == 2, m
    assert haversine_km((m.lat, m.lon), DJIBO) < 5, m


def test_an_unknown_village_far_from_a_town_is_not_put_at_that_town(index) -> None:
    text = (
        "Des hommes armés ont attaqué mardi Wendkouli, un hameau situé à 150 kilomètres de "
        "Djibo, selon des sources locales."
    )
    for m in run_places(text, "fr").places:
        if m.text == "Wendkouli" and m.lat is not None:
            assert haversine_km((m.lat, m.lon), DJIBO) > 5 or m.precision == 3, m


def test_an_unknown_place_followed_by_its_region_takes_the_region(index) -> None:
    text = "Des tirs nourris ont été entendus lundi à Kibwezenga, au Nord-Kivu."
    (m,) = _named(text, "fr", "Kibwezenga")
    assert (m.country, m.kind, m.precision) == ("CD", "region", 2), m


def test_a_province_named_as_such_is_the_province_not_a_hamlet_abroad(index) -> None:
    text = "Des milliers de déplacés ont fui vers la province du Soum la semaine dernière."
    (m,) = _named(text, "fr", "Soum")
    assert (m.country, m.kind) == ("BF", "region"), m


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Floods in Bosnia left twelve people dead on Sunday.", "en", "Bosnia"),
        ("Des inondations en Bosnie ont fait douze morts dimanche.", "fr", "Bosnie"),
    ],
)
def test_the_short_name_of_a_country_is_that_country(index, text, lang, name) -> None:
    (m,) = _named(text, lang, name)
    assert (m.country, m.kind) == ("BA", "country"), m


def test_a_name_the_model_takes_for_a_person_is_a_place_when_the_text_says_so(index) -> None:
    # the entity model often reads an unfamiliar Arabic or Sahelian name as a person's
    text = (
        "Dans la région du Darfour, au moins vingt civils ont été tués mardi à Um Kadadah, "
        "ville que les paramilitaires ont reprise la semaine dernière."
    )
    (m,) = _named(text, "fr", "Um Kadadah")
    assert (m.country, m.kind, m.precision) == ("SD", "town", 1), m


def test_a_person_before_a_region_is_no_place(index) -> None:
    text = "Le ministre a reçu Moussa Traoré lundi, puis il est parti dans la région de Gao."
    assert all(m.text != "Moussa Traoré" for m in run_places(text, "fr").places)


def test_a_name_put_in_a_region_by_its_kind_keeps_its_readings_there(index) -> None:
    # "Gao" alone means the town; "dans la région de Gao" is the region
    text = "Des affrontements ont éclaté à Wendkouli, dans la région de Gao, selon l'armée."
    (m,) = _named(text, "fr", "Wendkouli")
    assert (m.country, m.kind, m.admin1) == ("ML", "region", "Gao"), m


def test_a_town_named_like_its_region_is_the_town_unless_the_region_is_said(index) -> None:
    text = (
        "Tombouctou est sous blocus depuis une semaine. Le chef jihadiste pour la région de "
        "Tombouctou a menacé les transporteurs. Les habitants de Tombouctou manquent de tout."
    )
    places = [m for m in run_places(text, "fr").places if m.text == "Tombouctou"]
    assert [m.kind for m in places] == ["town", "region", "town"], places


def test_a_town_filed_under_a_region_but_far_from_it_is_not_in_it() -> None:
    from passage.stages.places.resolver import Candidate
    from passage.stages.places.stage import _in_unit

    region = Candidate("Gao", "r:1", 17.0, -0.1, "ML", "Gao", "region", 240_000, admin1_code="09")
    near = Candidate("Bourem", "t:1", 16.95, -0.35, "ML", "Gao", "town", 20_000, admin1_code="09")
    far = Candidate("Bamba", "t:2", 10.4, -7.15, "ML", "Gao", "town", 20_000, admin1_code="09")
    assert _in_unit(near, region, worded=True) and _in_unit(far, region)
    assert not _in_unit(far, region, worded=True)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police said clashes in Western Province and Nyanza Province left ten dead.",
        "In Kenya, floods hit Eastern Province and North Eastern Province on Sunday.",
    ],
)
def test_a_unit_name_many_countries_share_stays_in_the_articles_country(index, text) -> None:
    provinces = [m for m in run_places(text, "en").places if m.text.endswith("Province")]
    assert provinces and all(m.country == "KE" for m in provinces), provinces


def test_a_shared_unit_name_in_its_own_country_is_that_unit(index) -> None:
    text = "Saudi officials said oil output in the Eastern Province rose in March."
    (m,) = _named(text, "en", "Eastern Province")
    assert (m.country, m.kind) == ("SA", "region"), m


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        ("Shelling hit Damascus on Monday.", "Damascus", "SY", "town"),
        ("Storms hit England and Wales overnight.", "England", "GB", "region"),
        (
            "Police in Los Angeles said the man had driven from Arkansas.",
            "Arkansas",
            "US",
            "region",
        ),
    ],
)
def test_a_famous_place_beats_its_small_namesakes(index, text, name, country, kind) -> None:
    (m,) = _named(text, "en", name)
    assert (m.country, m.kind) == (country, kind), m


def test_bare_new_york_is_not_moved_to_the_city_named_after_it() -> None:
    from passage.stages.places.resolver import Candidate
    from passage.stages.places.stage import _namesake_town

    state = Candidate("New York", "r:2", 43.0, -75.5, "US", "New York", "region", 19_000_000)
    city = Candidate("New York City", "t:3", 40.7, -74.0, "US", "New York", "town", 8_000_000)
    state.admin1_code = city.admin1_code = "NY"
    state.score, city.score, city.match = 0.8, 0.78, 0.85
    assert _namesake_town(state, [state, city]) is None

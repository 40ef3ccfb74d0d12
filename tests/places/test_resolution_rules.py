"""Rules of resolution in an article: a town's old name loses to the towns that bear it, a
spelling guess abroad is not believed, a direction word names part of a place, a place no
gazetteer holds lies in the region of the towns around it, and a country's own web domain
speaks for its towns."""

from __future__ import annotations

from passage.stages.places.outlet import outlet_hint
from passage.stages.places.resolver import Candidate, rank
from passage.stages.places.stage import resolve_spans
from tests.places.spans import spans_of


def _town(gid: str, match: float, population: int, names: int = 10) -> Candidate:
    return Candidate(gid, gid, 0.0, 0.0, "XX", None, "town", population, match, names=names)


def test_an_old_name_loses_to_the_town_that_bears_it() -> None:
    # a bigger town once called so ("Kaliningrad" for Korolev) is not what the name means
    # where a town of that main name is as well known
    owner = _town("owner", 1.0, 50_000, names=40)
    renamed = _town("renamed", 0.85, 2_000_000, names=30)
    assert rank([owner, renamed])[0].gazetteer_id == "owner"
    # one the world names more (Odesa for "Odessa") still wins
    famous = _town("famous", 0.85, 400_000, names=100)
    assert rank([owner, famous])[0].gazetteer_id == "famous"


def test_an_old_name_of_a_town_near_the_article_does_not_take_the_name(index) -> None:
    text = "Russia will place missiles in Kaliningrad, officials in Moscow said."
    _russia, kaliningrad, _moscow = resolve_spans(
        text, spans_of(text, "Russia", "Kaliningrad", "Moscow")
    )
    assert abs(kaliningrad.lat - 54.7) < 0.3 and abs(kaliningrad.lon - 20.5) < 0.5


def test_a_spelling_guess_abroad_is_not_believed(index) -> None:
    # "Nuli" is close in spelling to a village of American Samoa; the article is about Georgia
    text = "Georgian police said the village of Nuli in Georgia came under fire overnight."
    nuli, _georgia = resolve_spans(text, spans_of(text, "Nuli", "Georgia"))
    assert nuli.country == "GE"


def test_a_direction_word_names_a_part_of_a_place(index) -> None:
    text = "Two bodies were found on a coastal path in West Wales on Monday."
    (m,) = resolve_spans(text, spans_of(text, "West Wales"))
    assert m.country == "GB" and m.name == "Wales"


def test_a_place_no_gazetteer_holds_lies_in_the_region_of_the_towns_around_it(index) -> None:
    text = (
        "Students from Harrisburg and Hershey will train at Quantum Tech Academy, which "
        "opens in September."
    )
    *_towns, academy = resolve_spans(
        text, spans_of(text, "Harrisburg", "Hershey", "Quantum Tech Academy")
    )
    assert academy.kind == "region" and academy.admin1 == "Pennsylvania"


def test_a_country_s_own_domain_speaks_for_its_towns(index) -> None:
    text = "Detectives in Lancaster are appealing for witnesses after the attack."
    spans = spans_of(text, "Lancaster")
    (british,) = resolve_spans(text, spans, url="https://www.examplecitizen.co.uk/news/1")
    assert british.country == "GB"
    (plain,) = resolve_spans(text, spans)
    assert plain.country == "US"  # Lancaster, California is the biggest of the name
    hint = outlet_hint("https://www.examplecitizen.co.uk/news/1", "en")
    assert hint.names == () and hint.countries == {"GB"} and hint.national


def test_a_place_the_text_puts_in_a_town_lies_in_that_town(index) -> None:
    text = "The new museum is opening on Collins Avenue in Miami Beach next month."
    museum, _town = resolve_spans(text, spans_of(text, "Collins Avenue", "Miami Beach"))
    assert museum.name == "Miami Beach" and museum.precision == 2
    text = "Fans gathered at Brooklyn's Barclays Center on Friday night."
    _borough, arena = resolve_spans(text, spans_of(text, "Brooklyn", "Barclays Center"))
    assert arena.name == "Brooklyn" and arena.precision == 2


def test_every_mention_of_an_unknown_name_is_where_the_text_puts_one(index) -> None:
    # the headline's bare "Gladmere" is the Gladmere the text puts in Oxford
    text = (
        "Gladmere: woman jailed over a false passport. She lived in Gladstone Road, "
        "Gladmere, Oxford, until her arrest in Kenya last year."
    )
    first, second, _oxford, _kenya = resolve_spans(
        text, spans_of(text, "Gladmere", "Gladmere", "Oxford", "Kenya")
    )
    assert second.name == "Oxford" and second.country == "GB"
    assert (first.name, first.country) == (second.name, second.country)


def test_a_region_that_dwarfs_its_namesake_town_is_what_the_name_means(index) -> None:
    # the province of eight million, not its capital city of half a million; a governorate
    # only a few times its city's size is still the city ("Homs")
    text = "Turning right on red lights became legal in Quebec in 2003."
    (quebec,) = resolve_spans(text, spans_of(text, "Quebec"))
    assert quebec.kind == "region"
    text = "Shelling was reported in Homs on Tuesday."
    (homs,) = resolve_spans(text, spans_of(text, "Homs"))
    assert homs.kind == "town"


def test_the_ghouta_is_in_rural_damascus(index) -> None:
    text = "Civilians left Eastern Ghouta through safe corridors, the ministry in Moscow said."
    ghouta, _moscow = resolve_spans(text, spans_of(text, "Eastern Ghouta", "Moscow"))
    assert ghouta.country == "SY" and ghouta.kind == "region"

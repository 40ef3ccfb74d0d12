"""English local news: given names that are also places' names, month abbreviations and other
common words, the outlet's home read from its hostname (a state's abbreviation, a paper of two
towns), a town kept after "in" though the gazetteer's only reading of it is abroad, and sites
no gazetteer holds placed in the town they are named after."""

from __future__ import annotations

from passage.record import Article
from passage.stages.places import annotate
from passage.stages.places.outlet import outlet_hint
from passage.stages.places.stage import resolve_spans
from tests.places.spans import spans_of


def _found(text: str, url: str | None = None) -> list[str]:
    return [p.text for p in annotate(Article(text=text, url=url, language="en")).places]


# -- people named after places ---------------------------------------------------------------


def test_a_state_named_given_name_before_a_surname_is_a_person(index) -> None:
    text = (
        "The gala was hosted by actress Virginia Madsen and singer Victoria Newell. "
        "Tickets sold out in Richmond within a day."
    )
    found = _found(text)
    assert "Virginia" not in found and "Victoria" not in found, found
    assert "Richmond" in found


def test_the_girl_named_georgia_is_no_country_later_in_the_story(index) -> None:
    text = (
        "RED DEER - Eleven-year-old Georgia Whitcombe has been skating since she was four. "
        "Georgia trains every morning before school, said her coach. The club in Alberta "
        "says Georgia will compete at the provincial finals."
    )
    found = _found(text)
    assert "Georgia" not in found, found
    assert "Alberta" in found


def test_a_country_after_in_stays_a_place_beside_a_person_of_its_name(index) -> None:
    text = "Officer Chad Brennan patrolled the fair. Aid convoys reached camps in Chad on Monday."
    places = annotate(Article(text=text, language="en")).places
    found = [(p.text, p.country) for p in places]
    assert ("Chad", "TD") in found, found
    assert sum(p.text == "Chad" for p in places) == 1, found


def test_a_state_before_a_word_for_a_body_is_still_the_state(index) -> None:
    text = "The Virginia Department of Health and the Georgia Bureau of Investigation met."
    found = _found(text)
    assert {"Virginia", "Georgia"} <= set(found), found


def test_a_hyphen_to_a_state_named_like_a_woman_still_joins_two_places(index) -> None:
    found = _found("Talks on the Russia-Georgia border crossing resumed in Tbilisi.")
    assert "Russia" in found, found


def test_a_small_town_named_like_a_child_is_the_child(index) -> None:
    text = (
        "The couple lost their first child, Hailey, in 2006. Her baby son, Jack, was born in "
        "Leeds. Team Hailey walked in the march."
    )
    found = _found(text)
    assert "Hailey" not in found and "Jack" not in found, found
    assert "Leeds" in found


def test_a_small_town_named_like_a_child_is_a_place_after_in(index) -> None:
    found = _found("The festival was held in Hailey, Idaho, on Saturday.")
    assert "Hailey" in found, found


# -- common words ----------------------------------------------------------------------------


def test_a_month_abbreviation_is_no_town_and_says_nothing_of_the_country(index) -> None:
    # "Jan" is another name of Dschang, Cameroon: read so, it made a one-town story about
    # Cameroon, and Whitestown, Indiana, unbelievable
    text = (
        "Whitestown officials thanked the donors. The water line will be finished by Jan. 5, "
        "the council said on Nov. 13."
    )
    found = _found(text)
    assert "Jan" not in found and "Nov" not in found, found
    assert "Whitestown" in found, found


def test_number_words_and_titles_are_no_towns(index) -> None:
    text = "Vice Mayor Ray Melton said One person was hurt near Decatur. No injuries were reported."
    found = _found(text)
    assert not {"Vice", "One", "No"} & set(found), found


def test_a_direction_adjective_alone_is_no_place(index) -> None:
    text = "The Western blot test came back positive in Ottawa. Eastern traditions were discussed."
    found = _found(text)
    assert "Western" not in found and "Eastern" not in found, found
    assert "Ottawa" in found


def test_a_towns_city_council_names_the_town_not_a_city_of_its_name(index) -> None:
    # the gazetteer holds "Dublin City", Ireland's county; the council is Dublin, Ohio's
    text = "Dublin City Council heard a first reading on the street names in Ohio on Monday."
    found = _found(text)
    assert "Dublin" in found and "Dublin City" not in found, found


def test_the_city_council_is_no_town_called_the_city(index) -> None:
    found = _found("MANSFIELD — The City Council on Monday approved the budget for Mansfield.")
    assert "The City" not in found, found


def test_a_name_before_a_word_for_a_people_is_the_people(index) -> None:
    text = "The Adena people built mounds in Ohio. Caddo and Atakapa Indians farmed the valley."
    found = _found(text)
    assert "Adena" not in found and "Caddo" not in found, found
    assert "Ohio" in found


def test_a_name_owning_a_business_is_no_town(index) -> None:
    text = (
        "Someone spraypainted Dunn's Automotive on West Tyler Street in Athens, Texas. "
        "The parade passed Athens's Main Street."
    )
    found = _found(text)
    assert "Dunn" not in found, found
    assert found.count("Athens") == 2, found


# -- the outlet's home -----------------------------------------------------------------------


def test_a_hostname_spelling_a_states_abbreviation_points_to_that_state(index) -> None:
    hint = outlet_hint("http://www.masslive.com/news/2009/03/story.html", "en")
    assert hint is not None and "mass" in hint.names
    text = "Symphony Hall in Springfield is due for a $1 million renovation."
    (m,) = resolve_spans(
        text, spans_of(text, "Springfield"), url="http://www.masslive.com/news/x.html"
    )
    assert m is not None and m.admin1 == "Massachusetts", m


def test_a_paper_named_after_two_towns_names_both(index) -> None:
    hint = outlet_hint("http://www.richmondandtwickenhamtimes.co.uk/news/123.story/", "en")
    assert hint is not None and {"richmond", "twickenham"} <= set(hint.names), hint


def test_a_towns_other_name_abroad_gives_way_to_the_papers_home(index) -> None:
    # "Twickenham" is also an old name of Huntsville, Alabama
    url = "http://www.richmondandtwickenhamtimes.co.uk/news/123.story/"
    text = "Pupils from Hampton met the candidate for the Twickenham seat on Friday."
    places = annotate(Article(text=text, url=url, language="en")).places
    found = {p.text: p.country for p in places}
    assert found.get("Twickenham") == "GB" and found.get("Hampton") == "GB", found


# -- towns kept after "in" -------------------------------------------------------------------


def test_a_town_after_in_is_kept_though_its_only_reading_is_abroad(index) -> None:
    # a London, Ontario hockey story: Erie's gazetteer reading is in the United States
    text = (
        "LONDON, Ont. - The Knights were blanked in Erie on Friday. The London Knights will "
        "host the next two games in Ontario."
    )
    found = _found(text)
    assert "Erie" in found, found


def test_a_word_after_in_that_goes_on_as_a_longer_name_is_not_kept_so(index) -> None:
    found = _found("Barcelona lead in La Liga after a win over Sevilla.")
    assert "La" not in found, found


# -- sites named after the text's towns ------------------------------------------------------


def test_a_site_named_after_a_town_of_the_text_is_in_that_town(index) -> None:
    text = (
        "Greer, South Carolina, is growing fast. Downtown Greer, known locally as Greer "
        "Station, has more than 40 historic buildings."
    )
    spans = spans_of(text, "Greer", "South Carolina", "Greer", "Greer Station")
    *_, station = resolve_spans(text, spans, language="en")
    assert station is not None and station.name == "Greer", station
    assert station.precision == 2, station


def test_a_state_in_a_compound_adjective_does_not_place_the_sentences_site(index) -> None:
    text = "Iowa inspectors visited on Monday. A Texas-based company runs a bunkhouse in Atalissa."
    spans = spans_of(text, "Iowa", "Texas", "Atalissa")
    _iowa, _texas, atalissa = resolve_spans(text, spans, language="en")
    assert atalissa is not None and atalissa.admin1 == "Iowa", atalissa


# -- counties, lakes and mountains -----------------------------------------------------------


def test_a_county_after_said_is_the_county_not_a_speaker(index) -> None:
    text = (
        '"We will build it," said Harlan County Commission President Tom Reed on Monday. '
        "Harlan County Emergency Services Director Amy Cole agreed."
    )
    found = _found(text)
    assert found.count("Harlan County") == 2, found
    assert "Harlan" not in found, found


def test_a_lake_or_a_mountain_named_after_its_kind_word_is_one_place(index) -> None:
    text = (
        "Boaters returned to Lake Allatoona on Sunday in Georgia. Hikers were rescued on "
        "Mount Hood's southern slopes in Oregon."
    )
    found = _found(text)
    assert {"Lake Allatoona", "Mount Hood"} <= set(found), found
    assert "Hood" not in found, found


def test_a_town_named_mount_is_not_read_as_a_mountain(index) -> None:
    text = "She graduated from Mount Pleasant High School. Mount Vernon voters met on Monday."
    found = _found(text)
    assert not [f for f in found if f.startswith("Mount Pleasant ")], found
    assert "Mount Vernon" in found, found


def test_a_lake_word_that_ends_a_name_opens_no_other(index) -> None:
    found = _found("The annual Laurel Lake Cleanup will be held near London, Kentucky.")
    assert "Lake Cleanup" not in found, found

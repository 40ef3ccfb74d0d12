"""Resolution of given spans: a building, a body or an event the gazetteer does not hold is in
the well-known place its name holds ("Arizona State University", "the Mexican Senate"), unless
the text puts it somewhere finer; a name with a word for a region beside it is that region; a
spelling guess at a town must lie where the article's other towns are."""

from __future__ import annotations

from passage.stages.places.stage import resolve_spans
from tests.places.spans import spans_of


def _resolve(text: str, *names: str):
    return resolve_spans(text, spans_of(text, *names), language="en")


def test_a_university_named_after_a_state_is_in_that_state(index) -> None:
    text = "Fraud is rare in Texas, Florida and Iowa, an Ohio State University study found."
    (*_states, m) = _resolve(text, "Texas", "Florida", "Iowa", "Ohio State University")
    assert m is not None and m.name == "Ohio" and m.kind == "region" and m.country == "US"


def test_a_court_named_after_a_city_is_near_that_city(index) -> None:
    text = "The man appeared at Glasgow Sheriff Court on Monday charged with assault."
    (m,) = _resolve(text, "Glasgow Sheriff Court")
    assert m is not None and m.name == "Glasgow" and m.country == "GB"
    assert m.precision == 2  # near the town, not the town itself


def test_the_finest_place_inside_the_name_wins(index) -> None:
    text = "A spokesman for the French Embassy Nairobi said the convoy left on time."
    (m,) = _resolve(text, "French Embassy Nairobi")
    assert m is not None and m.name == "Nairobi" and m.country == "KE"


def test_a_word_for_a_people_inside_a_name_gives_its_country(index) -> None:
    text = "Lawmakers in the Mexican Senate condemned the remarks on Thursday."
    (m,) = _resolve(text, "Mexican Senate")
    assert m is not None and m.kind == "country" and m.country == "MX"


def test_a_town_the_text_names_beside_it_is_finer_than_the_state_inside(index) -> None:
    text = "She teaches at the University of California, Santa Barbara, where she studies fish."
    (m, _town) = _resolve(text, "University of California", "Santa Barbara")
    assert m is not None and m.name == "Santa Barbara" and m.precision == 2


def test_an_unknown_place_in_another_country_than_the_article_is_left_to_the_text(
    index,
) -> None:
    # South Sudan has a Lakes state; a Florida school called after its lakes is not there
    text = (
        "Police in Miami said the teacher was arrested at Palm Lakes Elementary School in "
        "Hialeah, Florida, on Thursday. Miami detectives had searched his home in Florida."
    )
    (m, *_rest) = _resolve(text, "Palm Lakes Elementary School", "Hialeah", "Florida", "Miami")
    assert m is not None and m.country == "US"


def test_a_name_with_the_word_state_after_it_is_the_state(index) -> None:
    text = "The infected cow was found at a Washington state farm, officials in Ottawa said."
    (m, _capital) = _resolve(text, "Washington", "Ottawa")
    assert m is not None and m.kind == "region" and m.name == "Washington"


def test_the_houston_region_is_not_a_county_of_that_name(index) -> None:
    text = "There have been nine cases of the virus in the Houston region this summer."
    (m,) = _resolve(text, "Houston")
    assert m is not None and m.kind == "town" and m.admin1 == "Texas"


def test_a_spelling_guess_far_from_the_articles_towns_is_left_to_their_region(index) -> None:
    # no town is spelt "Greensborrow"; the Greensboros it resembles are states away
    text = "Volunteers from Montpelier, Barre and Greensborrow cleared the roads after the storm."
    *_towns, m = _resolve(text, "Montpelier", "Barre", "Greensborrow")
    assert m is not None and m.admin1 == "Vermont" and m.precision == 3


def test_a_spelling_guess_near_the_articles_towns_is_kept(index) -> None:
    text = "Crews from Montpelier and Barre reached Williamstowne before noon."
    *_towns, m = _resolve(text, "Montpelier", "Barre", "Williamstowne")
    assert m is not None and m.name == "Williamstown" and m.admin1 == "Vermont"


def test_a_word_for_a_people_inside_a_name_holds_in_an_article_about_elsewhere(index) -> None:
    text = (
        "Voters in Ohio, Texas and Florida were polled. A professor at the Polish Academy of "
        "Sciences said the survey was sound."
    )
    *_states, m = _resolve(text, "Ohio", "Texas", "Florida", "Polish Academy of Sciences")
    assert m is not None and m.kind == "country" and m.country == "PL"


def test_a_body_named_after_a_continent_is_on_that_continent(index) -> None:
    text = "Ministers from Kenya and Ghana met officials of the Council of Africa in the capital."
    *_countries, m = _resolve(text, "Kenya", "Ghana", "Council of Africa")
    assert m is not None and m.name == "Africa" and m.country is None


def test_a_town_right_after_a_name_beats_a_word_for_a_people_inside_it(index) -> None:
    # "Percy French" is a songwriter; the hotel is in the town the text names after it
    text = "Meetings will be held at the Percy French Hotel, Ballyjamesduff, and in Cavan."
    (m, _town, _county) = _resolve(text, "Percy French Hotel", "Ballyjamesduff", "Cavan")
    assert m is not None and m.country == "IE" and m.name == "Ballyjamesduff"


def test_a_region_put_in_its_country_is_that_countrys_region(index) -> None:
    # Queensland is also a hamlet of Alberta; the article is about Canada
    text = (
        "The skater from Calgary, Alberta, grew up in Queensland, Australia, before moving to "
        "Edmonton."
    )
    (_c, _a, m, _au, _e) = _resolve(
        text, "Calgary", "Alberta", "Queensland", "Australia", "Edmonton"
    )
    assert m is not None and m.kind == "region" and m.country == "AU"


def test_a_country_followed_by_another_countrys_name_stays_the_country(index) -> None:
    # Russia, Ohio exists: "Russia, U.S. officials said" does not put Russia in the U.S.
    text = "He reported on deals in Russia, U.S. officials said on Wednesday in Washington."
    (m, _us) = _resolve(text, "Russia", "U.S.")
    assert m is not None and m.kind == "country" and m.country == "RU"

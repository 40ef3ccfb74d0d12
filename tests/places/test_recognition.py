"""English recognition without NER: surnames, dotted abbreviations, bare county names."""

from __future__ import annotations

from passage.record import Article
from passage.stages.places import annotate


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in annotate(Article(text=text, language="en")).places]


def test_a_surname_is_not_a_town_again_later(index) -> None:
    text = "Police chief Tom Jones spoke in Dallas. Later, Jones said the road was open."
    found = _places(text)
    assert ("Dallas", "town") in found
    assert all(t != "Jones" for t, _k in found), found


def test_a_town_that_is_no_one_s_surname_is_still_found(index) -> None:
    assert ("Jones", "town") in _places("The storm reached Jones on Monday, officials said.")


def test_dotted_abbreviations_are_places_as_written(index) -> None:
    found = _places("The U.S. Army left Charleston, W.Va., on Friday.")
    assert ("U.S.", "country") in found
    assert ("W.Va.", "region") in found


def test_an_abbreviated_prefix_stays_part_of_the_name(index) -> None:
    found = _places("He flew to St. Petersburg yesterday.")
    assert all(t != "St." for t, _k in found), found


def test_a_county_s_bare_name_is_not_found_in_running_text(index) -> None:
    found = _places("Day said the meeting in Laurel County went well.")
    assert ("Laurel County", "region") in found
    assert all(t != "Day" for t, _k in found), found

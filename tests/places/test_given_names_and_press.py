"""Recognition from raw English text: a word right after a given name is a surname however big
a town bears it, a place's name that begins a newspaper's name is the paper, not the place, and
a short word in capitals is an acronym unless it names a country or a state."""

from __future__ import annotations

from passage.record import Article
from passage.stages.places import annotate


def _found(text: str) -> list[str]:
    return [p.text for p in annotate(Article(text=text, language="en")).places]


def test_a_big_towns_name_after_a_given_name_is_a_surname(index) -> None:
    # Campbell, Hamilton and Paterson are counties or towns of 100,000 and more
    text = (
        "Nurse leader Tanya Campbell says the ward in Leeds is full. Spokeswoman Julia Hamilton "
        "confirmed the figures."
    )
    found = _found(text)
    assert "Campbell" not in found and "Hamilton" not in found, found
    assert "Leeds" in found


def test_the_surname_alone_later_is_the_person_again(index) -> None:
    text = (
        "Governor David Paterson declared an emergency in Albany on Friday. The next day "
        "Paterson toured the flooded streets."
    )
    found = _found(text)
    assert "Paterson" not in found, found
    assert "Albany" in found


def test_a_hyphenated_given_name_is_no_town(index) -> None:
    found = _found("Hospital spokeswoman Kerry-Ann Hamilton spoke to reporters in Toronto.")
    assert "Ann" not in found and "Hamilton" not in found, found
    assert "Toronto" in found


def test_a_given_name_does_not_hide_a_town_that_follows_a_comma(index) -> None:
    found = _found("The report was written by Julia, Houston and Denver officials.")
    assert {"Houston", "Denver"} <= set(found), found


def test_a_newspaper_named_after_its_city_is_no_place(index) -> None:
    text = (
        "Flights to Lagos were suspended, the Los Angeles Times reported. According to China "
        "Daily, farms near Harbin were closed."
    )
    found = _found(text)
    assert "Los Angeles" not in found and "China" not in found, found
    assert {"Lagos", "Harbin"} <= set(found)


def test_the_city_itself_is_still_a_place_beside_its_newspaper(index) -> None:
    found = _found("Traffic in Los Angeles stopped for an hour on Monday.")
    assert "Los Angeles" in found


def test_a_given_name_seen_with_a_surname_is_that_person_alone_later(index) -> None:
    text = (
        "Police charged Tyler Brooks, 24, in Boise on Monday. Neighbours described Tyler as a "
        "quiet young man."
    )
    found = _found(text)
    assert "Tyler" not in found and "Brooks" not in found, found
    assert "Boise" in found


def test_a_short_acronym_is_no_town_or_district_even_a_big_one(index) -> None:
    # Swat is a district of Pakistan and Nice a city of 340,000; here both are acronyms
    text = (
        "A SWAT team searched the house in Macon. The NICE program will tidy three "
        "neighbourhoods of Macon this spring."
    )
    found = _found(text)
    assert "SWAT" not in found and "NICE" not in found, found
    assert "Macon" in found


def test_a_state_or_a_country_by_its_short_form_is_still_a_place(index) -> None:
    assert "NSW" in _found("Floods hit NSW on Monday.")
    assert "UK" in _found("Talks with the UK stalled on Monday.")

"""Events (English, known faults): a crowd that kills riots, and a strike told by what it hit
is a strike from the air. Sentences made up for these tests."""

from __future__ import annotations

from event_helpers import parsed, place, through


def events_of(text: str, *places: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    article = parsed(text, outlet="Reuters", language_code="en")
    for name in places:
        place(article, name)
    return [
        (e.type, e.subtype, [(a.role, a.kind) for a in e.actors])
        for e in through(article, upto="events").events
    ]


def test_protesters_who_kill_riot_and_hold_no_peaceful_protest():
    # ACLED: demonstrators who engage in violence are a violent demonstration (Riots)
    assert events_of("Protesters killed a police officer in Kaduna.", "Kaduna") == [
        ("Riots", "Violent demonstration", [("actor", "protesters"), ("target", "state forces")])
    ]


def test_police_who_kill_protesters_stay_excessive_force():
    found = events_of("Police killed two protesters in Kaduna.", "Kaduna")
    assert [(t, s) for t, s, _a in found] == [("Protests", "Excessive force against protesters")]


def test_militants_who_kill_a_soldier_fight():
    found = events_of("Militants killed a soldier near Kaduna.", "Kaduna")
    assert [(t, s) for t, s, _a in found] == [("Battles", "Armed clash")]


def test_a_bare_strike_on_a_building_is_an_air_strike():
    found = events_of("A strike on a school in Rafah killed three children.", "Rafah")
    assert [(t, s) for t, s, _a in found] == [("Explosions/Remote violence", "Air/drone strike")]


def test_labour_strikes_stay_protests():
    found = events_of("Dock workers began a general strike on the port of Mombasa.", "Mombasa")
    assert [s for _t, s, _a in found] == ["Peaceful protest"]


def test_demonstrators_killed_before_are_victims_not_rioters():
    found = events_of(
        "Thousands of protesters marched in Kaduna to mourn demonstrators killed last month.",
        "Kaduna",
    )
    assert "Violent demonstration" not in [s for _t, s, _a in found]

"""English without a parser: capitalised names are no triggers, weapons tell an event only with
their seizure, a generic blast is the violence its sentence names, protests sorted by what
protesters and police do, and subjects and objects read from word order."""

from __future__ import annotations

import pytest
from event_helpers import parsed, through

from passage.eval.events import classify


def events_of(text: str) -> list:
    return through(parsed(text, language_code="en"), "events").events


def subtypes(text: str) -> set[str]:
    return {e.subtype for e in events_of(text)}


def test_a_month_inside_a_sentence_is_no_march():
    assert "Peaceful protest" not in subtypes("The army shelled the town on 4 March.")


def test_a_capitalised_word_of_a_name_is_no_trigger():
    assert subtypes("The Liberation Front opened an office in the capital.") == set()


def test_a_title_case_headline_still_tells_its_event():
    assert "Armed clash" in subtypes("Gunmen Attack Army Checkpoint Near Border Town")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police found weapons and ammunition hidden in a farmhouse.", "Disrupted weapons use"),
        ("Two explosive devices were found near the bridge.", "Disrupted weapons use"),
        ("A roadside bomb exploded near the bridge.", "Remote explosive/landmine/IED"),
        (
            "Explosions shook the town as militants fired rockets at the barracks.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A suicide bomber detonated an explosive device at the market.",
            "Suicide bomb",
        ),
        (
            "Militants fired a rocket-propelled grenade at the patrol.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_weapons_and_blasts(text, expected):
    assert classify(text) == expected


def test_weapons_told_without_their_seizure_are_no_event():
    assert subtypes("The rebels bought weapons abroad last year.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Protesters hurled rocks at police, who fired tear gas.", "Violent demonstration"),
        ("Police fired tear gas to disperse the protesters.", "Protest with intervention"),
        ("Students staged a sit-in outside the ministry.", "Peaceful protest"),
        ("Shops were looted after fighting in the town.", "Looting/property destruction"),
        ("About 40 fighters surrendered to the army on Sunday.", "Agreement"),
        ("Soldiers set up two military bases near the border.", "Headquarters or base established"),
    ],
)
def test_the_event_a_snippet_tells(text, expected):
    assert classify(text) == expected


def test_riot_police_are_no_riot():
    assert subtypes("Riot police stood guard outside parliament.") == set()


def test_subject_and_object_read_from_word_order():
    found = events_of(
        "Leaders of the two opposition coalitions on Monday agreed to end the dispute."
    )
    agreed = next(e for e in found if e.subtype == "Agreement")
    actor = {a.role: a.text for a in agreed.actors}["actor"]
    assert actor == "Leaders of the two opposition coalitions"
    found = events_of("Gunmen kidnapped at least 12 teachers from a school.")
    kidnap = next(e for e in found if e.subtype == "Abduction/forced disappearance")
    target = next(a for a in kidnap.actors if a.role == "target")
    assert (target.text, target.kind) == ("12 teachers", "civilians")


def test_a_noun_trigger_has_no_subject_read_before_it():
    found = events_of("Fighting resumed after the attack on the convoy.")
    assert found
    assert all(not e.actors for e in found)

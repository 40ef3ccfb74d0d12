"""English news of crossings and roads, read without a parser: who opens and closes a way
(never its target), a blockade that closes a road, openings of roads no registry names,
ceasefires and talks that are not concluded agreements, and wire wording for clashes and
deployments. Sentences are made up in the style of the wires, not taken from the gold."""

from __future__ import annotations

from datetime import date

import pytest

from passage import pipeline
from passage.record import Article, Event


def events_of(text: str) -> list[Event]:
    article = Article(text=text, language="en", outlet="Test Wire", published=date(2024, 5, 2))
    return pipeline.run(article).events


def only(text: str, subtype: str) -> Event:
    found = [e for e in events_of(text) if e.subtype == subtype]
    assert found, [(e.subtype, e.trigger.text) for e in events_of(text)]
    return found[0]


def access(e: Event) -> tuple[str, str] | None:
    return (e.access.target, e.access.effect) if e.access else None


def roles(e: Event) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in e.actors:
        out.setdefault(a.role, []).append(a.name)
    return out


# --- a blockade stops all traffic: it closes the way; restrictions filter it ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan has kept the Lachin Corridor under blockade since December.",
        "Police blocked the Lachin Corridor on Friday.",
        "Azerbaijan kept a food convoy stuck at the Lachin Corridor for a week.",
    ],
)
def test_a_blockade_of_a_registry_road_closes_it(text):
    assert ("road:lachin-corridor", "close") in [access(e) for e in events_of(text)]


def test_restrictions_on_a_road_restrict_it():
    found = [access(e) for e in events_of("New rules restrict traffic on the Lachin Corridor.")]
    assert ("road:lachin-corridor", "restrict") in found


# --- ceasefires and talks: an agreement is an event only when concluded -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels accused the army of breaching the ceasefire agreement near the town.",
        "The militia has kept violating the truce around the city, officials said.",
        "Aid must flow under the terms of the ceasefire deal, the envoy said.",
        "The truce now in force expires at the end of the month.",
        "Government envoys remained in talks with the rebels on Tuesday.",
        "The talks meant to end the war resumed in Geneva.",
    ],
)
def test_a_ceasefire_broken_cited_or_negotiated_is_no_agreement(text):
    assert "Agreement" not in [e.subtype for e in events_of(text)]


def test_a_ceasefire_signed_is_still_an_agreement():
    assert only("The two sides signed a ceasefire agreement in Doha on Sunday.", "Agreement")


def test_the_kidnapped_and_the_agreed_are_no_events():
    text = "Officials spoke of returning the kidnapped under the agreed framework."
    assert [e.subtype for e in events_of(text)] == []


# --- who opens or closes a way is its actor, never its target --------------------------------


def test_a_country_the_crossing_leads_to_is_no_target():
    e = only("The Adre border crossing with Chad was closed on Monday.", "Other")
    assert access(e) == ("crossing:adre", "close")
    assert "target" not in roles(e)


@pytest.mark.parametrize(
    "text",
    [
        "The Adre crossing will reopen for six weeks, Sudan's sovereign council said.",
        "Sudan's sovereign council announced that the Adre crossing would be reopened soon.",
    ],
)
def test_the_party_that_announces_an_opening_opened_it(text):
    e = only(text, "Other")
    assert access(e) == ("crossing:adre", "open")
    assert roles(e) == {"actor": ["Government of Sudan"]}


def test_an_army_controlled_government_is_the_government():
    e = only("In Myanmar, the military-backed government closed the main border road.", "Other")
    assert roles(e).get("actor") == ["Government of Myanmar"]


# --- a road no registry names: its opening is an event without an access target -------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels opened a mountain road into the city on Monday.",
        "A second road into the city is being opened, the rebels said.",
    ],
)
def test_the_opening_of_an_unnamed_road_is_an_event(text):
    e = only(text, "Other")
    assert e.access is None
    assert "target" not in roles(e)


def test_a_road_named_nowhere_near_the_trigger_makes_no_opening():
    text = "Shops opened late on Monday, and the road was busy."
    assert [e.subtype for e in events_of(text)] == []


# --- wire wording: clashes, deployments, celebrations ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Violence broke out near the border post late on Sunday.",
        "Residents heard gunfire near the market in the evening.",
    ],
)
def test_violence_and_gunfire_are_clashes(text):
    assert only(text, "Armed clash")


def test_security_units_sent_to_a_crossing_are_a_deployment():
    text = "The interior ministry sent security units to the border on Saturday."
    assert only(text, "Change to group/activity")


def test_celebrations_are_no_protest():
    text = "Crowds waved flags and sang patriotic chants as the first bus arrived."
    assert "Peaceful protest" not in [e.subtype for e in events_of(text)]


# --- a pronoun for the way the story is about; a negated future is no opening -----------------


@pytest.mark.parametrize(
    "text, effect",
    [
        (
            "Tunisia shut the Ras Jdir crossing on Monday. Trucks waited before it was reopened.",
            "open",
        ),
        (
            "Tunisia reopened the Ras Jdir crossing on Monday. Guards later closed it again.",
            "close",
        ),
    ],
)
def test_it_after_a_named_crossing_is_that_crossing(text, effect):
    second = text.index(". ") + 2
    found = [
        access(e)
        for e in events_of(text)
        if any(m.start >= second for m in [e.trigger, *e.mentions])
    ]
    assert ("crossing:ras-jedir", effect) in found


def test_it_with_no_way_named_before_is_no_crossing():
    text = "Officials said it was closed on Monday after the storm."
    assert [access(e) for e in events_of(text) if e.access] == []


def test_a_crossing_that_would_not_open_is_no_opening():
    text = "The Rafah crossing was shut on Friday. A guard said it would not open today."
    assert ("crossing:rafah", "open") not in [access(e) for e in events_of(text)]


def test_a_besieged_city_is_no_siege_event():
    text = "Aid workers reached the besieged city of Kadugli on Tuesday."
    assert "Other" not in [e.subtype for e in events_of(text)]


def test_trucks_through_a_crossing_town_use_its_crossing():
    text = "According to the UN, more than 200 aid trucks have gone through Adre since May."
    assert ("crossing:adre", "use") in [access(e) for e in events_of(text)]


def test_a_blockade_takes_no_road_from_the_clause_before():
    text = (
        "Azerbaijan reopened the Lachin Corridor last year. The rebels opened a key road,"
        " fuelling hopes that their blockade of the city ends soon."
    )
    blockades = [e for e in events_of(text) if e.trigger.text == "blockade"]
    assert all(e.access is None for e in blockades)


def test_a_region_cut_off_for_weeks_is_a_siege_like_event():
    text = "The mountain region, which has been cut off for weeks, is short of food."
    assert only(text, "Other").access is None


def test_power_cut_off_is_no_event():
    assert events_of("Power has been cut off in the capital for two days.") == []


def test_calls_to_open_a_crossing_are_no_opening():
    text = "Aid groups renewed calls to open the Adre crossing on Friday."
    assert ("crossing:adre", "open") not in [access(e) for e in events_of(text)]

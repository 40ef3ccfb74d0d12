"""English without a parser: who acted when several parties are listed ("Kenyan and Somali
troops", "the government and the Kurdish-led SDF"), what a passive verb struck, and the armed
groups and bandits wire copy names, with their ACLED kinds."""

from __future__ import annotations

import pytest
from event_helpers import parsed, through

from passage.eval.events import classify


def events_of(text: str) -> list:
    return through(parsed(text, language_code="en"), "events").events


def event(text: str, subtype: str):
    return next(e for e in events_of(text) if e.subtype == subtype)


def role(e, which: str) -> list:
    return [a for a in e.actors if a.role == which]


def test_national_adjectives_listed_share_the_head_noun():
    e = event("Kenyan and Somali troops attacked an al-Shabaab camp near Kismayo.", "Armed clash")
    names = {a.name for a in role(e, "actor")}
    assert names == {"Military Forces of Somalia", "Military Forces of Kenya"}
    kenyan = next(a for a in role(e, "actor") if a.name == "Military Forces of Kenya")
    assert kenyan.text == "Kenyan"  # the words it came from, and why it is more
    assert "troops" in kenyan.reason


def test_three_nationals_listed_are_three_actors():
    text = "Ugandan, Burundian and Ethiopian soldiers clashed with militants near Baidoa."
    names = {a.name for a in role(event(text, "Armed clash"), "actor")}
    assert {"Military Forces of Uganda", "Military Forces of Burundi"} <= names


def test_a_party_listed_before_a_determiner_and_a_modifier_shares_the_role():
    text = "The Syrian government and the Kurdish-led SDF signed an agreement on Sunday."
    names = {a.name for a in role(event(text, "Agreement"), "actor")}
    assert names == {"Syrian Democratic Forces", "Government of Syria"}


def test_the_subject_of_a_passive_verb_is_what_was_struck():
    e = event("A convoy of aid trucks was attacked by bandits near Gao.", "Armed clash")
    assert [a.text for a in role(e, "actor")] == ["bandits"]
    assert [a.text for a in role(e, "target")] == ["A convoy of aid trucks"]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Boko Haram fighters attacked a village in Borno.", "Boko Haram", "rebel group"),
        ("Al-Shabab militants attacked a base in Lower Shabelle.", "Al-Shabaab", "rebel group"),
        ("Taliban fighters attacked a checkpoint in Helmand.", "Taliban", "rebel group"),
        (
            "ISWAP fighters attacked a military base in Borno.",
            "Islamic State West Africa Province",
            "rebel group",
        ),
        ("ADF rebels attacked a village near Beni.", "Allied Democratic Forces", "rebel group"),
        (
            "PKK militants attacked a police station in Hakkari.",
            "Kurdistan Workers Party",
            "rebel group",
        ),
        (
            "Armed bandits attacked travellers on the highway.",
            "Unidentified armed group",
            "political militia",
        ),
    ],
)
def test_armed_groups_of_the_wires_are_known_with_their_kind(text, name, kind):
    actors = role(events_of(text)[0], "actor")
    assert [(a.name, a.kind) for a in actors] == [(name, kind)]


def test_a_group_known_as_a_rebel_group_takes_territory_as_a_non_state_actor():
    text = "Taliban fighters captured the district of Sangin."
    assert classify(text) == "Non-state actor overtakes territory"


def test_tear_gas_fired_at_a_crowd_is_an_intervention():
    text = "Police fired tear gas at opposition supporters in Nairobi."
    assert classify(text) == "Protest with intervention"


def test_a_name_no_list_knows_listed_with_known_ones_shares_the_role():
    text = "Hamas, Fatah and Islamic Jihad signed an agreement in Cairo."
    names = {a.name for a in role(event(text, "Agreement"), "actor")}
    assert names == {"Hamas", "Fatah", "Palestinian Islamic Jihad"}


def test_the_name_a_pronoun_stands_for_in_its_clause_gives_the_words():
    e = event("Boko Haram said it attacked a military base near Damboa.", "Armed clash")
    assert [(a.text, a.name) for a in role(e, "actor")] == [("Boko Haram", "Boko Haram")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Party workers burnt an effigy of the chief minister in Patna.", "Peaceful protest"),
        ("Students raised slogans against the vice chancellor.", "Peaceful protest"),
        ("Farmers staged a rasta roko on the national highway.", "Peaceful protest"),
        ("Villagers showed black flags to the minister during his visit.", "Peaceful protest"),
        ("Two activists began a fast unto death demanding justice.", "Peaceful protest"),
        ("Militants raised black flags over the town hall.", "(none)"),
        ("An encounter broke out between militants and troops in Shopian.", "Armed clash"),
        ("Miscreants set a bus on fire in the town.", "Looting/property destruction"),
        ("The accused was nabbed from his hideout in Kathua.", "Arrests"),
        (
            "Police detained three youths in connection with the blast near the market.",
            "Arrests",
        ),
        ("A judge ordered the former minister to appear for questioning.", "(none)"),
    ],
)
def test_south_asian_wire_wording_gets_its_acled_subtype(text, expected):
    assert classify(text) == expected

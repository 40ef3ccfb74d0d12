"""English without a parser: strategic developments beyond violence (measures a state takes,
threats, talks with a partner, territory handed over without a fight), protests told apart
from arrests, and who acted read from word order (a subject's place, a list of actors, the
subject of a killing, the object after "against" or after "threatened to")."""

from __future__ import annotations

import pytest
from event_helpers import parsed, through

from passage.eval.events import classify


def events_of(text: str) -> list:
    return through(parsed(text, language_code="en"), "events").events


def subtypes(text: str) -> set[str]:
    return {e.subtype for e in events_of(text)}


def event(text: str, subtype: str):
    return next(e for e in events_of(text) if e.subtype == subtype)


def roles(e) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in e.actors:
        out.setdefault(a.role, []).append(a.text)
    return out


# --- strategic developments ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Authorities imposed a curfew on the northern district after the unrest.", "Authorities"),
        ("The junta declared martial law on Saturday.", "The junta"),
        (
            "The interior ministry expelled two foreign reporters on Friday.",
            "The interior ministry",
        ),
        ("The council imposed sanctions on the ruling party's leaders.", "The council"),
    ],
)
def test_a_measure_a_state_takes_is_a_strategic_development_with_its_actor(text, actor):
    e = event(text, "Other")
    assert e.type == "Strategic developments"
    assert actor in roles(e)["actor"]


def test_a_threat_is_told_with_who_threatened_and_whom():
    e = event("The militia threatened to shell the villages near the border.", "Other")
    assert roles(e)["actor"] == ["The militia"]  # the anaphor with its determiner
    assert roles(e)["target"] == ["the villages"]


def test_the_threatened_act_itself_did_not_happen():
    assert "Shelling/artillery/missile attack" not in subtypes(
        "The militia threatened to shell the villages near the border."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of families are threatened by famine this winter.",
        "Members of the banned party met in the capital.",
    ],
)
def test_being_threatened_or_a_banned_group_is_no_event(text):
    assert "Other" not in subtypes(text)


def test_talks_are_held_with_a_partner():
    # talks alone conclude nothing (test_english_spurious.py): a deal reached with a partner
    e = event("The government reached a deal with the rebels on Monday.", "Agreement")
    assert roles(e) == {"actor": ["The government"], "target": ["the rebels"]}


def test_a_treaty_signed_is_an_agreement():
    assert classify("The two neighbours signed a treaty of friendship on Tuesday.") == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized the town without resistance after the army withdrew.",
        "The army retook the village after the militants pulled out overnight.",
    ],
)
def test_territory_taken_without_a_fight_is_a_non_violent_transfer(text):
    assert classify(text) == "Non-violent transfer of territory"


def test_territory_taken_with_a_massacre_is_violence_against_civilians():
    text = "Militants invaded two villages, slaughtering dozens of farmers."
    assert classify(text) == "Attack"


def test_arms_depot_destroyed_in_a_strike_is_no_disrupted_weapons_use():
    text = "Warplanes destroyed an arms depot of the rebels near the city."
    assert "Disrupted weapons use" not in subtypes(text)


def test_an_arms_depot_found_is_disrupted_weapons_use():
    assert classify("Police found an arms depot in the forest.") == "Disrupted weapons use"


def test_intercepting_a_person_is_no_disrupted_weapons_use():
    assert subtypes("Police intercepted the suspect at the airport.") == set()


# --- protests and arrests --------------------------------------------------------------------


def test_protesters_detained_make_a_protest_with_intervention():
    assert classify("Police detained dozens of protesters at the rally.") == (
        "Protest with intervention"
    )


def test_an_activist_arrested_for_organising_a_protest_is_an_arrest():
    assert classify("Police arrested an activist for organising a protest last month.") == (
        "Arrests"
    )


def test_a_protest_expected_is_no_protest():
    text = "Troops deployed to the old city in anticipation of more demonstrations on Friday."
    assert classify(text) == "Change to group/activity"


def test_water_cannon_and_rubber_bullets_tell_an_intervention():
    text = "Riot police fired water cannon and rubber bullets to disperse the crowd."
    assert classify(text) == "Protest with intervention"


def test_stones_thrown_at_police_are_a_violent_demonstration():
    assert classify("Youths threw rocks at police vehicles outside the court.") == (
        "Violent demonstration"
    )


def test_non_violent_protesters_are_no_violent_demonstration():
    text = "Thousands of non-violent protesters took to the streets in the capital."
    assert "Violent demonstration" not in subtypes(text)


def test_a_vigilante_group_named_does_no_violence_by_itself():
    assert "Mob violence" not in subtypes("Residents formed a vigilante group last year.")


# --- roles read from word order --------------------------------------------------------------


def test_the_place_of_the_subject_is_not_who_acted():
    e = event(
        "Armed settlers in the village of Qusra set fire to a school.",
        "Looting/property destruction",
    )
    assert roles(e)["actor"] == ["Armed settlers"]


def test_a_name_with_a_place_in_it_still_names_the_actor():
    e = event("The Economic Community of West African States agreed to send troops.", "Agreement")
    assert roles(e)["actor"] == ["The Economic Community of West African States"]


def test_the_subject_of_a_killing_fought_the_battle_it_was_killed_in():
    e = event("Soldiers killed three fighters in a gunbattle near the border.", "Armed clash")
    assert roles(e)["actor"] == ["Soldiers"]


def test_civilians_before_a_violent_noun_are_not_who_attacked():
    e = event("Bandits killed seven people in attacks on villages.", "Attack")
    assert roles(e)["actor"] == ["Bandits"]


def test_the_object_after_against_is_the_target():
    e = event(
        "Troops launched rocket fire against guerrilla camps.", "Shelling/artillery/missile attack"
    )
    assert roles(e)["target"] == ["guerrilla camps"]


def test_the_end_of_a_list_is_no_subject():
    text = "Troops launched artillery, mortar, and rocket fire against guerrilla camps."
    for e in events_of(text):
        assert "and" not in roles(e).get("actor", [])


def test_actors_listed_together_share_the_role():
    e = event("Hamas, Fatah and Islamic Jihad signed an agreement in Cairo.", "Agreement")
    assert "Hamas" in roles(e)["actor"]


def test_an_object_after_to_is_no_verb_of_its_own():
    e = event("The two sides agreed to a ceasefire on Sunday.", "Agreement")
    assert roles(e).get("target") == ["a ceasefire"]


def test_those_killed_by_a_bomb_were_struck_and_no_one_named_acted():
    e = event(
        "Three soldiers were killed by a roadside bomb near the base.",
        "Remote explosive/landmine/IED",
    )
    assert "actor" not in roles(e)
    assert roles(e)["target"] == ["soldiers"]


def test_the_act_that_killed_is_not_who_killed():
    e = event(
        "A roadside bombing near the town killed one soldier.", "Remote explosive/landmine/IED"
    )
    assert "actor" not in roles(e)


def test_a_participle_clause_is_no_subject():
    text = (
        "The junta declared a state of emergency on Saturday, suspending the constitution "
        "and arresting opposition leaders."
    )
    e = event(text, "Arrests")
    assert all("suspending" not in a for a in roles(e).get("actor", []))


def test_a_speaker_before_reported_words_is_not_who_acts():
    e = event("The council also said a ceasefire was signed on Monday.", "Agreement")
    assert "actor" not in roles(e)


def test_a_protest_postponed_did_not_happen():
    text = "Opposition leaders agreed to postpone the demonstration until November."
    assert classify(text) == "Agreement"

"""English without a parser: capitalised names are no triggers, weapons tell an event only with
their seizure, a generic blast is the violence its sentence names, protests sorted by what
protesters and police do, and subjects and objects read from word order."""

from __future__ import annotations

import pytest
from event_helpers import parsed, through

from passage.eval.events import classify
from passage.stages import time


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
    assert all(a.role != "actor" for e in found for a in e.actors)


def test_an_aim_blocks_only_what_it_governs():
    # "in a bid to" makes the act right after it an aim, not the shelling later in the clause.
    text = "Rebels entered the town in a bid to seize the road and later shelled the market."
    assert classify(text) == "Shelling/artillery/missile attack"


def test_a_threat_or_demand_governs_the_rest_of_its_clause():
    # the threat is a strategic development of its own; what it threatens did not happen
    found = events_of("The rebels threatened to storm the town and shell the barracks.")
    assert [e.subtype for e in found] == ["Other"]
    assert classify("The rebels demanded a ceasefire and the withdrawal of troops.") == "(none)"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Rebels seized the town, where a 2016 suicide bombing killed dozens.", "suicide bombing"),
        ("Police arrested five men on the anniversary of the bombing.", "bombing"),
        (
            "Militants attacked a police post in the town, which saw heavy clashes last year.",
            "clashes",
        ),
        ("The market, which the rebels had shelled, reopened.", "shelled"),
    ],
)
def test_an_earlier_event_the_story_recalls_is_background(text, trigger):
    found = {e.trigger.text: e for e in events_of(text)}
    assert found[trigger].background
    assert not any(e.background for t, e in found.items() if t != trigger)


def test_reported_speech_in_the_past_perfect_is_the_story():
    (shelling,) = events_of("The army said the rebels had shelled the market.")
    assert not shelling.background


def test_the_news_names_the_snippet_before_the_event_it_recalls():
    text = "Rebels seized the town, where a 2016 suicide bombing killed dozens."
    assert classify(text) == "Non-state actor overtakes territory"
    # with only background told, the background event still names it
    assert classify("Families mourned on the anniversary of the bombing.") != "(none)"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen attacked a wedding party in the village on Sunday.", "Attack"),
        ("Militants attacked a camp for displaced people near the town.", "Attack"),
        ("Militants attacked a camp near the town.", "Armed clash"),
        ("Gunmen attacked an army checkpoint near the border.", "Armed clash"),
        ("Gunmen opened fire on worshippers.", "Attack"),
        ("Gunmen opened fire on a police patrol.", "Armed clash"),
    ],
)
def test_civilian_targets_make_an_attack_two_armed_sides_a_clash(text, expected):
    assert classify(text) == expected


def actor_text(text: str, subtype: str) -> str | None:
    event = next(e for e in events_of(text) if e.subtype == subtype)
    return {a.role: a.text for a in event.actors}.get("actor")


@pytest.mark.parametrize(
    "text, subtype, actor",
    [
        # a light verb's subject acts through its object noun
        (
            "The opposition coalition staged a 24-hour sit-in outside the ministry.",
            "Peaceful protest",
            "The opposition coalition",
        ),
        # an apposition between the subject and its verb
        (
            "Ali Hassan, a local rights activist, staged a hunger strike on Sunday.",
            "Peaceful protest",
            "Ali Hassan",
        ),
        # an adverb between the governing verb and "to"
        (
            "Opposition leaders agreed today to stage a rally.",
            "Peaceful protest",
            "Opposition leaders",
        ),
    ],
)
def test_subject_read_from_word_order(text, subtype, actor):
    assert actor_text(text, subtype) == actor


def test_an_adverb_after_the_verb_is_no_object():
    (agreed,) = [e for e in events_of("The two sides agreed today to end the dispute.")]
    assert "target" not in {a.role for a in agreed.actors}


def _actor(text: str, subtype: str) -> tuple[str, str] | None:
    event = next(e for e in events_of(text) if e.subtype == subtype)
    return next(((a.text, a.name) for a in event.actors if a.role == "actor"), None)


def test_a_pronoun_after_a_reporting_verb_stands_for_the_speaker():
    text = "Al-Shabaab said it attacked a military base near the town."
    assert _actor(text, "Armed clash") == ("Al-Shabaab", "Al-Shabaab")


def test_a_pronoun_stands_for_the_actor_named_in_the_sentence_before():
    text = "Militants stormed a village. They said they killed five farmers."
    they = [m for m in through(parsed(text, language_code="en"), "actors").actors]
    assert [m.name for m in they if m.text == "they"] == ["Unidentified armed group"]


def test_a_pronoun_with_no_actor_near_it_names_no_one():
    assert _actor("It was unclear who attacked the convoy.", "Armed clash") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Militants overran an army post in Borno, killing 10 soldiers.", "Armed clash"),
        ("Troops overran rebel positions in Borno, killing 10 militants.", "Armed clash"),
        ("Militants overran the town of Damasak on Sunday.", "Non-state actor overtakes territory"),
    ],
)
def test_an_overrun_with_fighting_is_the_fight(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # violence told of the police is no violent demonstration
        (
            "The government has stepped up its violent crackdown on peaceful demonstrators.",
            "Excessive force against protesters",
        ),
        (
            "Security forces fired rubber bullets and stones at the crowd during the protest.",
            "Protest with intervention",
        ),
        # demonstrators who throw things are no artillery, police smoke grenades no grenade attack
        ("Demonstrators threw rocks and other projectiles at police.", "Violent demonstration"),
        (
            "Police used smoke grenades and pepper spray to disperse the rally.",
            "Protest with intervention",
        ),
        # violent demonstrators met with force: a violent demonstration (ACLED codebook)
        (
            "Protesters threw stones at the police station. Police opened fire on the crowd, "
            "killing two protesters.",
            "Violent demonstration",
        ),
        (
            "Police opened fire on peaceful protesters, killing two.",
            "Excessive force against protesters",
        ),
    ],
)
def test_who_uses_violence_sorts_a_protest(text, expected):
    assert classify(text) == expected


def test_the_police_burning_tents_is_no_violent_demonstration():
    assert classify("Police burned the tents of protesters during the sit-in.") != (
        "Violent demonstration"
    )


def test_a_phrase_trigger_steps_over_a_time_expression():
    text = "Gunmen opened fire yesterday on civilians."
    article = time.annotate(parsed(text, language_code="en"))
    (event,) = through(article, "events").events
    assert event.trigger.text == "opened fire yesterday on"
    assert event.subtype == "Attack"


def test_a_phrase_trigger_does_not_step_over_a_clause_boundary():
    found = events_of("Gunmen opened fire, and on Sunday civilians fled.")
    assert all(e.trigger.text != "opened fire, and on" for e in found)

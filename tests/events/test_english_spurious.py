"""English words that name a state, a hope or a thing, not an act: talks and negotiations
(an agreement is one concluded), "the hostages" (people held, not their taking), "the
besieged city" (a siege that goes on), a reopening that would, could or may come, weapons
delivered (not seized nor used) and anti-aircraft guns (a ground weapon). Each with a guard
that the act itself still fires. Sentences are made up in the style of the wires, not taken
from any gold."""

from __future__ import annotations

from datetime import date

import pytest

from passage import pipeline
from passage.eval.events import classify
from passage.record import Article, Event


def events_of(text: str) -> list[Event]:
    article = Article(text=text, language="en", outlet="Test Wire", published=date(2024, 5, 2))
    return pipeline.run(article).events


def subtypes(text: str) -> list[str]:
    return [e.subtype for e in events_of(text)]


def openings(text: str) -> list[tuple[str, str]]:
    return [(e.access.target, e.access.effect) for e in events_of(text) if e.access]


# --- talks and negotiations are sought, not concluded -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Negotiations between the junta and the armed groups resumed in Lome on Thursday.",
        "The government is in talks with the separatists over a truce, a minister said.",
        "Qatari mediators are seeking a deal to end the fighting in the east.",
        "The two delegations held a third round of talks in Addis Ababa.",
        "Officials said negotiations on a prisoner swap were continuing.",
        "Talks on a ceasefire broke down late on Monday.",
    ],
)
def test_talks_and_negotiations_are_no_agreement(text):
    assert "Agreement" not in subtypes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army and the rebels signed a ceasefire agreement in Nairobi on Sunday.",
        "The warring parties reached a truce after three days of talks.",
        "The militia agreed to a ceasefire after talks with tribal elders.",
        "Bandits freed 30 villagers after negotiations with community leaders.",
    ],
)
def test_a_concluded_agreement_still_fires(text):
    assert "Agreement" in subtypes(text)


# --- hostages: people held, an act only where the sentence tells one -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Families of the hostages marched to parliament on Saturday.",
        "The hostages appeared in a video released by the group on Sunday.",
        "Relatives of the hostages met the prime minister on Tuesday.",
    ],
)
def test_the_hostages_named_tell_no_abduction_nor_release(text):
    found = subtypes(text)
    assert "Abduction/forced disappearance" not in found
    assert "Agreement" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took 12 hostages at a bank in the capital on Monday.",
        "Militants seized dozens of hostages at a gas plant near the border.",
        "Pirates took 18 sailors hostage off the coast of Somalia.",
    ],
)
def test_hostages_taken_are_an_abduction(text):
    assert "Abduction/forced disappearance" in subtypes(text)


def test_hostages_released_are_an_agreement():
    assert "Agreement" in subtypes("The militia released six hostages on Friday.")


# --- a siege named as a state is no siege laid today ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aid convoys have not reached the besieged city for weeks.",
        "Residents of the besieged enclave are running out of fuel.",
        "The town has been under siege since March, residents said.",
        "The envoy urged the militia to end its siege of the city.",
    ],
)
def test_a_siege_named_as_a_state_is_no_event(text):
    assert "Other" not in subtypes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebel forces laid siege to the town on Monday.",
        "Troops besieged the town on Tuesday, cutting its supply lines.",
    ],
)
def test_a_siege_laid_is_still_an_event(text):
    assert "Other" in subtypes(text)


# --- a reopening hoped for, expected or conditional is no act ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Rafah crossing would reopen if the security situation improved, officials said.",
        "The Rafah crossing could reopen next week if the talks succeed.",
        "Egypt hopes to reopen the Rafah crossing soon.",
        "The Rafah crossing is expected to reopen on Monday.",
        "Israel hoped to reopen the Kerem Shalom crossing within a week.",
        "Officials said reopening the Rafah crossing would depend on a deal.",
        "Reopening the Rafah crossing is tied to a withdrawal, the council said.",
        "The minister said that opening the Rafah crossing, as agreed in May, would be weighed.",
    ],
)
def test_a_reopening_not_yet_done_is_no_act(text):
    assert ("crossing:rafah", "open") not in openings(text)
    assert ("crossing:kerem-shalom", "open") not in openings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt reopened the Rafah crossing on Monday after a two-week closure.",
        "Officials said the Rafah crossing reopened to trucks on Tuesday.",
        "Reopening the Rafah crossing on Monday, Egypt let 40 trucks through, which would ease "
        "shortages.",
    ],
)
def test_a_reopening_done_is_an_act(text):
    assert ("crossing:rafah", "open") in openings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The return of the displaced depends on a deal between the two armies.",
        "Aid deliveries are tied to a ceasefire in the north, the envoy said.",
    ],
)
def test_a_deal_something_depends_on_is_no_agreement(text):
    assert "Agreement" not in subtypes(text)


def test_an_agreement_cited_as_agreed_is_no_new_one():
    text = "Officials said the crossing, as agreed in the spring, stays under joint control."
    assert "Agreement" not in subtypes(text)


def test_the_month_of_may_is_no_hedge():
    assert "Armed clash" in subtypes("The May attack on the convoy was claimed by the rebels.")


def test_opening_fire_is_no_gerund_subject():
    assert "Attack" in subtypes("Opening fire on the crowd, soldiers killed five people.")


# --- weapons delivered are neither seized nor used --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Investigators found evidence that weapons had been delivered to the militia by air.",
        "Arms shipments delivered to the rebels last month included rifles and grenades.",
        "The report found that the government supplied weapons to the militia.",
    ],
)
def test_weapons_delivered_are_no_disrupted_weapons_use(text):
    assert "Disrupted weapons use" not in subtypes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police seized weapons and ammunition in a raid on a farm near Kaduna.",
        "Soldiers found an arms cache buried near the border.",
    ],
)
def test_weapons_seized_or_found_are_still_disrupted(text):
    assert "Disrupted weapons use" in subtypes(text)


# --- anti-aircraft guns are a ground weapon ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled army positions with mortars and anti-aircraft guns.",
        "Troops used anti-aircraft guns to shell rebel positions near the town.",
    ],
)
def test_anti_aircraft_guns_make_no_air_strike(text):
    assert classify(text) == "Shelling/artillery/missile attack"


def test_aircraft_that_fire_make_an_air_strike():
    assert classify("Government aircraft fired missiles at rebel positions near the town.") == (
        "Air/drone strike"
    )

"""English news read without a parser: who did an act when a report first names no one
("Authorities"), the party an accusation names, acts told as happening, and the date each act's
own clause gives (not a plan's, not a noun's, not the next clause's). Sentences are made up in
the style of the wires, not taken from the gold."""

from __future__ import annotations

from datetime import date

from passage import pipeline
from passage.record import Article, Event

PUBLISHED = date(2024, 6, 11)  # a Tuesday


def article_of(text: str, published: date | None = PUBLISHED) -> Article:
    article = Article(text=text, language="en", outlet="Test Wire", published=published)
    return pipeline.run(article)


def events_of(text: str) -> list[Event]:
    return article_of(text).events


def of_subtype(text: str, subtype: str) -> list[Event]:
    return [e for e in events_of(text) if e.subtype == subtype]


def access(e: Event) -> tuple[str, str] | None:
    return (e.access.target, e.access.effect) if e.access else None


def closures(found: list[Event], target: str) -> list[Event]:
    return [e for e in found if access(e) == (target, "close")]


def actor_names(e: Event) -> list[str]:
    return [a.name for a in e.actors if a.role == "actor"]


def day(e: Event) -> tuple[date, date] | None:
    return (e.date.start, e.date.end) if e.date else None


# --- a closure first told with "Authorities", then with the state that closed ----------------

TWO_STATES = (
    "Authorities have closed the Salloum border crossing, which links Egypt and Libya, after "
    "gunmen opened fire near the gate. Egyptian state television said on Monday that Egypt had "
    "closed the crossing for security reasons. Travellers queued for hours. Trucks waited on "
    "the road outside the town. Egypt closed the Salloum crossing to protect its citizens, the "
    "channel added."
)


def test_authorities_of_two_states_are_the_state_a_later_telling_names():
    shut = closures(events_of(TWO_STATES), "crossing:salloum-musaid")
    assert len(shut) == 1  # one closure, told three times
    assert actor_names(shut[0]) == ["Government of Egypt"]


def test_a_crossing_closure_retold_sentences_later_is_the_same_event():
    shut = closures(events_of(TWO_STATES), "crossing:salloum-musaid")
    sentences = {m.start // 100 for m in shut[0].mentions}
    assert len(shut[0].mentions) >= 3 and len(sentences) >= 3


def test_two_states_closing_one_crossing_stay_two_actors():
    text = (
        "Egypt closed the Salloum crossing on Sunday. Libya closed the Salloum crossing on Monday."
    )
    shut = closures(events_of(text), "crossing:salloum-musaid")
    assert sorted(n for e in shut for n in actor_names(e)) == [
        "Government of Egypt",
        "Government of Libya",
    ]


# --- the party an accusation names did the act --------------------------------------------------


def test_the_accused_party_is_the_actor_not_the_target():
    found = of_subtype(
        "The governor rejected the report, while accusing the Houthis of deepening the crisis "
        "by looting aid warehouses.",
        "Looting/property destruction",
    )
    assert found and actor_names(found[0]) == ["Houthis"]
    assert not [a for a in found[0].actors if a.role == "target"]


def test_without_an_accusation_the_nearest_party_still_acts():
    found = of_subtype(
        "The Houthis looted aid warehouses in the port on Sunday.", "Looting/property destruction"
    )
    assert found and actor_names(found[0]) == ["Houthis"]


# --- an act told as happening names no doer outside its clause ----------------------------------


def test_fighting_that_broke_out_is_not_done_by_the_closer():
    found = of_subtype(
        "Authorities in Chad shut the Adre crossing after fighting broke out in the area.",
        "Armed clash",
    )
    assert found and actor_names(found[0]) == []


def test_clashes_that_took_place_on_a_side_have_no_target_phrase():
    found = of_subtype(
        "State radio said the border was shut as clashes took place on the Syrian side.",
        "Armed clash",
    )
    assert found and found[0].actors == []


def test_a_party_in_the_clause_of_the_act_still_fights():
    found = of_subtype("Rebels attacked an army post near the town.", "Armed clash")
    assert found and actor_names(found[0]) == ["Rebels"]


# --- "the militia" is the armed group named before it -------------------------------------------


def test_the_militia_is_the_group_named_before():
    found = of_subtype(
        "The Houthis shelled a market in Taiz on Friday. Residents said the militia's blockade "
        "of the city had left them short of water.",
        "Other",
    )
    blockade = [e for e in found if e.trigger.text == "blockade"]
    assert blockade and actor_names(blockade[0]) == ["Houthis"]


def test_the_militia_with_no_group_named_is_an_unidentified_armed_group():
    found = of_subtype("The militia attacked a police post overnight.", "Armed clash")
    assert found and actor_names(found[0]) == ["Unidentified armed group"]


# --- the date of an act is its own clause's ------------------------------------------------------


def test_each_act_takes_the_month_of_its_own_clause():
    found = events_of(
        "The government first shut the Dehiba crossing in February, before reopening it to "
        "trucks and buses in May."
    )
    shut = [e for e in found if access(e) and access(e)[1] == "close"]
    reopened = [e for e in found if access(e) and access(e)[1] == "open"]
    assert shut and day(shut[0]) == (date(2024, 2, 1), date(2024, 2, 29))
    assert reopened and day(reopened[0]) == (date(2024, 5, 1), date(2024, 5, 31))


def test_a_date_in_another_clause_is_still_taken_when_the_clause_has_none():
    found = events_of("On Sunday, the army said it shelled rebel positions near the town.")
    shelled = [e for e in found if e.trigger.text == "shelled"]
    assert shelled and day(shelled[0]) == (date(2024, 6, 9), date(2024, 6, 9))


def test_a_year_that_names_a_noun_after_the_act_does_not_date_it():
    found = events_of(
        "The blockade of the Lachin Corridor by Azerbaijan breaches the 2020 ceasefire agreement."
    )
    blockade = closures(found, "road:lachin-corridor")
    assert blockade and day(blockade[0]) == (PUBLISHED, PUBLISHED)


def test_a_year_before_its_noun_still_dates_that_noun():
    found = events_of("Residents recalled the 2017 attack on the market.")
    attack = [e for e in found if e.trigger.text == "attack"]
    assert attack and attack[0].date is not None and attack[0].date.start.year == 2017


def test_an_opening_scheduled_for_tomorrow_is_no_event_and_dates_nothing():
    found = events_of(
        "Israel kept the Rafah crossing shut on Tuesday. Following this closure, the crossing's "
        "opening, scheduled for tomorrow, will not happen."
    )
    assert not [e for e in found if access(e) == ("crossing:rafah", "open")]
    shut = closures(found, "crossing:rafah")
    assert shut and all(day(e) != (date(2024, 6, 12), date(2024, 6, 12)) for e in shut)
    assert actor_names(shut[0]) == ["Israel"]


# --- a bombing by state forces is from the air; a name's short form stays in its clause --------


def test_a_bombing_by_an_army_is_an_air_strike():
    found = events_of("The bombing by the Israeli army (IDF) of a camp in Gaza killed four.")
    assert "Air/drone strike" in [e.subtype for e in found]
    strike = [e for e in found if e.subtype == "Air/drone strike"]
    assert actor_names(strike[0]) == ["Israel Defense Forces"]


def test_a_bombing_with_no_state_behind_it_stays_an_explosive():
    found = events_of("A bombing at a bus station in the city wounded six people.")
    assert "Remote explosive/landmine/IED" in [e.subtype for e in found]
    assert "Air/drone strike" not in [e.subtype for e in found]


def test_the_agent_named_before_its_short_form_in_brackets_acts():
    found = events_of(
        "Trucks turned back after the shelling by the Support Forces (RSF) of the camp."
    )
    shelling = [e for e in found if e.trigger.text == "shelling"]
    assert shelling and actor_names(shelling[0]) == ["Rapid Support Forces"]


# --- a state's service announces what it did; UN agencies are the UN ----------------------------


def test_a_state_border_service_that_announces_a_halt_made_it():
    found = events_of(
        "On Friday, Armenia's State Border Service announced that traffic through the Lachin "
        "Corridor had been halted."
    )
    halted = closures(found, "road:lachin-corridor")
    assert halted and actor_names(halted[0]) == ["Government of Armenia"]


def test_a_convoy_dispatched_via_a_crossing_uses_it():
    found = events_of(
        "The World Food Programme said it had dispatched via Adre a convoy of 20 trucks."
    )
    used = [e for e in found if access(e) == ("crossing:adre", "use")]
    assert used and actor_names(used[0]) == ["United Nations"]
    assert "Change to group/activity" not in [e.subtype for e in found]


def test_troops_dispatched_to_a_town_still_change_a_group():
    found = events_of("The army dispatched troops to the border town on Sunday.")
    assert "Change to group/activity" in [e.subtype for e in found]


# --- "the decision" retells the story's opening or closing ----------------------------------------

DECISION = (
    "Sudan's sovereign council said on Thursday the Tine crossing would be opened for two "
    "months. Aid groups had long waited for it. Earlier in the year the government had closed "
    "the Adre crossing. The decision comes as famine spreads. Diplomats welcomed the council's "
    "decision."
)


def test_the_decision_retold_later_is_the_news_opening():
    found = events_of(DECISION)
    opened = [e for e in found if access(e) == ("crossing:tine", "open")]
    assert opened
    told = [DECISION[m.start : m.end] for m in opened[0].mentions]
    assert told.count("decision") == 2


def test_the_decision_is_no_telling_of_the_background_closure():
    found = events_of(DECISION)
    closed = [e for e in found if access(e) == ("crossing:adre", "close")]
    assert closed and all(DECISION[m.start : m.end] != "decision" for m in closed[0].mentions)


def test_a_decision_with_no_change_told_before_names_nothing():
    found = events_of("The decision to close the schools angered parents.")
    assert not [e for e in found if e.access is not None]


# --- crossings listed together are each used; a verb ends a noun phrase -------------------------


def test_each_of_two_listed_crossings_is_used():
    found = events_of(
        "A convoy of 80 trucks made its way to the Kerem Shalom and Erez crossings on Sunday."
    )
    used = {access(e) for e in found}
    assert ("crossing:kerem-shalom", "use") in used
    assert ("crossing:erez-beit-hanoun", "use") in used


def test_a_crossing_named_after_another_clause_is_not_listed():
    found = events_of(
        "Trucks crossed at Kerem Shalom on Sunday, while the Erez crossing stayed shut."
    )
    assert ("crossing:erez-beit-hanoun", "use") not in {access(e) for e in found}


def test_a_verb_after_an_agreement_is_no_party_to_it():
    found = events_of("The two-week truce took effect in March.")
    assert all(a.text != "took effect" for e in found for a in e.actors)


# --- an agreement cited by what broke it is no agreement concluded -------------------------------


def test_a_breach_of_a_dated_agreement_cites_it():
    found = events_of("The shelling is a breach of the 2019 Sochi ceasefire agreement, Kyiv said.")
    assert "Agreement" not in [e.subtype for e in found]


def test_a_ceasefire_said_to_be_violated_is_cited():
    found = events_of('The envoy said the "ceasefire" had been "violated" near the port.')
    assert "Agreement" not in [e.subtype for e in found]


def test_a_ceasefire_agreed_is_still_an_agreement():
    found = events_of("The two sides agreed a ceasefire in the capital on Sunday.")
    assert "Agreement" in [e.subtype for e in found]


# --- a request or a permission is no act; aid that cannot get through is a closed way -----------


def test_asking_to_let_aid_resume_is_no_opening():
    found = events_of(
        "The agency said it was asking the authorities to let its convoys resume deliveries "
        "through the Lachin Corridor."
    )
    assert ("road:lachin-corridor", "open") not in {access(e) for e in found}


def test_a_permission_to_keep_using_a_crossing_is_no_use():
    found = events_of(
        "Traders had feared a closure, but the new permit allows them to keep using the Erez "
        "crossing."
    )
    assert ("crossing:erez-beit-hanoun", "use") not in {access(e) for e in found}


def test_aid_that_cannot_be_delivered_via_a_road_finds_it_closed():
    found = events_of(
        "The Red Cross said it was unable to deliver food to civilians via the Lachin Corridor."
    )
    assert ("road:lachin-corridor", "close") in {access(e) for e in found}


def test_convoys_that_resumed_through_a_road_opened_it():
    found = events_of("Aid convoys resumed deliveries through the Lachin Corridor on Monday.")
    assert ("road:lachin-corridor", "open") in {access(e) for e in found}


def test_a_condition_that_opens_its_clause_makes_no_withdrawal():
    found = events_of(
        "The rebels said reopening the highway required that government troops withdraw from "
        "the town."
    )
    assert "Non-violent transfer of territory" not in [e.subtype for e in found]


def test_a_breach_of_an_agreement_named_with_a_hyphenated_region_cites_it():
    found = events_of("The raid is a breach of the 2021 Trans-Dniester ceasefire agreement.")
    assert "Agreement" not in [e.subtype for e in found]

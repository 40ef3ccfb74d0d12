"""One event told over several sentences is one event: retellings ("attaque que ...", "leur
tentative", "ces affrontements"), continuations (the toll in the next sentence), and the place,
date and source each telling adds."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import EXAMPLE, example, parsed, place, through, when

from passage.stages import language


@pytest.fixture(scope="module")
def nlp():
    return language.nlp_for("fr")


def battles(article):
    return [e for e in article.events if e.type == "Battles" and not e.negated]


@pytest.mark.skipif(not EXAMPLE.exists(), reason="shared example not found")
def test_sunday_attack_is_one_event_placed_at_hamimah(nlp):
    canon = example()
    sunday = [e for e in battles(canon) if e.date and e.date.start == date(2019, 9, 29)]
    assert len(sunday) == 1, [(e.trigger.text, e.date) for e in battles(canon)]
    ev = sunday[0]
    # "attaque que les forces syriennes ont réussi à repousser", "ont neutralisé leur tentative"
    told = {m.text for m in ev.mentions}
    assert {"attaque", "repousser", "neutralisé"} <= told
    # Homs is a province; the next sentence names the place: "aux alentours de ... Hamimah"
    assert ev.place is not None and ev.place.text == "Hamimah"
    assert {(a.role, a.name) for a in ev.actors} >= {
        ("actor", "Islamic State"),
        ("target", "Syrian Arab Army"),
    }
    chains = [c.chain for c in ev.claims]
    assert ["Press TV", "Sputnik", "une source sur le terrain"] in chains
    # no separate clash for the repelling or the neutralising
    later = [e for e in battles(canon) if e.trigger.start > ev.trigger.start]
    assert not [e for e in later if e.trigger.text in ("repousser", "neutralisé", "embuscade")]


def test_retelling_takes_the_more_precise_place(nlp):
    text = (
        "Daech a mené une attaque contre l'armée syrienne dans la province de Homs. "
        "L'armée syrienne a repoussé cette attaque près de Hamimah."
    )
    article = parsed(text)
    place(article, "Homs", "region")
    place(article, "Hamimah", "town")
    article = through(article, upto="events")
    assert len(battles(article)) == 1
    assert battles(article)[0].place.text == "Hamimah"


def test_two_towns_are_two_events(nlp):
    text = (
        "Des hommes armés ont attaqué un convoi à Gao. "
        "Des hommes armés ont attaqué un autre convoi à Kidal."
    )
    article = parsed(text)
    place(article, "Gao", "town")
    place(article, "Kidal", "town")
    article = through(article, upto="events")
    assert sorted(e.place.text for e in battles(article)) == ["Gao", "Kidal"]


def test_the_toll_in_the_next_sentence_is_the_same_event(nlp):
    text = (
        "Vendredi 7 février, des hommes armés ont attaqué un convoi près de Kobe. "
        "Au moins 32 personnes ont été tuées, d'après des sources locales."
    )
    article = parsed(text, published=date(2025, 2, 8))
    place(article, "Kobe", "town")
    when(article, "Vendredi 7 février", date(2025, 2, 7))
    article = through(article)
    (ev,) = battles(article)
    assert ev.fatalities is not None and ev.fatalities.min == 32
    assert ev.date.start == date(2025, 2, 7) and not ev.date.inferred
    assert ev.place.text == "Kobe"
    assert ["Press TV"] in [c.chain for c in ev.claims]
    assert ["Press TV", "des sources locales"] in [c.chain for c in ev.claims]


def test_an_account_goes_on_in_the_next_sentence(nlp):
    text = (
        "Une source a déclaré à l'agence Sputnik que Daech avait attaqué l'armée syrienne. "
        "Plusieurs éléments de Daech ont été tués."
    )
    article = through(parsed(text))
    (ev,) = battles(article)
    assert ev.fatalities is not None and ev.fatalities.min == 3
    second = [c for c in ev.claims if c.evidence.text.startswith("Plusieurs")]
    assert second or len(ev.claims) == 1  # the same voice twice is one claim
    for c in ev.claims:
        assert c.chain == ["Press TV", "Sputnik", "une source"], c


def test_an_unattributed_sentence_two_sentences_later_is_the_outlets(nlp):
    text = (
        "Une source a déclaré à l'agence Sputnik que Daech avait attaqué l'armée syrienne. "
        "Le trafic a repris. "
        "Plusieurs éléments de Daech ont été tués."
    )
    article = through(parsed(text))
    chains = [c.chain for e in battles(article) for c in e.claims]
    assert ["Press TV"] in chains


def test_a_bare_closing_continues_the_crossing_named_before(nlp):
    text = (
        "Les autorités tunisiennes ont fermé le poste frontalier de Ras Jedir. "
        "La fermeture est intervenue dans la nuit de lundi à mardi."
    )
    article = parsed(text)
    place(article, "Ras Jedir", "crossing", "crossing:ras-jedir")
    article = through(article, upto="events")
    closes = [e for e in article.events if e.access]
    assert [(e.access.target, e.access.effect) for e in closes] == [("crossing:ras-jedir", "close")]
    assert [m.text for m in closes[0].mentions] == ["fermé", "fermeture"]


def test_a_verb_whose_object_the_parse_lost(nlp):
    text = (
        "Les autorités ont pris la décision de fermer temporairement, pour des raisons de "
        "sécurité, le poste frontalier de Ras Jédir, à la frontière avec la Libye."
    )
    article = parsed(text)
    place(article, "Ras Jédir", "crossing", "crossing:ras-jedir")
    article = through(article, upto="events")
    assert [(e.access.target, e.access.effect) for e in article.events if e.access] == [
        ("crossing:ras-jedir", "close")
    ]


def test_a_bare_closing_with_no_crossing_before_is_no_event(nlp):
    article = through(parsed("La fermeture est intervenue dans la nuit."), upto="events")
    assert article.events == []


def test_a_country_acts_through_its_government(nlp):
    article = parsed("La Tunisie a fermé le poste frontalier de Ras Jedir.")
    place(article, "Tunisie", "country", name="Tunisia")
    place(article, "Ras Jedir", "crossing", "crossing:ras-jedir")
    article = through(article, upto="events")
    (ev,) = article.events
    assert [(a.role, a.name) for a in ev.actors] == [("actor", "Government of Tunisia")]


def test_weapons_named_by_their_use_are_no_event(nlp):
    text = "Le Hezbollah voulait faire entrer des moyens de combat au Liban."
    article = through(parsed(text), upto="events")
    assert not [e for e in article.events if e.type == "Battles"]


def test_a_strike_qualified_by_a_nationality_names_its_actor(nlp):
    article = parsed("Le raid israélien a frappé la route près du poste.")
    article = through(article, upto="events")
    (ev,) = article.events
    assert [(a.role, a.name) for a in ev.actors] == [("actor", "Israel")]
    article = through(parsed("Des frappes turques ont touché le village."), upto="events")
    assert [a.name for e in article.events for a in e.actors] == ["Military Forces of Turkey"]


def test_an_indefinite_closing_is_a_new_one(nlp):
    text = "Le poste de Ras Jedir a rouvert. Une fermeture a été décidée ailleurs."
    article = parsed(text)
    place(article, "Ras Jedir", "crossing", "crossing:ras-jedir")
    article = through(article, upto="events")
    assert [(e.access.effect, e.trigger.text) for e in article.events if e.access] == [
        ("open", "rouvert")
    ]


def test_without_a_parser_a_country_next_to_the_trigger_acts():
    article = parsed("Hungary attacked the convoy of Romania.", language_code="en")
    place(article, "Hungary", "country", name="Hungary")
    place(article, "Romania", "country", name="Romania")
    article = through(article, upto="events")
    (ev,) = [e for e in article.events if e.type == "Battles"]
    assert [(a.role, a.name, a.text) for a in ev.actors] == [
        ("actor", "Government of Hungary", "Hungary"),
        ("target", "Government of Romania", "Romania"),
    ]

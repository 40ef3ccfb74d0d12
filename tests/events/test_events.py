"""Events stage on the canonical example and on short French sentences."""

from __future__ import annotations

import json
from datetime import date

import pytest
from event_helpers import EXAMPLE, example, find, parsed, place, through, when

from passage import data
from passage.stages import events, language
from passage.stages.events import acled_types

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="shared example not found")


@pytest.fixture(scope="module")
def nlp():
    return language.nlp_for("fr")  # loads spaCy once for the module


@pytest.fixture(scope="module")
def canon(nlp):
    return example(upto="events")


def one(article, trigger, subtype=None):
    found = [e for e in find(article, trigger, subtype) if not e.negated]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in article.events]}"
    return found[0]


def names(event, role):
    return [a.name for a in event.actors if a.role == role]


# --- the canonical example ----------------------------------------------------------------


def test_reopening_is_an_open_access_event_on_the_crossing(canon):
    ev = one(canon, "rouvert")
    assert (ev.type, ev.subtype) == ("Strategic developments", "Other")
    assert ev.access is not None
    assert (ev.access.target, ev.access.effect) == ("crossing:albu-kamal-al-qaim", "open")
    assert ev.date.start == date(2019, 9, 30) and not ev.date.inferred
    # retold in later sentences ("sera désormais ouvert", "la réouverture"): merged, not repeated;
    # each telling is a mention, which the claims stage attributes
    assert len(ev.mentions) >= 2
    opens = [e for e in canon.events if e.access and e.access.effect == "open"]
    assert len(opens) == 1


def test_sunday_attack_by_daech_against_the_syrian_army(canon):
    ev = one(canon, "attaque")
    assert (ev.type, ev.subtype) == ("Battles", "Armed clash")
    assert names(ev, "actor") == ["Islamic State"]
    assert names(ev, "target") == ["Syrian Arab Army"]
    assert ev.date.start == date(2019, 9, 29) and ev.date.text == "dimanche"


def test_ambush_counts_several_dead_as_three(canon):
    # The ambush in which "plusieurs éléments de Daech ont été tués" is the army's answer to the
    # Sunday attack, told in the next sentences: one event, with its dead.
    assert not find(canon, "embuscade")
    ev = one(canon, "attaque")
    assert any(m.text == "embuscade" for m in ev.mentions)
    assert ev.fatalities is not None
    assert ev.fatalities.min == 3
    assert ev.fatalities.text == "Plusieurs éléments de Daech ont été tués"
    assert names(ev, "target") == ["Syrian Arab Army"]


def test_history_is_stored_with_its_own_dates(canon):
    closed = one(canon, "fermé")
    assert closed.access.effect == "close"
    assert closed.access.target == "crossing:albu-kamal-al-qaim"  # "Ce passage": coreference
    assert closed.date.start == date(2014, 1, 1) and closed.date.precision == "year"
    retaken = one(canon, "reprendre")
    assert retaken.subtype == "Government regains territory"
    assert names(retaken, "actor") == ["Syrian Arab Army"]
    assert names(retaken, "target") == ["Islamic State"]
    assert retaken.date.start == date(2017, 11, 1)
    assert retaken.place is not None and retaken.place.name == "Albu Kamal"
    occupied = [e for e in find(canon, "occupé") if e.date and e.date.start.year == 2014]
    assert occupied and occupied[0].subtype == "Non-state actor overtakes territory"


def test_pilgrim_buses_used_the_crossing_in_april(canon):
    uses = [e for e in canon.events if e.access and e.access.effect == "use"]
    assert len(uses) == 1
    assert uses[0].access.target == "crossing:albu-kamal-al-qaim"
    assert uses[0].date.start == date(2019, 4, 1)


def test_road_cut_is_a_close_event_on_the_road(canon):
    ev = one(canon, "coupé")
    assert ev.access is not None
    assert (ev.access.target, ev.access.effect) == ("road:palmyra-deir-ez-zor", "close")
    assert names(ev, "actor") == ["Islamic State"]


def test_intentions_are_not_events(canon):
    # "en vue de rouvrir", "à empêcher la réouverture", "tenté de perturber"
    assert not find(canon, "rouvrir")
    assert not find(canon, "perturber")
    assert len([e for e in canon.events if e.trigger.text == "réouverture"]) == 0


def test_ids_are_stable_across_runs(canon):
    again = example(upto="events")
    assert [e.id for e in again.events] == [e.id for e in canon.events]
    assert all(e.id.startswith("ev-") for e in canon.events)


def test_every_event_points_to_its_words(canon):
    for ev in canon.events:
        assert canon.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert ev.sentence.start <= ev.trigger.start < ev.sentence.end
        assert ev.type == acled_types()[ev.subtype]


# --- short sentences ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, type_, subtype",
    [
        (
            "Israël a mené plusieurs frappes sur le village.",
            "frappes",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "L'armée a bombardé la ville pendant la nuit.",
            "bombardé",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "Les rebelles du M23 se sont emparés de la localité.",
            "emparés",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        (
            "L'armée malienne a repris la ville aux jihadistes.",
            "repris",
            "Battles",
            "Government regains territory",
        ),
        (
            "Des milliers de personnes ont participé à une manifestation.",
            "manifestation",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Une grenade a explosé dans le marché.",
            "grenade",
            "Explosions/Remote violence",
            "Grenade",
        ),
        (
            "Des hommes armés ont enlevé trois enseignants.",
            "enlevé",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_trigger_types(nlp, text, trigger, type_, subtype):
    article = through(parsed(text), upto="events")
    ev = one(article, trigger)
    assert (ev.type, ev.subtype) == (type_, subtype)


def test_passive_agent_is_the_actor(nlp):
    article = through(parsed("Le convoi a été attaqué par des hommes armés."), upto="events")
    ev = one(article, "attaqué")
    assert names(ev, "actor") == ["Unidentified armed group"]


def test_attack_on_civilians_is_violence_against_civilians(nlp):
    text = "Au moins 49 civils et 15 militaires ont été tués lors de l'attaque."
    ev = one(through(parsed(text), upto="events"), "attaque")
    assert ev.type == "Violence against civilians"
    assert ev.fatalities.min == 64


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Des dizaines de personnes ont été tuées dans les combats.", 12),
        ("Des centaines de civils ont été tués lors du massacre.", 100),
        ("Une grenade a explosé dans un camp, tuant cinq personnes.", 5),
        ("Au moins 32 personnes ont été tuées lors de l'attaque.", 32),
        ("Vingt-sept soldats ont perdu la vie dans l'embuscade.", 27),
    ],
)
def test_fatalities(nlp, text, expected):
    article = through(parsed(text), upto="events")
    counted = [e.fatalities.min for e in article.events if e.fatalities]
    assert counted == [expected]


def test_a_date_is_not_a_death_toll(nlp):
    article = parsed("Le 26 septembre 2022, des soldats ont été tués à Gaskindé.")
    when(article, "Le 26 septembre 2022", date(2022, 9, 26))
    ev = through(article, upto="events").events[0]
    assert ev.fatalities is None
    assert ev.date.start == date(2022, 9, 26)


def test_negated_event_is_flagged(nlp):
    article = through(parsed("Les forces syriennes n'ont pas attaqué la ville."), upto="events")
    assert [e.negated for e in article.events] == [True]


def test_undated_event_falls_back_to_publication_date(nlp):
    ev = through(parsed("Des hommes armés ont attaqué le convoi."), upto="events").events[0]
    assert ev.date.inferred and ev.date.reason == "publication date"
    assert ev.date.start == date(2019, 9, 30)
    no_pub = through(parsed("Des hommes armés ont attaqué le convoi.", published=None), "events")
    assert no_pub.events[0].date is None


def test_access_needs_a_crossing_or_road(nlp):
    text = "Les autorités ont décidé de fermer les écoles de la ville."
    assert not through(parsed(text), upto="events").events
    text = "Les autorités tunisiennes ont fermé le poste frontière de Ras Jedir lundi."
    article = parsed(text)
    place(article, "Ras Jedir", "crossing", "crossing:ras-jedir")
    ev = one(through(article, upto="events"), "fermé")
    assert (ev.access.target, ev.access.effect) == ("crossing:ras-jedir", "close")
    assert names(ev, "actor") == ["Government of Tunisia"]
    assert ev.place.gazetteer_id == "crossing:ras-jedir"


def test_two_triggers_in_one_sentence_are_two_events(nlp):
    text = "Israël a frappé la route de Masnaa avec des frappes aériennes, coupant la route."
    article = parsed(text)
    place(article, "route de Masnaa", "road", "road:masnaa")
    article = through(article, upto="events")
    subtypes = sorted(e.subtype for e in article.events)
    assert subtypes == ["Air/drone strike", "Other"]
    assert [e.access.effect for e in article.events if e.access] == ["close"]


# --- bad input ------------------------------------------------------------------------------


def test_enormous_sentence_without_events(nlp):
    text = " ".join(["le chat regarde la souris et"] * 1000) + " rien."
    assert through(parsed(text)).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Paris. Londres. Berlin. Damas.",
        "| pays | camions |\n|---|---|\n| Tchad | 12 |\n| Soudan | 40 |",
        "Prix : 12 € ; 15 € ; 18 €\nQuantité : 3 ; 4 ; 5",
        "",
        "   \n\n  ",
    ],
)
def test_no_verbs_no_events(nlp, text):
    assert through(parsed(text)).events == []


def test_all_caps_headline_does_not_break(nlp):
    article = through(parsed("LE SOLEIL BRILLE SUR LA VILLE DE DAMAS CE MATIN"))
    assert article.events == []
    through(parsed("DAECH ATTAQUE L'ARMÉE SYRIENNE PRÈS DE PALMYRE"))  # no exception


def test_missing_layers_are_tolerated():
    from passage.record import Article

    article = Article(text="Des hommes armés ont attaqué le convoi.", language="fr")
    assert events.annotate(article).events == []  # no doc: nothing to read, no exception
    unknown = Article(text="Some text.", language="xx")
    assert events.annotate(unknown).events == []


# --- data -----------------------------------------------------------------------------------


def test_acled_has_six_types_and_twenty_five_subtypes():
    raw = json.loads((data.DATA_DIR / "acled.json").read_text(encoding="utf-8"))
    assert len(raw["types"]) == 6
    assert sum(len(t["subtypes"]) for t in raw["types"].values()) == 25


@pytest.mark.parametrize("lang", data.languages())
def test_lexicon_subtypes_are_acled_subtypes(lang):
    lex = data.load(lang, "events")
    if lex is None:
        pytest.skip(f"no events lexicon for {lang}")
    subtypes = set(acled_types())
    for rule in lex["triggers"]:
        assert rule["subtype"] in subtypes
        for sub in {**rule.get("by_actor_kind", {}), **rule.get("by_target_kind", {})}.values():
            assert sub in subtypes


def test_a_base_named_after_a_crossing_is_not_the_crossing(nlp):
    text = "Les Américains utilisent la base d'al-Tanf. Les camions empruntent le poste d'al-Tanf."
    article = parsed(text)
    place(article, "al-Tanf", "crossing", "crossing:al-tanf")
    uses = [e for e in through(article, upto="events").events if e.access]
    assert [e.trigger.text for e in uses] == ["empruntent"]


def test_pluperfect_background_takes_no_publication_date(nlp, monkeypatch):
    from dataclasses import replace

    from passage.stages import events as stage

    lex = stage.load_lexicon("fr")
    monkeypatch.setattr(
        stage,
        "load_lexicon",
        lambda lang: replace(
            lex,
            background_auxiliaries=frozenset({"avoir", "être"}),
            background_tenses=frozenset({"Imp"}),
        ),
    )
    text = "Ce point de passage frontalier avait été occupé pendant des années par Daech."
    assert one(through(parsed(text), upto="events"), "occupé").date is None
    # Reported speech shifts a past into the pluperfect: still the story's own past.
    text = "L'armée a indiqué que le convoi avait été attaqué par des hommes armés."
    assert one(through(parsed(text), upto="events"), "attaqué").date.inferred

"""Triggers, access effects and arguments added for recall on unseen news, on real sentences
of French, English and Arabic reports (places and times set by hand)."""

from __future__ import annotations

import pytest
from event_helpers import parsed, place, through


def events_of(text: str, lang: str = "fr", places: tuple = ()) -> list:
    article = parsed(text, language_code=lang)
    for spec in places:
        place(article, *spec)
    return through(article).events


def summary(events: list) -> list[tuple]:
    return [
        (e.subtype, e.trigger.text, (e.access.target, e.access.effect) if e.access else None)
        for e in events
    ]


def roles(event) -> dict[str, str]:
    return {a.role: a.name for a in event.actors}


@pytest.mark.parametrize(
    "text, places, subtype, trigger",
    [
        (
            "Au Soudan, le porte-parole des FSR affirme ce 13 avril que ses forces contrôlent "
            "désormais le camp de Zamzam.",
            (("Zamzam", "town"),),
            "Non-state actor overtakes territory",
            "contrôlent",
        ),
        ("Djibo vit assiégée depuis plusieurs mois.", (("Djibo", "town"),), "Other", "assiégée"),
        (
            "Le drame de Gaskindé a été l'élément déclencheur du coup d’État de vendredi.",
            (),
            "Other",
            "coup d’État",
        ),
        (
            "L'Agence nationale a rapporté que l'aviation de guerre ennemie avait attaqué la "
            "région d'Al-Masnaa.",
            (("Al-Masnaa", "town"),),
            "Air/drone strike",
            "attaqué",
        ),
    ],
)
def test_french_triggers(text, places, subtype, trigger):
    assert (subtype, trigger) in [(s, t) for s, t, _ in summary(events_of(text, "fr", places))]


def test_a_blockade_kept_up_is_told_by_who_keeps_it():
    text = "Des hommes armés maintiennent toujours le blocus de Djibo, au Burkina Faso."
    blockade = [e for e in events_of(text, "fr", (("Djibo", "town"),)) if e.subtype == "Other"]
    assert [roles(e).get("actor") for e in blockade] == ["Unidentified armed group"]


def test_a_crossing_at_a_standstill_is_closed():
    # "à l'arrêt": the phrase's head noun, not its preposition, governs the crossing.
    text = (
        "Ali Hamieh a indiqué que le passage d'Al-Masnaa était à l'arrêt à la suite d'une "
        "frappe israélienne."
    )
    got = summary(events_of(text, "fr", (("Al-Masnaa", "crossing", "crossing:masnaa"),)))
    assert ("Other", "à l'arrêt", ("crossing:masnaa", "close")) in got


def test_no_vehicle_can_pass_is_a_closure_not_its_denial():
    text = "L'officier ajoute qu'aucun véhicule ne peut plus passer sur la route de Damas."
    found = events_of(text, "fr", (("route de Damas", "road", "road:damas"),))
    closes = [e for e in found if e.access and e.access.effect == "close"]
    assert closes and not any(e.negated for e in closes)


def test_a_crater_stopping_all_traffic_closes_the_road():
    text = (
        "D'après des témoins, l'explosion a creusé un cratère empêchant toute circulation sur "
        "la route de Damas."
    )
    got = summary(events_of(text, "fr", (("route de Damas", "road", "road:damas"),)))
    assert ("Other", "empêchant toute circulation", ("road:damas", "close")) in got


@pytest.mark.parametrize(
    "text, trigger, effect",
    [
        (
            "The government had earlier stopped aid from passing through the Adre crossing.",
            "stopped",
            "close",
        ),
        ("Over 300 aid trucks have gone through Adre since August.", "gone through", "use"),
        (
            "Sudan's sovereign council has said it will prolong access through the Adre border "
            "crossing with Chad.",
            "prolong",
            "open",
        ),
    ],
)
def test_english_access_effects(text, trigger, effect):
    got = summary(events_of(text, "en", (("Adre", "crossing", "crossing:adre"),)))
    assert ("Other", trigger, ("crossing:adre", effect)) in got


@pytest.mark.parametrize(
    "text, trigger, effect",
    [
        ("وكانت الحكومة السودانية قد حظرت دخول أي شحنات عبر معبر أدري.", "حظرت", "close"),
        ("أفادت الإذاعة بأن السلطات أقفلت معبر أدري بصورة مؤقتة.", "أقفلت", "close"),
    ],
)
def test_arabic_access_effects(text, trigger, effect):
    got = summary(events_of(text, "ar", (("أدري", "crossing", "crossing:adre"),)))
    assert ("Other", trigger, ("crossing:adre", effect)) in got


def test_english_passive_agent_acts_and_subject_is_the_target():
    text = "Nigerian soldiers were attacked by gunmen near Kano on Sunday."
    (attack,) = events_of(text, "en")
    assert roles(attack) == {
        "actor": "Unidentified armed group",
        "target": "Military Forces of Nigeria",
    }


def test_english_target_follows_against():
    (attack,) = events_of("Houthi rebels launched attacks against government forces.", "en")
    assert roles(attack)["actor"] == "Houthis"
    assert roles(attack)["target"] == "government forces"


def test_english_no_target_across_a_clause():
    # "Libya" is in the relative clause: neither the crossing's closer nor its target.
    text = "Authorities have shut the Ras Jdir border crossing, which links Tunisia and Libya."
    places = (
        ("Ras Jdir", "crossing", "crossing:ras-jedir"),
        ("Tunisia", "country"),
        ("Libya", "country"),
    )
    (shut,) = [e for e in events_of(text, "en", places) if e.access]
    assert "target" not in roles(shut)


def test_english_progressive_is_not_passive():
    (siege,) = events_of("The Houthis are besieging Taiz city.", "en", (("Taiz", "town"),))
    assert roles(siege).get("actor") == "Houthis"


def test_this_reopening_is_the_crossing_told_far_before():
    # "cette réouverture" retells the reopening of the crossing named sentences before.
    text = (
        "Le Soudan a décidé de rouvrir le poste-frontière d'Adré. "
        "Les agences attendaient ce feu vert depuis des mois. "
        "Des millions de personnes souffrent de la faim au Darfour. "
        "La saison des pluies complique encore la situation. "
        "Des « mesures sécuritaires précises » encadreront cette réouverture, a indiqué le "
        "commissaire."
    )
    found = events_of(text, "fr", (("Adré", "crossing", "crossing:adre"),))
    last = text.index("cette réouverture")
    reopenings = [e for e in found if any(m.start >= last for m in e.mentions)]
    assert [(e.access.target, e.access.effect) for e in reopenings] == [("crossing:adre", "open")]

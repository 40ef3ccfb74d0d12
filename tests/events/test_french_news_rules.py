"""French rules added for unseen news: definite retellings, tolls told with a pronoun or far
from their act, places of civilians struck, coordinated and town-named crossings, generic
participles of passing, weapons and words that tell no event (places set by hand)."""

from __future__ import annotations

import pytest
from event_helpers import parsed, place, through

from passage.stages.places.registry import registry


def events_of(text: str, places: tuple = ()) -> list:
    article = parsed(text, outlet="RFI")
    for spec in places:
        place(article, *spec)
    return through(article).events


def roles(event) -> dict[str, str]:
    return {a.role: a.name for a in event.actors}


def test_definite_attack_retells_the_attack_told_before():
    found = events_of(
        "Des combattants du JNIM ont attaqué lundi le village de Djibasso. "
        "L'attaque a fait au moins douze morts, selon des sources locales.",
        (("Djibasso", "town"),),
    )
    assert len(found) == 1
    assert found[0].fatalities is not None and found[0].fatalities.min == 12
    assert [m.text for m in found[0].mentions] == ["attaqué", "attaque"]


def test_an_attack_named_by_its_place_is_a_new_one():
    found = events_of(
        "Des hommes armés ont attaqué dimanche un poste de l'armée près de Tessit. "
        "L'attaque de Boulkessi, en 2022, avait fait davantage de victimes.",
        (("Tessit", "town"), ("Boulkessi", "town")),
    )
    assert len(found) == 2


def test_the_explosion_retells_the_air_strike():
    found = events_of(
        "Vendredi matin, l'aviation israélienne a mené un raid aérien près de Masnaa. "
        "Selon des témoins, l'explosion a creusé un cratère dans la chaussée.",
        (("Masnaa", "town"),),
    )
    assert [e.subtype for e in found] == ["Air/drone strike"]
    assert roles(found[0])["actor"] == "Israel Defense Forces"


def test_victims_told_by_a_pronoun_are_a_killing_of_the_attack_before():
    found = events_of(
        "Au moins douze villageois ont été tués mardi dans une attaque contre Solhan. "
        "Selon un élu local, ils ont été abattus par des hommes armés à moto.",
        (("Solhan", "town"),),
    )
    assert len(found) == 1
    assert roles(found[0]) == {"target": "Civilians", "actor": "Unidentified armed group"}
    assert "abattus" in [m.text for m in found[0].mentions]


def test_bodies_counted_after_a_pause_are_the_toll_of_the_convoy_attack():
    found = events_of(
        "Des hommes armés ont pris pour cible un convoi escorté par l'armée malienne près de "
        "Kobe. Le reste des véhicules a réussi à faire demi-tour. Plus de 30 corps ont été "
        "retrouvés sur place, selon plusieurs sources.",
        (("Kobe", "town"),),
    )
    assert [e.subtype for e in found] == ["Armed clash"]
    assert "corps" in [m.text for m in found[0].mentions]


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "Depuis le début de la guerre, le camp de Kalma subit des attaques régulières.",
            (("Kalma", "town"),),
        ),
        (
            "Une frappe israélienne a visé jeudi une école de Nuseirat.",
            (("Nuseirat", "town"),),
        ),
        (
            "Les paramilitaires ont bombardé le marché de Mellit, tuant 15 personnes.",
            (("Mellit", "town"),),
        ),
    ],
)
def test_a_place_of_civilians_struck_makes_civilians_the_target(text, places):
    found = events_of(text, places)
    assert found and roles(found[0]).get("target") == "Civilians"


def test_a_military_camp_is_no_civilian_target():
    found = events_of(
        "Des hommes armés ont attaqué dimanche un camp militaire près de Ménaka.",
        (("Ménaka", "town"),),
    )
    assert [e.subtype for e in found] == ["Armed clash"]
    assert "target" not in roles(found[0])


def test_firing_on_peacekeepers_is_a_clash_with_the_un():
    found = events_of(
        "Des éléments armés ont tiré sur des casques bleus près de Sake, faisant usage de "
        "deux roquettes de type RPG.",
        (("Sake", "town"),),
    )
    assert [e.subtype for e in found] == ["Armed clash"]
    assert roles(found[0]) == {"actor": "Unidentified armed group", "target": "United Nations"}


def test_an_ambush_laid_for_an_army_convoy():
    found = events_of(
        "Des jihadistes ont tendu une embuscade à un convoi de l'armée malienne près de Tessit.",
        (("Tessit", "town"),),
    )
    assert roles(found[0]) == {
        "actor": "Unidentified armed group",
        "target": "Military Forces of Mali",
    }


def test_coordinated_crossings_are_each_closed():
    found = events_of(
        "L'armée israélienne a fermé mardi les passages de Rafah et de Kerem Shalom.",
        (
            ("Rafah", "crossing", "crossing:rafah"),
            ("Kerem Shalom", "crossing", "crossing:kerem-shalom"),
        ),
    )
    assert sorted((e.access.target, e.access.effect) for e in found) == [
        ("crossing:kerem-shalom", "close"),
        ("crossing:rafah", "close"),
    ]
    assert len({e.id for e in found}) == 2


def test_a_bridge_named_by_the_town_on_one_side_of_a_crossing_is_that_crossing():
    assert registry().get("crossing:gaya-malanville") is not None
    found = events_of(
        "Côté nigérien, des containers barrent le pont reliant la commune béninoise de "
        "Malanville au Niger.",
        (("Malanville", "town"),),
    )
    assert [(e.access.target, e.access.effect) for e in found if e.access] == [
        ("crossing:gaya-malanville", "close")
    ]


def test_trucks_described_as_crossing_do_not_cross():
    found = events_of(
        "Selon l'agence, les camions franchissant le passage de Masnaa font l'objet d'un contrôle.",
        (("Masnaa", "crossing", "crossing:masnaa-jdeidet-yabous"),),
    )
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Les forces américaines avaient à maintes reprises tenté de perturber les efforts.",
        "Sur les routes minées, les véhicules s'exposent à des embuscades.",
        "Des milliers de personnes ont pris la route en fuyant les bombardements.",
    ],
)
def test_words_that_tell_no_event(text):
    assert events_of(text) == []


def test_blowing_up_a_bridge_destroys_property():
    found = events_of("Les jihadistes ont dynamité un pont près de Djibo.", (("Djibo", "town"),))
    assert [e.subtype for e in found] == ["Looting/property destruction"]


def test_arabic_strike_nationality_names_its_actor_and_civilians_are_struck():
    article = parsed("وأدت غارة روسية إلى مقتل خمسة مدنيين.", outlet="RFI", language_code="ar")
    found = through(article).events
    assert [e.subtype for e in found] == ["Air/drone strike"]
    assert roles(found[0]) == {"actor": "Russian forces", "target": "Civilians"}


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Les rebelles venaient de tuer un chauffeur près de Goma.", 1),
        ("L'attaque a fait un mort et plusieurs blessés près de Goma.", 1),
        ("Des hommes armés ont tué trois chauffeurs près de Goma.", 3),
    ],
)
def test_one_victim_named_with_the_article_counts_one(text, toll):
    found = events_of(text, (("Goma", "town"),))
    assert found[0].fatalities is not None and found[0].fatalities.min == toll


def test_the_wounded_of_an_attack_are_not_its_dead():
    found = events_of("L'attaque a fait plusieurs blessés près de Goma.", (("Goma", "town"),))
    assert found[0].fatalities is None


def test_tirer_des_roquettes_names_who_fired():
    found = events_of(
        "Le Hezbollah a répliqué en tirant plusieurs roquettes sur le nord d'Israël.",
    )
    assert roles(found[0])["actor"] == "Hezbollah"


def test_the_accused_is_the_actor_not_the_accuser():
    found = events_of(
        "Les Forces de soutien rapide accusent l'armée soudanaise d'avoir mené plusieurs raids "
        "aériens sur El Fasher.",
    )
    assert roles(found[0])["actor"] == "Sudanese Armed Forces"
    assert [(c.status, c.chain) for c in found[0].claims] == [
        ("alleged", ["RFI", "Rapid Support Forces"])
    ]


@pytest.mark.parametrize(
    "text, subtype, expected",
    [
        (
            "Des heurts ont éclaté entre manifestants et policiers à Bamako.",
            "Violent demonstration",
            # "entre A et B": the first side acts, the other is its target
            {"actor": "Protesters", "target": "policiers"},
        ),
        (
            "Les policiers ont tiré sur des manifestants à Bamako, faisant deux morts.",
            "Excessive force against protesters",
            # the police of no country named keep their words as their name
            {"actor": "Les policiers", "target": "Protesters"},
        ),
        (
            "Les Forces de soutien rapide ont pris d'assaut le quartier de Bamako.",
            "Armed clash",
            {"actor": "Rapid Support Forces"},
        ),
        (
            "Une frappe israélienne a visé un véhicule du Hamas près de Bamako.",
            "Air/drone strike",
            {"actor": "Israel", "target": "Hamas"},
        ),
        (
            "Des tirs d'artillerie des FSR ont visé un hôpital de Bamako.",
            "Shelling/artillery/missile attack",
            {"actor": "Rapid Support Forces", "target": "Civilians"},
        ),
    ],
)
def test_clashes_with_protesters_and_strikes_on_what_they_hit(text, subtype, expected):
    found = events_of(text, (("Bamako", "town"),))
    assert [e.subtype for e in found] == [subtype]
    assert roles(found[0]) == expected


def test_nothing_can_enter_a_town_any_more_is_a_blockade_of_it():
    found = events_of(
        "Selon des habitants, aucun camion ne peut plus entrer à Djibo depuis deux semaines.",
        (("Djibo", "town"),),
    )
    assert [(e.subtype, e.access, e.place.text) for e in found] == [("Other", None, "Djibo")]


def test_a_closed_police_station_or_school_is_no_event():
    found = events_of(
        "Le commissariat de Djibo est fermé. Les écoles de Djibo restent fermées.",
        (("Djibo", "town"),),
    )
    assert found == []

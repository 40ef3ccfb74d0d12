"""French wire-style sentences from the Sahel, the DRC, Syria, Lebanon, Sudan and Haiti: ACLED
types and actors, fatalities the ACLED way (the lowest figure, vague quantities as fixed
numbers) and where each event happened (places and dates set by hand)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import parsed, place, through, when

from passage.stages import actors


def events_of(text: str, places: tuple = (), dates: tuple = ()) -> list:
    article = parsed(text, outlet="RFI", published=date(2024, 5, 10))
    for spec in places:
        place(article, *spec)
    for spec in dates:
        when(article, *spec)
    return through(article).events


def roles(event) -> dict[str, str]:
    return {a.role: a.name for a in event.actors}


def only(found: list):
    assert len(found) == 1, [(e.subtype, e.trigger.text) for e in found]
    return found[0]


# --- ACLED types and actors -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, places, subtype, actor",
    [
        (
            "Des hommes armés ont attaqué dimanche le village de Solenzo, tuant des civils.",
            (("Solenzo", "town"),),
            "Attack",
            "Unidentified armed group",
        ),
        (
            "Des affrontements entre l'armée congolaise et les rebelles du M23 ont éclaté "
            "mercredi à Sake.",
            (("Sake", "town"),),
            "Armed clash",
            "Military Forces of the Democratic Republic of Congo",
        ),
        (
            "Les rebelles du M23 se sont emparés samedi de la ville de Rubaya.",
            (("Rubaya", "town"),),
            "Non-state actor overtakes territory",
            "M23",
        ),
        (
            "Des miliciens de la Codeco ont attaqué un site de déplacés à Djugu, en Ituri.",
            (("Djugu", "town"), ("Ituri", "region")),
            "Attack",
            "CODECO",
        ),
        (
            "Des combattants des ADF ont tué plusieurs civils à Oicha dans la nuit.",
            (("Oicha", "town"),),
            "Attack",
            "Allied Democratic Forces",
        ),
        (
            "Les Forces démocratiques syriennes ont repris vendredi le contrôle du village de "
            "Deir Hafer.",
            (("Deir Hafer", "town"),),
            "Non-state actor overtakes territory",
            "Syrian Democratic Forces",
        ),
        (
            "Un bombardement de l'armée soudanaise sur un marché de Nyala a fait au moins vingt "
            "morts.",
            (("Nyala", "town"),),
            "Shelling/artillery/missile attack",
            "Sudanese Armed Forces",
        ),
        (
            "Des gangs armés ont incendié plusieurs maisons dans le quartier de Solino.",
            (("Solino", "town"),),
            "Looting/property destruction",
            "Unidentified armed group",
        ),
        (
            "Des hommes armés ont enlevé une dizaine de passagers d'un bus près de Kaya.",
            (("Kaya", "town"),),
            "Abduction/forced disappearance",
            "Unidentified armed group",
        ),
    ],
)
def test_acled_types_and_actors(text, places, subtype, actor):
    found = events_of(text, places)
    assert subtype in [e.subtype for e in found]
    event = next(e for e in found if e.subtype == subtype)
    assert actor in [a.name for a in event.actors if a.role == "actor"]


@pytest.mark.parametrize(
    "text, places, subtype",
    [
        (
            "Une frappe de drone a visé mardi un véhicule près de Bukavu.",
            (("Bukavu", "town"),),
            "Air/drone strike",
        ),
        (
            "Des obus de mortier se sont abattus lundi sur un quartier d'Alep.",
            (("Alep", "town"),),
            "Shelling/artillery/missile attack",
        ),
        (
            "Un kamikaze s'est fait exploser mercredi devant une mosquée de Homs.",
            (("Homs", "town"),),
            "Suicide bomb",
        ),
        (
            "L'explosion d'un engin explosif improvisé a tué quatre soldats tchadiens près de "
            "Baga Sola.",
            (("Baga Sola", "town"),),
            "Remote explosive/landmine/IED",
        ),
        (
            "La police a dispersé à coups de gaz lacrymogène une manifestation d'étudiants à "
            "Dakar.",
            (("Dakar", "town"),),
            "Protest with intervention",
        ),
    ],
)
def test_remote_violence_and_protests(text, places, subtype):
    assert [e.subtype for e in events_of(text, places)] == [subtype]


def test_war_planes_that_bombed_made_an_air_strike():
    found = events_of(
        "Des avions de guerre russes ont bombardé dimanche la ville d'Idleb.",
        (("Idleb", "town"),),
    )
    assert [e.subtype for e in found] == ["Air/drone strike"]


def test_artillery_that_bombed_stays_shelling():
    found = events_of(
        "L'armée a bombardé à l'artillerie lourde les positions rebelles près de Masisi.",
        (("Masisi", "town"),),
    )
    assert [e.subtype for e in found] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "Des centaines de manifestants se sont rassemblés samedi à Beyrouth pour réclamer "
            "la démission du gouvernement.",
            (("Beyrouth", "town"),),
        ),
        (
            "Des milliers de personnes sont descendues dans la rue vendredi à Bamako.",
            (("Bamako", "town"),),
        ),
    ],
)
def test_a_gathering_of_protesters_is_a_protest(text, places):
    assert [e.subtype for e in events_of(text, places)] == ["Peaceful protest"]


def test_the_way_forward_is_no_march():
    assert events_of("La marche à suivre reste floue, selon le ministre.") == []


def test_clashes_that_set_two_forces_against_each_other_name_both():
    event = only(
        events_of(
            "À Khartoum, des affrontements à l'arme lourde opposent depuis lundi l'armée "
            "soudanaise aux Forces de soutien rapide.",
            (("Khartoum", "town"),),
        )
    )
    assert roles(event) == {"actor": "Sudanese Armed Forces", "target": "Rapid Support Forces"}


def test_national_police_of_a_country_the_list_did_not_know():
    event = only(
        events_of(
            "La police haïtienne a affronté lundi des membres de gangs à Carrefour.",
            (("Carrefour", "town"),),
        )
    )
    assert roles(event) == {
        "actor": "Police Forces of Haiti",
        "target": "Unidentified armed group",
    }


def test_an_inanimate_subject_is_no_actor():
    article = parsed("Le décret le maintient en poste jusqu'à nouvel ordre.", outlet="RFI")
    assert actors.find_actors(article) == []
    assert through(article).events == []


def test_a_rising_trend_of_attacks_is_no_event():
    found = events_of(
        "Les habitants de Diffa s'inquiètent de la recrudescence des attaques dans la région.",
        (("Diffa", "town"),),
    )
    assert found == []


# --- fatalities -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Plusieurs soldats maliens ont été tués mardi dans une embuscade près de Boni.", 3),
        ("Des dizaines de civils ont été tués lors d'une attaque contre le marché de Boni.", 12),
        ("Une vingtaine de villageois ont péri dans l'attaque du village de Boni.", 20),
        ("Des hommes armés ont attaqué le village de Boni, tuant au moins cinq civils.", 5),
        ("Au moins cinq personnes, dont deux enfants, ont été tuées dans l'attaque de Boni.", 5),
        ("Sept soldats, parmi lesquels deux officiers, ont été tués dans une embuscade à Boni.", 7),
        ("Au moins cinq soldats, peut-être sept, ont été tués dans l'attaque de Boni.", 5),
        ("Trois ou quatre soldats ont été tués dans une embuscade près de Boni.", 3),
        ("Entre dix et quinze civils ont été tués dans l'attaque du marché de Boni.", 10),
        ("Douze civils et trois soldats ont été tués dans l'attaque de Boni.", 15),
        ("L'armée affirme avoir neutralisé une quarantaine de terroristes près de Boni.", 40),
    ],
)
def test_fatalities_the_acled_way(text, toll):
    event = only(events_of(text, (("Boni", "town"),)))
    assert event.fatalities is not None and event.fatalities.min == toll


# --- where it happened ----------------------------------------------------------------------


def test_the_speakers_city_is_not_where_the_fighting_was():
    event = only(
        events_of(
            "Un responsable de l'ONU a déclaré à Genève que des combats avaient fait rage près "
            "de Goma.",
            (("Genève", "town"), ("Goma", "town")),
        )
    )
    assert event.place is not None and event.place.text == "Goma"


def test_a_statement_made_from_the_capital_names_no_place_of_the_attack():
    event = only(
        events_of(
            "Le ministre a affirmé depuis Kinshasa que les rebelles avaient attaqué l'aéroport.",
            (("Kinshasa", "town"),),
        )
    )
    assert event.place is None


def test_a_spokesman_speaking_from_bamako_about_menaka():
    event = only(
        events_of(
            "Le porte-parole de l'armée, depuis Bamako, a annoncé que des terroristes avaient "
            "attaqué un poste militaire à Ménaka.",
            (("Bamako", "town"), ("Ménaka", "town")),
        )
    )
    assert event.place.text == "Ménaka"


def test_where_the_victims_came_from_is_not_where_they_were_struck():
    event = only(
        events_of(
            "Des déplacés venus de Kidal ont été tués dans une frappe de drone à Tinzaouatène.",
            (("Kidal", "town"), ("Tinzaouatène", "region")),
        )
    )
    assert event.place.text == "Tinzaouatène"


def test_where_a_convoy_left_from_is_not_where_it_was_ambushed():
    found = events_of(
        "Le convoi, parti de Gao en direction d'Ansongo, est tombé dans une embuscade.",
        (("Gao", "town"), ("Ansongo", "town")),
    )
    assert [e.place for e in found if e.subtype == "Armed clash"] == [None]


def test_the_story_goes_on_where_its_last_event_happened():
    found = events_of(
        "Les casques bleus postés autour de Sake afin de bloquer l'avancée des rebelles vers "
        "Goma ont quitté jeudi leurs positions. Ces positions sont tombées aux mains du M23.",
        (("Sake", "town"), ("Goma", "town")),
        (("jeudi", date(2024, 5, 9)),),
    )
    taken = next(e for e in found if e.subtype == "Non-state actor overtakes territory")
    assert taken.place is not None and taken.place.text == "Sake"


def test_a_place_near_the_trigger_in_its_own_clause():
    event = only(
        events_of(
            "Des gangs armés ont tué une soixantaine de personnes samedi à Pont-Sondé, dans le "
            "département de l'Artibonite, selon l'ONU.",
            (("Pont-Sondé", "town"), ("Artibonite", "region")),
        )
    )
    assert event.place.text == "Pont-Sondé"
    assert event.fatalities.min == 60


# --- background told in passing -------------------------------------------------------------


def test_an_attack_named_by_an_unknown_place_is_its_own_background_event():
    found = events_of(
        "Le convoi a été attaqué lundi 26 septembre près de Djibo. Le drame a précipité le coup "
        "d'État de vendredi, de la même façon que l'attaque d'Inata avait entraîné la chute du "
        "président.",
        (("Djibo", "town"),),
        (
            ("lundi 26 septembre", date(2022, 9, 26)),
            ("vendredi", date(2022, 9, 30)),
        ),
    )
    clashes = [e for e in found if e.type == "Battles"]
    assert len(clashes) == 2
    inata = next(e for e in clashes if e.trigger.text == "attaque")
    assert inata.date is None and inata.place is None


def test_a_year_of_background_dates_the_capture():
    event = only(
        events_of(
            "En 2012, des groupes jihadistes s'étaient emparés de la ville de Tombouctou.",
            (("Tombouctou", "town"),),
            (("En 2012", date(2012, 1, 1), date(2012, 12, 31), "year"),),
        )
    )
    assert event.subtype == "Non-state actor overtakes territory"
    assert (event.date.start, event.date.end) == (date(2012, 1, 1), date(2012, 12, 31))


def test_years_of_conflict_and_blockade_are_no_event():
    found = events_of(
        "Les habitants de Gaza, meurtris par de longues années de conflits et de blocus, "
        "attendent toujours l'aide.",
        (("Gaza", "town"),),
    )
    assert found == []


def test_taking_a_town_after_months_of_fighting():
    event = only(
        events_of(
            "Après des mois de combats, les rebelles du M23 ont pris la ville de Rubaya.",
            (("Rubaya", "town"),),
        )
    )
    assert event.subtype == "Non-state actor overtakes territory"
    assert roles(event) == {"actor": "M23"}


def test_protesters_who_throw_stones_riot():
    found = events_of(
        "Des manifestants ont jeté des pierres sur les forces de l'ordre à Conakry.",
        (("Conakry", "town"),),
    )
    assert [e.subtype for e in found] == ["Violent demonstration"]


def test_police_firing_live_rounds_on_protesters():
    event = only(
        events_of(
            "La police guinéenne a tiré à balles réelles sur les manifestants à Conakry, tuant "
            "deux jeunes.",
            (("Conakry", "town"),),
        )
    )
    assert event.subtype == "Excessive force against protesters"
    assert roles(event) == {"actor": "Police Forces of Guinea", "target": "Protesters"}
    assert event.fatalities.min == 2


def test_a_strike_by_a_state_and_by_its_army_is_one_strike():
    found = events_of(
        "Vendredi matin, une frappe de l'armée israélienne a touché la zone de Masnaa, dans "
        "l'est du Liban. Le ministre a indiqué que le passage était à l'arrêt à la suite d'une "
        "frappe israélienne.",
        (("Masnaa", "crossing", "crossing:masnaa-jdeidet-yabous"),),
        (("Vendredi matin", date(2024, 10, 4)),),
    )
    strikes = [e for e in found if e.subtype == "Air/drone strike"]
    assert len(strikes) == 1
    assert roles(strikes[0])["actor"] == "Israel Defense Forces"


def test_a_date_told_with_another_act_is_not_this_ones():
    found = events_of(
        "Les images du convoi qui devait ravitailler Djibo, soumise depuis le 17 février au "
        "blocus d'un groupe armé, montrent un véritable carnage.",
        (("Djibo", "town"),),
        (("le 17 février", date(2022, 2, 17)),),
    )
    carnage = next(e for e in found if e.trigger.text == "carnage")
    assert carnage.date is None or carnage.date.start != date(2022, 2, 17)


def test_a_convoy_leaving_one_end_of_a_registry_road_for_the_other_uses_it():
    found = events_of(
        "Le convoi de bus, parti de Gao vendredi en direction d'Ansongo, comptait une vingtaine "
        "de véhicules.",
        (("Gao", "town"), ("Ansongo", "town")),
        (("vendredi", date(2025, 2, 7)),),
    )
    used = [e for e in found if e.access is not None]
    assert [(e.access.target, e.access.effect) for e in used] == [("road:gao-ansongo", "use")]


def test_travellers_who_keep_crossing_use_the_crossing_of_the_story():
    found = events_of(
        "Une frappe israélienne a visé le poste-frontière de Masnaa. La frappe a fait des "
        "dégâts, mais des voyageurs continuent de traverser à pied.",
        (("Masnaa", "crossing", "crossing:masnaa-jdeidet-yabous"),),
    )
    used = [e for e in found if e.access is not None and e.access.effect == "use"]
    assert [e.access.target for e in used] == ["crossing:masnaa-jdeidet-yabous"]


def test_people_who_may_cross_some_day_use_nothing():
    found = events_of(
        "Le poste de Ras Jedir a été fermé lundi. Les habitants ne savent pas quand ils "
        "pourront passer.",
        (("Ras Jedir", "crossing", "crossing:ras-jedir"),),
        (("lundi", date(2024, 5, 6)),),
    )
    assert [e.access.effect for e in found if e.access is not None] == ["close"]


def test_the_fighting_people_fled_is_where_they_died():
    event = only(
        events_of(
            "Douze civils ont été tués en fuyant les combats à Minova.",
            (("Minova", "town"),),
        )
    )
    assert event.place is not None and event.place.text == "Minova"

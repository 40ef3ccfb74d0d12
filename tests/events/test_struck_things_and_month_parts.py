"""French rules of round 2: an act retold by the thing it struck ("le bateau avait été pris
pour cible", far from its first telling and in another town), and events dated by part of a
month or year ("mi-juillet", "fin octobre") dated to the whole month or year."""

from __future__ import annotations

from datetime import date

from event_helpers import parsed, place, through, when

from passage.stages.events import whole_unit


def test_the_ferry_struck_before_is_one_event_that_takes_the_weapon():
    article = parsed(
        "Des jihadistes ont pris pour cible mardi un ferry sur le fleuve Niger. "
        "Le bilan reste inconnu. Les autorités n'ont donné aucun détail. "
        "Selon la compagnie, le ferry avait été pris pour cible près de Konna : "
        "deux roquettes ont été tirées contre sa coque.",
        outlet="RFI",
    )
    place(article, "Konna")
    found = [e for e in through(article).events if e.type != "Strategic developments"]
    assert len(found) == 1
    assert found[0].type == "Explosions/Remote violence"
    assert found[0].subtype == "Shelling/artillery/missile attack"


def test_an_army_attacked_again_is_not_tied_by_the_noun():
    article = parsed(
        "Des hommes armés ont attaqué lundi le camp militaire de Boni. "
        "Les soldats ont riposté. La situation reste tendue dans la région. "
        "Jeudi, le camp militaire de Hombori a été attaqué à son tour.",
        outlet="RFI",
    )
    place(article, "Boni")
    place(article, "Hombori")
    when(article, "lundi", date(2024, 5, 6))
    when(article, "Jeudi", date(2024, 5, 9))
    found = [e for e in through(article).events if e.type == "Battles"]
    assert {e.date.start for e in found if e.date} >= {date(2024, 5, 6), date(2024, 5, 9)}


def test_a_bridge_blown_up_mid_july_is_dated_to_july():
    article = parsed(
        "Mi-juillet, des ponts ont été dynamités par les jihadistes près de Djibo.",
        outlet="Libération",
    )
    place(article, "Djibo")
    when(article, "Mi-juillet", date(2022, 7, 11), date(2022, 7, 20), "month")
    found = through(article).events
    assert found and found[0].date is not None
    assert (found[0].date.start, found[0].date.end) == (date(2022, 7, 1), date(2022, 7, 31))
    assert found[0].date.precision == "month"


def test_part_of_a_month_or_year_widens_a_day_range_does_not():
    assert whole_unit(date(2022, 10, 21), date(2022, 10, 31), "month") == (
        date(2022, 10, 1),
        date(2022, 10, 31),
    )
    assert whole_unit(date(2024, 2, 1), date(2024, 2, 10), "month") == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )
    assert whole_unit(date(2017, 9, 1), date(2017, 12, 31), "year") == (
        date(2017, 1, 1),
        date(2017, 12, 31),
    )
    # "la nuit de lundi à mardi": a range of days stays as written
    assert whole_unit(date(2024, 3, 18), date(2024, 3, 19), "day") == (
        date(2024, 3, 18),
        date(2024, 3, 19),
    )


def test_the_road_struck_beside_a_crossing_is_the_road_through_it():
    article = parsed(
        "Des frappes ont visé mardi les abords du poste-frontière d'Al-Waleed, entre l'Irak "
        "et la Syrie. Selon des sources locales, les bombardements ont endommagé la route "
        "qu'empruntent les camions de marchandises. D'après des témoins, une frappe a creusé "
        "un cratère empêchant toute circulation dans les deux sens.",
        outlet="AFP",
    )
    place(article, "Al-Waleed", "crossing", "crossing:al-tanf-al-waleed")
    closed = [e for e in through(article).events if e.access is not None]
    assert [(e.access.target, e.access.effect) for e in closed] == [
        ("road:damascus-baghdad", "close")
    ]
    assert closed[0].trigger.text == "empêchant toute circulation"


def test_a_road_named_after_the_crossing_is_that_road():
    article = parsed(
        "Des frappes ont visé mardi le poste-frontière d'Al-Waleed. Le lendemain, la route "
        "Goma-Sake a été bloquée par des hommes armés. Un cratère empêche toute circulation.",
        outlet="AFP",
    )
    place(article, "Al-Waleed", "crossing", "crossing:al-tanf-al-waleed")
    place(article, "route Goma-Sake", "road", "road:goma-sake")
    closed = [e for e in through(article).events if e.access is not None]
    assert closed and all(e.access.target == "road:goma-sake" for e in closed)


def test_no_truck_could_enter_any_more_in_a_compound_tense_is_a_blockade():
    article = parsed(
        "Selon des transporteurs, aucun camion de vivres n’a plus pu entrer dans la ville de "
        "Kaya depuis le début de la semaine.",
        outlet="RFI",
    )
    place(article, "Kaya")
    found = through(article).events
    assert [(e.type, e.subtype, e.access) for e in found] == [
        ("Strategic developments", "Other", None)
    ]
    assert found[0].place is not None and found[0].place.name == "Kaya"


def test_someone_among_the_victims_retells_the_attack():
    article = parsed(
        "Des paramilitaires ont attaqué samedi le marché de Kutum, tuant au moins vingt "
        "civils, selon des secouristes. Un infirmier de la clinique figure parmi les victimes.",
        outlet="AFP",
    )
    place(article, "Kutum")
    found = through(article).events
    assert len(found) == 1
    assert found[0].type == "Violence against civilians"
    assert [m.text for m in found[0].mentions][-1] == "parmi les victimes"
    assert found[0].fatalities is not None and found[0].fatalities.min == 20


def test_among_the_victims_with_no_act_told_is_no_event():
    article = parsed("Un journaliste local figure parmi les victimes.", outlet="AFP")
    assert through(article).events == []


def test_popular_mobilization_forces_retaking_a_town_is_the_government_regaining_it():
    article = parsed(
        "En 2017, les forces du Hachd al-Chaabi ont repris la ville de Baiji à l'État islamique.",
        outlet="AFP",
    )
    place(article, "Baiji")
    found = through(article).events
    assert [e.subtype for e in found] == ["Government regains territory"]


def test_the_expletive_ne_before_a_closing_tells_a_closure():
    article = parsed(
        "Selon des transporteurs, des dizaines de camions ont pu quitter la Syrie avant que "
        "le poste de Nassib ne ferme, mardi soir.",
        outlet="AFP",
    )
    place(article, "Nassib", "crossing", "crossing:nassib-jaber")
    closed = [e for e in through(article).events if e.access is not None]
    assert [(e.access.target, e.access.effect, e.negated) for e in closed] == [
        ("crossing:nassib-jaber", "close", False)
    ]


def test_a_town_named_by_the_aim_of_a_clause_is_not_where_it_happened():
    article = parsed(
        "Les troupes de l'ONU déployées près de Kiwanja pour freiner la progression des rebelles "
        "vers Rutshuru ont quitté mardi leurs positions.",
        outlet="AFP",
    )
    place(article, "Kiwanja")
    place(article, "Rutshuru")
    when(article, "mardi", date(2024, 3, 19))
    found = through(article).events
    assert found and found[0].place is not None
    assert found[0].place.name == "Kiwanja"


def test_terrorists_neutralised_are_counted_as_dead():
    article = parsed(
        "Selon l'état-major, l'armée burkinabè a neutralisé une trentaine de terroristes lors "
        "d'une opération près de Djibo.",
        outlet="AFP",
    )
    place(article, "Djibo")
    found = [e for e in through(article).events if e.type == "Battles"]
    assert found and found[0].fatalities is not None
    assert found[0].fatalities.min == 30


def test_a_count_told_before_neutralising_is_not_its_toll():
    article = parsed(
        "Mardi, trois soldats ont été blessés quand l'armée a neutralisé l'attaque près de Djibo.",
        outlet="AFP",
    )
    place(article, "Djibo")
    found = [e for e in through(article).events if e.trigger.text == "neutralisé"]
    assert found and found[0].fatalities is None


def test_a_boat_named_after_a_town_is_not_that_town():
    article = parsed(
        "Des hommes armés ont pris pour cible jeudi « le bateau Mopti » sur le fleuve, "
        "près de Diré.",
        outlet="AFP",
    )
    place(article, "Mopti")
    place(article, "Diré")
    found = through(article).events
    assert found and found[0].place is not None
    assert found[0].place.name == "Diré"


def test_the_village_struck_in_another_town_is_another_attack():
    article = parsed(
        "Des jihadistes ont attaqué le village de Diallo, dans le cercle de Douentza. "
        "Plus au sud, le village de Mondoro a été attaqué par des hommes armés.",
        outlet="RFI",
    )
    place(article, "Diallo")
    place(article, "Mondoro")
    found = through(article).events
    assert sorted(e.place.name for e in found if e.place) == ["Diallo", "Mondoro"]

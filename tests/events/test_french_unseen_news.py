"""French news of regions the rules were not written on (Sahel, Lake Chad, Horn of Africa,
Kordofan, Haiti, Yemen, Ukraine): the parties that recur there, the story's day and place for
what a sentence does not date, territory verbs that take no ground, running totals, and the
crowd of a protest. Sentences are made up in the style of wire copy."""

from __future__ import annotations

from datetime import date

from event_helpers import parsed, place, through, when

from passage.record import Article, Event
from passage.stages import actors

PUBLISHED = date(2025, 6, 11)  # a Wednesday


def article(text: str, published: date | None = PUBLISHED) -> Article:
    return parsed(text, outlet="AFP", published=published)


def events_of(a: Article) -> list[Event]:
    return through(a).events


def one(a: Article, subtype: str | None = None) -> Event:
    found = [e for e in events_of(a) if subtype is None or e.subtype == subtype]
    assert len(found) == 1, [(e.trigger.text, e.subtype) for e in a.events]
    return found[0]


def named(e: Event, role: str) -> set[str]:
    return {x.name for x in e.actors if x.role == role}


def actor_names(text: str) -> dict[str, str]:
    a = actors.annotate(article(text))
    return {m.text: m.name for m in a.actors}


# --- parties of these regions ------------------------------------------------------------------


def test_parties_of_the_sahel_lake_chad_and_yemen_have_their_names() -> None:
    found = actor_names(
        "Les VDP et les miliciens Fano ont été visés, tout comme des combattants de l'Iswap, "
        "selon l'Africom et les autorités houthies."
    )
    assert found["VDP"] == "Volunteers for the Defense of the Homeland"
    assert found["miliciens Fano"] == "Fano"
    assert found["combattants de l'Iswap"] == "Islamic State West Africa Province"
    assert found["Africom"] == "United States forces"
    assert found["autorités houthies"] == "Houthis"


def test_government_forces_are_the_forces_of_the_country_the_story_is_about() -> None:
    a = article("Les forces gouvernementales ont repoussé une attaque près de Marib, au Yémen.")
    place(a, "Marib", "town")
    a.places[-1].country = "YE"
    e = one(a)
    assert "Military Forces of Yemen" in {x.name for x in e.actors}


def test_a_named_group_after_a_common_noun_is_that_group() -> None:
    found = actor_names("Des membres de la coalition de gangs Viv Ansanm ont été arrêtés.")
    assert found == {"Viv Ansanm": "Viv Ansanm"}


def test_the_network_a_group_belongs_to_is_not_who_the_insurgents_are() -> None:
    found = actors.annotate(
        article(
            "Des combattants shebab, affiliés à Al-Qaïda, ont attaqué une base à Jowhar. "
            "Les insurgés ont ensuite incendié des véhicules."
        )
    ).actors
    insurgents = next(m for m in found if m.text == "Les insurgés")
    assert insurgents.name == "Al-Shabaab"


def test_jihadists_never_stand_for_a_militia_that_fights_beside_the_state() -> None:
    found = actors.annotate(
        article(
            "Le JNIM a revendiqué l'attaque de Djibasso. Des VDP ont ensuite ratissé la zone. "
            "Les jihadistes ont incendié l'école du village."
        )
    ).actors
    jihadists = next(m for m in found if m.text == "Les jihadistes")
    assert jihadists.name == "JNIM"


def test_bare_paramilitaries_are_the_paramilitary_force_the_story_named() -> None:
    a = article(
        "Les Forces de soutien rapide (FSR) ont pris d'assaut le village d'Um Sumeima. "
        "L'aviation soudanaise a bombardé des positions paramilitaires à l'est du village."
    )
    strike = next(e for e in events_of(a) if e.subtype == "Air/drone strike")
    assert named(strike, "target") == {"Rapid Support Forces"}


# --- who did it --------------------------------------------------------------------------------


def test_the_group_a_passive_claim_names_did_the_attack() -> None:
    a = article(
        "Une embuscade a visé lundi un convoi de gendarmes près de Tillabéri. "
        "L'embuscade a été revendiquée par le JNIM."
    )
    place(a, "Tillabéri")
    clash = next(e for e in events_of(a) if e.trigger.text == "embuscade")
    assert named(clash, "actor") == {"JNIM"}


def test_clashes_between_two_sides_have_an_actor_and_a_target() -> None:
    a = article("De violents affrontements entre les FAMa et le JNIM ont eu lieu près de Boni.")
    place(a, "Boni")
    e = one(a)
    assert named(e, "actor") == {"Military Forces of Mali"}
    assert named(e, "target") == {"JNIM"}


def test_who_launched_the_drones_and_who_struck_with_them_carried_out_the_strike() -> None:
    launched = one(article("L'armée russe a lancé plus de quatre-vingts drones sur Odessa."))
    assert named(launched, "actor") == {"Russian forces"}
    struck = one(
        article("Les forces ukrainiennes ont frappé un dépôt de munitions à l'aide de drones.")
    )
    assert named(struck, "actor") == {"Military Forces of Ukraine"}


def test_strikes_carried_out_on_a_day_keep_the_subject_of_the_verb() -> None:
    a = article("L'armée nigérienne a mené samedi des frappes aériennes près de Tahoua.")
    when(a, "samedi", date(2025, 6, 7))
    assert named(one(a), "actor") == {"Military Forces of Niger"}


def test_the_nationality_of_a_weapon_names_who_fired_it() -> None:
    e = one(article("Une frappe de missile russe a touché un entrepôt à Dnipro."))
    assert e.subtype == "Shelling/artillery/missile attack"
    assert named(e, "actor") == {"Russian forces"}


def test_who_killed_in_an_ambush_laid_it() -> None:
    e = one(article("Des hommes armés ont tué onze orpailleurs dans une embuscade près de Kaya."))
    assert named(e, "actor") == {"Unidentified armed group"}
    assert e.fatalities is not None and e.fatalities.min == 11


def test_the_subject_before_an_apposed_participle_acts() -> None:
    a = article("Les insurgés, arrivés en pick-up, ont incendié la sous-préfecture de Boulsa.")
    place(a, "Boulsa")
    e = one(a)
    assert e.subtype == "Looting/property destruction"
    assert named(e, "actor") == {"Les insurgés"}


def test_people_taken_or_held_are_civilians() -> None:
    taken = one(article("Des bandits armés ont enlevé trois commerçantes sur la route de Léogâne."))
    assert named(taken, "target") == {"Civilians"}
    held = one(article("La police a arrêté une vingtaine de pêcheurs dans le port de Mokha."))
    assert held.subtype == "Arrests"
    assert named(held, "target") == {"Civilians"}


def test_the_crowd_of_a_protest_are_protesters() -> None:
    e = one(article("Des milliers d'habitants ont manifesté jeudi à Bunia contre l'insécurité."))
    assert e.subtype == "Peaceful protest"
    assert named(e, "actor") == {"Protesters"}


# --- what is not an act, or not that act -------------------------------------------------------


def test_territory_verbs_that_take_no_ground_tell_no_takeover() -> None:
    freed = article("Les forces spéciales ont libéré douze otages lundi à Tessit.")
    place(freed, "Tessit")
    assert not [e for e in events_of(freed) if "territory" in e.subtype]
    seized = article("Les assaillants se sont emparés de véhicules et de carburant à Tessit.")
    place(seized, "Tessit")
    assert not [e for e in events_of(seized) if "territory" in e.subtype]


def test_talks_that_could_resume_are_no_event() -> None:
    a = article("Les discussions entre les deux camps pourraient reprendre à Djeddah en juillet.")
    place(a, "Djeddah")
    assert events_of(a) == []


def test_attackers_who_withdraw_after_the_attack_hand_over_no_territory() -> None:
    a = article("Les assaillants ont pillé le dispensaire de Tin-Akoff avant de se retirer.")
    place(a, "Tin-Akoff")
    assert [e.subtype for e in events_of(a)] == ["Looting/property destruction"]


def test_a_running_total_over_months_is_no_event() -> None:
    a = article("Depuis mars, plus de 2 000 civils ont été tués dans la région du Darfour.")
    assert events_of(a) == []


def test_drones_shot_down_are_no_dead() -> None:
    e = one(
        article(
            "L'armée russe a lancé des dizaines de drones sur Kharkiv, dont la plupart ont été "
            "abattus par la défense antiaérienne."
        )
    )
    assert e.fatalities is None


# --- tolls -------------------------------------------------------------------------------------


def test_a_toll_written_with_a_space_between_thousands_is_one_number() -> None:
    e = one(article("L'attaque du camp de Kutum a fait 1 200 morts, selon une ONG."))
    assert e.fatalities is not None and e.fatalities.min == 1200


def test_one_victim_named_as_the_subject_counts_one() -> None:
    e = one(article("Un enseignant a été tué par des hommes armés près de Fada N'Gourma."))
    assert e.fatalities is not None and e.fatalities.min == 1


# --- when --------------------------------------------------------------------------------------


def test_an_act_told_after_a_dated_one_happened_on_its_day() -> None:
    a = article(
        "Des jihadistes ont attaqué samedi le village de Dargol. "
        "Ils ont pillé les greniers et emporté le bétail."
    )
    when(a, "samedi", date(2025, 6, 7))
    place(a, "Dargol")
    looting = next(e for e in events_of(a) if e.subtype == "Looting/property destruction")
    assert looting.date is not None and looting.date.start == date(2025, 6, 7)
    assert looting.date.inferred


def test_a_state_told_in_the_present_keeps_the_day_of_the_report() -> None:
    a = article(
        "Des rebelles ont attaqué samedi la ville de Rutshuru. Les rebelles contrôlent "
        "désormais la ville."
    )
    when(a, "samedi", date(2025, 6, 7))
    place(a, "Rutshuru")
    held = next(e for e in events_of(a) if e.trigger.text == "contrôlent")
    assert held.date is not None and held.date.start == PUBLISHED


def test_the_date_of_a_dateline_is_the_report_s_not_the_act_s() -> None:
    a = article("BAMAKO, 11 juin 2025 (AFP) - Des combats ont fait dix morts lundi près de Ménaka.")
    when(a, "11 juin 2025", PUBLISHED)
    when(a, "lundi", date(2025, 6, 9))
    place(a, "Ménaka")
    e = one(a)
    assert e.date is not None and e.date.start == date(2025, 6, 9)


def test_aircraft_that_struck_make_the_strike() -> None:
    e = one(article("L'aviation soudanaise a frappé jeudi des dépôts de carburant à Nyala."))
    assert e.subtype == "Air/drone strike"
    assert named(e, "actor") == {"Sudanese Armed Forces"}
    assert events_of(article("La sécheresse a frappé durement les éleveurs du Sahel.")) == []


def test_kamikaze_drones_are_drone_strikes_not_suicide_bombs() -> None:
    e = one(article("La police a riposté avec des drones kamikazes à Croix-des-Bouquets."))
    assert e.subtype == "Air/drone strike"


def test_exchanges_of_fire_between_two_forces_have_both_sides() -> None:
    e = one(
        article(
            "Des échanges de tirs entre les forces pakistanaises et les talibans ont éclaté "
            "dimanche près de la frontière."
        )
    )
    assert named(e, "actor") == {"Military Forces of Pakistan"}
    assert named(e, "target") == {"Taliban"}


def test_one_named_victim_of_a_passive_killing_counts_one() -> None:
    e = one(article("Un policier a été tué jeudi dans une embuscade près de Gusau."))
    assert e.fatalities is not None and e.fatalities.min == 1


def test_a_date_that_qualifies_the_actor_does_not_date_the_act() -> None:
    a = article(
        "Les troupes tchadiennes, déployées dans la région depuis 2019, ont repris le contrôle "
        "de la localité de Bol dimanche après des combats."
    )
    when(a, "2019", date(2019, 1, 1), date(2019, 12, 31), "year")
    when(a, "dimanche", date(2025, 6, 8))
    place(a, "Bol")
    e = next(e for e in events_of(a) if "territory" in e.subtype)
    assert e.date is not None and e.date.start == date(2025, 6, 8)


def test_an_act_in_another_town_does_not_take_the_day_of_the_one_before() -> None:
    a = article(
        "Des jihadistes ont attaqué samedi le village de Dargol. "
        "Un engin explosif a détruit un pont à Téra."
    )
    when(a, "samedi", date(2025, 6, 7))
    place(a, "Dargol")
    place(a, "Téra")
    ied = next(e for e in events_of(a) if e.trigger.text == "engin explosif")
    assert ied.date is not None and ied.date.start == PUBLISHED


def test_motorbikes_and_food_taken_are_no_territory() -> None:
    a = article("Les jihadistes se sont emparés de plusieurs motos et de vivres à Inates.")
    place(a, "Inates")
    assert not [e for e in events_of(a) if "territory" in e.subtype]


def test_parties_of_the_afghan_border_and_tigray_have_their_names() -> None:
    found = actor_names(
        "Les talibans ont accusé les talibans pakistanais d'avoir attaqué un poste tenu par "
        "le TPLF."
    )
    assert found["talibans"] == "Taliban"
    assert found["talibans pakistanais"] == "Tehrik-i-Taliban Pakistan"
    assert found["TPLF"] == "Tigray People's Liberation Front"


def test_the_subject_of_a_participle_hung_on_the_verb_acts() -> None:
    a = article("Les assaillants, arrivés à moto, ont également pillé des greniers à Zurmi.")
    place(a, "Zurmi")
    assert named(one(a), "actor") == {"Unidentified armed group"}


def test_a_counter_offensive_with_the_support_of_drones_is_the_force_s() -> None:
    e = one(article("La police a lancé mardi une contre-offensive avec l'appui de drones."))
    assert e.type in ("Battles", "Explosions/Remote violence")
    assert {x.text for x in e.actors if x.role == "actor"} == {"La police"}


def test_people_who_march_to_denounce_protest() -> None:
    e = one(article("Des centaines de personnes ont marché à Goma pour dénoncer l'insécurité."))
    assert e.subtype == "Peaceful protest"
    assert events_of(article("Les soldats ont marché vers la ville pendant deux jours.")) == []


def test_police_and_civilians_killed_in_clashes_keep_the_clash_a_clash() -> None:
    a = article(
        "Des hommes armés ont attaqué lundi le commissariat de Sebba. Trois gendarmes "
        "burkinabè et deux civils ont été tués lors des affrontements."
    )
    place(a, "Sebba")
    clash = next(e for e in events_of(a) if e.trigger.text == "attaqué")
    assert clash.subtype == "Armed clash"
    assert named(clash, "target") == {"Police Forces of Burkina Faso"}
    assert clash.fatalities is not None and clash.fatalities.min == 5


def test_a_counted_object_after_plus_de_is_the_target() -> None:
    e = one(
        article(
            "L'armée nigérienne affirme avoir neutralisé plus de 50 terroristes lors "
            "d'opérations dans la forêt de Makalondi la semaine dernière."
        )
    )
    assert named(e, "target") == {"Unidentified armed group"}


def test_a_crowd_that_blocked_a_road_to_protest_made_a_protest() -> None:
    e = one(
        article(
            "Samedi, des manifestants ont bloqué l'axe principal de Kindia pour protester "
            "contre les coupures d'électricité."
        )
    )
    assert e.subtype == "Peaceful protest"
    assert events_of(article("Le ministre a quitté la séance pour protester contre le vote.")) == []

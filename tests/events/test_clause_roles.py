"""Roles read from the clause of the trigger: an agent of another clause is not the event's,
a root verb heads its trigger phrase, victims of an idiom ("perdre la vie"), patients of
"tomber dans une embuscade", the claimant of an attack, and an account that goes on."""

from __future__ import annotations

from event_helpers import find, parsed, place, roles, through


def test_agent_of_a_clause_on_another_word_is_not_the_actor(nlp):
    article = parsed(
        "Le car a été attaqué à la sortie de Mopti, près d'un barrage tenu par les FAMa."
    )
    place(article, "Mopti", "town")
    assert ("actor", "Military Forces of Mali") not in roles(through(article, "events"), "attaqué")


def test_agent_of_a_clause_on_the_trigger_is_its_actor(nlp):
    article = parsed("L'attaque menée par le Jnim a visé un poste près de Mopti.")
    place(article, "Mopti", "town")
    assert ("actor", "JNIM") in roles(through(article, "events"), "attaque")


def test_root_verb_heads_its_trigger_phrase(nlp):
    # "tiré sur": the verb, not the preposition, has the subject.
    article = through(parsed("Des hommes armés ont tiré sur les véhicules."), "events")
    assert ("actor", "Unidentified armed group") in roles(article, "tiré sur")


def test_the_subject_of_an_idiom_with_its_own_object_is_the_victim(nlp):
    article = through(
        parsed("Au moins douze civils ont perdu la vie lors d'une attaque contre le marché."),
        "events",
    )
    (ev,) = [e for e in article.events if e.type != "Strategic developments"]
    assert ("target", "Civilians") in {(a.role, a.name) for a in ev.actors}
    assert not [a for a in ev.actors if a.role == "actor" and a.name == "Civilians"]
    assert (ev.type, ev.subtype) == ("Violence against civilians", "Attack")


def test_those_who_fall_into_an_ambush_are_its_target(nlp):
    article = parsed("Des soldats nigériens sont tombés dans une embuscade près de Tillabéri.")
    place(article, "Tillabéri", "town")
    assert roles(through(article, "events"), "embuscade") == {
        ("target", "Military Forces of Niger")
    }


def test_who_claims_an_attack_carried_it_out(nlp):
    article = through(parsed("Le Jnim a revendiqué l'attaque du poste de Boni."), "events")
    assert ("actor", "JNIM") in roles(article, "attaque")


def test_an_account_goes_on_from_its_latest_telling(nlp):
    # The third telling is three sentences after the first but right after the second.
    article = parsed(
        "Vendredi, des hommes armés ont attaqué un convoi près de Kobe. "
        "Le convoi transportait des vivres vers Ansongo. "
        "Les assaillants ont attaqué les camions de tête. "
        "Les combats ont duré plusieurs heures."
    )
    place(article, "Kobe", "town")
    place(article, "Ansongo", "town")
    battles = [e for e in through(article, "events").events if e.type == "Battles"]
    assert len(battles) == 1, [(e.trigger.text, [m.text for m in e.mentions]) for e in battles]
    assert "combats" in {m.text for m in battles[0].mentions}


def test_a_place_in_the_source_s_phrase_is_not_where_it_happened(nlp):
    article = parsed(
        "Selon les radios Tataouine et Mosaïque FM, des affrontements ont éclaté dans la nuit."
    )
    place(article, "Tataouine", "town")
    (ev,) = through(article, "events").events
    assert ev.place is None or ev.place.text != "Tataouine"


def test_a_sentence_that_names_no_place_goes_on_where_the_story_is(nlp):
    article = parsed(
        "Des hommes armés ont encerclé Djibo la semaine dernière. "
        "Ils ont détruit les ponts qui permettent d'accéder à la ville."
    )
    place(article, "Djibo", "town")
    (ev,) = find(through(article, "events"), "détruit")
    assert ev.place is not None and ev.place.text == "Djibo"


def test_a_story_place_does_not_split_a_retold_event(nlp):
    # The second telling takes Mopti, the last town named, from the story; the first telling
    # named Boni as the place of the attack: one attack, at Boni.
    article = parsed(
        "Mercredi, des hommes armés ont attaqué à Boni un convoi parti de Mopti. "
        "Les assaillants ont attaqué les camions de tête."
    )
    place(article, "Mopti", "town")
    place(article, "Boni", "town")
    battles = [e for e in through(article, "events").events if e.type == "Battles"]
    assert [e.place.text for e in battles] == ["Boni"]

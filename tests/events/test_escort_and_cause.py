"""Roles a sentence gives through what surrounds its trigger: the forces escorting a convoy
are whom an attack on it engages, and a closure caused by what the clause before tells was
done by the actor of that clause."""

from __future__ import annotations

from event_helpers import find, parsed, place, roles, through


def test_the_escort_of_an_attacked_convoy_is_the_target(nlp):
    # the attack engages the soldiers who escort the civilians: a clash with the army
    article = through(
        parsed(
            "Au Mali, des hommes armés ont attaqué un convoi de civils escorté par des soldats "
            "maliens, tuant douze personnes."
        )
    )
    assert ("target", "Military Forces of Mali") in roles(article, "attaqué")
    assert find(article, "attaqué")[0].subtype == "Armed clash"


def test_a_passive_attack_on_an_escorted_convoy_targets_the_escort(nlp):
    article = parsed(
        "Le convoi, escorté par des soldats nigériens, a été pris pour cible mardi par des "
        "hommes armés."
    )
    assert ("target", "Military Forces of Niger") in roles(through(article), "pris pour cible")


def test_an_unescorted_convoy_keeps_no_military_target(nlp):
    article = parsed("Des hommes armés ont pris pour cible un convoi de commerçants mardi.")
    targets = {n for r, n in roles(through(article), "pris pour cible") if r == "target"}
    assert not any(n.startswith("Military Forces") for n in targets)


def test_a_closure_caused_by_the_clause_before_is_its_actor_s(nlp):
    article = parsed(
        "L'armée soudanaise a déployé des blindés devant le poste-frontière d'Adré, ce qui a "
        "entraîné la fermeture du passage."
    )
    place(article, "Adré", "crossing", "crossing:adre")
    assert ("actor", "Sudanese Armed Forces") in roles(through(article), "fermeture")


def test_the_toll_of_an_attack_on_an_escort_belongs_to_it(nlp):
    # the dead of the next sentence are the convoy's, not a second attack on civilians
    article = through(
        parsed(
            "Des hommes armés ont attaqué un convoi de camions escorté par des soldats maliens. "
            "Au moins douze personnes ont été tuées, selon des sources locales."
        )
    )
    assert [e.trigger.text for e in article.events] == ["attaqué"]
    assert article.events[0].fatalities.min == 12

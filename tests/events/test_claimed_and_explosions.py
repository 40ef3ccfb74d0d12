"""Claims of responsibility that reach back to attacks already told, explosions as remote
violence, and "aucun véhicule ne passe" as a closure."""

from __future__ import annotations

from datetime import date

from event_helpers import parsed, place, through, when

OUTLET = "Press TV"


def _article(text: str, *towns: str):
    article = parsed(text, outlet=OUTLET)
    for town in towns:
        place(article, town, "town")
    return through(article)


def _actors(event) -> list[tuple[str, str]]:
    return [(a.role, a.name) for a in event.actors]


def test_claim_of_two_attacks_credits_the_last_two():
    article = _article(
        "Des hommes armés ont attaqué un poste de l'armée à Gao. "
        "Une attaque a visé un bateau près de Mopti. "
        "Une attaque a frappé un marché à Kidal. "
        "Le GSIM a revendiqué les deux attaques.",
        "Gao",
        "Mopti",
        "Kidal",
    )
    by_place = {e.place.text: e for e in article.events}
    # no new event for the claim: it retells what was told
    assert len(article.events) == 3
    claiming = article.text.index("Le GSIM")
    for town in ("Mopti", "Kidal"):
        e = by_place[town]
        assert ("actor", "JNIM") in _actors(e)
        claimed = [c for c in e.claims if c.evidence.start == claiming]
        assert [(c.status, c.chain) for c in claimed] == [("claimed", [OUTLET, "JNIM"])]
    # the attack told before the last two keeps its own telling only
    assert all(c.evidence.start != claiming for c in by_place["Gao"].claims)


def test_claimed_attack_of_a_place_is_that_one():
    article = _article(
        "Une attaque a frappé un marché à Gao. "
        "Des hommes armés ont ensuite attaqué un poste de l'armée à Mopti. "
        "L'attaque de Gao, revendiquée par l'État islamique, a fait vingt morts.",
        "Gao",
        "Mopti",
    )
    by_place = {e.place.text: e for e in article.events}
    assert len(article.events) == 2
    assert _actors(by_place["Gao"])[0] == ("actor", "Islamic State")
    assert any(c.status == "claimed" for c in by_place["Gao"].claims)
    assert ("actor", "Islamic State") not in _actors(by_place["Mopti"])


def test_claimed_attack_of_a_day_is_that_one():
    article = parsed(
        "Une attaque a frappé un marché à Gao mardi. "
        "Une autre attaque a visé un bateau à Mopti jeudi. "
        "L'État islamique a revendiqué l'attaque de mardi.",
        outlet=OUTLET,
    )
    place(article, "Gao")
    place(article, "Mopti")
    when(article, "mardi", date(2019, 9, 24))
    when(article, "jeudi", date(2019, 9, 26))
    by_place = {e.place.text: e for e in through(article).events}
    assert ("actor", "Islamic State") in _actors(by_place["Gao"])
    assert ("actor", "Islamic State") not in _actors(by_place["Mopti"])


def test_claim_of_an_attack_not_told_before_is_an_event():
    article = _article("Le GSIM a revendiqué l'attaque contre le camp militaire de Boni.", "Boni")
    assert len(article.events) == 1
    e = article.events[0]
    assert ("actor", "JNIM") in _actors(e)
    assert [c.status for c in e.claims] == ["claimed"]


def test_claim_does_not_credit_an_attack_on_the_claimer():
    article = _article(
        "L'armée malienne a attaqué une position du GSIM près de Gao. "
        "Le GSIM a revendiqué l'attaque.",
        "Gao",
    )
    army = [e for e in article.events if ("actor", "Military Forces of Mali") in _actors(e)]
    assert army and all(("actor", "JNIM") not in _actors(e) for e in army)


def test_explosion_is_remote_violence_with_its_kind_from_context():
    article = _article(
        "Une explosion a tué trois personnes à Gao. "
        "Un engin explosif a provoqué une explosion près de Mopti. "
        "Une explosion due à un kamikaze a frappé un marché de Kidal.",
        "Gao",
        "Mopti",
        "Kidal",
    )
    kinds = {e.place.text: (e.type, e.subtype) for e in article.events}
    assert kinds == {
        "Gao": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        "Mopti": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        "Kidal": ("Explosions/Remote violence", "Suicide bomb"),
    }


def test_figurative_explosions_are_not_events():
    article = _article(
        "L'explosion des prix inquiète les habitants de Gao. "
        "Une explosion de colère a suivi l'annonce à Mopti.",
        "Gao",
        "Mopti",
    )
    assert article.events == []


def test_no_traffic_passing_is_a_closure():
    article = parsed(
        "Aucun véhicule ne peut passer au poste de Masnaa. "
        "Plus aucun camion ne passe sur la route de Damas.",
        outlet=OUTLET,
    )
    place(article, "poste de Masnaa", "crossing", "crossing:masnaa")
    place(article, "route de Damas", "road", "road:damas")
    events = through(article).events
    found = sorted((e.access.target, e.access.effect, e.negated) for e in events if e.access)
    assert found == [("crossing:masnaa", "close", False), ("road:damas", "close", False)]
    assert all(("actor", "Civilians") not in _actors(e) for e in events)

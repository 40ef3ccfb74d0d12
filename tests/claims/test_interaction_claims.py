"""Claims of PLOVER interactions: the chain from the outlet outward and the status, as for events,
with the verb that tells an interaction ("a rejeté", "accused") being the act, not a frame."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

from passage import pipeline
from passage.record import Article, Event, EventActor, Span
from passage.stages import claims

OUTLET = "Wire"
BEFORE_CLAIMS = tuple(s for s in pipeline.STAGES if s[0] != "claims")

Said = set[tuple[str, tuple[str, ...]]]


def analysed(text: str, lang: str) -> Article:
    """The article through every stage before claims, with no interaction of the events stage:
    these tests give their own, so they do not depend on its lexicon."""
    article = pipeline.run(
        Article(text=text, language=lang, outlet=OUTLET, published=date(2025, 5, 12)),
        BEFORE_CLAIMS,
    )
    article.interactions = []
    return article


def interaction(
    article: Article, trigger: str, category: str, actor: str = "", target: str = "", nth: int = 0
) -> Event:
    """The interaction a trigger word tells (its nth occurrence), coded with a PLOVER category."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(trigger, start + 1)
    span = Span(start, start + len(trigger), trigger)
    actors = [EventActor("actor", actor, "state", actor)] if actor else []
    actors += [EventActor("target", target, "state", target)] if target else []
    return Event(
        id=f"in-{start}",
        type="Interaction",
        subtype=category,
        plover=category,
        trigger=span,
        sentence=span,
        actors=actors,
    )


def said(event: Event) -> Said:
    assert all(c.chain[0] == OUTLET for c in event.claims)
    return {(c.status, tuple(c.chain[1:])) for c in event.claims}


def attributed(text: str, lang: str, trigger: str, category: str, **roles: str) -> Said:
    article = analysed(text, lang)
    told = interaction(article, trigger, category, **roles)
    article.interactions = [told]
    claims.attribute(article)
    return said(told)


def test_a_rejection_told_by_a_cited_agency_has_the_agency_in_its_chain():
    found = attributed(
        "Selon l'agence Anadolu, Ankara a rejeté mardi la proposition russe d'un corridor "
        "dans la province d'Idleb.",
        "fr",
        "rejeté",
        "REJECT",
    )
    assert found == {("reported", ("Anadolu",))}


def test_a_rejection_in_the_conditional_is_a_rumour_not_a_denial():
    found = attributed(
        "Le Hezbollah aurait refusé de retirer ses combattants au nord du Litani, selon des "
        "sources libanaises.",
        "fr",
        "refusé",
        "REJECT",
    )
    assert found == {("rumoured", ("des sources libanaises",))}


def test_an_accusation_is_told_in_the_outlets_voice_not_alleged_by_the_accuser():
    found = attributed(
        "Ouagadougou a accusé jeudi la Côte d'Ivoire d'abriter des opposants armés.",
        "fr",
        "accusé",
        "DISAPPROVE",
    )
    assert found == {("asserted", ())}


def test_a_demand_told_to_an_agency_by_a_spokesman():
    found = attributed(
        "Kenya demanded the release of its nationals held in Juba, a government spokesman "
        "told AFP.",
        "en",
        "demanded",
        "DEMAND",
    )
    assert found == {("reported", ("AFP", "a government spokesman"))}


def test_a_threat_its_author_denies_is_denied():
    found = attributed(
        "Moscow denied on Friday that it had threatened Georgia over the Upper Lars crossing.",
        "en",
        "threatened",
        "THREATEN",
    )
    assert found == {("denied", ("Government of Russia",))}


def test_an_arabic_rejection_reported_by_an_agency():
    found = attributed(
        "وقالت وكالة رويترز إن الخرطوم رفضت مبادرة إيغاد لوقف القتال في دارفور.",
        "ar",
        "رفضت",
        "REJECT",
    )
    assert found == {("reported", ("Reuters",))}


def test_an_interaction_told_twice_has_one_claim_per_telling():
    article = analysed(
        "Le Mali a exigé le départ des casques bleus de la MINUSMA. Selon RFI, Bamako a de "
        "nouveau exigé ce retrait lundi devant le Conseil de sécurité.",
        "fr",
    )
    told = interaction(article, "exigé", "DEMAND")
    told.mentions = [told.trigger, interaction(article, "exigé", "DEMAND", nth=1).trigger]
    article.interactions = [told]
    claims.attribute(article)
    assert said(told) == {("asserted", ()), ("reported", ("RFI",))}


def _event_claims(article: Article) -> list[list[tuple[str, tuple[str, ...], int]]]:
    return [
        [(c.status, tuple(c.chain), c.evidence.start) for c in e.claims] for e in article.events
    ]


def test_interactions_leave_the_claims_of_events_as_they_were():
    text = (
        "Selon l'AFP, des hommes armés ont attaqué un convoi de l'armée près de Ménaka, et "
        "Bamako a rejeté toute négociation. L'armée a démenti ces allégations."
    )
    alone = analysed(text, "fr")
    assert alone.events, "the attack is an event"
    with_interactions = copy.deepcopy(alone)
    claims.attribute(alone)
    # Every event told again as an interaction at the same words, and the rejection: the most
    # an interaction can share with an event.
    mirrors = [
        replace(copy.deepcopy(e), id=f"in-{e.id}", type="Interaction", subtype="DISAPPROVE")
        for e in with_interactions.events
    ]
    rejection = interaction(with_interactions, "rejeté", "REJECT")
    with_interactions.interactions = [*mirrors, rejection]
    claims.attribute(with_interactions)
    assert _event_claims(with_interactions) == _event_claims(alone)
    assert said(rejection) == {("reported", ("AFP",))}

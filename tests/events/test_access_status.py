"""Status descriptions of crossings and roads ("le poste reste fermé", "la route est
impraticable") are access events; the same words said of anything else are not."""

from __future__ import annotations

import pytest
from event_helpers import parsed, place, through

NASSIB = ("Nassib", "crossing", "crossing:nassib")
ROAD = ("route de Damas", "road", "road:damas")


def access_of(text: str, *places: tuple) -> list[tuple[str, str, str]]:
    article = parsed(text)
    for spec in places:
        place(article, *spec)
    return [
        (e.trigger.text, e.access.target, e.access.effect)
        for e in through(article).events
        if e.access
    ]


@pytest.mark.parametrize(
    "text, spec, trigger, effect",
    [
        (
            "Le poste de Nassib, rouvert depuis lundi, accueille des camions.",
            NASSIB,
            "rouvert",
            "open",
        ),
        ("La route de Damas est de nouveau praticable.", ROAD, "praticable", "open"),
        ("La route de Damas est impraticable depuis les pluies.", ROAD, "impraticable", "close"),
        (
            "Le poste de Nassib est interdit à la circulation.",
            NASSIB,
            "interdit à la circulation",
            "close",
        ),
        ("La circulation sur la route de Damas reste coupée.", ROAD, "coupée", "close"),
        (
            "Les camions ne passent plus par Nassib depuis lundi.",
            NASSIB,
            "ne passent plus",
            "close",
        ),
    ],
)
def test_a_status_is_an_access_event(text, spec, trigger, effect):
    assert (trigger, spec[2], effect) in access_of(text, spec)


@pytest.mark.parametrize(
    "text",
    [
        "Les écoles de Nassib demeurent fermées.",
        "Les commerces proches du poste de Nassib restent fermés.",
        "Les voyageurs restés bloqués au poste de Nassib ont pu rentrer.",
    ],
)
def test_what_else_stays_closed_is_no_access_event(text):
    assert access_of(text, NASSIB) == []


def test_a_present_participle_closes_what_it_acts_on():
    text = "L'explosion a creusé un cratère empêchant toute circulation sur la route de Damas."
    assert ("empêchant toute circulation", "road:damas", "close") in access_of(text, ROAD)

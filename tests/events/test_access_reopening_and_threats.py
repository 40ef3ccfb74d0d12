"""A reopening is open access on its crossing, whatever the spelling ("réouvert"); a closure
told as what came before a reopening is not the day's news; a threat to close is no closure."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import parsed, place, through, when

from passage import pipeline
from passage.record import Article

THURSDAY = date(2026, 3, 12)
TORKHAM = ("Torkham", "crossing", "crossing:torkham")
MASNAA = ("Masnaa", "crossing", "crossing:masnaa-jdeidet-yabous")
ADRE = ("Adré", "crossing", "crossing:adre")
RAS_JEDIR = ("Ras Jedir", "crossing", "crossing:ras-jedir")


def access_of(text: str, spec: tuple, language: str) -> list[tuple[str, str, date | None]]:
    """(trigger, effect, start day) of the events with access on the crossing."""
    article = parsed(text, published=date(2026, 3, 13), language_code=language)
    place(article, *spec)
    for day_word in ("Thursday", "jeudi"):
        when(article, day_word, THURSDAY)
    return [
        (e.trigger.text, e.access.effect, e.date.start if e.date else None)
        for e in through(article).events
        if e.access and e.access.target == spec[2] and not e.negated
    ]


@pytest.mark.parametrize(
    "text, spec",
    [
        ("Le poste de Masnaa a été réouvert jeudi aux poids lourds.", MASNAA),
        ("Le point de passage de Torkham a été réouvert jeudi, selon les douanes.", TORKHAM),
    ],
)
def test_a_reopening_spelt_re_ouvert_opens_the_crossing(text, spec):
    effects = {effect for _trigger, effect, _day in access_of(text, spec, "fr")}
    assert "open" in effects


@pytest.mark.parametrize(
    "text, spec",
    [
        (
            "The Torkham crossing reopened to cargo trucks on Thursday after a nine-day closure.",
            TORKHAM,
        ),
        (
            "The Ras Jedir border post reopened on Thursday after being closed for a week.",
            RAS_JEDIR,
        ),
        ("Traffic resumed through Masnaa on Thursday following a long closure.", MASNAA),
    ],
)
def test_the_closure_before_a_reopening_is_not_dated_on_its_day(text, spec):
    found = access_of(text, spec, "en")
    assert ("open", THURSDAY) in {(effect, day) for _trigger, effect, day in found}
    assert not [f for f in found if f[1] == "close" and f[2] == THURSDAY]


def test_a_closure_dated_after_its_own_noun_keeps_that_date():
    text = "The Masnaa crossing saw a closure on Thursday, customs officials said."
    found = access_of(text, MASNAA, "en")
    assert ("close", THURSDAY) in {(effect, day) for _trigger, effect, day in found}


@pytest.mark.parametrize(
    "text, spec",
    [
        ("Islamabad threatened on Thursday to shut the Torkham crossing to Afghan goods.", TORKHAM),
        ("Chad's army threatened to seal the Adré crossing if the raids went on.", ADRE),
        ("Tunisia threatened on Thursday to close Ras Jedir to Libyan traders.", RAS_JEDIR),
    ],
)
def test_a_threat_to_close_is_no_closure(text, spec):
    effects = {effect for _trigger, effect, _day in access_of(text, spec, "en")}
    assert "close" not in effects
    assert "threaten" in effects


def test_a_closure_carried_out_is_still_a_closure():
    text = "Islamabad shut the Torkham crossing to Afghan goods on Thursday."
    effects = {effect for _trigger, effect, _day in access_of(text, TORKHAM, "en")}
    assert "close" in effects


def pipeline_access(text: str, language: str) -> set[tuple[str, str]]:
    """(target, effect) of the access events the whole pipeline finds, places and dates too."""
    article = pipeline.run(
        Article(text=text, language=language, outlet="Reuters", published=date(2026, 3, 13))
    )
    return {(e.access.target, e.access.effect) for e in article.events if e.access}


@pytest.mark.parametrize(
    "text, target",
    [
        ("Kabul a menacé mardi de fermer Torkham.", "crossing:torkham"),
        (
            "Le Niger a menacé de fermer le poste de Gaya, où des camions ont été stoppés samedi.",
            "crossing:gaya-malanville",
        ),
        (
            "Le Tchad a menacé lundi de fermer le poste frontalier d'Adré si les pillages "
            "continuaient.",
            "crossing:adre",
        ),
    ],
)
def test_a_french_threat_to_close_names_its_crossing(text, target):
    assert pipeline_access(text, "fr") == {(target, "threaten")}


def test_an_act_told_as_the_condition_of_a_threat_is_no_closure():
    text = (
        "Kenya threatened on Friday to seal the Moyale crossing unless Ethiopian troops "
        "stopped firing across the border."
    )
    assert pipeline_access(text, "en") == {("crossing:moyale", "threaten")}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Rafah terminal shut its gates on Wednesday, Palestinian officials said.", "en"),
        ("Le terminal frontalier de Rafah reste fermé depuis mercredi.", "fr"),
    ],
)
def test_a_border_terminal_is_its_crossing(text, language):
    # "terminal" is a crossing word before or after a registry crossing's name
    article = pipeline.run(Article(text=text, language=language, published=date(2026, 3, 13)))
    assert [(p.text, p.kind) for p in article.places] == [("Rafah", "crossing")]


def test_a_terminal_with_no_crossing_leaves_the_town_a_town():
    text = "Passengers waited at the bus terminal in Kabul on Monday after the blast."
    article = pipeline.run(Article(text=text, language="en", published=date(2026, 3, 13)))
    assert [(p.text, p.kind) for p in article.places] == [("Kabul", "town")]

"""English and Arabic run through the same code with their own lexicons (no parser)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import parsed, place, through


@pytest.mark.parametrize(
    "text, subtype, fatalities",
    [
        (
            "Four women were killed when unidentified gunmen opened fire on their vehicle.",
            "Attack",
            4,
        ),
        (
            "Two suicide bombers blew themselves up near a station, killing at least two people.",
            "Suicide bomb",
            2,
        ),
        (
            "Police fired tear gas to disperse protesters in Nairobi on Monday.",
            "Protest with intervention",
            None,
        ),
        (
            "Syrian government forces have captured a central town and adjacent villages.",
            "Government regains territory",
            None,
        ),
    ],
)
def test_english(text, subtype, fatalities):
    article = through(parsed(text, language_code="en"))
    assert subtype in [e.subtype for e in article.events]
    counted = [e.fatalities.min for e in article.events if e.fatalities]
    assert counted == ([fatalities] if fatalities else [])


def test_english_attribution():
    text = "Islamic State claimed responsibility for a car bomb, according to Reuters."
    ev = through(parsed(text, language_code="en")).events[0]
    assert [(c.status, c.chain) for c in ev.claims] == [
        ("claimed", ["Press TV", "Reuters", "Islamic State"])
    ]


def test_arabic_closure_with_clitics():
    text = "وأعلنت وزارة الداخلية الليبية غلق معبر رأس جدير الحدودي مع تونس."
    article = parsed(text, language_code="ar", published=date(2024, 3, 19))
    place(article, "رأس جدير", "crossing", "crossing:ras-jedir")
    article = through(article)
    closes = [e for e in article.events if e.access]
    assert [(e.access.target, e.access.effect) for e in closes] == [("crossing:ras-jedir", "close")]
    assert [a.name for a in closes[0].actors if a.role == "actor"] == ["Government of Libya"]
    # the ministry announced it: a reported claim, speaker after the verb (VSO)
    claim = closes[0].claims[0]
    assert (claim.status, claim.chain) == ("reported", ["Press TV", "Government of Libya"])


@pytest.mark.parametrize(
    "text",
    [
        "Troops did not attack the village on Monday.",
        "No clashes were reported in the town.",
        "Government forces never shelled the camp.",
    ],
)
def test_english_negation_without_a_parser(text):
    article = through(parsed(text, language_code="en"))
    assert article.events, "the trigger is still read"
    assert all(e.negated for e in article.events), [
        (e.trigger.text, e.negated) for e in article.events
    ]
    assert all(c.status == "denied" for e in article.events for c in e.claims)


def test_english_affirmative_is_not_negated():
    article = through(parsed("Troops attacked the village, not the town.", language_code="en"))
    # (an attack on a village is violence against civilians: the trigger picks the event)
    assert [e.negated for e in article.events if e.trigger.text == "attacked"] == [False]


def test_arabic_negation_particle():
    text = "لم تغلق السلطات معبر رأس جدير الحدودي مع تونس."
    article = parsed(text, language_code="ar", published=date(2024, 3, 19))
    place(article, "رأس جدير", "crossing", "crossing:ras-jedir")
    article = through(article)
    closes = [e for e in article.events if e.access]
    assert closes and all(e.negated for e in closes)
    affirmative = parsed(text.replace("لم تغلق", "أغلقت"), language_code="ar")
    place(affirmative, "رأس جدير", "crossing", "crossing:ras-jedir")
    assert [e.negated for e in through(affirmative).events if e.access] == [False]


def test_arabic_generic_targeting_is_the_strike_it_tells():
    # "استهدفت غارة إسرائيلية ...": the targeting is the air strike, one event
    article = through(parsed("استهدفت غارة إسرائيلية منطقة المصنع فجر الجمعة.", language_code="ar"))
    assert [e.subtype for e in article.events] == ["Air/drone strike"]


def test_arabic_roles_stay_in_their_clause():
    # "closes the crossing after an attack by gunmen": the gunmen attacked, the ministry closed.
    text = "تعلن وزارة الداخلية الليبية غلق معبر رأس جدير عقب هجوم مسلحين على المنفذ."
    article = parsed(text, language_code="ar", published=date(2024, 3, 19))
    place(article, "رأس جدير", "crossing", "crossing:ras-jedir")
    article = through(article, "events")
    (close,) = [e for e in article.events if e.access]
    (clash,) = [e for e in article.events if e.type == "Battles"]
    assert [a.name for a in close.actors if a.role == "actor"] == ["Government of Libya"]
    assert [a.name for a in clash.actors if a.role == "actor"] == ["Unidentified armed group"]


def test_arabic_aim_is_not_an_event():
    # "... and says that the aim is to stop the abuses and to restart the crossing".
    text = (
        "أغلقت السلطات الليبية معبر رأس جدير، وتوضح أن الغاية من ذلك وقف التجاوزات "
        "وإعادة تشغيل المنفذ تحت السلطة الشرعية."
    )
    article = parsed(text, language_code="ar", published=date(2024, 3, 19))
    place(article, "رأس جدير", "crossing", "crossing:ras-jedir")
    effects = [e.access.effect for e in through(article, "events").events if e.access]
    assert effects == ["close"]

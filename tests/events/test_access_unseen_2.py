"""Access events on made-up wire copy about crossings never seen in the tests before: a crossing
noun over a crossing's name ("le terminal de Kerem Shalom") is that crossing; an opening for some
people, goods or hours only is a restriction, a limit on when is not; threats to close told in
the present, by a warning, or with the threatener between the verb and the closure
("هددت السلطات ... بإغلاق") are threats, dated by the day they were said."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import parsed, place, through, when

THURSDAY = date(2026, 3, 12)
PUBLISHED = date(2026, 3, 13)
KEREM = ("Kerem Shalom", "crossing", "crossing:kerem-shalom")
DABOUSIEH = ("Dabousieh", "crossing", "crossing:dabousieh-aboudieh")
JOUSIEH = ("Jousieh", "crossing", "crossing:jousieh-al-qaa")
TAL_ABYAD = ("Tal Abyad", "crossing", "crossing:tal-abyad-akcakale")
TAMU = ("Tamu", "crossing", "crossing:tamu-moreh")
CHAMAN = ("Chaman", "crossing", "crossing:chaman-spin-boldak")
WAGAH = ("Wagah", "crossing", "crossing:wagah-attari")
QAIM = ("القائم", "crossing", "crossing:albu-kamal-al-qaim")
JABER = ("جابر", "crossing", "crossing:nassib-jaber")
ZURBATIYAH = ("زرباطية", "crossing", "crossing:mehran-zurbatiyah")
DEHIBA = ("Dehiba", "crossing", "crossing:dehiba-wazin")
ISLAM_QALA = ("Islam Qala", "crossing", "crossing:islam-qala-dogharoun")

DAYS = ("Thursday", "jeudi", "الخميس")


def access_of(text: str, spec: tuple, language: str) -> list[tuple[str, date | None, bool]]:
    """(effect, start day, negated) of the events with access on the crossing."""
    article = parsed(text, published=PUBLISHED, language_code=language)
    place(article, *spec)
    for day_word in DAYS:
        when(article, day_word, THURSDAY)
    return [
        (e.access.effect, e.date.start if e.date else None, e.negated)
        for e in through(article).events
        if e.access and e.access.target == spec[2]
    ]


def effects(text: str, spec: tuple, language: str) -> set[str]:
    return {effect for effect, _day, negated in access_of(text, spec, language) if not negated}


def test_a_crossing_noun_over_the_crossing_s_name_is_the_crossing():
    text = "Le terminal de Kerem Shalom a été rouvert jeudi, selon l'armée."
    assert ("open", THURSDAY, False) in access_of(text, KEREM, "fr")


def test_an_airport_terminal_is_no_crossing():
    article = parsed("Le terminal de l'aéroport de Goma a été rouvert jeudi.", published=PUBLISHED)
    place(article, "Goma", "town", "geonames:1")
    assert not [e for e in through(article).events if e.access]


@pytest.mark.parametrize(
    "text, spec, language",
    [
        (
            "Le poste de Dabousieh a été rouvert jeudi aux seuls camions de marchandises.",
            DABOUSIEH,
            "fr",
        ),
        ("Le point de passage de Tal Abyad a été partiellement rouvert jeudi.", TAL_ABYAD, "fr"),
        (
            "Myanmar reopened the Tamu crossing on Thursday to pedestrians and cyclists only.",
            TAMU,
            "en",
        ),
        (
            "The Chaman crossing was partly reopened on Thursday for returning refugees.",
            CHAMAN,
            "en",
        ),
        ("أعيد فتح معبر القائم يوم الخميس أمام الشاحنات التجارية فقط.", QAIM, "ar"),
    ],
)
def test_an_opening_for_some_only_restricts_the_crossing(text, spec, language):
    assert effects(text, spec, language) == {"restrict"}


@pytest.mark.parametrize(
    "text, spec, language",
    [
        ("Le poste de Jousieh n'est ouvert qu'aux voyageurs munis d'un visa.", JOUSIEH, "fr"),
        ("لا يفتح معبر جابر إلا أمام المسافرين الأردنيين.", JABER, "ar"),
    ],
)
def test_a_restrictive_negation_limits_the_opening_and_denies_nothing(text, spec, language):
    found = access_of(text, spec, language)
    assert found and all(effect == "restrict" and not negated for effect, _d, negated in found)


def test_hours_of_the_day_limit_an_opening_a_day_does_not():
    article = parsed(
        "The Wagah crossing will open only between 9 a.m. and 3 p.m., officials said.",
        published=PUBLISHED,
        language_code="en",
    )
    place(article, *WAGAH)
    when(article, "9 a.m.", PUBLISHED)
    when(article, "3 p.m.", PUBLISHED)
    assert {e.access.effect for e in through(article).events if e.access} == {"restrict"}


@pytest.mark.parametrize(
    "text, spec, language",
    [
        ("The Wagah crossing reopened only on Thursday, after a month of talks.", WAGAH, "en"),
        ("Le poste de Jousieh n'a rouvert que jeudi, après dix jours de fermeture.", JOUSIEH, "fr"),
        (
            "Le poste de Dabousieh a été rouvert seulement après la visite du gouverneur.",
            DABOUSIEH,
            "fr",
        ),
    ],
)
def test_a_limit_on_when_leaves_an_opening_an_opening(text, spec, language):
    assert "open" in effects(text, spec, language)
    assert "restrict" not in effects(text, spec, language)


@pytest.mark.parametrize(
    "text, spec, language",
    [
        (
            "Kabul warned on Thursday it could shut the Islam Qala crossing to Iranian fuel.",
            ISLAM_QALA,
            "en",
        ),
        ("Tunisia threatens to seal the Dehiba crossing unless the smuggling stops.", DEHIBA, "en"),
        ("هددت السلطات العراقية بإغلاق منفذ زرباطية إذا استمر التهريب.", ZURBATIYAH, "ar"),
        ("تلوح الحكومة بإغلاق معبر جابر أمام الشاحنات.", JABER, "ar"),
        (
            "La Tunisie menace de suspendre le transit par Dehiba si les enlèvements continuent.",
            DEHIBA,
            "fr",
        ),
    ],
)
def test_a_threat_to_close_is_a_threat_whatever_its_tense_or_word_order(text, spec, language):
    assert effects(text, spec, language) == {"threaten"}


def test_people_threatened_by_a_closure_are_no_threat_of_one():
    text = "Traders threatened by the closure of the Chaman crossing protested on Thursday."
    assert "threaten" not in effects(text, CHAMAN, "en")


def test_a_present_threat_takes_the_day_it_was_said():
    text = (
        "Le Liban menace de fermer le poste de Jousieh aux camions syriens, a déclaré jeudi "
        "le ministre de l'Intérieur."
    )
    assert ("threaten", THURSDAY, False) in access_of(text, JOUSIEH, "fr")


def test_an_announced_reopening_takes_the_day_it_was_announced():
    text = "Le gouverneur de la Bekaa a annoncé jeudi la réouverture du poste de Jousieh."
    assert ("open", THURSDAY, False) in access_of(text, JOUSIEH, "fr")


@pytest.mark.parametrize(
    "text, spec, language",
    [
        ("Le poste de Jousieh a rouvert jeudi, mais seulement aux piétons.", JOUSIEH, "fr"),
        ("The Chaman crossing reopened on Thursday, but only for cargo trucks.", CHAMAN, "en"),
        ("أعيد فتح معبر جابر يوم الخميس، لكن أمام الشاحنات فقط.", JABER, "ar"),
    ],
)
def test_a_limit_told_after_but_still_limits_the_opening(text, spec, language):
    assert effects(text, spec, language) == {"restrict"}


def test_people_once_stranded_who_cross_tell_no_closure():
    text = "Hundreds of stranded pilgrims crossed after the Chaman crossing reopened on Thursday."
    assert effects(text, CHAMAN, "en") == {"use", "open"}
    assert effects("Trucks were stranded at the Chaman crossing on Thursday.", CHAMAN, "en") == {
        "close"
    }


@pytest.mark.parametrize(
    "text, spec, language",
    [
        ("La menace jihadiste a conduit jeudi à la fermeture du poste de Jousieh.", JOUSIEH, "fr"),
        ("The threat of attacks has led to the closure of the Chaman crossing.", CHAMAN, "en"),
        ("التهديد الأمني دفع إلى إغلاق معبر جابر يوم الخميس.", JABER, "ar"),
    ],
)
def test_a_closure_a_threat_led_to_is_a_closure(text, spec, language):
    assert effects(text, spec, language) == {"close"}

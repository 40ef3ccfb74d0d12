"""Leftovers found on news the rules were not written on (Libya, Yemen, Sudan, the Sahel,
Nigeria, Ukraine): fighting named as the cause of something else is a situation, not a new
clash; a killing and an abduction told together are two acts with their own tolls; the
Saudi-led coalition is an actor; a noun trigger's "by" / "على يد" phrase names who did it; and
fighting that reaches residential districts stays a clash. Sentences are made up in the style
of wire copy, not taken from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from passage import pipeline
from passage.record import Article, Event
from passage.stages import actors

UAG = "Unidentified armed group"
PUBLISHED = date(2025, 6, 11)


def _events(text: str, lang: str) -> list[Event]:
    article = Article(text=text, language=lang, outlet="AFP", published=PUBLISHED)
    return pipeline.run(article).events


def _told(events: list[Event]) -> list[tuple[str, int | None]]:
    return sorted((e.subtype, e.fatalities.min if e.fatalities else None) for e in events)


def _named(e: Event, role: str) -> set[str]:
    return {a.name for a in e.actors if a.role == role}


# --- 1. a cause phrase names a situation ----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les cours ont été suspendus jeudi à Misrata en raison des affrontements."),
        ("fr", "Le marché est resté fermé toute la semaine à cause des violents combats."),
        ("en", "Flights to Sebha were cancelled on Sunday because of the clashes."),
        ("en", "The clinic stopped receiving patients due to heavy fighting, MSF said."),
        ("ar", "أغلقت المحال التجارية أبوابها في مدينة الحديدة بسبب الاشتباكات."),
    ],
)
def test_fighting_named_as_a_cause_is_no_new_clash(lang: str, text: str) -> None:
    assert _events(text, lang) == []


def test_fighting_named_as_a_cause_retells_the_clash_told_before() -> None:
    found = _events(
        "Des affrontements ont opposé lundi deux brigades rivales à Misrata. "
        "Les écoles de la ville ont fermé en raison des combats.",
        "fr",
    )
    assert [e.subtype for e in found] == ["Armed clash"]
    assert len(found[0].mentions) == 2


def test_a_cause_phrase_whose_act_killed_is_that_act() -> None:
    found = _events("Deux enfants ont été tués en raison des bombardements sur Zaporijjia.", "fr")
    assert [f for _s, f in _told(found)] == [2]


def test_people_hurt_by_the_act_a_cause_phrase_names_make_it_an_act() -> None:
    found = _events("Six people were wounded on Friday due to the shelling of Kherson.", "en")
    assert [s for s, _f in _told(found)] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # its own town
        ("fr", "Les convois n'ont pas pu avancer en raison des combats à Kadugli."),
        # its own sides
        ("en", "Thousands fled their homes because of fighting between the army and the RSF."),
    ],
)
def test_fighting_with_its_own_town_or_sides_is_an_act(lang: str, text: str) -> None:
    assert [s for s, _f in _told(_events(text, lang))] == ["Armed clash"]


# --- 2. a killing and an abduction told together ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "killed"),
    [
        ("fr", "Des assaillants ont tué trois villageois et enlevé six autres près de Tahoua.", 3),
        ("en", "Gunmen killed four travellers and abducted 11 others on the Abuja-Kaduna road.", 4),
        ("ar", "قتل مسلحون أربعة قرويين واختطفوا ستة آخرين في ولاية كاتسينا.", 4),
        ("en", "Bandits killed two herders and kidnapped nine near Gusau on Saturday.", 2),
    ],
)
def test_a_killing_and_an_abduction_are_two_acts(lang: str, text: str, killed: int) -> None:
    found = _events(text, lang)
    assert _told(found) == [("Abduction/forced disappearance", None), ("Attack", killed)]
    for e in found:
        assert UAG in _named(e, "actor")
        assert "Civilians" in _named(e, "target")


def test_people_abducted_then_killed_are_one_attack() -> None:
    found = _events("Gunmen abducted and killed three aid workers near Gao on Monday.", "en")
    assert len(found) == 1


# --- 3. the Saudi-led coalition -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "en",
            "Jets of the Saudi-led military coalition struck Saada.",
            "Saudi-led military coalition",
        ),
        ("fr", "La coalition dirigée par Riyad a frappé Saada.", "coalition dirigée par Riyad"),
        (
            "ar",
            "قصف التحالف العربي بقيادة السعودية مواقع في صعدة.",
            "التحالف العربي بقيادة السعودية",
        ),
    ],
)
def test_the_saudi_led_coalition_is_an_actor(lang: str, text: str, words: str) -> None:
    article = actors.annotate(pipeline.run(Article(text=text, language=lang, outlet="AFP")))
    found = {m.text: m.name for m in article.actors}
    assert found.get(words) == "Saudi-led coalition"


def test_the_coalition_acts_in_the_strike_it_made() -> None:
    found = _events(
        "Des raids aériens de la coalition menée par l'Arabie saoudite ont visé Marib.", "fr"
    )
    assert found and "Saudi-led coalition" in _named(found[0], "actor")


# --- 4. a noun trigger's agent phrase ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The murder of two teachers by suspected militants in Mandera shocked Kenya."),
        ("en", "The kidnapping of three engineers by gunmen near Kano was confirmed."),
        ("fr", "L'enlèvement de deux humanitaires par des hommes armés à Ménaka inquiète l'ONU."),
        ("ar", "ندد الاتحاد الأوروبي بمقتل ثلاثة مزارعين على يد مسلحين في دارفور."),
    ],
)
def test_the_by_phrase_of_a_noun_trigger_names_its_actor(lang: str, text: str) -> None:
    found = _events(text, lang)
    assert len(found) == 1, [(e.trigger.text, e.subtype) for e in found]
    assert _named(found[0], "actor") == {UAG}


# --- 5. fighting that reaches districts stays a clash ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les affrontements ont gagné mercredi des quartiers résidentiels de Wad Madani."),
        ("ar", "طالت الاشتباكات أحياء سكنية في مدينة سبها."),
    ],
)
def test_fighting_that_reaches_homes_is_a_clash(lang: str, text: str) -> None:
    found = _events(text, lang)
    assert [e.subtype for e in found] == ["Armed clash"]
    assert "Civilians" not in _named(found[0], "target")


def test_fighting_retold_in_the_districts_is_the_clash_told_before() -> None:
    found = _events(
        "Des combats ont éclaté mardi à Tripoli entre deux groupes armés. "
        "Les combats ont touché des quartiers résidentiels du sud de la ville.",
        "fr",
    )
    assert [e.subtype for e in found] == ["Armed clash"]

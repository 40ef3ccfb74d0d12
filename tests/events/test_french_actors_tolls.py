"""French tolls told per report (the event keeps the lowest, each claim its own) and French
actors: inanimate subjects, the actor a noun's modifier names, anaphora of armed groups."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import parsed, through

from passage import pipeline
from passage.record import Article, Event, Fatalities, lowest_toll
from passage.stages import actors, language


def events_of(text: str) -> list[Event]:
    return through(parsed(text)).events


def one_event(text: str) -> Event:
    found = events_of(text)
    assert len(found) == 1, [(e.trigger.text, e.subtype) for e in found]
    return found[0]


def claim_tolls(e: Event) -> list[int | None]:
    """The toll each claim of the event carries in the public record, in claim order."""
    return [(c["fatalities"] or {}).get("min") for c in e.to_record()["claims"]]


# --- tolls per report --------------------------------------------------------------------------


def test_two_voices_in_one_sentence_keep_the_lower_toll() -> None:
    e = one_event(
        "Selon des sources locales, 20 civils ont péri dans l'attaque du marché de Gao ; "
        "l'armée fait état de 12 morts."
    )
    assert e.fatalities is not None and e.fatalities.min == 12


def test_a_toll_told_in_later_sentences_is_each_report_s_own() -> None:
    e = one_event(
        "Des hommes armés ont attaqué lundi un convoi près de Gao. Au moins 25 personnes ont "
        "été tuées, selon un bilan provisoire. D'après des sources hospitalières, plus de 40 "
        "corps ont été conduits à l'hôpital."
    )
    assert e.fatalities is not None and e.fatalities.min == 25  # the event: the lowest
    assert sorted(t.min for t in e.tolls) == [25, 40]
    # each claim carries the toll its own sentence gives, none where it gives none
    assert sorted(claim_tolls(e), key=lambda v: v or 0) == [None, 25, 40]
    second = e.toll_in(e.tolls[1].start, e.tolls[1].end)
    assert second is not None and second.text == "40 corps"


def test_a_vague_toll_yields_to_a_number_another_report_gives() -> None:
    e = one_event(
        "Des jihadistes ont attaqué mardi le village de Tessit. Il y a eu plusieurs morts, "
        "selon un élu local. Au moins huit civils ont été tués, d'après un bilan de l'armée."
    )
    assert e.fatalities is not None and e.fatalities.min == 8  # not 3 for "plusieurs"
    vague = [t for t in e.tolls if t.vague]
    assert [t.min for t in vague] == [3]


def test_lowest_toll_prefers_numbers_then_the_lowest() -> None:
    many = Fatalities(3, "plusieurs morts", vague=True)
    assert lowest_toll([Fatalities(30, "30 corps"), many, Fatalities(32, "32 tués")]).min == 30
    assert lowest_toll([None, many]) is many
    assert lowest_toll([]) is None


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Une vingtaine de civils ont été tués lors d'une attaque contre le village.", 20),
        ("Une dizaine de soldats ont été tués dans une embuscade près de la frontière.", 10),
        ("Une douzaine de villageois ont été tués lors d'une attaque.", 12),
        ("Plusieurs dizaines de civils ont été tués lors d'une attaque du marché.", 12),
        ("Vingt-et-un soldats ont été tués dans une embuscade.", 21),
        ("Quatre-vingt-dix personnes ont été tuées dans une attaque contre le camp.", 90),
        ("Deux cents civils ont été tués lors d'une attaque contre le camp.", 200),
        ("Mille deux cents personnes ont été tuées dans les massacres de la région.", 1200),
        ("L'embuscade a fait près d'une centaine de morts parmi les soldats.", 100),
    ],
)
def test_french_counts_and_rough_counts(text: str, toll: int) -> None:
    e = one_event(text)
    assert e.fatalities is not None and e.fatalities.min == toll
    # "une vingtaine" is a count, if a rough one; "plusieurs dizaines" a word ACLED gives 12
    assert e.fatalities.vague == text.startswith("Plusieurs")
    assert e.fatalities.start is not None and e.fatalities.text in text


# --- actors ------------------------------------------------------------------------------------


def roles(e: Event) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in e.actors:
        out.setdefault(a.role, []).append(a.name)
    return out


def event_with(text: str, trigger: str) -> Event:
    found = [e for e in events_of(text) if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.subtype) for e in events_of(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Le JNIM a revendiqué l'embuscade de Boni. Le groupe a également incendié des "
            "camions près de Douentza.",
            "incendié",
            "JNIM",
        ),
        (
            "Le M23 contrôle la route de Rutshuru. Le mouvement a incendié des maisons à Sake.",
            "incendié",
            "M23",
        ),
        (
            "Les FSR ont attaqué le camp lundi. Les combattants ont ensuite pillé le marché.",
            "pillé",
            "Rapid Support Forces",
        ),
        (
            "Des hommes armés ont attaqué le convoi près de Gao. Ce groupe a incendié cinq "
            "camions.",
            "incendié",
            "Unidentified armed group",
        ),
    ],
)
def test_a_bare_noun_of_an_armed_group_is_the_group_named_before(text, trigger, actor) -> None:
    assert roles(event_with(text, trigger)).get("actor") == [actor]


@pytest.mark.parametrize(
    "text",
    [
        # no armed group named before: the noun names no one
        "Le groupe a incendié des camions près de Gao.",
        # a complement says which group: pilgrims, not the armed men told before
        "Des hommes armés ont attaqué un car près de Gao. Le groupe de pèlerins a ensuite "
        "incendié les bagages.",
    ],
)
def test_a_bare_noun_with_no_armed_group_before_it_names_no_actor(text) -> None:
    e = event_with(text, "incendié")
    assert "actor" not in roles(e)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # the thing that exploded killed; no one is named who set it
        ("L'explosion d'un engin a tué trois soldats maliens près de Gao.", "explosion", None),
        ("Une frappe a visé un marché de la ville mardi.", "frappe", None),
        # the actor an adjective or a complement of the act's noun names
        ("Une frappe israélienne a visé un immeuble de Tyr.", "frappe", "Israel"),
        (
            "Une frappe de drone des FSR a touché un hôpital d'El Fasher.",
            "frappe de drone",
            "Rapid Support Forces",
        ),
        (
            "Un bombardement de l'armée soudanaise a tué dix civils à Nyala.",
            "bombardement",
            "Sudanese Armed Forces",
        ),
    ],
)
def test_an_inanimate_subject_is_no_actor(text, trigger, actor) -> None:
    e = event_with(text, trigger)
    assert roles(e).get("actor") == ([actor] if actor else None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Les rebelles des FDLR ont incendié un village du Masisi.",
            "Democratic Forces for the Liberation of Rwanda",
        ),
        (
            "Le Front de libération de l'Azawad a attaqué un camp de l'armée.",
            "Azawad Liberation Front",
        ),
        (
            "Le SPLM-N a attaqué une position de l'armée.",
            "Sudan People's Liberation Movement-North",
        ),
        (
            "Al-Qaïda dans la péninsule arabique a attaqué un poste de contrôle.",
            "Al-Qaeda in the Arabian Peninsula",
        ),
    ],
)
def test_armed_groups_of_the_region_are_known_by_their_french_names(text, name) -> None:
    e = events_of(text)[0]
    assert roles(e).get("actor") == [name]


# --- a closure told as a state -----------------------------------------------------------------


def test_a_crossing_closed_since_a_date_is_a_closure_of_that_date() -> None:
    article = pipeline.run(
        Article(
            text="Le poste-frontière de Ras Jedir reste fermé depuis le 3 mars.",
            language="fr",
            outlet="RFI",
            published=date(2024, 3, 20),
        )
    )
    closes = [e for e in article.events if e.access and e.access.effect == "close"]
    assert [(e.access.target, e.date.start) for e in closes] == [
        ("crossing:ras-jedir", date(2024, 3, 3))
    ]


def test_a_country_inside_the_subject_s_modifier_does_not_act() -> None:
    article = pipeline.run(
        Article(
            text="Les camions venant d'Algérie ne peuvent plus passer par Ras Jedir. "
            "La Tunisie et la Libye ont fermé le poste de Ras Jedir.",
            language="fr",
            outlet="RFI",
            published=date(2024, 3, 20),
        )
    )
    actors_of = [[a.name for a in e.actors if a.role == "actor"] for e in article.events]
    assert ["Government of Algeria"] not in actors_of  # where the trucks come from
    assert "Government of Tunisia" in actors_of[-1]  # the subject itself acts


def test_troops_told_as_serving_in_a_mission_stay_that_mission_s() -> None:
    text = (
        "Les troupes indiennes de l'ONU postées autour de Sake ont quitté leurs positions. "
        "Les positions sont tombées une fois que les soldats indiens les ont abandonnées. "
        "L'armée indienne n'a pas commenté."
    )
    article = actors.annotate(language.annotate(Article(text=text, language="fr")))
    names = {m.text: m.name for m in article.actors}
    assert names["soldats indiens"] == "United Nations"
    assert names["armée indienne"] == "Military Forces of India"  # the army serves in no mission


def run_fr(text: str, published: date = date(2024, 7, 10)) -> list[Event]:
    return pipeline.run(Article(text=text, language="fr", outlet="RFI", published=published)).events


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "day"),
    [
        ("Le Niger a fermé sa frontière avec le Bénin.", "fermé", "Government of Niger", None),
        (
            "Le Niger et le Bénin gardent toujours leur frontière commune fermée.",
            "fermée",
            None,
            None,
        ),
        ("La frontière avec le Bénin est fermée depuis lundi.", "fermée", None, date(2024, 7, 8)),
    ],
)
def test_a_border_no_registry_names_closed_is_still_a_closure(text, trigger, actor, day) -> None:
    found = [e for e in run_fr(text) if e.trigger.text == trigger]
    assert [(e.subtype, e.access) for e in found] == [("Other", None)]
    assert [a.name for a in found[0].actors if a.role == "actor"] == ([actor] if actor else [])
    if day is not None:
        assert found[0].date is not None and found[0].date.start == day


@pytest.mark.parametrize(
    "text",
    [
        "Les écoles de Djibo restent fermées depuis lundi.",
        "Le gouvernement a fermé les écoles de la ville.",
        "Des conflits entravent toujours la circulation sur la route du Darfour.",
    ],
)
def test_closing_anything_but_a_way_is_no_closure(text) -> None:
    assert [e for e in run_fr(text) if e.subtype == "Other"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Le JNIM a annoncé un blocus de Tombouctou.", "blocus", "JNIM"),
        (
            "L'attaque survient après l'annonce par le GSIM, début août, d'un blocus imposé à "
            "Tombouctou.",
            "blocus",
            "JNIM",
        ),
        (
            "Le gouvernement tunisien a annoncé la fermeture du poste de Ras Jedir.",
            "fermeture",
            "Government of Tunisia",
        ),
    ],
)
def test_who_announces_a_closing_named_as_what_is_announced_made_it(text, trigger, actor) -> None:
    found = [e for e in run_fr(text) if e.trigger.text == trigger]
    assert [[a.name for a in e.actors if a.role == "actor"] for e in found] == [[actor]]


def test_a_news_agency_announcing_a_closing_did_not_close_it() -> None:
    found = run_fr("L'agence Anadolu a annoncé la fermeture du poste de Ras Jedir.")
    assert [[a.name for a in e.actors if a.role == "actor"] for e in found] == [[]]

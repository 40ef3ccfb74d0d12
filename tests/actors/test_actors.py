"""Actors stage: canonical aliases, national forces, coreference, sources, unknown actors."""

from __future__ import annotations

import json

import pytest

from passage import data
from passage.record import Article
from passage.stages import actors, language, places


@pytest.fixture(scope="module")
def nlp():
    return language.nlp_for("fr")


def found(text: str) -> list[tuple[str, str, str]]:
    article = language.annotate(Article(text=text, language="fr"))
    return [(m.text, m.name, m.kind) for m in actors.annotate(article).actors]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Daech a attaqué.", "Islamic State"),
        ("L'État islamique a attaqué.", "Islamic State"),
        ("Des daechistes existent encore.", "Islamic State"),
        ("Le Hachd al-Chaabi est déployé.", "Popular Mobilization Forces"),
        ("L’armée syrienne avance.", "Syrian Arab Army"),
        ("Les FDS reculent.", "Syrian Democratic Forces"),
        ("Les Américains utilisent la base.", "United States forces"),
        ("Les Forces de soutien rapide assiègent la ville.", "Rapid Support Forces"),
        ("Les FSR assiègent la ville.", "Rapid Support Forces"),
        ("Le M23 encercle Goma.", "M23"),
        ("Le Jnim impose un blocus.", "JNIM"),
    ],
)
def test_aliases(nlp, text, name):
    assert name in [n for _, n, _ in found(text)]


def test_acronyms_are_case_sensitive(nlp):
    assert [n for _, n, _ in found("L'EI a attaqué.")] == ["Islamic State"]
    assert "Islamic State" not in [n for _, n, _ in found("Il a dit : ei, ei !")]


def test_national_forces_and_governments(nlp):
    got = {t: (n, k) for t, n, k in found("L’armée burkinabè et les autorités tunisiennes.")}
    assert got["armée burkinabè"] == ("Military Forces of Burkina Faso", "state forces")
    assert got["autorités tunisiennes"] == ("Government of Tunisia", "state forces")


def test_sources_are_flagged(nlp):
    article = language.annotate(
        Article(text="L’agence SANA et l'agence Sputnik l'ont rapporté.", language="fr")
    )
    ms = actors.annotate(article).actors
    assert [(m.name, m.is_source) for m in ms] == [("SANA", True), ("Sputnik", True)]


def test_an_agency_is_known_by_its_official_french_name(nlp):
    # the Lebanese National News Agency is "l'Agence nationale d'information" in French
    article = language.annotate(
        Article(
            text="Selon l'Agence nationale d'information (ANI), le pont est détruit.", language="fr"
        )
    )
    ms = actors.annotate(article).actors
    assert [(m.text, m.name) for m in ms][0] == (
        "Agence nationale d'information",
        "National News Agency",
    )


def test_anaphora_attach_to_the_last_compatible_actor(nlp):
    got = found("Daech a attaqué l'armée syrienne. Le groupe terroriste a ensuite perdu la ville.")
    assert got[-1] == ("Le groupe terroriste", "Islamic State", "rebel group")


def test_appositive_is_one_mention(nlp):
    got = found("Le groupe terroriste Daech a mené une attaque.")
    assert [(t, n) for t, n, _ in got] == [("Daech", "Islamic State")]


def test_anaphor_without_antecedent_keeps_its_text_and_kind(nlp):
    assert found("Les rebelles ont pris la ville.") == [
        ("Les rebelles", "Les rebelles", "rebel group")
    ]


def test_unknown_organisation_is_unidentified(nlp):
    got = found("La Commission des frontières a fait savoir que le poste allait rouvrir.")
    assert "unidentified" in {k for _, _, k in got}


def test_sovereign_council_is_the_government_of_the_country(nlp):
    got = found(
        "Le Conseil souverain du Soudan a fait savoir que le poste allait rouvrir. "
        "L'armée soudanaise et les FSR s'affrontent au Darfour."
    )
    assert ("Le Conseil souverain", "Government of Sudan", "state forces") in got


def test_contracted_anaphor_finds_the_force_named_before(nlp):
    got = found(
        "Les Forces de soutien rapide ont attaqué le camp. Des civils ont été tués au cours "
        "d'attaques attribuées aux paramilitaires."
    )
    assert ("aux paramilitaires", "Rapid Support Forces", "rebel group") in got


def test_offsets_point_to_the_text(nlp):
    text = "Selon l’agence de presse Fars News, l’armée syrienne et Daech se sont affrontés."
    article = actors.annotate(language.annotate(Article(text=text, language="fr")))
    for m in article.actors:
        assert text[m.start : m.end] == m.text


def test_bad_input(nlp):
    assert found("") == []
    assert found("| a | b |\n|---|---|\n| 1 | 2 |") == []
    found("DAECH ATTAQUE L'ARMÉE SYRIENNE " * 500)  # no exception


def test_every_alias_names_a_canonical_actor():
    canon = json.loads((data.DATA_DIR / "actors.json").read_text(encoding="utf-8"))
    names = {a["name"] for a in canon["actors"]}
    kinds = set(canon["kinds"])
    assert all(a["kind"] in kinds for a in canon["actors"])
    for lang in data.languages():
        lex = data.load(lang, "actors")
        if lex:
            assert set(lex["aliases"]) <= names, lang


def test_unnamed_armed_men_are_the_unidentified_armed_group(nlp):
    got = found("Des terroristes ont attaqué le convoi ; des groupes hors-la-loi ont tiré.")
    assert [(t, n) for t, n, _ in got] == [
        ("terroristes", "Unidentified armed group"),
        ("groupes hors-la-loi", "Unidentified armed group"),
    ]


def test_an_anaphor_with_no_antecedent_may_name_a_canonical_actor(nlp):
    # "les terroristes" with no group named before: someone armed, not named
    assert found("Les terroristes ont pris la ville.") == [
        ("Les terroristes", "Unidentified armed group", "rebel group")
    ]
    # with an antecedent, the antecedent
    got = found("Daech a attaqué. Les terroristes ont pris la ville.")
    assert got[-1][1] == "Islamic State"


def test_country_actor_template_names_a_government():
    from passage.stages.events import country_actor

    assert country_actor("Tunisia") == ("Government of Tunisia", "state forces")
    assert country_actor("Israel") == ("Israel", "state forces")  # itself a canonical actor


def test_a_lead_may_name_the_actor_just_after(nlp):
    text = (
        "Selon le gouvernement, l'armée a riposté. Plus tard, l'armée a repris la ville. "
        "L'armée malienne a publié un bilan."
    )
    got = found(text)
    assert [n for t, n, _ in got if "armée" in t.lower()] == [
        "Military Forces of Mali",
        "Military Forces of Mali",
        "Military Forces of Mali",
    ]


def test_a_far_actor_is_not_a_cataphor(nlp):
    # Two countries as much named: the article has no main country to name the army by.
    filler = "Le marché était calme ce jour-là. " * 30
    text = "L'armée a riposté. " + filler + "L'armée malienne. L'armée nigérienne."
    assert found(text)[0][1] == "L'armée"


def test_the_government_is_the_government_of_the_main_country(nlp):
    text = (
        "L'armée malienne a riposté près de Gao. Selon un communiqué du gouvernement, "
        "les deux attaques ont pris pour cible le bateau."
    )
    assert ("du gouvernement", "Government of Mali", "state forces") in found(text)


def test_the_government_of_no_main_country_stays_unnamed(nlp):
    text = "L'armée malienne et l'armée nigérienne ont riposté. Le gouvernement a démenti."
    assert ("Le gouvernement", "Le gouvernement", "state forces") in found(text)


def test_a_government_is_no_antecedent_of_the_army(nlp):
    text = (
        "Selon le gouvernement, les forces armées maliennes ont été visées. "
        "Le communiqué ajoute que l'armée, en ripostant, a neutralisé des terroristes."
    )
    got = {t: n for t, n, _ in found(text)}
    assert got["l'armée"] == "Military Forces of Mali"
    assert got["le gouvernement"] == "Government of Mali"


def test_the_army_of_a_country_with_a_canonical_army(nlp):
    # The Sudanese army is a canonical actor: "l'armée" of a Sudan story is that actor.
    text = (
        "Les FSR affirment contrôler le camp. Um Kadadah, ville que les FSR ont reprise à "
        "l'armée jeudi, a été attaquée."
    )
    got = {t: n for t, n, _ in found(text)}
    assert got["l'armée"] == "Sudanese Armed Forces"


def test_coordinated_adjectives_name_two_actors(nlp):
    got = found("Les forces syriennes et irakiennes ont repris la ville.")
    assert [n for _, n, _ in got] == ["Syrian Arab Army", "Iraqi forces"]
    # A coordinated noun is not an adjective of the head.
    got = found("Les forces syriennes et des civils ont fui.")
    assert [n for _, n, _ in got] == ["Syrian Arab Army", "Civilians"]


def test_inferred_actors_say_why_and_named_ones_do_not(nlp):
    text = (
        "L'armée malienne a riposté près de Gao. Selon un communiqué du gouvernement, "
        "les deux attaques ont pris pour cible le bateau. Daech a revendiqué. "
        "Le groupe terroriste a menacé la ville."
    )
    article = actors.annotate(language.annotate(Article(text=text, language="fr")))
    reasons = {m.text: m.reason for m in article.actors}
    assert reasons["du gouvernement"] == "inferred: the article's main country is ML"
    assert reasons["Le groupe terroriste"] == "coreferent with the Islamic State named nearby"
    assert reasons["armée malienne"] == "" and reasons["Daech"] == ""


def test_the_event_record_carries_a_reason_only_when_there_is_one():
    from passage.record import Event, EventActor, Span

    event = Event(
        id="ev-1",
        type="Battles",
        subtype="Armed clash",
        trigger=Span(0, 1, "x"),
        sentence=Span(0, 1, "x"),
        actors=[
            EventActor("actor", "Islamic State", "rebel group", "Daech"),
            EventActor("target", "Government of Mali", "state forces", "le gouvernement", "why"),
        ],
    )
    first, second = event.to_record()["actors"]
    assert "reason" not in first
    assert second["reason"] == "why"


def test_soldiers_named_without_a_country_are_the_main_country_s(nlp):
    article = language.annotate(
        Article(
            text="Au Burkina Faso, 27 soldats ont été tués. Des militaires ont riposté.",
            language="fr",
        )
    )
    places.annotate(article)
    got = {m.text: m.name for m in actors.annotate(article).actors}
    assert got["soldats"] == "Military Forces of Burkina Faso"
    assert got["Des militaires"] == "Military Forces of Burkina Faso"
    # "militaires" as an adjective names nobody.
    article = language.annotate(
        Article(text="Des sources militaires l'ont confirmé à Djibo.", language="fr")
    )
    assert not actors.annotate(article).actors


def names_of(text: str) -> dict[str, str]:
    return {t: n for t, n, _k in found(text)}


def test_generic_fighters_are_the_group_named_before_not_unidentified_men(nlp):
    got = names_of(
        "Le JNIM a revendiqué l'attaque. Des hommes armés sont repartis vers le nord. "
        "Les jihadistes contrôlent la route, et les assaillants ont pillé le marché."
    )
    assert got["hommes armés"] == "Unidentified armed group"  # indefinite: no one named
    assert got["Les jihadistes"] == "JNIM"
    assert got["les assaillants"] == "JNIM"


def test_terrorists_told_before_the_group_is_named_are_the_group_named_most(nlp):
    got = names_of(
        "L'armée a neutralisé une cinquantaine de terroristes près de Gao. Plus tard, le "
        + "x " * 500
        + "GSIM a revendiqué les attaques. Le JNIM avait annoncé un blocus."
    )
    assert got["terroristes"] == "JNIM"


def test_terrorists_stay_unidentified_where_no_group_is_named(nlp):
    got = names_of("Des terroristes ont attaqué le village. Les assaillants ont fui.")
    assert got["terroristes"] == "Unidentified armed group"
    assert got["Les assaillants"] == "Unidentified armed group"


@pytest.mark.parametrize(
    "text, troops",
    [
        ("Des soldats tchadiens de la Minusma ont été tués à Aguelhok.", "soldats tchadiens"),
        ("Les troupes indiennes de l'ONU ont quitté leurs positions.", "troupes indiennes"),
    ],
)
def test_national_troops_serving_in_a_un_force_are_that_force(nlp, text, troops):
    got = {t: (name, kind) for t, name, kind in found(text)}
    assert got[troops] == ("United Nations", "external/other forces")


def test_national_troops_alone_stay_national(nlp):
    got = {t: name for t, name, _kind in found("Les soldats tchadiens ont repoussé l'attaque.")}
    assert got["soldats tchadiens"] == "Military Forces of Chad"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Des éléments armés ont tiré sur la patrouille.", "Unidentified armed group"),
        ("Des bandits armés ont pillé le marché.", "Unidentified armed group"),
        ("Les casques bleus de la Finul ont été visés.", "United Nations"),
        ("Le Jihad islamique a tiré des roquettes.", "Palestinian Islamic Jihad"),
        ("HTS a pris le contrôle de la ville.", "Hayat Tahrir al-Sham"),
    ],
)
def test_more_french_names_of_armed_actors(nlp, text, name):
    assert name in [n for _t, n, _k in found(text)]

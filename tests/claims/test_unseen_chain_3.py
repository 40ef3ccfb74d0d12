"""Who tells a crossing's opening, closing or threat, on made-up wire copy: a body named by a
possessive ("Syria's customs directorate"), the agency of a dateline ("BEIRUT (Reuters) -"), a
speaker put after its verb and the agency it spoke to ("a confié à l'AFP un chauffeur"), one
reached by an agency ("joint par l'AFP"), an announcement of a verbal noun ("أعلنت مديرية ...
إغلاق"), a threat told by its own warning, a body no sentence named before ("the ministry
said"), and a negated closure whose denial is an incise."""

from __future__ import annotations

import pytest

from tests.claims.claim_helpers import claims_by_trigger, every_claim

OUTLET = "The Wire"


@pytest.mark.parametrize(
    ("lang", "text", "chain"),
    [
        (
            "en",
            "Syria's customs directorate said the Jousieh crossing reopened on Monday.",
            ("Syria's customs directorate",),
        ),
        (
            "fr",
            "Le poste de Dabousieh est fermé depuis lundi, a confié à l'AFP un chauffeur libanais.",
            ("AFP", "un chauffeur libanais"),
        ),
        (
            "fr",
            "Le poste de Jousieh a été fermé lundi, selon un douanier libanais joint par l'AFP.",
            ("AFP", "un douanier libanais"),
        ),
        (
            "ar",
            "أعلنت مديرية الجمارك في حمص إغلاق معبر جوسية يوم الاثنين.",
            ("مديرية الجمارك في حمص",),
        ),
        (
            "ar",
            "أغلق معبر جابر يوم الاثنين، وفق ما أعلنت مديرية الأمن العام.",
            ("مديرية الأمن العام",),
        ),
        ("ar", "قال محافظ حمص إن معبر جوسية مفتوح أمام الشاحنات.", ("محافظ حمص",)),
    ],
)
def test_the_voice_of_a_crossing_s_news(lang, text, chain):
    assert every_claim(text, lang, OUTLET) == {("reported", chain)}


def test_a_dateline_agency_files_the_story_for_the_outlet():
    text = "BEIRUT (Reuters) - The Masnaa crossing reopened on Monday, a security official said."
    assert every_claim(text, "en", OUTLET) == {("reported", ("Reuters", "a security official"))}


@pytest.mark.parametrize(
    ("outlet", "text"),
    [
        ("Reuters", "BEIRUT (Reuters) - The Masnaa crossing reopened on Monday."),
        ("Associated Press", "AMMAN (AP) - Jordan reopened the Jaber crossing on Monday."),
    ],
)
def test_an_outlet_is_not_its_own_dateline_agency_again(outlet, text):
    assert every_claim(text, "en", outlet) == {("asserted", ())}


def test_a_threat_told_by_its_own_warning_is_the_threatener_s_act_not_a_report():
    found = claims_by_trigger(
        "Amman warned it could close the Jaber crossing, a government spokesman told Reuters.",
        "en",
        OUTLET,
    )
    assert found == {"warned it could close": {("reported", ("Reuters", "a government spokesman"))}}


def test_a_told_clause_the_parse_took_for_a_subject_is_no_speaker():
    text = (
        "La Jordanie menace de fermer le poste de Nassib, a déclaré lundi le porte-parole du "
        "gouvernement."
    )
    assert every_claim(text, "fr", OUTLET) == {("reported", ("Government of Jordan",))}


def test_a_body_no_sentence_named_before_speaks_for_itself_a_text_does_not():
    ministry = "The Masnaa crossing was closed on Monday, the ministry said."
    assert every_claim(ministry, "en", OUTLET) == {("reported", ("the ministry",))}
    statement = "The Masnaa crossing was closed on Monday, the statement said."
    assert every_claim(statement, "en", OUTLET) == {("asserted", ())}


@pytest.mark.parametrize(
    ("lang", "text", "denier"),
    [
        (
            "en",
            "The Dabousieh crossing is not closed, the interior ministry denied on Monday.",
            "the interior ministry",
        ),
        (
            "fr",
            "Le poste de Dabousieh n'est pas fermé, a démenti lundi la Sûreté générale.",
            "Sûreté générale",
        ),
    ],
)
def test_a_negated_closure_is_denied_by_the_incise_that_denies_it(lang, text, denier):
    assert every_claim(text, lang, OUTLET) == {("denied", (denier,))}


def test_a_state_told_in_the_conditional_is_rumoured():
    text = "Le poste de Jousieh serait de nouveau fermé depuis lundi, selon des sources locales."
    assert every_claim(text, "fr", OUTLET) == {("rumoured", ("des sources locales",))}
